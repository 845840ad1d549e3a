#pragma once

#include "htmldocument.h"

#include <QString>
#include <QStringList>
#include <QStringView>

// What a page says about its article around the article's text: the title (JSON-LD's headline, else
// og:title, else the only <h1>, else <title> without the site's name), the byline and the date, from
// the page's JSON-LD (schema.org NewsArticle and kin in <script type="application/ld+json">) first,
// then <meta> tags, then the markup (rel=author, byline classes, <time>); the site's name and its link.
struct PageMetadata
{
    QString title;
    QString byline;
    QString date;      // as the page gives it (usually ISO 8601)
    QString dateText;  // as the page shows it, when known
    QString siteName;
    QString link;

    static PageMetadata read(const HtmlDocument &doc);
    // The headline in a page's <title>, without the site's name before or after a separator
    // (" | ", " - ", " :: " ...): the part that matches one of the headings, else the longer part.
    static QString cleanTitle(const QString &title, const QString &siteName, const QStringList &headings = {});
    // An element that holds the author's name (and often the date): rel=author, itemprop=author, or
    // a short element whose class or id says byline/author.
    static bool isBylineElement(const HtmlDocument &doc, int index);
    // The address a browser wrote into a page it saved ("<!-- saved from url=(0042)https://… -->"),
    // found near the top of the page's source, or an empty string.
    static QString savedFromAddress(QStringView html);
    // The page's own address: link (canonical, og:url, JSON-LD) when it is absolute, else resolved
    // against the address the page was saved from, else that address.
    static QString originalAddress(const QString &link, const QString &savedFrom);
};
