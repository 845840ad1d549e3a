#pragma once

#include "feedparser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <atomic>

// Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) into the same Feed an RSS or Atom
// file gives: each item's content_html (read through reader mode later) or content_text, else its
// summary; its title, url, date_published (date_modified when that is all there is) and author
// (1.0's "author", 1.1's "authors", the feed's own when the item names none). A file is taken for a
// JSON Feed by its content, a "version" naming jsonfeed.org, whatever its name.
class JsonFeedParser
{
    Q_DECLARE_TR_FUNCTIONS(JsonFeedParser)

public:
    static FeedParser::Result parse(const QByteArray &json, const std::atomic_bool *cancelled = nullptr);
    // Whether the start of a file is a JSON object whose "version" is a jsonfeed.org address.
    static bool looksLikeJsonFeed(QByteArrayView head);
};
