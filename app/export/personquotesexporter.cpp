#include "personquotesexporter.h"

#include "exporttext.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

QString titleOf(const Library::QuoteHit &q)
{
    return q.title.isEmpty() ? QFileInfo(q.source).fileName() : q.title;
}

} // namespace

QByteArray PersonQuotesExporter::toCsv(const QList<Library::QuoteHit> &quotes, bool byteOrderMark)
{
    QString out = QStringLiteral("speaker,kind,quote,article,address,date,start,end,confidence,corrected\r\n");
    for (const Library::QuoteHit &q : quotes) {
        const QStringList fields = {q.speaker,
                                    Quote::kindName(q.kind),
                                    q.text,
                                    titleOf(q),
                                    q.source,
                                    q.date,
                                    QString::number(q.start),
                                    QString::number(q.end),
                                    QString::number(q.confidence, 'g', 3),
                                    q.corrected ? QStringLiteral("yes") : QStringLiteral("no")};
        for (int f = 0; f < fields.size(); ++f) {
            if (f)
                out += u',';
            out += ExportText::csvField(fields.at(f));
        }
        out += QStringLiteral("\r\n");
    }
    QByteArray bytes = out.toUtf8();
    if (byteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

QByteArray PersonQuotesExporter::toJson(const QString &heading, const QList<Library::QuoteHit> &quotes)
{
    QJsonArray list;
    for (const Library::QuoteHit &q : quotes) {
        list.append(QJsonObject{
            {QStringLiteral("speaker"), q.speaker.isEmpty() ? QJsonValue() : QJsonValue(q.speaker)},
            {QStringLiteral("kind"), Quote::kindName(q.kind)},
            {QStringLiteral("text"), q.text},
            {QStringLiteral("title"), titleOf(q)},
            {QStringLiteral("article"), q.source},
            {QStringLiteral("date"), q.date},
            {QStringLiteral("start"), q.start},
            {QStringLiteral("end"), q.end},
            {QStringLiteral("confidence"), qRound(q.confidence * 100) / 100.0},
            {QStringLiteral("corrected"), q.corrected},
        });
    }
    const QJsonObject root{{QStringLiteral("title"), heading}, {QStringLiteral("quotes"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray PersonQuotesExporter::toMarkdown(const QString &heading, const QList<Library::QuoteHit> &quotes)
{
    QString out = QStringLiteral("# ") + ExportText::markdownEscaped(heading) + QStringLiteral("\n");
    qint64 article = -1;
    for (const Library::QuoteHit &q : quotes) {
        if (q.article != article) {
            article = q.article;
            out += QStringLiteral("\n## ") + ExportText::markdownEscaped(titleOf(q)) + u'\n';
            out += u'\n' + ExportText::markdownEscaped(q.date.left(10));
            if (!q.source.isEmpty())
                out += QStringLiteral(" \u00B7 <") + q.source + u'>';
            out += u'\n';
        }
        out += QStringLiteral("\n> ") + ExportText::markdownEscaped(q.text) + u'\n';
        QString attribution = QStringLiteral(">\n> \u2014 ") + ExportText::markdownEscaped(q.speaker.isEmpty() ? tr("unattributed") : q.speaker);
        attribution += QStringLiteral(" (") + Quote::kindName(q.kind);
        if (q.corrected)
            attribution += QStringLiteral(", ") + tr("corrected");
        attribution += QStringLiteral(")\n");
        out += attribution;
    }
    return out.toUtf8();
}

bool PersonQuotesExporter::write(const QString &path, Format format, const QString &heading,
                                 const QList<Library::QuoteHit> &quotes, QString *error)
{
    QByteArray bytes;
    switch (format) {
    case Format::Csv:
        bytes = toCsv(quotes);
        break;
    case Format::Json:
        bytes = toJson(heading, quotes);
        break;
    case Format::Markdown:
        bytes = toMarkdown(heading, quotes);
        break;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
