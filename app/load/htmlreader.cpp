#include "htmlreader.h"

#include "articlecheck.h"
#include "htmlblockwriter.h"
#include "htmldocument.h"
#include "pagemetadata.h"
#include "readabilityscorer.h"
#include "text/whitespace.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

using Options = ReadabilityScorer::Options;

int bodyLength(const Article &article)
{
    int n = 0;
    for (const Article::Block &b : article.blocks()) {
        if (b.kind != Article::BlockKind::Title && b.kind != Article::BlockKind::Byline)
            n += b.length;
    }
    return n;
}

Article render(const HtmlDocument &doc, const Options &options, const PageMetadata &meta)
{
    ReadabilityScorer scorer(doc, options);
    const QList<int> roots = scorer.run();
    Article article;
    article.appendHeader(meta.title, meta.byline, meta.date, meta.dateText);
    article.setLink(meta.link);
    HtmlBlockWriter(doc).write(roots, scorer.hidden(), scorer.dataTables(), article,
                               {meta.title, meta.byline, meta.dateText});
    return article;
}

// savedFrom: the address the page's source says it was saved from, if any.
Article readDocument(const HtmlDocument &doc, const std::atomic_bool *cancelled, const QString &savedFrom)
{
    if (doc.wasCancelled())
        return {};
    PageMetadata meta = PageMetadata::read(doc);
    meta.link = PageMetadata::originalAddress(meta.link, savedFrom);

    // Strict first; if that leaves too little, relax the rules as Readability does. A relaxed pass
    // wins only with much more text: a little more is what the strict pass rightly left out (a
    // "related" box under a short article), a lot more is an article the strict pass missed.
    constexpr int kEnoughText = 500;
    const Options attempts[] = {
        {true, true, true, false},
        {false, true, true, false},
        {false, false, false, false},
    };
    Article best;
    int bestLength = -1;
    for (const Options &options : attempts) {
        if (cancelled && cancelled->load())
            return {};
        Article article = render(doc, options, meta);
        const int length = bodyLength(article);
        if (bestLength < 0 || length > bestLength + bestLength / 2) {
            best = std::move(article);
            bestLength = length;
        }
        if (length >= kEnoughText)
            break;
    }
    return best;
}

} // namespace

Article HtmlReader::read(QStringView html, const std::atomic_bool *cancelled)
{
    return readDocument(HtmlDocument::parse(html, cancelled), cancelled, PageMetadata::savedFromAddress(html));
}

Article HtmlReader::read(QString &&html, const std::atomic_bool *cancelled, bool *isArticle)
{
    QString source = std::move(html);
    const QString savedFrom = PageMetadata::savedFromAddress(source);
    const HtmlDocument doc = HtmlDocument::parse(source, cancelled);
    source = QString(); // the tree holds the text now
    if (isArticle)
        *isArticle = doc.wasCancelled() || ArticleCheck::isProbablyArticle(doc);
    return readDocument(doc, cancelled, savedFrom);
}

void HtmlReader::appendFragment(Article &article, QStringView html)
{
    const HtmlDocument doc = HtmlDocument::parse(html);
    Options options;
    options.fragment = true;
    options.stripUnlikely = false;
    ReadabilityScorer scorer(doc, options);
    const QList<int> roots = scorer.run();
    HtmlBlockWriter(doc).write(roots, scorer.hidden(), scorer.dataTables(), article,
                               {article.title(), article.byline()});
}

QString HtmlReader::toPlainText(QStringView html)
{
    if (!html.contains(u'<') && !html.contains(u'&'))
        return Whitespace::collapse(html);
    const HtmlDocument doc = HtmlDocument::parse(html);
    return doc.textOf(0);
}

QByteArray HtmlReader::declaredCharset(QByteArrayView head)
{
    // The HTML standard's prescan, simplified: <meta charset=x> or <meta ... content="...charset=x">.
    const QByteArray probe = head.first(std::min<qsizetype>(head.size(), 1024)).toByteArray().toLower();
    static const QRegularExpression re(QStringLiteral("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.+-]+)"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(probe));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

