#pragma once

#include "article.h"
#include "feed.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>

// Reads an article file of any supported format, decided by content and name (QMimeDatabase).
// Never writes to the file, never blocks on a FIFO or device, and refuses files above MaxFileSize.
class ArticleLoader
{
    Q_DECLARE_TR_FUNCTIONS(ArticleLoader)

public:
    enum class Format { Unknown, PlainText, Html, Markdown, Feed };

    static constexpr qint64 MaxFileSize = qint64(512) * 1024 * 1024;

    struct Result
    {
        Format format = Format::Unknown;
        Article article;  // for every format but Feed
        Feed feed;        // for Feed
        QString error;    // user-facing reason, empty on success
        bool ok() const { return error.isEmpty(); }
    };

    static Result loadFile(const QString &path, const std::atomic_bool *cancelled = nullptr);
    // Parses bytes already read; fileName only helps decide the format.
    static Result loadBytes(QByteArray &&bytes, const QString &fileName);
    static Format detectFormat(const QByteArray &head, const QString &fileName);
    static Article articleFromFeedEntry(const FeedEntry &entry);
    static QString formatName(Format format);
};
