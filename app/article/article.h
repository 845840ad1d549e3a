#pragma once

#include <QList>
#include <QString>
#include <QUrl>

// An article as Saywho shows it: plain text made of blocks (title, byline, paragraphs, block quotes)
// joined by '\n'. Every offset Saywho reports (quotes, highlights, JSON) is an offset into text(),
// which is also the plain text of the reading pane's document, block for block.
class Article
{
public:
    enum class BlockKind { Title, Byline, Heading, Paragraph, BlockQuote, ListItem };

    struct Block
    {
        int start = 0;
        int length = 0;
        BlockKind kind = BlockKind::Paragraph;
        // Index among the body blocks (not Title/Byline), or -1; this is the JSON's "paragraph".
        int paragraph = -1;
        int end() const { return start + length; }
    };

    // A span the source marked as a quotation (<q>, <blockquote>); the extractor treats it like
    // text enclosed in quotation marks.
    struct Span
    {
        int start = 0;
        int end = 0;
    };

    Article() = default;

    // Appends a block; embedded line breaks (and U+FDD0/U+FDD1, which QTextDocument takes for frame
    // boundaries) are folded into spaces so blocks stay one line.
    void appendBlock(const QString &text, BlockKind kind = BlockKind::Paragraph);
    // Takes over text whose blocks are already separated by '\n' (the plain-text reader builds it in
    // place to keep memory low); blocks must tile text in order. U+FDD0/U+FDD1 become spaces.
    void adoptText(QString &&text, QList<Block> &&blocks);
    void addMarkedQuote(int start, int end) { m_markedQuotes.append({start, end}); }
    // Starts the article with its title block and a byline block (author and date, the date shown in
    // the user's locale unless dateText gives it as the source wrote it), and sets those fields. White
    // space in them is collapsed, as markup and feeds write it.
    void appendHeader(const QString &title, const QString &byline, const QString &date,
                      const QString &dateText = {});

    const QString &text() const { return m_text; }
    const QList<Block> &blocks() const { return m_blocks; }
    const QList<Span> &markedQuotes() const { return m_markedQuotes; }
    QStringView blockText(int index) const;
    // Index of the block holding position pos (a separator belongs to the block before it).
    int blockAt(int pos) const;
    bool isEmpty() const { return m_blocks.isEmpty(); }

    QString title() const { return m_title; }
    void setTitle(const QString &title) { m_title = title; }
    QString byline() const { return m_byline; }
    void setByline(const QString &byline) { m_byline = byline; }
    QString date() const { return m_date; }
    void setDate(const QString &date) { m_date = date; }
    QString sourcePath() const { return m_sourcePath; }
    void setSourcePath(const QString &path) { m_sourcePath = path; }
    // A short user-visible name for the format ("plain text", "HTML", "Markdown", "feed entry").
    QString formatName() const { return m_formatName; }
    void setFormatName(const QString &name) { m_formatName = name; }
    // Links found in the source, if any (for a feed entry, the entry's link; for a saved page, the
    // address it came from).
    QString link() const { return m_link; }
    void setLink(const QString &link) { m_link = link; }
    // The link as a web address a browser can open (http or https, with a host), or an empty URL:
    // a relative or local link, or one of another scheme, is not the article's original.
    QUrl webAddress() const;

private:
    QString m_text;
    QList<Block> m_blocks;
    QList<Span> m_markedQuotes;
    QString m_title;
    QString m_byline;
    QString m_date;
    QString m_sourcePath;
    QString m_formatName;
    QString m_link;
    int m_bodyBlocks = 0;
};
