// What readers expect beyond the article itself, with the real window: View › Reading… (theme,
// font, line spacing, column; saved), Highlight All Speakers with its legend, every find match
// marked, Full Screen and Distraction-Free reading, print and PDF with a header and a legend and a
// print preview, and CSV with a byte-order mark for spreadsheets. The article is invented.
#include "allspeakershighlighter.h"
#include "articleprinter.h"
#include "articleview.h"
#include "export/quoteexporter.h"
#include "findbar.h"
#include "findhighlights.h"
#include "highlightpalette.h"
#include "librarypanel.h"
#include "models/speakermodel.h"
#include "quotefiledialog.h"
#include "readingcontrols.h"
#include "readingsettingsdialog.h"
#include "readingstyle.h"
#include "settings/readingsettings.h"
#include "speakerlegend.h"
#include "speakerpanel.h"
#include "speakertreeview.h"
#include "windowhelpers.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>

#include <set>

using namespace WindowHelpers;

Q_DECLARE_METATYPE(ReadingSettings::Theme)

namespace {

const QString Mayor = QStringLiteral("Zoë Łukasiewicz");

QPalette systemPalette(bool dark)
{
    QPalette p;
    p.setColor(QPalette::Base, dark ? QColor(0x20, 0x20, 0x20) : QColor(0xfa, 0xfa, 0xfa));
    p.setColor(QPalette::Text, dark ? QColor(0xee, 0xee, 0xee) : QColor(0x11, 0x11, 0x11));
    p.setColor(QPalette::Window, p.color(QPalette::Base));
    p.setColor(QPalette::WindowText, p.color(QPalette::Text));
    return p;
}

} // namespace

class TestReading : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void shouldSetTheReadingPaneInItsOwnThemeWhateverTheSystemIs_data();
    void shouldSetTheReadingPaneInItsOwnThemeWhateverTheSystemIs();
    void shouldApplyReadingSettingsAtOnceAndKeepThemOnlyOnOk();
    void shouldHighlightAllSpeakersWithALegend();
    void shouldMarkEveryFindMatchInView();
    void shouldGoFullScreenAndIntoDistractionFreeReading();
    void shouldPrintWithAHeaderAndALegend();
    void shouldShowAPrintPreview();
    void shouldWriteCsvWithAByteOrderMarkWhenAsked();

private:
    QTemporaryDir m_dir;
    QString m_article;
    MainWindow *m_window = nullptr;
};

void TestReading::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    MainWindow::setLibraryPath(m_dir.filePath(QStringLiteral("reading.sqlite")));
    m_article = m_dir.filePath(QStringLiteral("ferry-fares.txt"));
    QVERIFY(writeFile(m_article, QStringLiteral(
        "Ferry fares to rise in spring\n\n"
        "\u201CThe ferry cannot run on goodwill alone,\u201D said Zoë Łukasiewicz, the mayor.\n\n"
        "\u201CEvery ferry on the lake will cost a little more,\u201D said Henrik Dahl, who runs the ferry line.\n\n"
        "\u201CWe will keep a cheaper ticket for pupils,\u201D Łukasiewicz said.\n").toUtf8()));
}

void TestReading::init()
{
    QSettings().clear();
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(openAndWait(m_window, m_article));
    QVERIFY(m_window->speakerModel()->findSpeakerByName(Mayor).isValid());
}

void TestReading::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestReading::shouldSetTheReadingPaneInItsOwnThemeWhateverTheSystemIs_data()
{
    QTest::addColumn<bool>("darkSystem");
    QTest::addColumn<ReadingSettings::Theme>("theme");
    QTest::addColumn<bool>("darkPane");
    QTest::newRow("light pane on a dark system") << true << ReadingSettings::Theme::Light << false;
    QTest::newRow("sepia pane on a dark system") << true << ReadingSettings::Theme::Sepia << false;
    QTest::newRow("dark pane on a light system") << false << ReadingSettings::Theme::Dark << true;
    QTest::newRow("the system's dark") << true << ReadingSettings::Theme::System << true;
    QTest::newRow("the system's light") << false << ReadingSettings::Theme::System << false;
}

void TestReading::shouldSetTheReadingPaneInItsOwnThemeWhateverTheSystemIs()
{
    QFETCH(bool, darkSystem);
    QFETCH(ReadingSettings::Theme, theme);
    QFETCH(bool, darkPane);
    // Given a system palette (the window's, which the pane inherits unless it has a theme)
    m_window->setPalette(systemPalette(darkSystem));
    ReadingSettings settings;
    settings.theme = theme;

    // When the reading theme is set
    m_window->reading()->style()->apply(settings);

    // Then the pane is light or dark as the theme says, its text readable (WCAG AA)
    const QPalette pane = m_window->articleView()->palette();
    QCOMPARE(HighlightPalette::isDark(pane), darkPane);
    QVERIFY(HighlightPalette::contrast(pane.color(QPalette::Text), pane.color(QPalette::Base)) >= 4.5);
    if (theme == ReadingSettings::Theme::Sepia) {
        const QColor base = pane.color(QPalette::Base);
        QVERIFY2(base.red() > base.blue() + 16, "sepia is a warm paper tone");
    }
    // And the rest of the window keeps the system's palette
    QCOMPARE(HighlightPalette::isDark(m_window->speakerPanel()->tree()->palette()), darkSystem);
    // And quote highlights keep their contrast on the pane
    const QColor highlight = HighlightPalette::color(0, pane);
    QVERIFY(HighlightPalette::contrast(pane.color(QPalette::Text), highlight) >= HighlightPalette::MinimumContrast);
}

void TestReading::shouldApplyReadingSettingsAtOnceAndKeepThemOnlyOnOk()
{
    ArticleView *view = m_window->articleView();
    const QFont before = view->font();

    // When the reader opens View › Reading… and changes everything
    m_window->findChild<QAction *>(QStringLiteral("readingSettingsAction"))->trigger();
    auto *dialog = m_window->findChild<ReadingSettingsDialog *>(QStringLiteral("readingSettingsDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *theme = dialog->findChild<QComboBox *>(QStringLiteral("readingTheme"));
    theme->setCurrentIndex(theme->findData(int(ReadingSettings::Theme::Dark)));
    dialog->findChild<QSpinBox *>(QStringLiteral("readingFontSize"))->setValue(19);
    dialog->findChild<QSpinBox *>(QStringLiteral("readingLineSpacing"))->setValue(200);
    dialog->findChild<QSpinBox *>(QStringLiteral("readingColumn"))->setValue(56);

    // Then the pane shows them at once
    QVERIFY(HighlightPalette::isDark(view->palette()));
    QCOMPARE(view->baseFont().pointSizeF(), 19.0);
    QCOMPARE(view->column(), 56);
    const QTextBlock body = view->document()->lastBlock();
    QCOMPARE(qRound(body.blockFormat().lineHeight()), 200);
    QCOMPARE(body.blockFormat().lineHeightType(), int(QTextBlockFormat::ProportionalHeight));

    // When the reader cancels, everything is as before and nothing is saved
    dialog->reject();
    QCOMPARE(view->font(), before);
    QCOMPARE(view->column(), ReadingSettings::DefaultColumn);
    QCOMPARE(qRound(view->document()->lastBlock().blockFormat().lineHeight()), ReadingSettings::DefaultLineSpacing);
    QCOMPARE(ReadingSettings::load(), ReadingSettings());

    // When the reader chooses sepia and a wider line spacing and presses OK
    m_window->reading()->showSettings();
    dialog = m_window->findChild<ReadingSettingsDialog *>(QStringLiteral("readingSettingsDialog"));
    QVERIFY(dialog);
    theme = dialog->findChild<QComboBox *>(QStringLiteral("readingTheme"));
    theme->setCurrentIndex(theme->findData(int(ReadingSettings::Theme::Sepia)));
    dialog->findChild<QSpinBox *>(QStringLiteral("readingLineSpacing"))->setValue(180);
    dialog->accept();

    // Then they are saved, and a new window reads in them, the next article too
    const ReadingSettings saved = ReadingSettings::load();
    QCOMPARE(saved.theme, ReadingSettings::Theme::Sepia);
    QCOMPARE(saved.lineSpacing, 180);
    delete m_window;
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(openAndWait(m_window, m_article));
    QCOMPARE(m_window->reading()->style()->settings(), saved);
    QCOMPARE(qRound(m_window->articleView()->document()->lastBlock().blockFormat().lineHeight()), 180);
    QVERIFY(!HighlightPalette::isDark(m_window->articleView()->palette()));
}

void TestReading::shouldHighlightAllSpeakersWithALegend()
{
    const SpeakerModel *model = m_window->speakerModel();
    ArticleView *view = m_window->articleView();
    SpeakerLegend *legend = m_window->reading()->legend();
    QVERIFY(!legend->isVisible());

    // When the reader turns on Highlight All Speakers
    QTest::keyClick(m_window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->reading()->allSpeakers()->isOn());

    // Then every quote is highlighted in its own speaker's colour
    const Extraction &extraction = model->extraction();
    QCOMPARE(view->highlights().size(), extraction.quotes.size());
    for (const ArticleView::Highlight &h : view->highlights()) {
        const auto quote = std::find_if(extraction.quotes.cbegin(), extraction.quotes.cend(),
                                        [&h](const Quote &q) { return q.start == h.start && q.end == h.end; });
        QVERIFY(quote != extraction.quotes.cend());
        QCOMPARE(h.speaker, quote->speaker);
    }
    std::set<int> colours;
    for (const ArticleView::Highlight &h : view->highlights())
        colours.insert(h.speaker);
    QCOMPARE(int(colours.size()), int(extraction.speakers.size()));
    // And the legend names each speaker on their colour
    QVERIFY(legend->isVisible());
    QCOMPARE(legend->entries().size(), extraction.speakers.size());
    for (int i = 0; i < extraction.speakers.size(); ++i) {
        QCOMPARE(legend->entries().at(i).name, extraction.speakers.at(i).name);
        QCOMPARE(legend->entries().at(i).color, HighlightPalette::color(i, view->palette()));
    }

    // When the reader chooses the mayor, only her quotes are highlighted
    SpeakerTreeView *tree = m_window->speakerPanel()->tree();
    const QModelIndex mayor = m_window->speakerPanel()->proxyIndex(model->findSpeakerByName(Mayor));
    clickRow(tree, mayor);
    const int mayorIndex = extraction.speakerByName(Mayor);
    QCOMPARE(view->highlights().size(), extraction.quotesOf(mayorIndex).size());
    // And Esc brings all of them back
    QTest::keyClick(tree, Qt::Key_Escape);
    QCOMPARE(view->highlights().size(), extraction.quotes.size());

    // When it is turned off, the highlights and the legend go
    m_window->reading()->highlightAll->trigger();
    QVERIFY(view->highlights().isEmpty());
    QVERIFY(!legend->isVisible());
}

void TestReading::shouldMarkEveryFindMatchInView()
{
    FindBar *bar = m_window->findBar();
    FindHighlights *marks = m_window->reading()->findHighlights();
    const QString text = m_window->speakerModel()->article().text();
    const int expected = int(text.count(QStringLiteral("ferry"), Qt::CaseInsensitive));
    QVERIFY(expected >= 4);

    // When the reader looks for a word the article has several times
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(bar->field(), QStringLiteral("ferry"));

    // Then every match is marked, with the count beside the field
    QCOMPARE(bar->matchCount(), expected);
    QCOMPARE(bar->status(), QStringLiteral("1 of %1").arg(expected));
    QTRY_VERIFY(marks->isVisible());
    const QList<QRect> rects = marks->matchRects();
    QCOMPARE(rects.size(), expected);
    for (const QRect &r : rects)
        QVERIFY(r.width() > 0 && r.height() > 0);
    QCOMPARE(marks->geometry(), m_window->articleView()->viewport()->geometry());

    // When the find bar closes, the marks go
    QTest::keyClick(bar->field(), Qt::Key_Escape);
    QVERIFY(!marks->isVisible());
    QVERIFY(marks->matchRects().isEmpty());
}

void TestReading::shouldGoFullScreenAndIntoDistractionFreeReading()
{
    // When the reader presses F11
    QTest::keyClick(m_window, Qt::Key_F11);
    QTRY_VERIFY(m_window->isFullScreen());
    QVERIFY(m_window->reading()->fullScreen->isChecked());
    QTest::keyClick(m_window, Qt::Key_F11);
    QTRY_VERIFY(!m_window->isFullScreen());

    // When the reader turns on distraction-free reading
    QWidget *panels[] = {m_window->speakerPanel(), m_window->libraryPanel(), m_window->menuBar(),
                         m_window->statusBar(), m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))};
    for (QWidget *w : panels)
        QVERIFY(w->isVisible());
    QTest::keyClick(m_window, Qt::Key_F11, Qt::ShiftModifier);

    // Then only the article is left, with the keyboard in it
    for (QWidget *w : panels)
        QVERIFY2(!w->isVisible(), qPrintable(w->objectName()));
    QVERIFY(m_window->articleView()->isVisible());
    QTRY_VERIFY(m_window->articleView()->hasFocus());
    // And the shortcuts still work
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_window->findBar()->isVisible());

    // When it is turned off, everything comes back
    QTest::keyClick(m_window, Qt::Key_F11, Qt::ShiftModifier);
    for (QWidget *w : panels)
        QVERIFY(w->isVisible());
}

void TestReading::shouldPrintWithAHeaderAndALegend()
{
    // Given the mayor chosen
    const SpeakerModel *model = m_window->speakerModel();
    clickRow(m_window->speakerPanel()->tree(), m_window->speakerPanel()->proxyIndex(model->findSpeakerByName(Mayor)));

    // When the article is set for paper
    const ArticlePrinter printer(model, m_window->articleView());
    const std::unique_ptr<QTextDocument> doc(printer.document());
    QStringList lines = doc->toPlainText().split(QChar::LineSeparator).join(u'\n').split(u'\n');
    lines.removeAll(QString()); // the header's frame begins with an empty line of its own

    // Then a header names the title, the file, the date, and whose quotes are highlighted
    QCOMPARE(lines.value(0), QStringLiteral("Ferry fares to rise in spring"));
    QCOMPARE(lines.value(1), QFileInfo(m_article).absoluteFilePath());
    QVERIFY(lines.value(2).contains(QString::number(QDate::currentDate().year())));
    QCOMPARE(lines.value(3).simplified(), QStringLiteral("Highlighted: %1").arg(Mayor));
    QCOMPARE(printer.legendNames(), QStringList{Mayor});
    // And the article follows whole
    QVERIFY(doc->toPlainText().endsWith(model->article().text().trimmed()));

    // And the PDF file is written with it
    const QString pdf = m_dir.filePath(QStringLiteral("fares.pdf"));
    QVERIFY(m_window->exportPdf(pdf));
    QVERIFY(readFile(pdf).startsWith("%PDF"));
}

void TestReading::shouldShowAPrintPreview()
{
    bool shown = false;
    auto *timer = new QTimer(this);
    timer->setInterval(50);
    connect(timer, &QTimer::timeout, this, [&shown, timer] {
        if (auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget())) {
            shown = true;
            timer->stop();
            dialog->reject();
        }
    });
    timer->start();
    m_window->findChild<QAction *>(QStringLiteral("printPreviewAction"))->trigger();
    delete timer;
    QVERIFY(shown);
}

void TestReading::shouldWriteCsvWithAByteOrderMarkWhenAsked()
{
    const SpeakerModel *model = m_window->speakerModel();
    QList<int> all;
    for (int i = 0; i < model->extraction().quotes.size(); ++i)
        all.append(i);
    const QString plain = m_dir.filePath(QStringLiteral("plain.csv"));
    const QString marked = m_dir.filePath(QStringLiteral("marked.csv"));
    QVERIFY(QuoteExporter::write(plain, QuoteExporter::Format::Csv, model->article(), model->extraction(), all));
    QVERIFY(QuoteExporter::write(marked, QuoteExporter::Format::Csv, model->article(), model->extraction(), all,
                                 nullptr, true));
    // The mark and nothing else sets the two files apart; the names are UTF-8 either way
    QVERIFY(!readFile(plain).startsWith("\xEF\xBB\xBF"));
    QCOMPARE(readFile(marked), QByteArray("\xEF\xBB\xBF") + readFile(plain));
    QVERIFY(QString::fromUtf8(readFile(plain)).contains(Mayor));

    // The export dialog offers the mark for CSV only, and remembers the choice
    QuoteFileDialog dialog(m_window, QStringLiteral("Export"), m_dir.filePath(QStringLiteral("quotes.csv")));
    QCheckBox *box = dialog.byteOrderMarkBox();
    QVERIFY(!box->isChecked());
    QVERIFY(box->isEnabled());
    dialog.selectNameFilter(dialog.nameFilters().at(1));
    emit dialog.filterSelected(dialog.nameFilters().at(1));
    QVERIFY(!box->isEnabled());
    dialog.selectNameFilter(dialog.nameFilters().at(0));
    emit dialog.filterSelected(dialog.nameFilters().at(0));
    QVERIFY(box->isEnabled());
    box->setChecked(true);
    QCOMPARE(dialog.format(), QuoteExporter::Format::Csv);
    QVERIFY(dialog.byteOrderMark());
    dialog.accept();
    QVERIFY(QuoteFileDialog::byteOrderMarkSetting());
    QuoteFileDialog again(m_window, QStringLiteral("Export"), m_dir.filePath(QStringLiteral("more.csv")));
    QVERIFY(again.byteOrderMarkBox()->isChecked());
}

QTEST_MAIN(TestReading)
#include "tst_reading.moc"
