// The speaker list and what it tells, with the real window on the sample: clicking the chosen quote
// again goes back to it, the quote marks are explained, speaker rows say who the speaker is rather
// than repeating the count, the sidebar can be as wide or narrow as the reader likes or hidden, the
// status line counts right and says where the reader is, and the highlights stand out from the page
// in light and dark palettes.
#include "articleview.h"
#include "mainwindow.h"
#include "models/speakermodel.h"
#include "speakerdelegate.h"
#include "speakerpanel.h"
#include "windowhelpers.h"

#include <QAction>
#include <QLabel>
#include <QScrollBar>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QFile>
#include <QTest>
#include <QTreeView>

#include <cmath>

using namespace WindowHelpers;

namespace {

QPalette palette(const QColor &base, const QColor &text)
{
    QPalette p;
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Window, base);
    p.setColor(QPalette::WindowText, text);
    return p;
}

} // namespace

class TestSpeakerList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void shouldGoBackToTheChosenQuoteWhenItIsClickedAgain();
    void shouldClearWithEscapeOrASecondClickOnTheSpeaker();
    void shouldExplainTheQuoteMarks();
    void shouldSayWhoTheSpeakerIsInsteadOfRepeatingTheCount();
    void shouldLetTheSidebarBeWideNarrowOrHidden();
    void shouldCountInTheStatusLineAsTheListDoes();
    void shouldSayWhereTheReaderIsAmongTheSpeakersQuotes();
    void shouldSayWhyNextQuoteGoesNowhere();
    void shouldMakeEveryHighlightStandOutFromThePage_data();
    void shouldMakeEveryHighlightStandOutFromThePage();
    void shouldListUnnamedSourcesUnderTheirOwnHeading();

private:
    QModelIndex row(const QString &name) const { return findRow(m_tree->model(), name); }
    QString summary() const { return m_window->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text(); }

    MainWindow *m_window = nullptr;
    QTreeView *m_tree = nullptr;
    ArticleView *m_view = nullptr;
};

void TestSpeakerList::init()
{
    QSettings().clear();
    m_window = new MainWindow;
    // Small enough that the sample needs scrolling.
    m_window->resize(1000, 420);
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(openAndWait(m_window, MainWindow::samplePath()));
    m_tree = m_window->findChild<QTreeView *>(QStringLiteral("speakerView"));
    m_view = m_window->articleView();
}

void TestSpeakerList::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestSpeakerList::shouldGoBackToTheChosenQuoteWhenItIsClickedAgain()
{
    // Given Ban Ki-moon's last quote chosen, and the reader scrolled back to the top
    const QModelIndex ban = row(QStringLiteral("Ban Ki-moon"));
    const int count = m_tree->model()->rowCount(ban);
    QVERIFY(count >= 2);
    const QModelIndex last = m_tree->model()->index(count - 1, 0, ban);
    clickRow(m_tree, last);
    const int start = last.data(SpeakerModel::QuoteStartRole).toInt();
    QVERIFY(m_view->verticalScrollBar()->value() > 0);
    m_view->verticalScrollBar()->setValue(0);

    // When the chosen quote is clicked again
    clickRow(m_tree, last);

    // Then it is still chosen and highlighted, and on screen again
    QCOMPARE(m_tree->selectionModel()->selectedRows().value(0), last);
    QVERIFY(!m_view->extraSelections().isEmpty());
    QTextCursor cursor(m_view->document());
    cursor.setPosition(start);
    QVERIFY(m_view->viewport()->rect().contains(m_view->cursorRect(cursor).center()));
}

void TestSpeakerList::shouldClearWithEscapeOrASecondClickOnTheSpeaker()
{
    const QModelIndex ban = row(QStringLiteral("Ban Ki-moon"));
    clickRow(m_tree, m_tree->model()->index(0, 0, ban));
    QVERIFY(!m_view->extraSelections().isEmpty());
    QTest::keyClick(m_tree, Qt::Key_Escape);
    QVERIFY(m_view->extraSelections().isEmpty());

    clickRow(m_tree, ban);
    QVERIFY(!m_view->extraSelections().isEmpty());
    clickRow(m_tree, ban);
    QVERIFY(m_view->extraSelections().isEmpty());
    QVERIFY(m_tree->selectionModel()->selectedRows().isEmpty());
}

void TestSpeakerList::shouldExplainTheQuoteMarks()
{
    // Each kind of quote has its own mark, and the legend under the list explains each of them.
    const QString direct = SpeakerDelegate::kindMark(Quote::Kind::Direct, false);
    const QString partial = SpeakerDelegate::kindMark(Quote::Kind::Partial, false);
    const QString reported = SpeakerDelegate::kindMark(Quote::Kind::Indirect, false);
    QCOMPARE(QSet<QString>({direct, partial, reported}).size(), 3);
    QVERIFY(SpeakerDelegate::kindMark(Quote::Kind::Direct, true) != direct);
    auto *legend = m_window->findChild<QLabel *>(QStringLiteral("quoteLegend"));
    QVERIFY(legend);
    QVERIFY(legend->isVisible());
    for (const QString &mark : {direct, partial, reported, QStringLiteral("?")})
        QVERIFY2(legend->text().contains(mark), qPrintable(mark));
    // Hovering over a quote tells its kind and how sure its speaker is, in words.
    const QModelIndex quote = m_tree->model()->index(0, 0, row(QStringLiteral("Ban Ki-moon")));
    const QString tip = quote.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Attribution ")), qPrintable(tip));
}

void TestSpeakerList::shouldSayWhoTheSpeakerIsInsteadOfRepeatingTheCount()
{
    for (int r = 0; r < m_tree->model()->rowCount(); ++r) {
        const QModelIndex speaker = m_tree->model()->index(r, 0);
        const QString second = speaker.data(SpeakerModel::SecondLineRole).toString();
        QVERIFY2(!second.contains(QStringLiteral("quote")), qPrintable(second));
        const QString role = speaker.data(SpeakerModel::SpeakerTitleRole).toString();
        const QStringList aliases = speaker.data(SpeakerModel::AliasesRole).toStringList();
        if (!role.isEmpty())
            QCOMPARE(second, role);
        else if (!aliases.isEmpty())
            QCOMPARE(second, QStringLiteral("also: ") + aliases.join(QStringLiteral(", ")));
    }
}

void TestSpeakerList::shouldLetTheSidebarBeWideNarrowOrHidden()
{
    m_window->resize(1800, 700); // the Subscriptions pane takes its share too
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    auto *sidebar = m_window->findChild<QSplitter *>(QStringLiteral("sidebarSplitter"));
    QVERIFY(splitter && sidebar);
    QTRY_VERIFY(splitter->width() > 1300);
    const int total = splitter->sizes().value(0) + splitter->sizes().value(1) + splitter->sizes().value(2);

    // Wide: long names and roles fit.
    splitter->setSizes({200, 600, total - 800});
    QVERIFY2(sidebar->width() >= 580, qPrintable(QString::number(sidebar->width())));
    // Narrow, for a wide page (it used to stop at about 245 pixels).
    splitter->setSizes({200, 170, total - 370});
    QVERIFY2(sidebar->width() <= 200, qPrintable(QString::number(sidebar->width())));

    // Hidden with View › Show Speakers (F9), and back.
    QTest::keyClick(m_view, Qt::Key_F9);
    QVERIFY(!sidebar->isVisible());
    QTest::keyClick(m_view, Qt::Key_F9);
    QVERIFY(sidebar->isVisible());

    // Remembered for the next window: the width and whether it is shown.
    splitter->setSizes({200, 480, total - 680});
    const int width = sidebar->width();
    QTest::keyClick(m_view, Qt::Key_F9);
    m_window->close();
    delete m_window;
    m_window = new MainWindow;
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("showSpeakersAction"))->isChecked());
    m_window->findChild<QAction *>(QStringLiteral("showSpeakersAction"))->trigger();
    m_window->show();
    auto *restored = m_window->findChild<QSplitter *>(QStringLiteral("sidebarSplitter"));
    QTRY_VERIFY(restored->isVisible());
    QCOMPARE(restored->width(), width);
}

void TestSpeakerList::shouldCountInTheStatusLineAsTheListDoes()
{
    // Given the numbers as the list shows them: each speaker's rows, and the unattributed group's
    int attributed = 0;
    int speakers = 0;
    int unattributed = 0;
    for (int r = 0; r < m_tree->model()->rowCount(); ++r) {
        const QModelIndex group = m_tree->model()->index(r, 0);
        if (group.data(SpeakerModel::RowTypeRole).toInt() == int(SpeakerModel::RowType::Unattributed)) {
            unattributed += m_tree->model()->rowCount(group);
        } else {
            attributed += m_tree->model()->rowCount(group);
            ++speakers;
        }
    }
    // Then the status line says the same (the sample attributes every quote)
    QCOMPARE(unattributed, 0);
    QCOMPARE(summary(), QStringLiteral("%1 quotes from %2 speakers.").arg(attributed).arg(speakers));

    // Given an article with a quotation nobody is found for, before anyone speaks
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ferry.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Ferry news\n\n\u201cEvery boat stayed in port for the whole of the night.\u201d\n\n"
               "Ana Ortiz said the ferry would stop in May.\n\nLuis Pena told reporters that the fares would rise.\n");
    file.close();
    QVERIFY(openAndWait(m_window, path));
    // Then the status line counts it apart
    QCOMPARE(summary(), QStringLiteral("2 quotes from 2 speakers, 1 unattributed."));
}

void TestSpeakerList::shouldSayWhereTheReaderIsAmongTheSpeakersQuotes()
{
    const QModelIndex ban = row(QStringLiteral("Ban Ki-moon"));
    const int count = m_tree->model()->rowCount(ban);
    QVERIFY(count >= 3);

    clickRow(m_tree, ban);
    QCOMPARE(summary(), QStringLiteral("Ban Ki-moon: %1 quotes").arg(count));

    clickRow(m_tree, m_tree->model()->index(2, 0, ban));
    QCOMPARE(summary(), QStringLiteral("Ban Ki-moon: quote 3 of %1").arg(count));

    // F3 moves on, and the line with it.
    QTest::keyClick(m_tree, Qt::Key_F3);
    QCOMPARE(summary(), QStringLiteral("Ban Ki-moon: quote 4 of %1").arg(count));

    // With nothing chosen it counts the article again.
    QTest::keyClick(m_tree, Qt::Key_Escape);
    QVERIFY2(summary().contains(QStringLiteral(" quotes from ")), qPrintable(summary()));
}

void TestSpeakerList::shouldSayWhyNextQuoteGoesNowhere()
{
    QVERIFY(m_tree->selectionModel()->selectedRows().isEmpty());
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_F3);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Choose a speaker")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestSpeakerList::shouldListUnnamedSourcesUnderTheirOwnHeading()
{
    // Given an article quoting a described group first, then two people by name
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ferries.txt"));
    QVERIFY(writeFile(path, QByteArrayLiteral("Ferry fares rise\n\n"
                                              "Officials in the port said the fares would rise in May.\n\n"
                                              "\"It is a blow to every commuter,\" said Marta Lindqvist, a teacher.\n\n"
                                              "\"We saw it coming,\" said Jonas Berg, a welder.\n")));
    QVERIFY(openAndWait(m_window, path));
    const QAbstractItemModel *model = m_tree->model();

    // Then the people come first and the group after them, under a heading of its own
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Marta Lindqvist"));
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("Jonas Berg"));
    const QModelIndex officials = model->index(2, 0);
    QCOMPARE(officials.data().toString(), QStringLiteral("Officials in the port"));
    QVERIFY(officials.data(SpeakerModel::DescribedRole).toBool());
    const int heading = SpeakerDelegate::headingHeight(m_tree->fontMetrics(), officials);
    QVERIFY(heading > m_tree->fontMetrics().height());
    QCOMPARE(SpeakerDelegate::headingHeight(m_tree->fontMetrics(), model->index(1, 0)), 0);
    QCOMPARE(m_tree->visualRect(officials).height(), m_tree->visualRect(model->index(1, 0)).height() + heading);

    // When the heading is clicked, nothing is chosen; a click on the row below it chooses the group
    const QRect rect = m_tree->visualRect(officials);
    QTest::mouseClick(m_tree->viewport(), Qt::LeftButton, {}, QPoint(rect.center().x(), rect.top() + heading / 2));
    QVERIFY(m_tree->selectionModel()->selectedRows().isEmpty());
    QTest::mouseClick(m_tree->viewport(), Qt::LeftButton, {},
                      QPoint(rect.center().x(), rect.top() + heading + (rect.height() - heading) / 2));
    QCOMPARE(m_tree->selectionModel()->selectedRows().value(0), officials);
    QVERIFY(!m_view->extraSelections().isEmpty());
}

void TestSpeakerList::shouldMakeEveryHighlightStandOutFromThePage_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("a white page") << palette(Qt::white, Qt::black);
    QTest::newRow("a warm light page") << palette(QColor(0xfa, 0xf7, 0xf0), QColor(0x30, 0x2c, 0x28));
    QTest::newRow("a near-black dark page") << palette(QColor(0x1e, 0x1f, 0x22), QColor(0xe6, 0xe6, 0xe6));
    // The grey dark page on which the speaker's other quotes used to vanish (1.15:1).
    QTest::newRow("a grey dark page") << palette(QColor(0x3d, 0x3d, 0x3d), QColor(0xe6, 0xe6, 0xe6));
}

void TestSpeakerList::shouldMakeEveryHighlightStandOutFromThePage()
{
    QFETCH(QPalette, palette);
    m_window->setPalette(palette);
    const QColor page = m_view->palette().color(QPalette::Base);
    const QColor text = m_view->palette().color(QPalette::Text);
    for (const QString &name : {QStringLiteral("Ban Ki-moon"), QStringLiteral("Catherine Ashton"), QStringLiteral("Saeed Jalili")}) {
        // Given one of the speaker's quotes chosen
        const QModelIndex speaker = row(name);
        QVERIFY2(speaker.isValid(), qPrintable(name));
        const QModelIndex chosen = m_tree->model()->index(0, 0, speaker);
        clickRow(m_tree, chosen);
        const int start = chosen.data(SpeakerModel::QuoteStartRole).toInt();
        // Then the chosen quote and the others are highlighted, each well apart from the page
        QColor current;
        QList<QColor> others;
        for (const QTextEdit::ExtraSelection &s : m_view->extraSelections()) {
            const QColor c = s.format.background().color();
            if (s.cursor.selectionStart() == start)
                current = c;
            else
                others.append(c);
            QVERIFY2(contrast(c, text) >= 4.5, qPrintable(QStringLiteral("text on %1").arg(c.name())));
        }
        QVERIFY(current.isValid());
        QVERIFY2(contrast(current, page) >= 1.8,
                 qPrintable(QStringLiteral("%1: %2 on %3").arg(name, current.name(), page.name())));
        for (const QColor &other : others) {
            QVERIFY2(contrast(other, page) >= 1.5,
                     qPrintable(QStringLiteral("%1: %2 on %3, %4").arg(name, other.name(), page.name()).arg(contrast(other, page))));
            // and the chosen one clearly stronger than the others
            QVERIFY2(contrast(current, other) >= 1.3,
                     qPrintable(QStringLiteral("%1: %2 beside %3").arg(name, current.name(), other.name())));
        }
        QCOMPARE(others.size(), m_tree->model()->rowCount(speaker) - 1);
        QTest::keyClick(m_tree, Qt::Key_Escape);
    }
}

QTEST_MAIN(TestSpeakerList)
#include "tst_speakerlist.moc"
