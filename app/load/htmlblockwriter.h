#pragma once

#include "article/article.h"
#include "htmldocument.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <utility>
#include <vector>

// Writes an Article's blocks from the visible text under reader mode's content roots: headings,
// paragraphs, list items and block quotes, white space collapsed as a browser shows it. <q> spans,
// and block quotes with no quotation marks of their own, become marked quotes.
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

    void enter(Tag tag);
    void leave(Tag tag);
    void appendText(QStringView text);
    void flush();
    Article::BlockKind kind() const;

    const HtmlDocument &m_doc;
    Article *m_article = nullptr;
    QList<Open> m_open;
    QString m_buf;
    bool m_pendingSpace = false;
    bool m_afterBreak = false;
    int m_pre = 0, m_blockquote = 0, m_heading = 0, m_listItem = 0, m_attribution = 0, m_q = 0;
    int m_qStart = -1;          // where the open <q> began in m_buf, -1 while it waits for text
    QList<std::pair<int, int>> m_spans;
    QStringList m_skip;
};
