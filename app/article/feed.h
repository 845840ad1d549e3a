#pragma once

#include <QList>
#include <QString>

// A news feed file (RSS 2.0, RSS 1.0/RDF or Atom) as read: its title and entries. Each entry becomes
// an Article on demand (ArticleLoader::articleFromFeedEntry).
struct FeedEntry
{
    QString id;           // the entry's own identifier (RSS guid, Atom id), may be empty
    QString title;
    QString link;
    QString date;         // ISO 8601 when the feed's date could be read, else as written
    QString author;
    QString content;      // HTML or text of the entry (the full content when given, else the summary)
    bool contentIsHtml = true;
};

struct Feed
{
    QString title;
    QString link;
    QList<FeedEntry> entries;
    QString warning; // read, but not as written: what was repaired or left out (a damaged feed)
};
