#include "extractionjson.h"

#include "article/article.h"

namespace {

void appendNullableString(QByteArray &out, const QString &s)
{
    if (s.isEmpty())
        out += "null";
    else
        ExtractionJson::appendString(out, s);
}

void appendNumber(QByteArray &out, double v)
{
    out += QByteArray::number(v, 'g', 3);
}

} // namespace

void ExtractionJson::appendString(QByteArray &out, QStringView s)
{
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    // Copy runs that need no escaping in one go.
    const char *p = utf8.constData();
    const char *end = p + utf8.size();
    while (p < end) {
        const char *run = p;
        while (p < end && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) >= 0x20)
            ++p;
        if (p > run)
            out.append(run, p - run);
        if (p == end)
            break;
        const char c = *p++;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                qsnprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void ExtractionJson::appendArticleFields(QByteArray &out, const Article &article, const Extraction &extraction,
                                         FILE *spill)
{
    constexpr qsizetype spillAt = 1 << 20;
    auto maybeSpill = [&out, spill] {
        if (spill && out.size() >= spillAt) {
            fwrite(out.constData(), 1, size_t(out.size()), spill);
            out.clear();
        }
    };
    out += "\"title\":";
    appendNullableString(out, article.title());
    out += ",\"speakers\":[";
    for (int i = 0; i < extraction.speakers.size(); ++i) {
        const Speaker &s = extraction.speakers.at(i);
        if (i)
            out += ',';
        out += "{\"id\":";
        appendString(out, s.id);
        out += ",\"name\":";
        appendString(out, s.name);
        out += ",\"kind\":";
        appendString(out, Speaker::kindName(s.kind));
        out += ",\"role\":";
        appendNullableString(out, s.role);
        out += ",\"aliases\":[";
        for (int a = 0; a < s.aliases.size(); ++a) {
            if (a)
                out += ',';
            appendString(out, s.aliases.at(a));
        }
        out += "],\"quotes\":";
        out += QByteArray::number(s.quoteCount);
        out += '}';
    }
    out += "],\"quotes\":[";
    const QString &text = article.text();
    for (int i = 0; i < extraction.quotes.size(); ++i) {
        const Quote &q = extraction.quotes.at(i);
        if (i)
            out += ',';
        out += "{\"speaker\":";
        if (q.speaker >= 0)
            appendString(out, extraction.speakers.at(q.speaker).id);
        else
            out += "null";
        out += ",\"kind\":";
        appendString(out, Quote::kindName(q.kind));
        out += ",\"text\":";
        appendString(out, QStringView(text).mid(q.start, q.end - q.start));
        out += ",\"cue\":";
        appendNullableString(out, q.cue);
        out += ",\"source\":";
        appendNullableString(out, q.source);
        out += ",\"start\":";
        out += QByteArray::number(q.start);
        out += ",\"end\":";
        out += QByteArray::number(q.end);
        out += ",\"paragraph\":";
        out += QByteArray::number(q.paragraph);
        out += ",\"confidence\":";
        appendNumber(out, q.confidence);
        out += '}';
        maybeSpill();
    }
    out += ']';
}

QByteArray ExtractionJson::articleObject(const QString &file, const Article &article, const Extraction &extraction)
{
    QByteArray out;
    out.reserve(256 + extraction.quotes.size() * 160);
    out += "{\"file\":";
    appendString(out, file);
    out += ',';
    appendArticleFields(out, article, extraction);
    out += '}';
    return out;
}
