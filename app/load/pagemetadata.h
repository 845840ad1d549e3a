#pragma once

#include "htmldocument.h"

#include <QString>

// What a page says about its article around the article's text: the title (og:title, else the only
// <h1>, else <title> without the site's name), the byline and the date, from <meta> tags first and
// from the markup (rel=author, byline classes, <time>) otherwise; the site's name and its link.
struct PageMetadata
{
    QString title;
    QString byline;
    QString date;      // as the page gives it (usually ISO 8601)
    QString dateText;  // as the page shows it, when known
    QString siteName;
    QString link;

    static PageMetadata read(const HtmlDocument &doc);
    // An element that holds the author's name (and often the date): rel=author, itemprop=author, or
    // a short element whose class or id says byline/author.
    static bool isBylineElement(const HtmlDocument &doc, int index);
};
