#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

// Finds the feeds a web page names for itself (feed auto-discovery): <link rel="alternate"> with
// an RSS, Atom or JSON Feed type, in the page's order, resolved against the page's address. Only
// http and https addresses are returned.
namespace FeedDiscovery {

QList<QUrl> feedLinks(const QByteArray &html, const QUrl &pageUrl);

} // namespace FeedDiscovery
