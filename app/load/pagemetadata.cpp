#include "pagemetadata.h"

#include "text/whitespace.h"

#include <QRegularExpression>

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

// The page's title without a " | Site name" part.
QString cleanTitle(const QString &title, const QString &siteName)
{
    QString t = Whitespace::collapse(title).left(kMaxTitle);
    if (!siteName.isEmpty()) {
        static const QString separators[] = {
            QStringLiteral(" | "), QStringLiteral(" - "), QStringLiteral(" \u2013 "), QStringLiteral(" \u2014 "),
            QStringLiteral(" :: "), QStringLiteral(" / "), QStringLiteral(" \u00bb "), QStringLiteral(" \u00b7 "),
        };
        for (const QString &sep : separators) {
            if (t.endsWith(sep + siteName, Qt::CaseInsensitive))
                return t.left(t.size() - sep.size() - siteName.size()).trimmed();
            if (t.startsWith(siteName + sep, Qt::CaseInsensitive))
                return t.mid(siteName.size() + sep.size()).trimmed();
        }
    }
    static const QRegularExpression sep(QStringLiteral(" [|\\-\u2013\u2014\u00bb\u00b7/] | :: "));
    qsizetype last = -1;
    QRegularExpressionMatch m;
    for (auto it = sep.globalMatch(t); it.hasNext();) {
        m = it.next();
        last = m.capturedStart();
    }
    if (last > 0) {
        QString head = t.left(last).trimmed();
        if (head.count(u' ') >= 2)
            return head;
    }
    return t;
}

} // namespace

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
    // og:title, else the page's only <h1>, else <title> without the site's name, else the first <h1>.
    if (!metaTitle.isEmpty())
        meta.title = metaTitle.left(kMaxTitle);
    else if ((h1Count == 1 && !h1.isEmpty()) || titleElement.isEmpty())
        meta.title = h1.left(kMaxTitle);
    else
        meta.title = cleanTitle(titleElement, meta.siteName);
    meta.byline = !metaAuthor.isEmpty() ? metaAuthor : bylineElement;
    if (!metaDate.isEmpty()) {
        meta.date = metaDate;
    } else if (!timeDate.isEmpty()) {
        meta.date = timeDate;
        meta.dateText = timeText;
    }
    return meta;
}
