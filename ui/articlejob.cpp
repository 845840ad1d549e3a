#include "articlejob.h"

#include "articledocument.h"
#include "extract/extractor.h"

#include <QCoreApplication>
#include <QtConcurrent>
#include <QTextDocument>
#include <QThread>

namespace {

// The deleter of a document no one took: at once on the thread the document lives on (the GUI
// thread, where a dropped job's results are freed, also as the program ends), else through that
// thread's event loop.
void releaseDocument(QTextDocument *document)
{
    if (document->thread() == QThread::currentThread())
        delete document;
    else
        document->deleteLater();
}

} // namespace

QTextDocument *ArticleJobResult::takeDocument()
{
    QTextDocument *doc = document.get();
    if (doc) {
        // Release from the shared pointer (and every copy of it) without running its deleter.
        if (auto *deleter = std::get_deleter<void (*)(QTextDocument *)>(document))
            *deleter = [](QTextDocument *) {};
        document.reset();
    }
    return doc;
}

void ArticleJob::openFile(Promise &promise, const QString &path, const QFont &font, const CancelFlag &cancel,
                          const QByteArray &encoding)
{
    ArticleLoader::Result loaded = ArticleLoader::loadFile(path, cancel.get(), encoding);
    if (cancel->load())
        return;
    if (!loaded.ok()) {
        ArticleJobResult result;
        result.kind = ArticleJobResult::Kind::Error;
        result.path = path;
        result.format = loaded.format;
        result.error = loaded.error;
        promise.addResult(std::move(result));
        return;
    }
    if (loaded.format == ArticleLoader::Format::Feed) {
        ArticleJobResult result;
        result.kind = ArticleJobResult::Kind::Feed;
        result.path = path;
        result.format = loaded.format;
        result.feed = std::move(loaded.feed);
        promise.addResult(std::move(result));
        return;
    }
    openArticle(promise, std::move(loaded.article), path, loaded.format, loaded.warning, font, cancel);
}

void ArticleJob::openFeedEntry(Promise &promise, const FeedEntry &entry, const QString &feedPath, const QFont &font,
                               const CancelFlag &cancel)
{
    openArticle(promise, ArticleLoader::articleFromFeedEntry(entry), feedPath, ArticleLoader::Format::Feed, QString(), font,
                cancel);
}

void ArticleJob::openStored(Promise &promise, Article article, const Extraction &extraction, const QString &source,
                            const QFont &font, const CancelFlag &cancel)
{
    QTextDocument *doc = ArticleDocument::build(article, font, cancel.get());
    if (!doc)
        return;
    if (QCoreApplication *app = QCoreApplication::instance())
        doc->moveToThread(app->thread());
    ArticleJobResult shown;
    shown.kind = ArticleJobResult::Kind::Article;
    shown.path = source;
    shown.article = article;
    shown.document = std::shared_ptr<QTextDocument>(
        doc, static_cast<void (*)(QTextDocument *)>(&releaseDocument));
    promise.addResult(std::move(shown));
    if (cancel->load())
        return;
    ArticleJobResult quotes;
    quotes.kind = ArticleJobResult::Kind::Quotes;
    quotes.path = source;
    quotes.article = std::move(article);
    quotes.extraction = extraction;
    promise.addResult(std::move(quotes));
}

void ArticleJob::openArticle(Promise &promise, Article article, const QString &path, ArticleLoader::Format format,
                             const QString &warning, const QFont &font, const CancelFlag &cancel)
{
    // The document and the quotes are independent, so the quotes are looked for on a second thread
    // while this one builds the document and reports it: the text is on screen while the extractor
    // runs. With no thread free, waiting for the result below runs the extraction here instead.
    static const Extractor extractor;
    QFuture<Extraction> extraction =
        QtConcurrent::run([article, cancel] { return extractor.extract(article, cancel.get()); });

    QTextDocument *doc = ArticleDocument::build(article, font, cancel.get());
    if (!doc) {
        extraction.waitForFinished();
        return;
    }
    // The document was made on this worker thread; the window lives on the GUI thread.
    if (QCoreApplication *app = QCoreApplication::instance())
        doc->moveToThread(app->thread());
    ArticleJobResult shown;
    shown.kind = ArticleJobResult::Kind::Article;
    shown.path = path;
    shown.format = format;
    shown.warning = warning;
    shown.article = article;
    shown.document = std::shared_ptr<QTextDocument>(
        doc, static_cast<void (*)(QTextDocument *)>(&releaseDocument));
    promise.addResult(std::move(shown));

    ArticleJobResult quotes;
    quotes.extraction = extraction.result();
    if (cancel->load())
        return;
    quotes.kind = ArticleJobResult::Kind::Quotes;
    quotes.path = path;
    quotes.format = format;
    quotes.warning = warning;
    quotes.article = std::move(article);
    promise.addResult(std::move(quotes));
}
