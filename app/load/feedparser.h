#pragma once

#include "article/feed.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>

// Reads RSS 2.0 (and 0.9x), RSS 1.0 (RDF) and Atom 1.0 feeds with QXmlStreamReader. External
// entities are never resolved, entity expansion is limited, and the text a feed may expand to is
// bounded by its size, so an entity bomb fails fast with a message instead of eating memory.
// HTML entities that feeds often use without declaring them (&nbsp;) are understood. A JSON Feed
// is handed to JsonFeedParser, so the loader has one front door for every kind of feed. A feed that
// is not well-formed gets a recovery pass as feed readers give it: repaired (FeedRepair) and read
// again, and if it is still broken (cut short, tags crossed), the entries before the damage are kept.
class FeedParser
{
    Q_DECLARE_TR_FUNCTIONS(FeedParser)

public:
    struct Result
    {
        Feed feed;
        QString error;    // user-facing reason, empty on success
        bool cancelled = false;
        bool ok() const { return error.isEmpty() && !cancelled; }
    };

    static Result parse(const QByteArray &xml, const std::atomic_bool *cancelled = nullptr);
    // Whether the start of a file looks like an XML feed (<rss>, <feed> or <rdf:RDF> root).
    static bool looksLikeFeed(QByteArrayView head);
};
