#include "articleloader.h"

#include "plaintextreader.h"
#include "textdecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

bool isBlank(QStringView text)
{
    for (QChar c : text) {
        if (!c.isSpace() && c != QChar(0xFEFF))
            return false;
    }
    return true;
}

} // namespace

QString ArticleLoader::formatName(Format format)
{
    switch (format) {
    case Format::PlainText: return tr("plain text");
    case Format::Html: return tr("web page");
    case Format::Markdown: return tr("Markdown");
    case Format::Feed: return tr("news feed");
    case Format::Unknown: break;
    }
    return tr("unknown");
}

ArticleLoader::Format ArticleLoader::detectFormat(const QByteArray &head, const QString &fileName)
{
    static const QMimeDatabase db;
    const QMimeType mime = db.mimeTypeForFileNameAndData(fileName, head);
    auto is = [&mime](const char *name) { return mime.inherits(QString::fromLatin1(name)); };
    if (is("application/rss+xml") || is("application/atom+xml"))
        return Format::Feed;
    if (is("text/html") || is("application/xhtml+xml"))
        return Format::Html;
    if (is("text/markdown") || is("text/x-markdown"))
        return Format::Markdown;
    if (is("application/xml") || is("text/xml")) {
        // A generic XML file may still be a feed.
        const QByteArray probe = head.left(4096);
        if (probe.contains("<rss") || probe.contains("<feed") || probe.contains("<rdf:RDF"))
            return Format::Feed;
        return Format::Unknown;
    }
    if (is("text/plain"))
        return Format::PlainText;
    return Format::Unknown;
}

ArticleLoader::Result ArticleLoader::loadFile(const QString &path, const std::atomic_bool *cancelled)
{
    Q_UNUSED(cancelled)
    Result result;
    const QFileInfo info(path);
    if (path.isEmpty()) {
        result.error = tr("No file name given.");
        return result;
    }
    if (!info.exists()) {
        result.error = tr("The file does not exist.");
        return result;
    }
    if (info.isDir()) {
        result.error = tr("This is a folder, not a file.");
        return result;
    }
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(info.absoluteFilePath()).constData(), &st) == 0 && !S_ISREG(st.st_mode)) {
        result.error = tr("This is not a regular file (a pipe, socket or device); Saywho only opens files.");
        return result;
    }
#endif
    if (!info.isReadable()) {
        result.error = tr("You do not have permission to read this file.");
        return result;
    }
    if (info.size() > MaxFileSize) {
        result.error = tr("The file is %1 MB; Saywho opens articles up to %2 MB.")
                           .arg(info.size() / (1024 * 1024))
                           .arg(MaxFileSize / (1024 * 1024));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("The file could not be opened: %1").arg(file.errorString());
        return result;
    }
    // Read at most one byte past the limit, in case the file grew after the size check.
    QByteArray bytes = file.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize) {
        result.error = tr("The file is larger than %1 MB.").arg(MaxFileSize / (1024 * 1024));
        return result;
    }
    if (file.error() != QFileDevice::NoError) {
        result.error = tr("The file could not be read: %1").arg(file.errorString());
        return result;
    }
    file.close();
    Result r = loadBytes(std::move(bytes), info.fileName());
    r.article.setSourcePath(info.absoluteFilePath());
    return r;
}

ArticleLoader::Result ArticleLoader::loadBytes(QByteArray &&bytes, const QString &fileName)
{
    Result result;
    if (bytes.isEmpty()) {
        result.error = tr("The file is empty.");
        return result;
    }
    const Format format = detectFormat(bytes.left(8192), fileName);
    result.format = format;
    if (format == Format::Unknown && TextDecoder::looksBinary(bytes)) {
        static const QMimeDatabase db;
        const QMimeType mime = db.mimeTypeForFileNameAndData(fileName, bytes.left(8192));
        result.error = tr("This is not a text file (%1).").arg(mime.comment());
        return result;
    }
    if (format == Format::Unknown) {
        static const QMimeDatabase db;
        const QMimeType mime = db.mimeTypeForFileNameAndData(fileName, bytes.left(8192));
        if (!mime.inherits(QStringLiteral("text/plain"))) {
            result.error = tr("Saywho cannot read this kind of file (%1).").arg(mime.comment());
            return result;
        }
    }
    TextDecoder::Result decoded = TextDecoder::decode(std::move(bytes));
    if (decoded.binary) {
        result.error = tr("This is not a text file: it holds binary data.");
        return result;
    }
    if (isBlank(decoded.text)) {
        result.error = tr("The file holds no text, only white space.");
        return result;
    }
    result.format = Format::PlainText;
    result.article = PlainTextReader::read(std::move(decoded.text));
    if (result.article.isEmpty())
        result.error = tr("The file holds no text.");
    return result;
}

Article ArticleLoader::articleFromFeedEntry(const FeedEntry &entry)
{
    Article article = PlainTextReader::read(QString(entry.content));
    article.setTitle(entry.title);
    article.setLink(entry.link);
    article.setDate(entry.date);
    article.setByline(entry.author);
    article.setFormatName(tr("feed entry"));
    return article;
}
