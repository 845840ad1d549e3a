#include "addressloader.h"

#include <QFileInfo>

AddressLoader::AddressLoader(QObject *parent)
    : QObject(parent)
{
}

void AddressLoader::cancel()
{
    ++m_generation;
    m_fetcher.cancelAll();
}

void AddressLoader::load(const QUrl &address)
{
    cancel();
    const int generation = m_generation;
    HttpFetcher::Request request;
    request.url = address;
    request.accept = QByteArrayLiteral("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
                                       "application/feed+json, text/plain;q=0.9, */*;q=0.5");
    m_fetcher.fetch(request, [this, address, generation](const HttpFetcher::Response &r) {
        if (generation != m_generation)
            return;
        ArticleLoader::Result result;
        if (!r.ok()) {
            result.error = r.error;
        } else {
            // The name tells the loader what the server said it is, when the path does not.
            QString name = QFileInfo(r.finalUrl.path()).fileName();
            if (!name.contains(u'.')) {
                const QByteArray type = r.contentType.toLower();
                name = type.contains("html")                                  ? QStringLiteral("page.html")
                       : type.contains("xml") || type.contains("rss")         ? QStringLiteral("feed.xml")
                       : type.contains("json")                                ? QStringLiteral("feed.json")
                       : type.contains("markdown")                            ? QStringLiteral("page.md")
                                                                              : QStringLiteral("page.txt");
            }
            result = ArticleLoader::loadBytes(QByteArray(r.body), name);
            if (result.ok() && result.format != ArticleLoader::Format::Feed) {
                result.article.setLink(r.finalUrl.toString());
                result.article.setSourcePath(r.finalUrl.toString());
            }
        }
        emit loaded(address, r.finalUrl, result);
    });
}
