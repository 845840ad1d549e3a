#pragma once

#include "httpfetcher.h"
#include "load/articleloader.h"

#include <QObject>
#include <QUrl>

// File › Open Address: fetches one address and reads what it gives the way a file of that kind is
// read (a web page through reader mode, a feed as its entries, plain text, Markdown). Only the
// address itself is fetched, never what the page refers to. One load at a time: a new one
// cancels the one under way.
class AddressLoader : public QObject
{
    Q_OBJECT

public:
    explicit AddressLoader(QObject *parent = nullptr);

    HttpFetcher &fetcher() { return m_fetcher; }
    void load(const QUrl &address);
    void cancel();

signals:
    // result.error says why when nothing could be read; finalUrl is where redirects led.
    void loaded(const QUrl &address, const QUrl &finalUrl, const ArticleLoader::Result &result);

private:
    HttpFetcher m_fetcher;
    int m_generation = 0;
};

Q_DECLARE_METATYPE(ArticleLoader::Result)
