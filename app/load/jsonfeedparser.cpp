#include "jsonfeedparser.h"

#include "htmlreader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>

namespace {

// RFC 3339, as the format requires; anything else is kept as written.
QString normalizedDate(const QString &raw)
{
    const QString s = raw.trimmed();
    const QDateTime when = QDateTime::fromString(s, Qt::ISODateWithMs);
    return when.isValid() ? when.toString(Qt::ISODate) : s;
}

QString string(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

// 1.1 lists "authors"; 1.0 has one "author". Names are joined the way a byline lists them.
QString authorsOf(const QJsonObject &object)
{
    QStringList names;
    const QJsonValue authors = object.value(QLatin1String("authors"));
    if (authors.isArray()) {
        for (const QJsonValue &author : authors.toArray()) {
            const QString name = author.toObject().value(QLatin1String("name")).toString().simplified();
            if (!name.isEmpty())
                names.append(name);
        }
    }
    if (names.isEmpty()) {
        const QString name = object.value(QLatin1String("author")).toObject()
                                 .value(QLatin1String("name")).toString().simplified();
        if (!name.isEmpty())
            names.append(name);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

bool JsonFeedParser::looksLikeJsonFeed(QByteArrayView head)
{
    const QByteArrayView probe = head.first(std::min<qsizetype>(head.size(), 64 * 1024));
    qsizetype i = probe.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < probe.size() && QByteArrayView(" \t\r\n").contains(probe.at(i)))
        ++i;
    if (i >= probe.size() || probe.at(i) != '{')
        return false;
    // "version" may come after other members; a slash may be written escaped ("\/").
    static const QRegularExpression version(
        QStringLiteral("\"version\"\\s*:\\s*\"https?:\\\\?/\\\\?/jsonfeed\\.org\\\\?/version\\\\?/1"));
    return version.match(QString::fromUtf8(probe)).hasMatch();
}

FeedParser::Result JsonFeedParser::parse(const QByteArray &json, const std::atomic_bool *cancelled)
{
    FeedParser::Result result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        result.error = tr("The JSON Feed is not valid JSON (at byte %1): %2").arg(error.offset).arg(error.errorString());
        return result;
    }
    const QJsonObject root = doc.object();
    const QString version = string(root, QLatin1String("version"));
    if (!doc.isObject() || !version.contains(QLatin1String("jsonfeed.org/version/1"))) {
        result.error = tr("This JSON file is not a JSON Feed (it names no jsonfeed.org version).");
        return result;
    }
    const QJsonValue items = root.value(QLatin1String("items"));
    if (!items.isArray()) {
        result.error = tr("The JSON Feed has no list of items.");
        return result;
    }

    Feed &feed = result.feed;
    feed.title = HtmlReader::toPlainText(string(root, QLatin1String("title")));
    feed.link = string(root, QLatin1String("home_page_url")).trimmed();
    const QString feedAuthors = authorsOf(root);
    int count = 0;
    for (const QJsonValue &value : items.toArray()) {
        if (cancelled && (++count & 0xFF) == 0 && cancelled->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            result.feed = Feed();
            return result;
        }
        if (!value.isObject())
            continue; // a stray value in the list is no item
        const QJsonObject item = value.toObject();
        FeedEntry entry;
        const QJsonValue id = item.value(QLatin1String("id"));
        entry.id = id.isDouble() ? QString::number(id.toDouble(), 'g', 17) : id.toString();
        // Titles are plain text by the format, but feeds put entities in them as they do in RSS.
        entry.title = HtmlReader::toPlainText(string(item, QLatin1String("title")));
        entry.link = string(item, QLatin1String("url")).trimmed();
        if (entry.link.isEmpty())
            entry.link = string(item, QLatin1String("external_url")).trimmed();
        entry.date = normalizedDate(string(item, QLatin1String("date_published")));
        if (entry.date.isEmpty())
            entry.date = normalizedDate(string(item, QLatin1String("date_modified")));
        entry.author = authorsOf(item);
        if (entry.author.isEmpty())
            entry.author = feedAuthors;
        const QString html = string(item, QLatin1String("content_html"));
        const QString text = string(item, QLatin1String("content_text"));
        if (!html.trimmed().isEmpty()) {
            entry.content = html;
            entry.contentIsHtml = true;
        } else if (!text.trimmed().isEmpty()) {
            entry.content = text;
            entry.contentIsHtml = false;
        } else {
            entry.content = string(item, QLatin1String("summary"));
            entry.contentIsHtml = false;
        }
        feed.entries.append(std::move(entry));
    }
    return result;
}
