#pragma once

#include "article/article.h"
#include "load/articleloader.h"
#include "article/extraction.h"

#include <QFont>
#include <QPromise>
#include <QString>

#include <atomic>
#include <memory>

class QTextDocument;

// One step of opening something, reported by ArticleJob as soon as it is ready.
struct ArticleJobResult
{
    enum class Kind {
        Article, // the text and its reading-pane document: readable now
        Quotes,  // the extraction for the article reported before
        Feed,    // a feed file: its entries
        Error,   // the file cannot be read: error says why
    };

    Kind kind = Kind::Error;
    QString path;
    ArticleLoader::Format format = ArticleLoader::Format::Unknown;
    Article article;
    Feed feed;
    Extraction extraction;
    // Made on the worker thread and moved to the GUI thread; deleted on that thread unless taken.
    std::shared_ptr<QTextDocument> document;
    QString error;
    QString warning; // loaded, but with something the reader should know (from ArticleLoader)

    // Hands the document over to a new owner.
    QTextDocument *takeDocument();
};

// The work behind opening a file or a feed entry, run under QtConcurrent::run off the GUI thread:
// load, build the reading-pane document (reported at once, so a long article can be read while its
// quotes are still being found), then find the quotes. Every step checks the cancel flag; a
// cancelled job stops reporting.
class ArticleJob
{
public:
    using CancelFlag = std::shared_ptr<std::atomic_bool>;
    using Promise = QPromise<ArticleJobResult>;

    // encoding, when given, is the reader's choice for the file's text (View › Encoding).
    static void openFile(Promise &promise, const QString &path, const QFont &font, const CancelFlag &cancel,
                         const QByteArray &encoding = {});
    static void openFeedEntry(Promise &promise, const FeedEntry &entry, const QString &feedPath, const QFont &font,
                              const CancelFlag &cancel);
    // An article kept in the library, with its extraction (the reader's corrections applied): only
    // the document is made.
    static void openStored(Promise &promise, Article article, const Extraction &extraction, const QString &source,
                           const QFont &font, const CancelFlag &cancel);
    static void openArticle(Promise &promise, Article article, const QString &path, ArticleLoader::Format format,
                            const QString &warning,
                            const QFont &font, const CancelFlag &cancel);
};
