#include "pagemetadata.h"

#include "text/whitespace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace {

using Tag = HtmlDocument::Tag;
using Node = HtmlDocument::Node;

const QRegularExpression &bylineHint()
{
    static const QRegularExpression re(QStringLiteral("byline|author|dateline|writtenby|p-author"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Longer "titles" are not titles; the cap also keeps hostile ones cheap.
constexpr qsizetype kMaxTitle = 500;

bool looksLikeUrl(const QString &s)
{
    return s.startsWith(u"http://") || s.startsWith(u"https://") || s.startsWith(u"//");
}

// How far two titles share their words (0 to 1), for "is this heading the title?".
double wordOverlap(const QString &a, const QString &b)
{
    const auto words = [](const QString &s) {
        QStringList out;
        for (QStringView w : QStringView(s).tokenize(u' ', Qt::SkipEmptyParts)) {
            QString word = w.toString().toLower();
            word.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
            if (!word.isEmpty())
                out.append(word);
        }
        return out;
    };
    const QStringList left = words(a);
    const QStringList right = words(b);
    if (left.isEmpty() || right.isEmpty())
        return 0;
    int shared = 0;
    for (const QString &w : left)
        shared += right.contains(w);
    return shared / double(std::max(left.size(), right.size()));
}

int wordCount(const QString &s)
{
    int n = 0;
    for ([[maybe_unused]] QStringView word : QStringView(s).tokenize(u' ', Qt::SkipEmptyParts))
        ++n;
    return n;
}

QString withoutSiteName(const QString &title, const QString &siteName)
{
    static const QString separators[] = {
        QStringLiteral(" | "), QStringLiteral(" - "), QStringLiteral(" \u2013 "), QStringLiteral(" \u2014 "),
        QStringLiteral(" :: "), QStringLiteral(" / "), QStringLiteral(" \u00bb "), QStringLiteral(" \u00b7 "),
        QStringLiteral(": "),
    };
    if (siteName.isEmpty())
        return title;
    for (const QString &sep : separators) {
        if (title.endsWith(sep + siteName, Qt::CaseInsensitive))
            return title.left(title.size() - sep.size() - siteName.size()).trimmed();
        if (title.startsWith(siteName + sep, Qt::CaseInsensitive))
            return title.mid(siteName.size() + sep.size()).trimmed();
    }
    return title;
}

// JSON-LD's schema.org types for an article (Readability's list, by its common endings).
bool isArticleType(const QJsonValue &type)
{
    static const QRegularExpression article(
        QStringLiteral("Article$|BlogPosting$|LiveBlogPosting$|SocialMediaPosting$|DiscussionForumPosting$|^Report$"));
    if (type.isArray()) {
        const QJsonArray types = type.toArray();
        return std::any_of(types.begin(), types.end(), [](const QJsonValue &t) { return isArticleType(t); });
    }
    return article.match(type.toString()).hasMatch();
}

QString nameOf(const QJsonValue &value)
{
    if (value.isString())
        return Whitespace::collapse(value.toString());
    if (value.isObject())
        return Whitespace::collapse(value.toObject().value(QLatin1String("name")).toString());
    if (value.isArray()) {
        QStringList names;
        for (const QJsonValue &v : value.toArray()) {
            const QString name = nameOf(v);
            if (!name.isEmpty() && !names.contains(name))
                names.append(name);
        }
        return names.join(QStringLiteral(", "));
    }
    return {};
}

struct JsonLd
{
    QString headline, author, date, siteName, link;
};

// The first article object of a JSON-LD block: the block itself, an element of its list, or a
// node of its @graph. A block that does not parse is skipped, as browsers skip it.
void readJsonLd(QStringView text, JsonLd &out)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    QList<QJsonValue> candidates;
    if (doc.isArray()) {
        const QJsonArray list = doc.array();
        candidates = QList<QJsonValue>(list.begin(), list.end());
    } else if (doc.isObject()) {
        candidates.append(doc.object());
    }
    for (qsizetype i = 0; i < candidates.size() && i < 1000; ++i) {
        const QJsonObject object = candidates.at(i).toObject();
        const QJsonValue graph = object.value(QLatin1String("@graph"));
        if (graph.isArray()) {
            const QJsonArray nodes = graph.toArray();
            candidates.append(QList<QJsonValue>(nodes.begin(), nodes.end()));
        }
        if (!isArticleType(object.value(QLatin1String("@type"))))
            continue;
        if (out.headline.isEmpty())
            out.headline = nameOf(object.value(QLatin1String("headline")));
        if (out.headline.isEmpty())
            out.headline = nameOf(object.value(QLatin1String("name")));
        if (out.author.isEmpty())
            out.author = nameOf(object.value(QLatin1String("author")));
        if (out.date.isEmpty())
            out.date = object.value(QLatin1String("datePublished")).toString().trimmed();
        if (out.siteName.isEmpty())
            out.siteName = nameOf(object.value(QLatin1String("publisher")));
        if (out.link.isEmpty()) {
            const QJsonValue url = object.value(QLatin1String("url"));
            out.link = url.isString() ? url.toString().trimmed() : QString();
        }
        return;
    }
}

} // namespace

QString PageMetadata::cleanTitle(const QString &title, const QString &siteName, const QStringList &headings)
{
    const QString t = Whitespace::collapse(title).left(kMaxTitle);
    if (const QString without = withoutSiteName(t, siteName); without != t)
        return without;
    static const QRegularExpression sep(QStringLiteral(" [|\\-\u2013\u2014\u00bb\u00b7/] | :: "));
    qsizetype first = -1, firstEnd = -1, last = -1;
    for (auto it = sep.globalMatch(t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (first < 0) {
            first = m.capturedStart();
            firstEnd = m.capturedEnd();
        }
        last = m.capturedStart();
    }
    if (last <= 0)
        return t;
    // "Headline | Site" or "Site :: Headline" (or "Headline - Section | Site"): the candidates are
    // what comes before the last separator and what comes after the first.
    const QString head = t.left(last).trimmed();
    const QString tail = t.mid(firstEnd).trimmed();
    for (const QString &heading : headings) {
        const QString h = Whitespace::collapse(heading);
        if (wordOverlap(head, h) >= 0.75)
            return head;
        if (wordOverlap(tail, h) >= 0.75)
            return tail;
    }
    // A site's name before the headline reads as a name: every word capitalised.
    bool headIsName = true;
    for (QStringView word : QStringView(head).tokenize(u' ', Qt::SkipEmptyParts))
        headIsName = headIsName && !word.front().isLower();
    if (headIsName && wordCount(tail) > wordCount(head) && wordCount(tail) >= 3)
        return tail;
    if (wordCount(head) >= 3)
        return head;
    return t;
}

bool PageMetadata::isBylineElement(const HtmlDocument &doc, int i)
{
    const Node &node = doc.node(i);
    if (node.isText || node.tag == Tag::Body || node.tag == Tag::Html || node.tag == Tag::Meta
        || node.tag == Tag::Article || node.tag == Tag::Main)
        return false;
    const QString hints = doc.attribute(i, u"class") + u' ' + doc.attribute(i, u"id");
    const bool named = doc.attribute(i, u"rel").compare(u"author", Qt::CaseInsensitive) == 0
        || doc.attribute(i, u"itemprop").contains(u"author", Qt::CaseInsensitive)
        || (hints.size() > 1 && bylineHint().match(hints).hasMatch());
    if (!named)
        return false;
    const QString text = doc.textOf(i);
    return !text.isEmpty() && text.size() < 100;
}

PageMetadata PageMetadata::read(const HtmlDocument &doc)
{
    PageMetadata meta;
    QString metaTitle, metaAuthor, metaDate, titleElement, h1, timeDate, timeText, bylineElement;
    QStringList headings;
    JsonLd jsonLd;
    int h1Count = 0;
    // Bylines and headings of comments, sidebars and the like are not the article's.
    static const QRegularExpression elsewhere(
        QStringLiteral("comment|related|sidebar|footer|widget|share|social|newsletter|promo|popular|recommend"),
        QRegularExpression::CaseInsensitiveOption);
    for (int i = 1; i < doc.size(); ++i) {
        const Node &node = doc.node(i);
        if (node.isText)
            continue;
        const Tag t = node.tag;
        if (t == Tag::Script && doc.attribute(i, u"type").contains(u"ld+json", Qt::CaseInsensitive)) {
            for (int k = i + 1; k < node.end; ++k) {
                if (doc.node(k).isText)
                    readJsonLd(doc.node(k).text, jsonLd);
            }
        }
        if (t == Tag::Script || t == Tag::Style || t == Tag::Template || t == Tag::Noscript || t == Tag::Nav
            || t == Tag::Aside || t == Tag::Footer || t == Tag::Form || t == Tag::Svg
            || (t != Tag::Body && t != Tag::Html && t != Tag::Article && t != Tag::Main
                && elsewhere.match(doc.attribute(i, u"class") + u' ' + doc.attribute(i, u"id")).hasMatch())) {
            i = node.end - 1;
            continue;
        }
        switch (node.tag) {
        case Tag::Meta: {
            const QString key =
                (doc.attribute(i, u"property") + doc.attribute(i, u"name") + doc.attribute(i, u"itemprop")).toLower();
            const QString content = Whitespace::collapse(doc.attribute(i, u"content"));
            if (content.isEmpty())
                break;
            if ((key == u"og:title" || key == u"twitter:title" || key == u"dc.title" || key == u"headline")
                && metaTitle.isEmpty())
                metaTitle = content;
            else if ((key == u"author" || key == u"article:author" || key == u"dc.creator" || key == u"byl"
                      || key == u"parsely-author" || key == u"sailthru.author")
                     && metaAuthor.isEmpty() && !looksLikeUrl(content))
                metaAuthor = content;
            else if ((key == u"article:published_time" || key == u"datepublished" || key == u"date"
                      || key == u"pubdate" || key == u"publishdate" || key == u"dc.date" || key == u"dcterms.created"
                      || key == u"parsely-pub-date" || key == u"sailthru.date")
                     && metaDate.isEmpty())
                metaDate = content;
            else if (key == u"og:site_name" && meta.siteName.isEmpty())
                meta.siteName = content;
            else if (key == u"og:url" && meta.link.isEmpty())
                meta.link = content;
            break;
        }
        case Tag::Link:
            if (doc.attribute(i, u"rel").compare(u"canonical", Qt::CaseInsensitive) == 0)
                meta.link = doc.attribute(i, u"href");
            break;
        case Tag::Title:
            if (titleElement.isEmpty())
                titleElement = doc.textOf(i);
            break;
        case Tag::H1:
            if (h1Count++ == 0)
                h1 = doc.textOf(i);
            if (headings.size() < 8)
                headings.append(doc.textOf(i));
            break;
        case Tag::H2:
            if (headings.size() < 8)
                headings.append(doc.textOf(i));
            break;
        case Tag::Time:
            if (timeDate.isEmpty() && doc.hasAttribute(i, u"datetime")) {
                timeDate = doc.attribute(i, u"datetime").trimmed();
                timeText = doc.textOf(i);
            }
            break;
        default:
            break;
        }
        if (bylineElement.isEmpty() && isBylineElement(doc, i))
            bylineElement = doc.textOf(i);
    }
    if (!jsonLd.siteName.isEmpty() && meta.siteName.isEmpty())
        meta.siteName = jsonLd.siteName;
    if (meta.link.isEmpty())
        meta.link = jsonLd.link;
    // JSON-LD's headline, else og:title, else the page's only <h1>, else <title> without the site's
    // name, else the first <h1>. A site name written into the first two is taken out too.
    if (!jsonLd.headline.isEmpty())
        meta.title = withoutSiteName(jsonLd.headline.left(kMaxTitle), meta.siteName);
    else if (!metaTitle.isEmpty())
        meta.title = withoutSiteName(metaTitle.left(kMaxTitle), meta.siteName);
    else if ((h1Count == 1 && !h1.isEmpty()) || titleElement.isEmpty())
        meta.title = h1.left(kMaxTitle);
    else
        meta.title = cleanTitle(titleElement, meta.siteName, headings);
    meta.byline = !jsonLd.author.isEmpty() ? jsonLd.author : !metaAuthor.isEmpty() ? metaAuthor : bylineElement;
    if (!jsonLd.date.isEmpty()) {
        meta.date = jsonLd.date;
    } else if (!metaDate.isEmpty()) {
        meta.date = metaDate;
    } else if (!timeDate.isEmpty()) {
        meta.date = timeDate;
        meta.dateText = timeText;
    }
    return meta;
}

QString PageMetadata::savedFromAddress(QStringView html)
{
    // Browsers put it first, or after the doctype; the number is the address's length.
    static const QRegularExpression re(QStringLiteral("<!--\\s*saved from url=\\((\\d{1,5})\\)(\\S+?)\\s*-->"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(html.first(std::min<qsizetype>(html.size(), 4096)));
    if (!m.hasMatch())
        return {};
    QString address = m.captured(2);
    const int length = m.captured(1).toInt();
    if (length > 0 && length < address.size())
        address.truncate(length);
    return address;
}

QString PageMetadata::originalAddress(const QString &link, const QString &savedFrom)
{
    const QString own = link.trimmed();
    const QUrl url(own.startsWith(u"//") ? QStringLiteral("https:") + own : own);
    if (!own.isEmpty() && url.isValid() && !url.isRelative())
        return url.toString();
    const QUrl base(savedFrom);
    if (!base.isValid() || base.isRelative())
        return own;
    return own.isEmpty() ? base.toString() : base.resolved(url).toString();
}
