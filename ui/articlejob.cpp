#include "articlejob.h"

#include "articledocument.h"
#include "extractor.h"

#include <QCoreApplication>
#include <QTextDocument>
#include <QThread>

QTextDocument *ArticleJobResult::takeDocument()
{
    QTextDocument *doc = document.get();
    if (doc) {
        // Release from the shared pointer without running its deleter.
        auto *holder = std::get_deleter<void (*)(QTextDocument *)>(document);
        if (holder)
            *holder = [](QTextDocument *) {};
        document.reset();
    }
    return doc;
}

ArticleJobResult ArticleJob::openFile(const QString &path, const QFont &font, const CancelFlag &cancel)
{
    ArticleLoader::Result loaded = ArticleLoader::loadFile(path, cancel.get());
    ArticleJobResult result;
    result.path = path;
    result.format = loaded.format;
    if (cancel->load()) {
        result.cancelled = true;
        return result;
    }
    if (!loaded.ok()) {
        result.error = loaded.error;
        return result;
    }
    if (loaded.format == ArticleLoader::Format::Feed) {
        result.feed = std::move(loaded.feed);
        return result;
    }
    ArticleJobResult prepared = openArticle(std::move(loaded.article), font, cancel);
    prepared.path = path;
    prepared.format = loaded.format;
    return prepared;
}

ArticleJobResult ArticleJob::openFeedEntry(const FeedEntry &entry, const QFont &font, const CancelFlag &cancel)
{
    ArticleJobResult result = openArticle(ArticleLoader::articleFromFeedEntry(entry), font, cancel);
    result.format = ArticleLoader::Format::Feed;
    return result;
}

ArticleJobResult ArticleJob::openArticle(Article article, const QFont &font, const CancelFlag &cancel)
{
    ArticleJobResult result;
    result.format = ArticleLoader::Format::PlainText;
    static const Extractor extractor;
    result.extraction = extractor.extract(article, cancel.get());
    if (cancel->load()) {
        result.cancelled = true;
        return result;
    }
    QTextDocument *doc = ArticleDocument::build(article, font, cancel.get());
    if (!doc) {
        result.cancelled = true;
        return result;
    }
    // The document was made on this worker thread; the window lives on the GUI thread.
    if (QCoreApplication *app = QCoreApplication::instance())
        doc->moveToThread(app->thread());
    result.document = std::shared_ptr<QTextDocument>(doc, static_cast<void (*)(QTextDocument *)>(
                                                              [](QTextDocument *d) { d->deleteLater(); }));
    result.article = std::move(article);
    return result;
}
