// The real main window on the bundled sample: clicking speakers in the tree highlights exactly their
// quotes in the reading pane, Esc and a second click clear, and a bad file of any kind gets a message
// box naming it and why while the article stays.
#include "articleview.h"
#include "mainwindow.h"
#include "models/speakermodel.h"

#include <QDir>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

#include <sys/stat.h>

namespace {

struct Range
{
    int start;
    int end;
    bool operator<(const Range &o) const { return start < o.start || (start == o.start && end < o.end); }
    bool operator==(const Range &o) const { return start == o.start && end == o.end; }
};

QList<Range> selectionRanges(const ArticleView *view)
{
    QList<Range> ranges;
    for (const QTextEdit::ExtraSelection &s : view->extraSelections())
        ranges.append({s.cursor.selectionStart(), s.cursor.selectionEnd()});
    std::sort(ranges.begin(), ranges.end());
    return ranges;
}

QModelIndex findRow(const QAbstractItemModel *model, const QString &name)
{
    const QModelIndexList hits = model->match(model->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
    return hits.value(0);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void shouldShowTheSampleWithItsSpeakers();
    void shouldHighlightExactlyTheClickedSpeakersQuotes();
    void shouldClearWithEscapeAndSecondClick();
    void shouldHighlightOneQuoteFromItsRow();
    void shouldKeepTheArticleWhenAFileIsMissing();
    void shouldRefuseBadInputAndKeepTheArticle_data();
    void shouldRefuseBadInputAndKeepTheArticle();
    void shouldLoadEveryBundledIcon();

private:
    void clickRow(const QString &name);

    MainWindow *m_window = nullptr;
    QTreeView *m_tree = nullptr;
    ArticleView *m_view = nullptr;
    QString m_text; // the article text as loaded
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QSignalSpy loaded(m_window, &MainWindow::loadFinished);
    m_window->openFile(MainWindow::samplePath());
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.first().first().toBool(), true);
    m_tree = m_window->findChild<QTreeView *>(QStringLiteral("speakerView"));
    m_view = m_window->findChild<ArticleView *>(QStringLiteral("articleView"));
    QVERIFY(m_tree);
    QVERIFY(m_view);
    m_text = m_window->speakerModel()->article().text();
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestMainWindow::clickRow(const QString &name)
{
    const QModelIndex row = findRow(m_tree->model(), name);
    QVERIFY2(row.isValid(), qPrintable(name));
    m_tree->scrollTo(row);
    QTest::mouseClick(m_tree->viewport(), Qt::LeftButton, {}, m_tree->visualRect(row).center());
}

void TestMainWindow::shouldShowTheSampleWithItsSpeakers()
{
    // The pane shows the article's text, offset for offset.
    QString shown = m_view->document()->toRawText();
    shown.replace(QChar::ParagraphSeparator, u'\n');
    QCOMPARE(shown, m_text);
    QVERIFY(m_text.contains(QStringLiteral("cautious optimism")));

    QStringList names;
    for (int row = 0; row < m_tree->model()->rowCount(); ++row)
        names.append(m_tree->model()->index(row, 0).data().toString());
    QVERIFY(names.contains(QStringLiteral("Ban Ki-moon")));
    QVERIFY(names.contains(QStringLiteral("Catherine Ashton")));
    QVERIFY(names.contains(QStringLiteral("Saeed Jalili")));
    QVERIFY(!names.contains(QStringLiteral("Mariano Rajoy")));

    QVERIFY(m_window->windowTitle().contains(QStringLiteral("almaty-talks")));
    const auto *summary = m_window->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(summary);
    // The speakers' quotes, and those of no speaker apart from them.
    const Extraction &extraction = m_window->speakerModel()->extraction();
    const int unattributed = extraction.unattributedCount();
    const int attributed = int(extraction.quotes.size()) - unattributed;
    QVERIFY2(summary->text().contains(QString::number(attributed)), qPrintable(summary->text()));
    if (unattributed > 0)
        QVERIFY2(summary->text().contains(QStringLiteral("%1 unattributed").arg(unattributed)), qPrintable(summary->text()));
    else
        QVERIFY2(!summary->text().contains(QStringLiteral("unattributed")), qPrintable(summary->text()));
}

void TestMainWindow::shouldHighlightExactlyTheClickedSpeakersQuotes()
{
    // Given the words of Ashton's quote, located in the text by the test itself
    const QString words = QStringLiteral("cautious optimism");
    const int start = int(m_text.indexOf(words));
    QVERIFY(start > 0);

    // When her row is clicked
    clickRow(QStringLiteral("Catherine Ashton"));

    // Then exactly her quote is highlighted, and the caret moved there
    QCOMPARE(selectionRanges(m_view), (QList<Range>{{start, start + int(words.size())}}));
    QCOMPARE(m_view->extraSelections().first().cursor.selectedText(), words);
    QCOMPARE(m_view->textCursor().position(), start);

    // When Ban Ki-moon's row is clicked
    clickRow(QStringLiteral("Ban Ki-moon"));

    // Then every one of his quotes, and nothing else, is highlighted
    const Extraction &extraction = m_window->speakerModel()->extraction();
    const int ban = extraction.speakerByName(QStringLiteral("Ban Ki-moon"));
    QVERIFY(ban >= 0);
    QList<Range> expected;
    for (const Quote &q : extraction.quotes) {
        if (q.speaker == ban)
            expected.append({q.start, q.end});
    }
    std::sort(expected.begin(), expected.end());
    QVERIFY(expected.size() >= 3);
    QCOMPARE(selectionRanges(m_view), expected);
    // Among them the pronoun-attributed quote, found in the text by its opening words.
    const int hope = int(m_text.indexOf(QStringLiteral("I sincerely hope")));
    QVERIFY(std::any_of(expected.cbegin(), expected.cend(), [hope](const Range &r) { return r.start == hope; }));
    // Each speaker gets its own colour.
    clickRow(QStringLiteral("Catherine Ashton"));
    const QColor ashtonColour = m_view->extraSelections().first().format.background().color();
    clickRow(QStringLiteral("Ban Ki-moon"));
    QVERIFY(m_view->extraSelections().first().format.background().color() != ashtonColour);
}

void TestMainWindow::shouldClearWithEscapeAndSecondClick()
{
    clickRow(QStringLiteral("Ban Ki-moon"));
    QVERIFY(!m_view->extraSelections().isEmpty());
    QTest::keyClick(m_tree, Qt::Key_Escape);
    QVERIFY(m_view->extraSelections().isEmpty());
    QVERIFY(m_tree->selectionModel()->selectedRows().isEmpty());

    // From the reading pane too.
    clickRow(QStringLiteral("Catherine Ashton"));
    QCOMPARE(m_view->extraSelections().size(), 1);
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_Escape);
    QVERIFY(m_view->extraSelections().isEmpty());

    // Clicking the selected speaker again clears as well.
    clickRow(QStringLiteral("Catherine Ashton"));
    QCOMPARE(m_view->extraSelections().size(), 1);
    clickRow(QStringLiteral("Catherine Ashton"));
    QVERIFY(m_view->extraSelections().isEmpty());
    QVERIFY(m_tree->selectionModel()->selectedRows().isEmpty());
}

void TestMainWindow::shouldHighlightOneQuoteFromItsRow()
{
    const QModelIndex ban = findRow(m_tree->model(), QStringLiteral("Ban Ki-moon"));
    m_tree->expand(ban);
    const QModelIndex second = m_tree->model()->index(1, 0, ban);
    QVERIFY(second.isValid());
    const int start = second.data(SpeakerModel::QuoteStartRole).toInt();
    const int end = second.data(SpeakerModel::QuoteEndRole).toInt();
    m_tree->scrollTo(second);

    QTest::mouseClick(m_tree->viewport(), Qt::LeftButton, {}, m_tree->visualRect(second).center());

    // The chosen quote carries the full colour, the speaker's other quotes a lighter tint.
    const QList<QTextEdit::ExtraSelection> selections = m_view->extraSelections();
    QCOMPARE(selections.size(), m_tree->model()->rowCount(ban));
    QBrush chosen;
    QList<QBrush> others;
    for (const QTextEdit::ExtraSelection &s : selections) {
        if (s.cursor.selectionStart() == start && s.cursor.selectionEnd() == end)
            chosen = s.format.background();
        else
            others.append(s.format.background());
    }
    QVERIFY(chosen.style() != Qt::NoBrush);
    QVERIFY(!others.isEmpty());
    for (const QBrush &other : others)
        QVERIFY(other != chosen);
    QCOMPARE(m_view->textCursor().position(), start);
}

void TestMainWindow::shouldKeepTheArticleWhenAFileIsMissing()
{
    const QString title = m_window->windowTitle();
    const int speakers = m_tree->model()->rowCount();
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no-such-article.txt"));
    QSignalSpy loaded(m_window, &MainWindow::loadFinished);

    m_window->openFile(missing);

    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().first().toBool(), false);
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("errorMessage"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("no-such-article.txt")));
    QVERIFY(box->informativeText().contains(QStringLiteral("does not exist")));
    QCOMPARE(m_window->windowTitle(), title);
    QCOMPARE(m_tree->model()->rowCount(), speakers);
    QVERIFY(m_view->document()->toRawText().contains(QStringLiteral("cautious optimism")));
    box->close();
}

void TestMainWindow::shouldRefuseBadInputAndKeepTheArticle_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason"); // the start of what the message box says

    QByteArray noise(4096, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7) % 256);
    const QString binary = QStringLiteral("Saywho cannot read this file: it holds binary data");
    QTest::newRow("empty") << QStringLiteral("empty.txt") << QByteArray() << QStringLiteral("The file is empty.");
    QTest::newRow("white space") << QStringLiteral("blank.txt") << QByteArray(" \r\n\t\xC2\xA0\n")
                                 << QStringLiteral("The file holds no text, only white space.");
    QTest::newRow("binary named .txt") << QStringLiteral("picture.txt") << noise << binary;
    QTest::newRow("nul bytes") << QStringLiteral("nul.txt") << QByteArray("Some text\0\0 and more.\n", 23) << binary;
    QTest::newRow("xml, not a feed") << QStringLiteral("data.xml") << QByteArray("<?xml version=\"1.0\"?><config><a/></config>")
                                     << QStringLiteral("This XML file is neither a news feed nor an article.");
    // Written by the test function rather than from bytes:
    QTest::newRow("folder") << QStringLiteral("folder") << QByteArray() << QStringLiteral("This is a folder, not a file.");
    QTest::newRow("named pipe") << QStringLiteral("pipe.txt") << QByteArray()
                                << QStringLiteral("This is not a regular file (a pipe, socket or device)");
    QTest::newRow("huge") << QStringLiteral("huge.txt") << QByteArray() << QStringLiteral("The file is 513 MB; Saywho opens articles up to 512 MB.");
}

void TestMainWindow::shouldRefuseBadInputAndKeepTheArticle()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    if (name == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(path));
    } else if (name == QLatin1String("pipe.txt")) {
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
        if (name == QLatin1String("huge.txt"))
            QVERIFY(file.resize(qint64(513) * 1024 * 1024)); // sparse: no disk space used
    }
    const QString title = m_window->windowTitle();
    const int speakers = m_tree->model()->rowCount();
    QSignalSpy loaded(m_window, &MainWindow::loadFinished);

    m_window->openFile(path);

    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().first().toBool(), false);
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("errorMessage"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY2(box->text().contains(name), qPrintable(box->text()));
    QVERIFY2(box->informativeText().startsWith(reason), qPrintable(box->informativeText()));
    QCOMPARE(m_window->windowTitle(), title);
    QCOMPARE(m_tree->model()->rowCount(), speakers);
    QVERIFY(m_view->document()->toRawText().contains(QStringLiteral("cautious optimism")));
    box->close();
}

void TestMainWindow::shouldLoadEveryBundledIcon()
{
    const QStringList icons = QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")});
    QVERIFY(icons.size() >= 7);
    QVERIFY(icons.contains(QStringLiteral("saywho.svg")));
    for (const QString &name : icons) {
        const QImage image = QIcon(QStringLiteral(":/icons/") + name).pixmap(24, 24).toImage();
        QVERIFY2(!image.isNull(), qPrintable(name));
        // Something is drawn, not an empty square.
        bool painted = false;
        for (int y = 0; y < image.height() && !painted; ++y) {
            for (int x = 0; x < image.width() && !painted; ++x)
                painted = qAlpha(image.pixel(x, y)) > 0;
        }
        QVERIFY2(painted, qPrintable(name));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
