#include "mhtmlarchive.h"

#include <QByteArrayList>

#include <algorithm>

namespace {

// A message's or a part's headers: names lower-cased, folded lines joined.
struct Headers
{
    QList<std::pair<QByteArray, QByteArray>> fields;

    QByteArray value(QByteArrayView name) const
    {
        for (const auto &field : fields) {
            if (field.first == name)
                return field.second;
        }
        return {};
    }
};

// Where the headers end: the first empty line ("\r\n\r\n" or "\n\n"); body starts after it.
qsizetype headerEnd(QByteArrayView bytes, qsizetype from, qsizetype &bodyStart)
{
    for (qsizetype i = from; i < bytes.size(); ++i) {
        if (bytes.at(i) != '\n')
            continue;
        qsizetype next = i + 1;
        if (next < bytes.size() && bytes.at(next) == '\r')
            ++next;
        if (next < bytes.size() && bytes.at(next) == '\n') {
            bodyStart = next + 1;
            return i;
        }
        if (next >= bytes.size()) {
            bodyStart = bytes.size();
            return i;
        }
    }
    bodyStart = bytes.size();
    return bytes.size();
}

Headers parseHeaders(QByteArrayView block)
{
    Headers headers;
    for (QByteArrayView line : block.toByteArray().split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if ((line.front() == ' ' || line.front() == '\t') && !headers.fields.isEmpty()) {
            headers.fields.last().second += ' ' + line.trimmed().toByteArray();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        headers.fields.append({line.first(colon).trimmed().toByteArray().toLower(),
                               line.sliced(colon + 1).trimmed().toByteArray()});
    }
    return headers;
}

// The value of one parameter of a structured header ("multipart/related; boundary=\"x\"").
QByteArray parameter(QByteArrayView header, QByteArrayView name)
{
    const QByteArray lower = header.toByteArray().toLower();
    qsizetype from = 0;
    while (true) {
        const qsizetype at = lower.indexOf(name.toByteArray().toLower(), from);
        if (at < 0)
            return {};
        from = at + 1;
        // A whole parameter name: after ';' or white space, followed by '='.
        if (at > 0 && lower.at(at - 1) != ';' && lower.at(at - 1) != ' ' && lower.at(at - 1) != '\t')
            continue;
        qsizetype i = at + name.size();
        while (i < header.size() && (header.at(i) == ' ' || header.at(i) == '\t'))
            ++i;
        if (i >= header.size() || header.at(i) != '=')
            continue;
        ++i;
        while (i < header.size() && (header.at(i) == ' ' || header.at(i) == '\t'))
            ++i;
        if (i < header.size() && header.at(i) == '"') {
            const qsizetype close = header.toByteArray().indexOf('"', i + 1);
            return header.sliced(i + 1, (close < 0 ? header.size() : close) - i - 1).toByteArray();
        }
        qsizetype end = i;
        while (end < header.size() && header.at(end) != ';' && header.at(end) != ' ' && header.at(end) != '\t')
            ++end;
        return header.sliced(i, end - i).toByteArray();
    }
}

QByteArray mediaType(QByteArrayView contentType)
{
    const qsizetype semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.first(semi)).trimmed().toByteArray().toLower();
}

// "<id@host>" and "id@host" name the same part.
QByteArray bareId(QByteArrayView id)
{
    QByteArrayView v = id.trimmed();
    if (v.startsWith('<') && v.endsWith('>'))
        v = v.sliced(1, v.size() - 2);
    return v.toByteArray();
}

struct Part
{
    Headers headers;
    QByteArrayView body;
};

// The parts between "--boundary" lines; the preamble before the first and the epilogue after the
// closing "--boundary--" are no parts. A message cut short ends its last part where the bytes end.
QList<Part> splitParts(QByteArrayView body, const QByteArray &boundary)
{
    const QByteArray delimiter = "--" + boundary;
    QList<Part> parts;
    const QByteArray whole = QByteArray::fromRawData(body.data(), body.size());
    qsizetype at = -1;
    // Delimiters start a line.
    for (qsizetype from = 0;;) {
        const qsizetype found = whole.indexOf(delimiter, from);
        if (found < 0)
            break;
        if (found == 0 || whole.at(found - 1) == '\n') {
            at = found;
            break;
        }
        from = found + 1;
    }
    while (at >= 0) {
        qsizetype lineEnd = whole.indexOf('\n', at);
        const bool closing = whole.mid(at + delimiter.size(), 2) == "--";
        if (closing || lineEnd < 0)
            break;
        const qsizetype start = lineEnd + 1;
        qsizetype next = -1;
        for (qsizetype from = start;;) {
            const qsizetype found = whole.indexOf(delimiter, from);
            if (found < 0)
                break;
            if (whole.at(found - 1) == '\n') {
                next = found;
                break;
            }
            from = found + 1;
        }
        qsizetype end = next < 0 ? whole.size() : next;
        // The line break before a delimiter belongs to the delimiter.
        if (next >= 0 && end > start && whole.at(end - 1) == '\n') {
            --end;
            if (end > start && whole.at(end - 1) == '\r')
                --end;
        }
        const QByteArrayView part = body.sliced(start, end - start);
        qsizetype bodyStart = 0;
        const qsizetype headersEnd = headerEnd(part, 0, bodyStart);
        // A part that starts with its empty line has no headers.
        const bool noHeaders = part.startsWith("\r\n") || part.startsWith("\n");
        Part p;
        if (noHeaders) {
            p.body = part.sliced(part.startsWith("\r\n") ? 2 : 1);
        } else {
            p.headers = parseHeaders(part.first(headersEnd));
            p.body = part.sliced(bodyStart);
        }
        parts.append(p);
        at = next;
    }
    return parts;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

QByteArray decodeBody(const Part &part)
{
    const QByteArray encoding = part.headers.value("content-transfer-encoding").trimmed().toLower();
    if (encoding == "quoted-printable")
        return MhtmlArchive::decodeQuotedPrintable(part.body);
    if (encoding == "base64")
        return QByteArray::fromBase64(part.body.toByteArray()); // line breaks and stray bytes are skipped
    return part.body.toByteArray(); // 7bit, 8bit, binary
}

} // namespace

QByteArray MhtmlArchive::decodeQuotedPrintable(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '=') {
            out += c;
            continue;
        }
        // A soft line break: '=' and then (trailing blanks and) the end of the line.
        qsizetype j = i + 1;
        while (j < in.size() && (in.at(j) == ' ' || in.at(j) == '\t'))
            ++j;
        if (j < in.size() && (in.at(j) == '\r' || in.at(j) == '\n')) {
            if (in.at(j) == '\r' && j + 1 < in.size() && in.at(j + 1) == '\n')
                ++j;
            i = j;
            continue;
        }
        if (j >= in.size() && j > i + 1) {
            i = j;
            continue;
        }
        const int high = i + 1 < in.size() ? hexValue(in.at(i + 1)) : -1;
        const int low = i + 2 < in.size() ? hexValue(in.at(i + 2)) : -1;
        if (high < 0 || low < 0) {
            out += c;
            continue;
        }
        out += char(high * 16 + low);
        i += 2;
    }
    return out;
}

bool MhtmlArchive::looksLikeMhtml(QByteArrayView head)
{
    const QByteArrayView probe = head.first(std::min<qsizetype>(head.size(), 16 * 1024));
    qsizetype bodyStart = 0;
    const qsizetype end = headerEnd(probe, 0, bodyStart);
    if (end >= probe.size() && probe.size() == 16 * 1024)
        return false; // no end of headers in 16 KB: not a message
    const Headers headers = parseHeaders(probe.first(end));
    if (headers.fields.isEmpty())
        return false;
    // Every line of the header block must be a header: text that only mentions one is no message.
    const QByteArray block = probe.first(end).toByteArray();
    for (QByteArrayView line : block.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty() && line.front() != ' ' && line.front() != '\t' && line.indexOf(':') <= 0)
            return false;
    }
    return mediaType(headers.value("content-type")) == "multipart/related";
}

MhtmlArchive::Page MhtmlArchive::rootPage(QByteArrayView bytes)
{
    Page page;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    qsizetype bodyStart = 0;
    const qsizetype end = headerEnd(bytes, 0, bodyStart);
    const Headers message = parseHeaders(bytes.first(end));
    const QByteArray contentType = message.value("content-type");
    if (mediaType(contentType) != "multipart/related") {
        page.error = tr("This web archive is not a multipart/related MIME message.");
        return page;
    }
    const QByteArray boundary = parameter(contentType, "boundary");
    if (boundary.isEmpty()) {
        page.error = tr("This web archive names no boundary between its parts.");
        return page;
    }
    const QList<Part> parts = splitParts(bytes.sliced(bodyStart), boundary);
    if (parts.isEmpty()) {
        page.error = tr("This web archive holds no parts.");
        return page;
    }

    // The root part: named by "start", else the first of the message's "type", else the first HTML part.
    const QByteArray start = bareId(parameter(contentType, "start"));
    const QByteArray type = parameter(contentType, "type").trimmed().toLower();
    const Part *root = nullptr;
    if (!start.isEmpty()) {
        for (const Part &p : parts) {
            if (bareId(p.headers.value("content-id")) == start) {
                root = &p;
                break;
            }
        }
    }
    for (const QByteArray &wanted : {type, QByteArray("text/html"), QByteArray("application/xhtml+xml")}) {
        for (qsizetype i = 0; !root && !wanted.isEmpty() && i < parts.size(); ++i) {
            // A part without Content-Type is text/plain by MIME's rule, so it only matches that.
            const QByteArray partType = mediaType(parts.at(i).headers.value("content-type"));
            if ((partType.isEmpty() ? QByteArray("text/plain") : partType) == wanted)
                root = &parts.at(i);
        }
    }
    if (!root) {
        page.error = tr("This web archive holds no web page, only other files.");
        return page;
    }
    const QByteArray rootType = mediaType(root->headers.value("content-type"));
    if (rootType != "text/html" && rootType != "application/xhtml+xml") {
        page.error = tr("The main part of this web archive is not a web page (%1).").arg(QString::fromLatin1(rootType));
        return page;
    }
    page.html = decodeBody(*root);
    page.charset = parameter(root->headers.value("content-type"), "charset").trimmed();
    QByteArray location = message.value("snapshot-content-location");
    if (location.isEmpty())
        location = root->headers.value("content-location");
    page.location = QString::fromUtf8(location).trimmed();
    return page;
}
