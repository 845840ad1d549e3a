#pragma once

#include "article.h"
#include "articleloader.h"
#include "extraction.h"

#include <QFont>
#include <QString>

#include <atomic>
#include <memory>

class QTextDocument;

// Everything a window needs to show an article, prepared off the GUI thread: the loaded file (an
// article or a feed), the extraction and the reading pane's document, which has been moved to the
// GUI thread and is deleted with deleteLater when nobody takes it.
struct ArticleJobResult
{
    QString path;
    ArticleLoader::Format format = ArticleLoader::Format::Unknown;
    Article article;
    Feed feed;
    Extraction extraction;
    std::shared_ptr<QTextDocument> document;
    QString error;
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && !cancelled; }
    // Hands the document over to a new owner.
    QTextDocument *takeDocument();
};

// The work behind opening a file or a feed entry: load, find the quotes, build the document. Each
// step checks the cancel flag, so opening another file or pressing Cancel stops it early. Meant to
// run under QtConcurrent::run.
class ArticleJob
{
public:
    using CancelFlag = std::shared_ptr<std::atomic_bool>;

    static ArticleJobResult openFile(const QString &path, const QFont &font, const CancelFlag &cancel);
    static ArticleJobResult openArticle(Article article, const QFont &font, const CancelFlag &cancel);
    static ArticleJobResult openFeedEntry(const FeedEntry &entry, const QFont &font, const CancelFlag &cancel);
};
