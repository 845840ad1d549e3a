#pragma once

#include "article/article.h"
#include "htmldocument.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <utility>
#include <vector>

// Writes an Article's blocks from the visible text under reader mode's content roots: headings,
// paragraphs, list items and block quotes, white space collapsed as a browser shows it. <q> gets the
// quotation marks a browser shows around it, those of the language the page (or the nearest element
// with a lang) is written in: “ ” outside and ‘ ’ inside a quotation in English, „ “ and ‚ ‘ in
// German, « » in French, so the extractor reads it as any quotation; block quotes with no quotation
// marks of their own become marked quotes. An embedded social-media post becomes a sentence naming
// its author (EmbeddedPost). A data table is written a row a block, its cells joined by " | ", and
// its caption as a block of its own; a block that is only an ad or loading label is left out.
class HtmlBlockWriter
{
public:
    explicit HtmlBlockWriter(const HtmlDocument &doc);

    // hidden: per node, left out. dataTables: per node, a <table> of data (ReadabilityScorer), or
    // empty. skip: texts already shown in the header (the title first, then byline and date), left
    // out once in the body; so is the first heading that reads as the title in other words.
    void write(const QList<int> &roots, const std::vector<bool> &hidden, const std::vector<bool> &dataTables,
               Article &article, const QStringList &skip);
    // Whether a block's whole text is an ad or loading label ("Advertisement", "Loading…"), from the
    // rule file ad-labels.txt.
    static bool isAdOrLoadingLabel(QStringView text);
    // The opening and closing marks a browser puts around a <q> at nesting level (0 outermost) in
    // a language (a BCP 47 tag; empty or unknown: English), after Qt's (CLDR's) quotation marks.
    static std::pair<QString, QString> quotationMarks(const QString &language, int level);

private:
    using Tag = HtmlDocument::Tag;

    struct Open
    {
        int end;
        Tag tag;
    };

    // An open <q>: its opening mark waits for its first character, which may be a mark of its own.
    enum class QuoteMarks { Awaiting, Added, OwnMarks };

    struct MarkPair
    {
        QString opening;
        QString closing;
    };

    struct OpenQuote
    {
        QuoteMarks state = QuoteMarks::Awaiting;
        MarkPair marks;
    };

    void writeEmbeddedPost(int blockquote);
    void enter(int index, Tag tag);
    void leave(Tag tag);
    bool startsBlock(Tag tag) const;
    bool isTitleHeading(const QString &text) const;
    void appendText(QStringView text);
    void openQuotes(QChar first);
    void closeQuote(int level);
    void flush();
    // The marks of a <q> at nesting level (0 outermost) in the language that applies to node index.
    MarkPair quoteMarks(int index, int level);
    QString languageOf(int index);
    Article::BlockKind kind() const;

    const HtmlDocument &m_doc;
    Article *m_article = nullptr;
    QList<Open> m_open;
    QString m_buf;
    bool m_pendingSpace = false;
    bool m_afterBreak = false;
    int m_pre = 0, m_blockquote = 0, m_heading = 0, m_listItem = 0, m_attribution = 0;
    const std::vector<bool> *m_dataTables = nullptr;
    int m_dataTable = 0; // depth of open data tables
    int m_cells = 0;     // cells begun in the data table's current row
    QString m_title;
    bool m_titleHeadingSeen = false;
    QList<OpenQuote> m_quotes; // the open <q>s, outermost first
    QHash<QString, MarkPair> m_marksByLanguage; // key: language and level
    static constexpr int kUnknown = -2, kNone = -1;
    std::vector<int> m_langHolder; // per node: the element whose lang it has, kNone, or kUnknown yet
    QString m_pageLanguage;        // Content-Language, read at the first <q>
    bool m_pageLanguageRead = false;
    QStringList m_skip;
};
