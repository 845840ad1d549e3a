#include "quoteexporter.h"

#include "exporttext.h"

#include "article/article.h"
#include "article/extraction.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace {

QList<int> inTextOrder(QList<int> quotes)
{
    std::sort(quotes.begin(), quotes.end());
    quotes.erase(std::unique(quotes.begin(), quotes.end()), quotes.end());
    return quotes;
}

QString fileLabel(const QString &file, const Article &article)
{
    if (!article.title().isEmpty())
        return article.title();
    return QFileInfo(file).fileName();
}

} // namespace

QuoteExporter::Format QuoteExporter::formatForFileName(const QString &fileName, Format fallback)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"csv")
        return Format::Csv;
    if (suffix == u"json")
        return Format::Json;
    if (suffix == u"md" || suffix == u"markdown")
        return Format::Markdown;
    return fallback;
}

QString QuoteExporter::suffix(Format format)
{
    switch (format) {
    case Format::Csv: return QStringLiteral("csv");
    case Format::Json: return QStringLiteral("json");
    case Format::Markdown: return QStringLiteral("md");
    }
    return {};
}

QByteArray QuoteExporter::toCsv(const Article &article, const Extraction &extraction, const QList<int> &quotes)
{
    QString out = QStringLiteral("speaker,role,kind,quote,cue,start,end,paragraph,confidence\r\n");
    for (int i : inTextOrder(quotes)) {
        const Quote &q = extraction.quotes.at(i);
        const Speaker *s = q.speaker >= 0 ? &extraction.speakers.at(q.speaker) : nullptr;
        const QStringList fields = {
            s ? s->name : QString(),
            s ? s->role : QString(),
            Quote::kindName(q.kind),
            Extraction::quoteText(article, q),
            q.cue,
            QString::number(q.start),
            QString::number(q.end),
            QString::number(q.paragraph),
            QString::number(q.confidence, 'g', 3),
        };
        for (int f = 0; f < fields.size(); ++f) {
            if (f)
                out += u',';
            out += ExportText::csvField(fields.at(f));
        }
        out += QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray QuoteExporter::toJson(const QString &file, const Article &article, const Extraction &extraction,
                                 const QList<int> &quotes)
{
    const QList<int> ordered = inTextOrder(quotes);
    QList<bool> used(extraction.speakers.size(), false);
    for (int i : ordered) {
        if (extraction.quotes.at(i).speaker >= 0)
            used[extraction.quotes.at(i).speaker] = true;
    }
    QJsonArray speakers;
    for (int s = 0; s < extraction.speakers.size(); ++s) {
        if (!used.at(s))
            continue;
        const Speaker &sp = extraction.speakers.at(s);
        speakers.append(QJsonObject{
            {QStringLiteral("id"), sp.id},
            {QStringLiteral("name"), sp.name},
            {QStringLiteral("kind"), Speaker::kindName(sp.kind)},
            {QStringLiteral("role"), sp.role.isEmpty() ? QJsonValue() : QJsonValue(sp.role)},
            {QStringLiteral("aliases"), QJsonArray::fromStringList(sp.aliases)},
            {QStringLiteral("quotes"), sp.quoteCount},
        });
    }
    QJsonArray list;
    for (int i : ordered) {
        const Quote &q = extraction.quotes.at(i);
        const Speaker *s = q.speaker >= 0 ? &extraction.speakers.at(q.speaker) : nullptr;
        list.append(QJsonObject{
            {QStringLiteral("speaker"), s ? QJsonValue(s->id) : QJsonValue()},
            {QStringLiteral("speakerName"), s ? QJsonValue(s->name) : QJsonValue()},
            {QStringLiteral("kind"), Quote::kindName(q.kind)},
            {QStringLiteral("text"), Extraction::quoteText(article, q)},
            {QStringLiteral("cue"), q.cue.isEmpty() ? QJsonValue() : QJsonValue(q.cue)},
            {QStringLiteral("start"), q.start},
            {QStringLiteral("end"), q.end},
            {QStringLiteral("paragraph"), q.paragraph},
            {QStringLiteral("confidence"), q.confidence},
        });
    }
    const QJsonObject root{
        {QStringLiteral("file"), QFileInfo(file).fileName()},
        {QStringLiteral("title"), article.title().isEmpty() ? QJsonValue() : QJsonValue(article.title())},
        {QStringLiteral("speakers"), speakers},
        {QStringLiteral("quotes"), list},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray QuoteExporter::toMarkdown(const QString &file, const Article &article, const Extraction &extraction,
                                     const QList<int> &quotes)
{
    const QList<int> ordered = inTextOrder(quotes);
    // Sections in the speakers' order, unattributed quotes last.
    QList<QList<int>> sections(extraction.speakers.size() + 1);
    for (int i : ordered) {
        const int s = extraction.quotes.at(i).speaker;
        sections[s >= 0 ? s : int(extraction.speakers.size())].append(i);
    }
    QString out = u"# " + tr("Quotes in %1").arg(ExportText::markdownEscaped(fileLabel(file, article))) + u"\n";
    for (int s = 0; s < sections.size(); ++s) {
        if (sections.at(s).isEmpty())
            continue;
        const bool unattributed = s == extraction.speakers.size();
        out += u"\n## ";
        if (unattributed) {
            out += tr("Unattributed");
        } else {
            const Speaker &sp = extraction.speakers.at(s);
            out += ExportText::markdownEscaped(sp.name);
            if (!sp.role.isEmpty())
                out += u", " + ExportText::markdownEscaped(sp.role);
        }
        out += u'\n';
        for (int i : sections.at(s)) {
            const Quote &q = extraction.quotes.at(i);
            out += u'\n';
            const QStringList lines = Extraction::quoteText(article, q).split(u'\n');
            for (const QString &line : lines)
                out += u"> " + ExportText::markdownEscaped(line) + u'\n';
            QStringList notes;
            if (q.kind == Quote::Kind::Indirect)
                notes.append(tr("reported speech"));
            else if (q.kind == Quote::Kind::Partial)
                notes.append(tr("partial quote"));
            if (!unattributed && q.confidence < Extraction::LowConfidence)
                notes.append(tr("attribution uncertain"));
            if (!notes.isEmpty())
                out += u">\n> *— " + notes.join(QStringLiteral(", ")) + u"*\n";
        }
    }
    return out.toUtf8();
}

bool QuoteExporter::write(const QString &path, Format format, const Article &article, const Extraction &extraction,
                          const QList<int> &quotes, QString *error, bool byteOrderMark)
{
    QByteArray bytes;
    switch (format) {
    case Format::Csv:
        bytes = toCsv(article, extraction, quotes);
        if (byteOrderMark)
            bytes.prepend("\xEF\xBB\xBF");
        break;
    case Format::Json: bytes = toJson(article.sourcePath(), article, extraction, quotes); break;
    case Format::Markdown: bytes = toMarkdown(article.sourcePath(), article, extraction, quotes); break;
    }
    // Never overwrite the article that is being read.
    if (!article.sourcePath().isEmpty() && QFileInfo(path).absoluteFilePath() == QFileInfo(article.sourcePath()).absoluteFilePath()) {
        if (error)
            *error = tr("This is the article's own file; choose another name.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
