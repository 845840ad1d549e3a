#pragma once

#include "article/article.h"
#include "htmldocument.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

// Writes an Article's blocks from the visible text under reader mode's content roots: headings,
// paragraphs, list items and block quotes, white space collapsed as a browser shows it. <q> gets the
// quotation marks a browser shows around it (“ ” outside, ‘ ’ inside a quotation, and so on), so the
// extractor reads it as any quotation; block quotes with no quotation marks of their own become
// marked quotes. An embedded social-media post becomes a sentence naming its author (EmbeddedPost).
class HtmlBlockWriter
{
public:
    explicit HtmlBlockWriter(const HtmlDocument &doc);

    // hidden: per node, left out. skip: texts already shown in the header (title, byline, date),
    // left out once in the body.
    void write(const QList<int> &roots, const std::vector<bool> &hidden, Article &article, const QStringList &skip);

private:
    using Tag = HtmlDocument::Tag;

    struct Open
    {
        int end;
        Tag tag;
    };

    // An open <q>: its opening mark waits for its first character, which may be a mark of its own.
    enum class QuoteMarks { Awaiting, Added, OwnMarks };

    void writeEmbeddedPost(int blockquote);
    void enter(Tag tag);
    void leave(Tag tag);
    void appendText(QStringView text);
    void openQuotes(QChar first);
    void closeQuote(int level);
    void flush();
    Article::BlockKind kind() const;

    const HtmlDocument &m_doc;
    Article *m_article = nullptr;
    QList<Open> m_open;
    QString m_buf;
    bool m_pendingSpace = false;
    bool m_afterBreak = false;
    int m_pre = 0, m_blockquote = 0, m_heading = 0, m_listItem = 0, m_attribution = 0;
    QList<QuoteMarks> m_quotes; // the open <q>s, outermost first
    QStringList m_skip;
};
