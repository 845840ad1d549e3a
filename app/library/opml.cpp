#include "opml.h"

#include "subscriptions.h"

#include <QHash>
#include <functional>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

Opml::ReadResult Opml::read(const QByteArray &bytes)
{
    ReadResult result;
    QXmlStreamReader xml(bytes);
    QStringList folders;
    QList<bool> isFolder; // per open outline: whether it was pushed as a folder
    bool sawOpml = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"opml") {
                sawOpml = true;
            } else if (xml.name() == u"outline") {
                const QXmlStreamAttributes a = xml.attributes();
                const QString xmlUrl = a.value(QLatin1String("xmlUrl")).trimmed().toString();
                QString title = a.value(QLatin1String("title")).toString().simplified();
                if (title.isEmpty())
                    title = a.value(QLatin1String("text")).toString().simplified();
                if (!xmlUrl.isEmpty()) {
                    const QUrl url(xmlUrl);
                    if (url.scheme() == u"http" || url.scheme() == u"https")
                        result.feeds.append({folders, title, xmlUrl, a.value(QLatin1String("htmlUrl")).toString()});
                    isFolder.append(false);
                } else {
                    folders.append(title.isEmpty() ? tr("Untitled folder") : title);
                    isFolder.append(true);
                }
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"outline") {
            if (!isFolder.isEmpty() && isFolder.takeLast())
                folders.removeLast();
        }
    }
    if (xml.hasError())
        result.error = tr("Not a readable OPML file: %1 (line %2).").arg(xml.errorString()).arg(xml.lineNumber());
    else if (!sawOpml)
        result.error = tr("Not an OPML file: it has no <opml> element.");
    return result;
}

QByteArray Opml::write(const Subscriptions &subscriptions)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("opml"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeTextElement(QStringLiteral("title"), tr("Saywho subscriptions"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("body"));

    const QList<Subscriptions::Folder> folders = subscriptions.folders();
    const QList<Subscriptions::Feed> feeds = subscriptions.feeds();
    QHash<qint64, QList<const Subscriptions::Folder *>> childFolders;
    for (const auto &f : folders)
        childFolders[f.parent].append(&f);
    QHash<qint64, QList<const Subscriptions::Feed *>> feedsIn;
    for (const auto &f : feeds)
        feedsIn[f.folder].append(&f);

    std::function<void(qint64)> writeFolder = [&](qint64 folder) {
        for (const Subscriptions::Folder *child : childFolders.value(folder)) {
            xml.writeStartElement(QStringLiteral("outline"));
            xml.writeAttribute(QStringLiteral("text"), child->name);
            xml.writeAttribute(QStringLiteral("title"), child->name);
            writeFolder(child->id);
            xml.writeEndElement();
        }
        for (const Subscriptions::Feed *feed : feedsIn.value(folder)) {
            xml.writeStartElement(QStringLiteral("outline"));
            const QString title = feed->title.isEmpty() ? feed->url : feed->title;
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("rss"));
            xml.writeAttribute(QStringLiteral("text"), title);
            xml.writeAttribute(QStringLiteral("title"), title);
            xml.writeAttribute(QStringLiteral("xmlUrl"), feed->url);
            if (!feed->site.isEmpty())
                xml.writeAttribute(QStringLiteral("htmlUrl"), feed->site);
            xml.writeEndElement();
        }
    };
    writeFolder(0);
    xml.writeEndElement(); // body
    xml.writeEndElement(); // opml
    xml.writeEndDocument();
    return out;
}

int Opml::import(Subscriptions &subscriptions, const QList<Outline> &feeds)
{
    int added = 0;
    for (const Outline &o : feeds) {
        qint64 folder = 0;
        for (const QString &name : o.folders)
            folder = subscriptions.addFolder(name, folder);
        if (subscriptions.feedByUrl(o.xmlUrl))
            continue;
        if (subscriptions.addFeed(o.xmlUrl, o.title, folder))
            ++added;
    }
    return added;
}
