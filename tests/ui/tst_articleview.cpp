// ArticleView and ArticleDocument: the reading pane's document matches the article offset for
// offset, highlights never touch the document, colours stay readable on light and dark palettes.
#include "articledocument.h"
#include "load/articleloader.h"
#include "articleview.h"
#include "highlightpalette.h"
#include "models/speakermodel.h"
#include "testarticles.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>

#include <cmath>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

#include <memory>

using namespace TestArticles;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    return p;
}

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// WCAG 2 contrast ratio, worked out here rather than taken from the code under test.
double wcagContrast(const QColor &a, const QColor &b)
{
    const auto lum = [](const QColor &c) {
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = lum(a);
    const double lb = lum(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A long article: paragraphs of filler text, each with one quoted sentence.
Article longArticle(int paragraphs)
{
    Article article;
    for (int i = 0; i < paragraphs; ++i) {
        article.appendBlock(QStringLiteral("Paragraph %1 begins with some context before the quote. "
                                           "\"This is quoted sentence number %1,\" a witness said at the hearing.")
                                .arg(i));
    }
    return article;
}

} // namespace

class TestArticleView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void shouldKeepOneBlockPerArticleBlock_data();
    void shouldKeepOneBlockPerArticleBlock();
    void shouldTypesetBlocksByKind();
    void shouldHighlightWithoutChangingTheDocument();
    void shouldChooseReadableDistinctColours_data();
    void shouldChooseReadableDistinctColours();
    void shouldFollowPaletteChanges();
    void shouldHandOnlyNearbyHighlightsToQTextEditWhenThereAreMany();
    void shouldPrintWithHighlights();
    void shouldZoomWithinLimits();
    void shouldCopyQuoteFromContextMenu();
};

void TestArticleView::shouldKeepOneBlockPerArticleBlock_data()
{
    QTest::addColumn<bool>("sample");
    QTest::newRow("hand-made article with every block kind") << false;
    QTest::newRow("bundled sample") << true;
}

void TestArticleView::shouldKeepOneBlockPerArticleBlock()
{
    QFETCH(bool, sample);
    Article article;
    if (sample) {
        ArticleLoader::Result loaded = ArticleLoader::loadFile(QStringLiteral(":/samples/almaty-talks.txt"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        article = loaded.article;
    } else {
        article = council().article;
        article.appendBlock(QStringLiteral("By A. Writer"), Article::BlockKind::Byline);
        article.appendBlock(QStringLiteral("A heading"), Article::BlockKind::Heading);
        article.appendBlock(QStringLiteral("first point"), Article::BlockKind::ListItem);
        article.appendBlock(QStringLiteral("second point"), Article::BlockKind::ListItem);
        article.appendBlock(QString());
        article.appendBlock(QStringLiteral("Last words with a no-break\u00a0space."));
    }
    std::unique_ptr<QTextDocument> doc(ArticleDocument::build(article, ArticleView::readingFont()));

    QCOMPARE(doc->blockCount(), article.blocks().size());
    QTextBlock block = doc->begin();
    for (const Article::Block &b : article.blocks()) {
        QCOMPARE(block.position(), b.start);
        QCOMPARE(block.text(), article.blockText(int(&b - article.blocks().constData())).toString());
        block = block.next();
    }
    QString raw = doc->toRawText();
    raw.replace(QChar::ParagraphSeparator, u'\n');
    QCOMPARE(raw, article.text());

    // A cursor over any span selects exactly the article's characters at those offsets.
    const QString &text = article.text();
    for (int start = 0; start + 12 < text.size(); start += 37) {
        QTextCursor cursor(doc.get());
        cursor.setPosition(start);
        cursor.setPosition(start + 12, QTextCursor::KeepAnchor);
        QString selected = cursor.selectedText();
        selected.replace(QChar::ParagraphSeparator, u'\n');
        QCOMPARE(selected, text.mid(start, 12));
    }
}

void TestArticleView::shouldTypesetBlocksByKind()
{
    Article article;
    article.appendBlock(QStringLiteral("Headline"), Article::BlockKind::Title);
    article.appendBlock(QStringLiteral("Body text."));
    article.appendBlock(QStringLiteral("Quoted passage."), Article::BlockKind::BlockQuote);
    article.appendBlock(QStringLiteral("one"), Article::BlockKind::ListItem);
    article.appendBlock(QStringLiteral("two"), Article::BlockKind::ListItem);
    const QFont font = ArticleView::readingFont();
    std::unique_ptr<QTextDocument> doc(ArticleDocument::build(article, font));

    const QTextBlock title = doc->findBlockByNumber(0);
    const QTextBlock body = doc->findBlockByNumber(1);
    const QTextBlock quote = doc->findBlockByNumber(2);
    QCOMPARE(title.blockFormat().headingLevel(), 1);
    QVERIFY(title.charFormat().fontWeight() >= QFont::Bold);
    QCOMPARE(body.blockFormat().lineHeightType(), int(QTextBlockFormat::ProportionalHeight));
    QCOMPARE(body.blockFormat().lineHeight(), 150.0);
    QVERIFY(body.blockFormat().bottomMargin() > 0);
    QVERIFY(quote.blockFormat().leftMargin() > body.blockFormat().leftMargin());
    QVERIFY(doc->findBlockByNumber(3).textList());
    QCOMPARE(doc->findBlockByNumber(3).textList(), doc->findBlockByNumber(4).textList());
    QCOMPARE(doc->findBlockByNumber(3).textList()->count(), 2);
    QVERIFY(!body.textList());
}

void TestArticleView::shouldHighlightWithoutChangingTheDocument()
{
    // Given
    const Fixture f = council();
    ArticleView view;
    view.showArticle(f.article);
    const QString before = view.document()->toRawText();
    const int revision = view.document()->revision();
    const Quote &a = f.extraction.quotes.at(0);
    const Quote &b = f.extraction.quotes.at(4);

    // When
    view.setHighlights({{b.start, b.end, 0, false}, {a.start, a.end, 0, true}});

    // Then
    const QList<QTextEdit::ExtraSelection> selections = view.extraSelections();
    QCOMPARE(selections.size(), 2);
    QCOMPARE(selections.at(0).cursor.selectionStart(), a.start); // sorted by position
    QCOMPARE(selections.at(0).cursor.selectionEnd(), a.end);
    QCOMPARE(selections.at(1).cursor.selectedText(), Extraction::quoteText(f.article, b));
    // Soft and normal strength differ; the text under them keeps its colour.
    QVERIFY(selections.at(0).format.background() != selections.at(1).format.background());
    QVERIFY(!selections.at(0).format.hasProperty(QTextFormat::ForegroundBrush));
    QCOMPARE(view.document()->toRawText(), before);
    QCOMPARE(view.document()->revision(), revision);

    view.clearHighlights();
    QVERIFY(view.extraSelections().isEmpty());
}

void TestArticleView::shouldChooseReadableDistinctColours_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << lightPalette() << false;
    QTest::newRow("dark") << darkPalette() << true;
    QPalette grey = darkPalette();
    grey.setColor(QPalette::Base, QColor(0x3d, 0x3d, 0x3d));
    QTest::newRow("a grey dark page, close to the text") << grey << true;
}

void TestArticleView::shouldChooseReadableDistinctColours()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    QCOMPARE(HighlightPalette::isDark(palette), dark);
    const QColor text = palette.color(QPalette::Text);
    QList<QColor> colours;
    for (int speaker = -1; speaker < 24; ++speaker) {
        const QColor page = palette.color(QPalette::Base);
        for (auto strength : {HighlightPalette::Strength::Soft, HighlightPalette::Strength::Normal}) {
            const QColor c = HighlightPalette::color(speaker, palette, strength);
            QVERIFY2(wcagContrast(c, text) >= 4.5, qPrintable(QStringLiteral("speaker %1: %2").arg(speaker).arg(c.name())));
            // Every highlight stands out from the page (WCAG 1.5:1 at least).
            QVERIFY2(wcagContrast(c, page) >= 1.5, qPrintable(QStringLiteral("speaker %1: %2").arg(speaker).arg(c.name())));
        }
        // The current quote's colour is clearly stronger than the tint of the speaker's other quotes.
        const QColor soft = HighlightPalette::color(speaker, palette, HighlightPalette::Strength::Soft);
        const QColor normal = HighlightPalette::color(speaker, palette, HighlightPalette::Strength::Normal);
        QVERIFY2(wcagContrast(normal, page) >= 1.8, qPrintable(normal.name()));
        QVERIFY2(wcagContrast(normal, soft) >= 1.3, qPrintable(normal.name() + u' ' + soft.name()));
        colours.append(HighlightPalette::color(speaker, palette));
    }
    // Neighbouring speakers get clearly different hues.
    for (int i = 2; i < colours.size(); ++i) {
        const int d = qAbs(colours.at(i).hslHue() - colours.at(i - 1).hslHue());
        QVERIFY2(std::min(d, 360 - d) >= 40, qPrintable(QString::number(i)));
    }
}

void TestArticleView::shouldFollowPaletteChanges()
{
    const Fixture f = council();
    ArticleView view;
    view.setPalette(lightPalette());
    view.showArticle(f.article);
    const Quote &q = f.extraction.quotes.at(0);
    view.setHighlights({{q.start, q.end, 0, false}});
    const QColor light = view.extraSelections().at(0).format.background().color();
    QVERIFY(light.lightnessF() > lightPalette().color(QPalette::Text).lightnessF());

    view.setPalette(darkPalette());

    QCOMPARE(view.extraSelections().size(), 1);
    const QColor dark = view.extraSelections().at(0).format.background().color();
    QVERIFY(dark.lightnessF() < darkPalette().color(QPalette::Text).lightnessF());
    QVERIFY(dark.lightnessF() < light.lightnessF());
}

void TestArticleView::shouldHandOnlyNearbyHighlightsToQTextEditWhenThereAreMany()
{
    // Given a long article with one highlight per paragraph
    const Article article = longArticle(3000);
    ArticleView view;
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showArticle(article);
    QList<ArticleView::Highlight> highlights;
    for (const Article::Block &b : article.blocks()) {
        const int start = int(article.text().indexOf(u'"', b.start)) + 1;
        highlights.append({start, int(article.text().indexOf(u'"', start)), 1, false});
    }

    // When
    view.setHighlights(highlights);

    // Then all are kept, but only those around the visible text are extra selections
    QCOMPARE(view.highlights().size(), 3000);
    const QList<QTextEdit::ExtraSelection> atTop = view.extraSelections();
    QVERIFY(!atTop.isEmpty());
    QVERIFY(atTop.size() < 300);
    QCOMPARE(atTop.first().cursor.selectionStart(), highlights.first().start);

    // and scrolling far down brings the highlights there.
    const Article::Block &late = article.blocks().at(2500);
    view.scrollToPosition(late.start);
    const QList<QTextEdit::ExtraSelection> later = view.extraSelections();
    const bool covered = std::any_of(later.cbegin(), later.cend(), [&](const QTextEdit::ExtraSelection &s) {
        return s.cursor.selectionStart() == highlights.at(2500).start;
    });
    QVERIFY(covered);
    QVERIFY(later.size() < 300);
}

void TestArticleView::shouldPrintWithHighlights()
{
    const Fixture f = council();
    ArticleView view;
    view.setPalette(darkPalette());
    view.showArticle(f.article);
    const Quote &q = f.extraction.quotes.at(2);
    view.setHighlights({{q.start, q.end, 2, false}});

    std::unique_ptr<QTextDocument> printable(view.printableDocument());

    QCOMPARE(printable->toRawText(), view.document()->toRawText());
    QTextCursor inside(printable.get());
    inside.setPosition(q.start + 1);
    const QColor paper = HighlightPalette::color(2, lightPalette());
    QCOMPARE(inside.charFormat().background().color().hslHue(), paper.hslHue());
    // On paper the highlight is light even though the screen is dark.
    QVERIFY(inside.charFormat().background().color().lightnessF() > 0.5);
    QTextCursor outside(printable.get());
    outside.setPosition(q.end + 2);
    QCOMPARE(outside.charFormat().background().style(), Qt::NoBrush);
    // The screen document stays untouched.
    QTextCursor original(view.document());
    original.setPosition(q.start + 1);
    QCOMPARE(original.charFormat().background().style(), Qt::NoBrush);
}

void TestArticleView::shouldZoomWithinLimits()
{
    ArticleView view;
    const qreal base = ArticleView::readingFont().pointSizeF();
    view.setZoom(150);
    QCOMPARE(view.zoom(), 150);
    QCOMPARE(view.document()->defaultFont().pointSizeF(), base * 1.5);
    view.setZoom(1000);
    QCOMPARE(view.zoom(), ArticleView::MaximumZoom);
    view.setZoom(1);
    QCOMPARE(view.zoom(), ArticleView::MinimumZoom);
}

void TestArticleView::shouldCopyQuoteFromContextMenu()
{
    // Given
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const Fixture f = council();
    SpeakerModel model;
    model.setArticle(f.article, f.extraction);
    ArticleView view;
    view.setSpeakerModel(&model);
    view.resize(700, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showArticle(f.article);
    const Quote &q = f.extraction.quotes.at(0);
    QTextCursor cursor(view.document());
    cursor.setPosition(q.start + 3);
    const QPoint pos = view.cursorRect(cursor).center();

    // When the context menu opens over the quote and its first entry is chosen
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, view.viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view.viewport(), &event);
    auto *menu = view.findChild<QMenu *>();
    QVERIFY(menu);
    QAction *cite = menu->actions().value(0);
    QVERIFY(cite);
    cite->trigger();

    // Then
    QCOMPARE(QGuiApplication::clipboard()->text(), model.citation(0));
    menu->actions().value(1)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("We will rebuild the pier within a year,"));
    menu->close();
}

QTEST_MAIN(TestArticleView)
#include "tst_articleview.moc"
