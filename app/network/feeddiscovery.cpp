#include "feeddiscovery.h"

#include "httpfetcher.h"

#include <QRegularExpression>

namespace {

QString attributeValue(const QString &tag, const QString &name)
{
    static const QRegularExpression attribute(
        QStringLiteral("([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'>]+)"));
    for (auto it = attribute.globalMatch(tag); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(1).compare(name, Qt::CaseInsensitive) != 0)
            continue;
        QString value = m.captured(2);
        if (value.startsWith(u'"') || value.startsWith(u'\''))
            value = value.mid(1, value.size() - 2);
        value.replace(QLatin1String("&amp;"), QLatin1String("&"));
        return value.trimmed();
    }
    return {};
}

} // namespace

QList<QUrl> FeedDiscovery::feedLinks(const QByteArray &html, const QUrl &pageUrl)
{
    static const QRegularExpression linkTag(QStringLiteral("<link\\b[^>]*>"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QStringList feedTypes = {QStringLiteral("application/rss+xml"), QStringLiteral("application/atom+xml"),
                                          QStringLiteral("application/feed+json"), QStringLiteral("application/json"),
                                          QStringLiteral("application/rdf+xml")};
    // The head is where such links live; a huge page is not scanned whole.
    const QString text = QString::fromUtf8(html.left(512 * 1024));
    QList<QUrl> links;
    for (auto it = linkTag.globalMatch(text); it.hasNext();) {
        const QString tag = it.next().captured(0);
        const QStringList rel = attributeValue(tag, QStringLiteral("rel")).toLower().split(u' ', Qt::SkipEmptyParts);
        const QString type = attributeValue(tag, QStringLiteral("type")).toLower();
        if (!rel.contains(QLatin1String("alternate")) || !feedTypes.contains(type))
            continue;
        const QUrl url = pageUrl.resolved(QUrl(attributeValue(tag, QStringLiteral("href"))));
        if (HttpFetcher::isAllowed(url) && !links.contains(url))
            links.append(url);
    }
    return links;
}
