#include "fuzzdriver.h"

#include "article/article.h"
#include "load/articleloader.h"
#include "article/extraction.h"
#include "export/extractionjson.h"
#include "extract/extractor.h"
#include "article/feed.h"
#include "load/plaintextreader.h"
#include "load/textdecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace {

using Target = FuzzDriver::Target;

struct Entry
{
    Target target;
    const char16_t *name;
};

constexpr Entry kTargets[] = {
    {Target::Extractor, u"extractor"},
    {Target::PlainText, u"plaintext"},
    {Target::Html, u"html"},
    {Target::Markdown, u"markdown"},
    {Target::Feed, u"feed"},
    {Target::JsonFeed, u"jsonfeed"},
    {Target::Mhtml, u"mhtml"},
};

const Extractor &extractor()
{
    static const Extractor instance;
    return instance;
}

// Characters QTextCursor::insertText turns into a block boundary ("\r\n" into one): inside an
// Article block they would give the reading pane more blocks than the article and, for "\r\n",
// shift every later document position away from its text offset.
bool breaksBlock(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::ParagraphSeparator || c == QChar(0xFDD0) || c == QChar(0xFDD1);
}

bool inText(int start, int end, qsizetype size)
{
    return start >= 0 && start <= end && end <= size;
}

} // namespace

QString FuzzDriver::name(Target target)
{
    for (const Entry &e : kTargets) {
        if (e.target == target)
            return QString::fromUtf16(e.name);
    }
    return {};
}

std::optional<FuzzDriver::Target> FuzzDriver::fromName(QStringView name)
{
    for (const Entry &e : kTargets) {
        if (name == QStringView(e.name))
            return e.target;
    }
    return std::nullopt;
}

QStringList FuzzDriver::names()
{
    QStringList out;
    for (const Entry &e : kTargets)
        out.append(QString::fromUtf16(e.name));
    return out;
}

QString FuzzDriver::fileName(Target target, QByteArrayView data)
{
    switch (target) {
    case Target::PlainText: return QStringLiteral("article.txt");
    case Target::Html: return QStringLiteral("article.html");
    case Target::Markdown: return QStringLiteral("article.md");
    case Target::Feed:
        return (!data.isEmpty() && (data.front() & 1)) ? QStringLiteral("feed.atom") : QStringLiteral("feed.rss");
    case Target::JsonFeed: return QStringLiteral("feed.json");
    case Target::Mhtml: return QStringLiteral("page.mhtml");
    case Target::Extractor: break;
    }
    return {};
}

QString FuzzDriver::load(Target target, QByteArrayView data, QList<Article> &articles)
{
    articles.clear();
    if (target == Target::Extractor) {
        articles.append(PlainTextReader::read(QString::fromUtf8(data)));
        return {};
    }
    ArticleLoader::Result result = ArticleLoader::loadBytes(data.toByteArray(), fileName(target, data));
    if (!result.ok())
        return {}; // a clear refusal is a fine answer to hostile input
    if (result.format == ArticleLoader::Format::Feed) {
        if (result.feed.entries.isEmpty())
            return QStringLiteral("loader: a feed without entries loaded without an error");
        for (const FeedEntry &entry : std::as_const(result.feed.entries))
            articles.append(ArticleLoader::articleFromFeedEntry(entry));
        return {};
    }
    if (result.article.isEmpty())
        return QStringLiteral("loader: an empty article loaded without an error");
    articles.append(std::move(result.article));
    return {};
}

QString FuzzDriver::checkChunkedDecoding(QByteArrayView data)
{
    // loadFile decodes a file as a 64 KB head and then chunk by chunk; loadBytes, which the loader
    // targets call, in one go. The input is repeated past the head so there are later chunks, and
    // those are cut 1 to 16 bytes long (sizes taken from the input) to split every kind of character.
    constexpr qsizetype kHead = 64 * 1024;
    if (data.isEmpty())
        return {};
    const QByteArray bytes = data.toByteArray().repeated(int(kHead / data.size()) + 2);
    const TextDecoder::Result whole = TextDecoder::decode(QByteArray(bytes));

    TextDecoder decoder;
    decoder.reserve(bytes.size());
    bool more = decoder.addData(QByteArrayView(bytes).first(kHead));
    qsizetype i = 0;
    for (qsizetype pos = kHead; more && pos < bytes.size();) {
        const qsizetype n = std::min<qsizetype>(1 + static_cast<unsigned char>(data[i++ % data.size()]) % 16,
                                                bytes.size() - pos);
        more = decoder.addData(QByteArrayView(bytes).sliced(pos, n));
        pos += n;
    }
    const TextDecoder::Result chunked = decoder.finish();

    // UTF-16 and UTF-32 are checked for binary characters on the first chunk's text, which is
    // shorter here than in one go; bytes are checked on the same 64 KB either way.
    if (whole.binary || chunked.binary)
        return {};
    if (chunked.encoding != whole.encoding)
        return QStringLiteral("decoding: chunked as %1, whole as %2")
            .arg(TextDecoder::encodingName(chunked.encoding), TextDecoder::encodingName(whole.encoding));
    if (chunked.text != whole.text) {
        qsizetype at = 0;
        while (at < chunked.text.size() && at < whole.text.size() && chunked.text.at(at) == whole.text.at(at))
            ++at;
        return QStringLiteral("decoding: chunked text differs from the whole at %1 (lengths %2 and %3)")
            .arg(at).arg(chunked.text.size()).arg(whole.text.size());
    }
    if (chunked.truncated != whole.truncated || chunked.fallbackBytes != whole.fallbackBytes)
        return QStringLiteral("decoding: chunked and whole disagree on cut characters or fallback bytes");
    return {};
}

QString FuzzDriver::run(Target target, QByteArrayView data)
{
    if (target == Target::PlainText) {
        if (QString broken = checkChunkedDecoding(data); !broken.isEmpty())
            return broken;
    }
    QList<Article> articles;
    if (QString broken = load(target, data, articles); !broken.isEmpty())
        return broken;
    for (int i = 0; i < articles.size(); ++i) {
        const bool feed = target == Target::Feed || target == Target::JsonFeed;
        const QString what = feed ? QStringLiteral("feed entry %1").arg(i) : name(target);
        const Article &article = articles.at(i);
        if (QString broken = checkArticle(article, what); !broken.isEmpty())
            return broken;
        if (QString broken = checkExtraction(article, extractor().extract(article), what); !broken.isEmpty())
            return broken;
    }
    return {};
}

QString FuzzDriver::checkArticle(const Article &article, const QString &what)
{
    const QString &text = article.text();
    const QList<Article::Block> &blocks = article.blocks();
    int expectedStart = 0;
    int bodyIndex = 0;
    for (int i = 0; i < blocks.size(); ++i) {
        const Article::Block &b = blocks.at(i);
        if (b.start != expectedStart || b.length < 0 || b.end() > text.size())
            return QStringLiteral("%1: block %2 [%3, %4) does not follow the previous block (text size %5)")
                .arg(what).arg(i).arg(b.start).arg(b.end()).arg(text.size());
        for (int p = b.start; p < b.end(); ++p) {
            if (breaksBlock(text.at(p)))
                return QStringLiteral("%1: block %2 holds U+%3 at %4, which splits a document block")
                    .arg(what).arg(i).arg(text.at(p).unicode(), 4, 16, QLatin1Char('0')).arg(p);
        }
        if (i + 1 < blocks.size()) {
            if (b.end() >= text.size() || text.at(b.end()) != u'\n')
                return QStringLiteral("%1: block %2 is not followed by a line break").arg(what).arg(i);
            expectedStart = b.end() + 1;
        } else if (b.end() != text.size()) {
            return QStringLiteral("%1: the last block ends at %2, the text at %3").arg(what).arg(b.end()).arg(text.size());
        }
        const bool body = b.kind != Article::BlockKind::Title && b.kind != Article::BlockKind::Byline;
        if (b.paragraph != (body ? bodyIndex : -1))
            return QStringLiteral("%1: block %2 has paragraph %3").arg(what).arg(i).arg(b.paragraph);
        if (body)
            ++bodyIndex;
    }
    if (blocks.isEmpty() && !text.isEmpty())
        return QStringLiteral("%1: text without blocks").arg(what);
    for (const Article::Span &span : article.markedQuotes()) {
        if (span.start < 0 || span.start > span.end || span.end > text.size())
            return QStringLiteral("%1: marked quote [%2, %3) outside the text (size %4)")
                .arg(what).arg(span.start).arg(span.end).arg(text.size());
    }
    return {};
}

QString FuzzDriver::checkExtraction(const Article &article, const Extraction &extraction, const QString &what)
{
    const qsizetype size = article.text().size();
    QList<int> counts(extraction.speakers.size(), 0);
    int previousStart = 0;
    for (int i = 0; i < extraction.quotes.size(); ++i) {
        const Quote &q = extraction.quotes.at(i);
        if (!inText(q.start, q.end, size))
            return QStringLiteral("%1: quote %2 [%3, %4) outside the text (size %5)")
                .arg(what).arg(i).arg(q.start).arg(q.end).arg(size);
        if (q.start < previousStart)
            return QStringLiteral("%1: quote %2 starts at %3, before the quote ahead of it (%4)")
                .arg(what).arg(i).arg(q.start).arg(previousStart);
        previousStart = q.start;
        if (!(q.cueStart == -1 && q.cueEnd == -1) && !inText(q.cueStart, q.cueEnd, size))
            return QStringLiteral("%1: quote %2 has its cue at [%3, %4), outside the text (size %5)")
                .arg(what).arg(i).arg(q.cueStart).arg(q.cueEnd).arg(size);
        if (q.speaker < -1 || q.speaker >= extraction.speakers.size())
            return QStringLiteral("%1: quote %2 names speaker %3 of %4")
                .arg(what).arg(i).arg(q.speaker).arg(extraction.speakers.size());
        if (q.speaker >= 0)
            ++counts[q.speaker];
        if (!std::isfinite(q.confidence) || q.confidence < 0 || q.confidence > 1)
            return QStringLiteral("%1: quote %2 has confidence %3").arg(what).arg(i).arg(q.confidence);
    }
    for (int s = 0; s < extraction.speakers.size(); ++s) {
        const Speaker &speaker = extraction.speakers.at(s);
        if (speaker.quoteCount != counts.at(s))
            return QStringLiteral("%1: speaker %2 counts %3 quotes but has %4")
                .arg(what).arg(s).arg(speaker.quoteCount).arg(counts.at(s));
        if (speaker.firstMention < 0 || speaker.firstMention > size)
            return QStringLiteral("%1: speaker %2 is first mentioned at %3 (text size %4)")
                .arg(what).arg(s).arg(speaker.firstMention).arg(size);
    }

    // What `saywho --extract` prints must be JSON, with every speaker and quote in it.
    const QByteArray json = ExtractionJson::articleObject(QStringLiteral("fuzz"), article, extraction);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("%1: the JSON does not parse at %2: %3").arg(what).arg(error.offset).arg(error.errorString());
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("quotes")).toArray().size() != extraction.quotes.size()
        || root.value(QStringLiteral("speakers")).toArray().size() != extraction.speakers.size())
        return QStringLiteral("%1: the JSON lost speakers or quotes").arg(what);
    return {};
}
