#pragma once

#include "article/article.h"
#include "article/feed.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>

// Reads an article file of any supported format (plain text, saved web page, MHTML web archive,
// Markdown, RSS/Atom/JSON feed), decided by content as well as by name (QMimeDatabase). Never writes to the file, never
// opens a FIFO or device, refuses files above MaxFileSize, and answers every file it cannot read
// with a short reason. Plain text is decoded chunk by chunk, so memory stays about twice the file's
// size; loading stops between phases and chunks when the cancel flag is raised.
class ArticleLoader
{
    Q_DECLARE_TR_FUNCTIONS(ArticleLoader)

public:
    enum class Format { Unknown, PlainText, Html, Mhtml, Markdown, Feed };

    static constexpr qint64 MaxFileSize = qint64(512) * 1024 * 1024;

    struct Result
    {
        Format format = Format::Unknown;
        Article article;   // for every format but Feed
        Feed feed;         // for Feed
        QString error;     // user-facing reason, empty on success
        QString warning;   // loaded, but something the user may want to know (a cut character)
        bool cancelled = false;
        bool ok() const { return error.isEmpty(); }
    };

    // encoding, when given (View › Encoding), reads the text in that encoding instead of the one
    // the file declares or looks like; a byte order mark still wins, and feeds (XML declares its
    // own) are read as they say.
    static Result loadFile(const QString &path, const std::atomic_bool *cancelled = nullptr,
                           const QByteArray &encoding = {});
    // Parses bytes already read; fileName only helps decide the format.
    static Result loadBytes(QByteArray &&bytes, const QString &fileName,
                            const std::atomic_bool *cancelled = nullptr, const QByteArray &encoding = {});
    static Format detectFormat(const QByteArray &head, const QString &fileName);
    static Article articleFromFeedEntry(const FeedEntry &entry);
    static QString formatName(Format format);
};
