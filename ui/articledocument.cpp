#include "articledocument.h"

#include "article/article.h"

#include <QFontMetricsF>
#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

namespace {

std::atomic_int s_lineSpacing{150};

struct Formats
{
    QTextBlockFormat block;
    QTextCharFormat chars;
};

Formats formatsFor(Article::BlockKind kind, const QFont &font)
{
    const qreal em = QFontMetricsF(font).height();
    Formats f;
    f.block.setLineHeight(s_lineSpacing.load(), QTextBlockFormat::ProportionalHeight);
    f.block.setBottomMargin(em * 0.8);
    switch (kind) {
    case Article::BlockKind::Title:
        f.block.setLineHeight(120, QTextBlockFormat::ProportionalHeight);
        f.block.setBottomMargin(em * 0.6);
        f.block.setHeadingLevel(1);
        f.chars.setFontWeight(QFont::Bold);
        f.chars.setProperty(QTextFormat::FontSizeAdjustment, 3);
        break;
    case Article::BlockKind::Heading:
        f.block.setTopMargin(em * 0.6);
        f.block.setBottomMargin(em * 0.4);
        f.block.setHeadingLevel(2);
        f.chars.setFontWeight(QFont::Bold);
        f.chars.setProperty(QTextFormat::FontSizeAdjustment, 1);
        break;
    case Article::BlockKind::Byline:
        f.block.setBottomMargin(em * 1.2);
        f.chars.setFontItalic(true);
        f.chars.setProperty(QTextFormat::FontSizeAdjustment, -1);
        break;
    case Article::BlockKind::BlockQuote:
        f.block.setLeftMargin(em * 1.6);
        f.block.setRightMargin(em * 1.6);
        f.chars.setFontItalic(true);
        break;
    case Article::BlockKind::ListItem:
        f.block.setBottomMargin(em * 0.3);
        break;
    case Article::BlockKind::Paragraph:
        break;
    }
    return f;
}

} // namespace

void ArticleDocument::setLineSpacing(int percent)
{
    s_lineSpacing.store(percent);
}

int ArticleDocument::lineSpacing()
{
    return s_lineSpacing.load();
}

void ArticleDocument::applyLineSpacing(QTextDocument *document, int percent)
{
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.headingLevel() == 1 || qRound(format.lineHeight()) == percent)
            continue;
        format.setLineHeight(percent, QTextBlockFormat::ProportionalHeight);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
    cursor.endEditBlock();
}

qreal ArticleDocument::pageMargin(const QFont &font)
{
    return QFontMetricsF(font).height() * 1.5;
}

QTextDocument *ArticleDocument::build(const Article &article, const QFont &font, const std::atomic_bool *cancelled)
{
    auto *doc = new QTextDocument;
    doc->setUndoRedoEnabled(false);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(pageMargin(font));
    if (!article.title().isEmpty())
        doc->setMetaInformation(QTextDocument::DocumentTitle, article.title());

    // One set per BlockKind, indexed by the enum's value.
    Formats formats[int(Article::BlockKind::ListItem) + 1];
    for (int kind = 0; kind <= int(Article::BlockKind::ListItem); ++kind)
        formats[kind] = formatsFor(Article::BlockKind(kind), font);
    QTextListFormat listFormat;
    listFormat.setStyle(QTextListFormat::ListDisc);
    listFormat.setIndent(1);

    const QString &text = article.text();
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    QTextList *list = nullptr;
    bool first = true;
    int count = 0;
    for (const Article::Block &block : article.blocks()) {
        if (cancelled && (++count & 1023) == 0 && cancelled->load()) {
            cursor.endEditBlock();
            delete doc;
            return nullptr;
        }
        const Formats &f = formats[int(block.kind)];
        if (first) {
            cursor.setBlockFormat(f.block);
            cursor.setBlockCharFormat(f.chars);
            first = false;
        } else {
            cursor.insertBlock(f.block, f.chars);
        }
        if (block.kind == Article::BlockKind::ListItem) {
            if (list)
                list->add(cursor.block());
            else
                list = cursor.createList(listFormat);
        } else {
            list = nullptr;
        }
        if (block.length > 0)
            cursor.insertText(text.mid(block.start, block.length), f.chars);
    }
    cursor.endEditBlock();
    return doc;
}
