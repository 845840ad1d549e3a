#include "articleloader.h"

#include "charsetprescan.h"
#include "feedparser.h"
#include "htmlreader.h"
#include "jsonfeedparser.h"
#include "markdownreader.h"
#include "mhtmlarchive.h"
#include "plaintextreader.h"
#include "textdecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMimeDatabase>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

// The head decides format and binary-ness; the rest is read in chunks so cancelling is prompt.
constexpr qsizetype kHeadSize = qsizetype(64) * 1024;
constexpr qsizetype kChunkSize = qsizetype(4) * 1024 * 1024;
constexpr qint64 kMegabyte = qint64(1024) * 1024;

using Result = ArticleLoader::Result;
using Format = ArticleLoader::Format;

bool isCancelled(const std::atomic_bool *cancelled)
{
    return cancelled && cancelled->load(std::memory_order_relaxed);
}

Result failure(const QString &error)
{
    Result result;
    result.error = error;
    return result;
}

Result cancelledResult()
{
    Result result = failure(ArticleLoader::tr("Loading was cancelled."));
    result.cancelled = true;
    return result;
}

const QMimeDatabase &mimeDatabase()
{
    static const QMimeDatabase db;
    return db;
}

Result binaryFailure(const QByteArray &head)
{
    const QMimeType mime = mimeDatabase().mimeTypeForData(head);
    if (mime.isDefault() || mime.comment().isEmpty())
        return failure(ArticleLoader::tr("Saywho cannot read this file: it holds binary data, not text."));
    return failure(ArticleLoader::tr("Saywho cannot read this file: it holds binary data (%1), not text.")
                       .arg(mime.comment()));
}

bool isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.isSpace() || c == QChar(0xFEFF) || c == QChar(0x200B) || c.unicode() < 0x20;
    });
}

int bodyBlocks(const Article &article)
{
    return int(std::count_if(article.blocks().cbegin(), article.blocks().cend(), [](const Article::Block &b) {
        return b.kind != Article::BlockKind::Title && b.kind != Article::BlockKind::Byline;
    }));
}

void addDecodingWarning(Result &result, const TextDecoder::Result &decoded)
{
    if (decoded.truncated)
        result.warning = ArticleLoader::tr("The file ends in the middle of a character; that character was left out.");
    else if (decoded.fallbackBytes > 0 && decoded.encoding == TextDecoder::Encoding::Utf8)
        result.warning = ArticleLoader::tr("Some bytes were not valid UTF-8 and were read as Windows-1252.");
    else if (!decoded.detected.isEmpty())
        result.warning = ArticleLoader::tr("The file declares no encoding and is not UTF-8; it was read as %1, "
                                           "which it looks like (View \u203a Encoding reads it in another).")
                             .arg(QString::fromLatin1(decoded.detected));
}

// The encoding the reader chose in View › Encoding, said in the status bar so it is not forgotten.
void addChosenEncodingNote(Result &result, const QByteArray &encoding)
{
    if (!encoding.isEmpty() && result.ok() && result.warning.isEmpty())
        result.warning = ArticleLoader::tr("Read as %1, as chosen in View \u203a Encoding.").arg(QString::fromLatin1(encoding));
}

// The start of the text without a byte order mark and leading white space, lower-cased.
QByteArray lowerCaseStart(const QByteArray &head)
{
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && (head.at(i) == ' ' || head.at(i) == '\t' || head.at(i) == '\n' || head.at(i) == '\r'))
        ++i;
    return head.mid(i, 512).toLower();
}

Result fromText(TextDecoder::Result &&decoded, const std::atomic_bool *cancelled)
{
    if (decoded.binary)
        return failure(ArticleLoader::tr("Saywho cannot read this file: it holds binary data, not text."));
    if (isCancelled(cancelled))
        return cancelledResult();
    if (isBlank(decoded.text))
        return failure(ArticleLoader::tr("The file holds no text, only white space."));
    Result result;
    addDecodingWarning(result, decoded);
    result.format = Format::PlainText;
    result.article = PlainTextReader::read(std::move(decoded.text));
    if (result.article.isEmpty())
        return failure(ArticleLoader::tr("The file holds no text."));
    result.article.setFormatName(ArticleLoader::formatName(Format::PlainText));
    return result;
}

// Reads a web page through reader mode into result; false (with result set to the failure) when
// it cannot be read.
bool readPage(QByteArray &&bytes, const QByteArray &charset, const std::atomic_bool *cancelled, Result &result)
{
    TextDecoder::Result decoded = TextDecoder::decode(std::move(bytes), charset);
    if (decoded.binary) {
        result = failure(ArticleLoader::tr("Saywho cannot read this file: it holds binary data, not text."));
        return false;
    }
    if (isCancelled(cancelled)) {
        result = cancelledResult();
        return false;
    }
    addDecodingWarning(result, decoded);
    bool isArticle = true;
    result.article = HtmlReader::read(std::move(decoded.text), cancelled, &isArticle);
    if (isCancelled(cancelled)) {
        result = cancelledResult();
        return false;
    }
    if (!isArticle) {
        result = failure(ArticleLoader::tr("This page is not an article: it is mostly links, as a front page, an "
                                           "index or search results are. Open one of the articles it lists instead."));
        return false;
    }
    if (bodyBlocks(result.article) == 0) {
        result = failure(ArticleLoader::tr("The page holds no readable text."));
        return false;
    }
    return true;
}

// Everything but plain text is parsed from the whole file's bytes. encoding, when given, is the
// reader's choice and comes before what the file declares (a byte order mark still wins).
Result fromBytes(Format format, QByteArray &&bytes, const std::atomic_bool *cancelled, const QByteArray &encoding)
{
    Result result;
    result.format = format;
    switch (format) {
    case Format::Html: {
        const QByteArray charset = !encoding.isEmpty() ? encoding : CharsetPrescan::encodingOf(bytes.left(kHeadSize));
        if (!readPage(std::move(bytes), charset, cancelled, result))
            return result;
        break;
    }
    case Format::Mhtml: {
        MhtmlArchive::Page page = MhtmlArchive::rootPage(bytes);
        bytes.clear();
        if (!page.ok())
            return failure(page.error);
        // The part's own charset is what a server's header would say: it comes before the page's <meta>.
        QByteArray charset = !encoding.isEmpty() ? encoding : CharsetPrescan::encodingForLabel(page.charset);
        if (charset.isEmpty())
            charset = CharsetPrescan::encodingOf(page.html.left(kHeadSize));
        if (!readPage(std::move(page.html), charset, cancelled, result))
            return result;
        if (result.article.link().isEmpty())
            result.article.setLink(page.location);
        break;
    }
    case Format::Markdown: {
        TextDecoder::Result decoded = TextDecoder::decode(std::move(bytes), encoding);
        if (decoded.binary)
            return failure(ArticleLoader::tr("Saywho cannot read this file: it holds binary data, not text."));
        if (isBlank(decoded.text))
            return failure(ArticleLoader::tr("The file holds no text, only white space."));
        addDecodingWarning(result, decoded);
        result.article = MarkdownReader::read(decoded.text, cancelled);
        if (isCancelled(cancelled))
            return cancelledResult();
        if (result.article.isEmpty())
            return failure(ArticleLoader::tr("The file holds no text."));
        break;
    }
    case Format::Feed: {
        FeedParser::Result parsed = FeedParser::parse(bytes, cancelled);
        bytes.clear();
        if (parsed.cancelled)
            return cancelledResult();
        if (!parsed.ok())
            return failure(parsed.error);
        if (parsed.feed.entries.isEmpty())
            return failure(ArticleLoader::tr("The feed holds no entries."));
        result.feed = std::move(parsed.feed);
        result.warning = result.feed.warning;
        return result;
    }
    case Format::PlainText:
        return fromText(TextDecoder::decode(std::move(bytes), encoding), cancelled);
    case Format::Unknown:
        break;
    }
    result.article.setFormatName(ArticleLoader::formatName(format));
    return result;
}

// Why a file whose format is unknown cannot be read (it is not binary: that was checked first).
Result unknownFormat(const QByteArray &head, const QString &fileName)
{
    const QMimeType mime = mimeDatabase().mimeTypeForFileNameAndData(fileName, head);
    if (mime.inherits(QStringLiteral("application/xml")) || mime.inherits(QStringLiteral("text/xml")))
        return failure(ArticleLoader::tr("This XML file is neither a news feed nor an article."));
    return failure(ArticleLoader::tr("Saywho cannot read this kind of file (%1).").arg(mime.comment()));
}

// Through Qt's file engines: Qt resources (":/samples/..."), and systems without stat().
QString openWithQt(const QString &path, QFile &file, qint64 &size)
{
    const QFileInfo info(path);
    if (!info.exists())
        return ArticleLoader::tr("The file does not exist.");
    if (info.isDir())
        return ArticleLoader::tr("This is a folder, not a file.");
    if (!info.isFile())
        return ArticleLoader::tr("This is not a regular file (a pipe, socket or device); Saywho only opens files.");
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (file.error() == QFileDevice::PermissionsError)
            return ArticleLoader::tr("You do not have permission to read this file.");
        return ArticleLoader::tr("The file could not be opened: %1").arg(file.errorString());
    }
    size = file.size();
    return {};
}

#ifdef Q_OS_UNIX
QString openError(int error)
{
    switch (error) {
    case ENOENT:
    case ENOTDIR:
        return ArticleLoader::tr("The file does not exist.");
    case EACCES:
    case EPERM:
        return ArticleLoader::tr("You do not have permission to read this file.");
    case ELOOP:
        return ArticleLoader::tr("The path loops through symbolic links.");
    case ENAMETOOLONG:
        return ArticleLoader::tr("The file name is too long.");
    default:
        return ArticleLoader::tr("The file could not be opened: %1").arg(qt_error_string(error));
    }
}

// Checks before opening, so a FIFO or device is never opened (opening a FIFO blocks, opening some
// devices has effects), then opens without blocking and checks the opened file again.
QString openRegularFile(const QString &path, QFile &file, qint64 &size)
{
    if (path.startsWith(u':'))
        return openWithQt(path, file, size);
    const QByteArray name = QFile::encodeName(path);
    struct stat st;
    if (::stat(name.constData(), &st) != 0)
        return openError(errno);
    if (S_ISDIR(st.st_mode))
        return ArticleLoader::tr("This is a folder, not a file.");
    if (!S_ISREG(st.st_mode))
        return ArticleLoader::tr("This is not a regular file (a pipe, socket or device); Saywho only opens files.");
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return openError(errno);
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return ArticleLoader::tr("This is not a regular file (a pipe, socket or device); Saywho only opens files.");
    }
    size = st.st_size;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return ArticleLoader::tr("The file could not be opened: %1").arg(file.errorString());
    }
    return {};
}
#else
QString openRegularFile(const QString &path, QFile &file, qint64 &size)
{
    return openWithQt(path, file, size);
}
#endif

QString tooLarge(qint64 size)
{
    return ArticleLoader::tr("The file is %1 MB; Saywho opens articles up to %2 MB.")
        .arg(size / kMegabyte)
        .arg(ArticleLoader::MaxFileSize / kMegabyte);
}

} // namespace

QString ArticleLoader::formatName(Format format)
{
    switch (format) {
    case Format::PlainText: return tr("plain text");
    case Format::Html: return tr("web page");
    case Format::Mhtml: return tr("web archive (MHTML)");
    case Format::Markdown: return tr("Markdown");
    case Format::Feed: return tr("news feed");
    case Format::Unknown: break;
    }
    return tr("unknown");
}

namespace {

// The MIME types detectFormat asks about, as bits.
enum MimeFamily : quint16 {
    RssFeed = 1 << 0,
    AtomFeed = 1 << 1,
    JsonFeed = 1 << 2,
    MimeArchive = 1 << 3,
    MultipartRelated = 1 << 4,
    Html = 1 << 5,
    Xhtml = 1 << 6,
    Markdown = 1 << 7,
    XMarkdown = 1 << 8,
    Xml = 1 << 9,
    TextXml = 1 << 10,
    PlainText = 1 << 11,
};

// Which of those a MIME type is or inherits. Asking QMimeType::inherits ten times cost more than
// the rest of loading a short article; the answer depends on the type alone, so it is kept per
// type name (per thread, as --jobs loads on several).
quint16 mimeFamilies(const QMimeType &mime)
{
    static thread_local QHash<QString, quint16> known;
    const QString name = mime.name();
    const auto it = known.constFind(name);
    if (it != known.cend())
        return it.value();
    static const struct
    {
        const char *name;
        MimeFamily family;
    } families[] = {
        {"application/rss+xml", RssFeed},        {"application/atom+xml", AtomFeed},
        {"application/feed+json", JsonFeed},     {"application/x-mimearchive", MimeArchive},
        {"multipart/related", MultipartRelated}, {"text/html", Html},
        {"application/xhtml+xml", Xhtml},        {"text/markdown", Markdown},
        {"text/x-markdown", XMarkdown},          {"application/xml", Xml},
        {"text/xml", TextXml},                   {"text/plain", PlainText},
    };
    quint16 bits = 0;
    for (const auto &f : families) {
        if (mime.inherits(QString::fromLatin1(f.name)))
            bits |= f.family;
    }
    known.insert(name, bits);
    return bits;
}

} // namespace

ArticleLoader::Format ArticleLoader::detectFormat(const QByteArray &head, const QString &fileName)
{
    const quint16 mime = mimeFamilies(mimeDatabase().mimeTypeForFileNameAndData(fileName, head));
    auto is = [mime](quint16 families) { return (mime & families) != 0; };
    if (is(RssFeed | AtomFeed | JsonFeed))
        return Format::Feed;
    // A JSON Feed has no MIME type of its own in shared-mime-info: its "version" tells, whatever its name.
    if (JsonFeedParser::looksLikeJsonFeed(head))
        return Format::Feed;
    // A saved page in one MIME file; its headers tell, whatever it is called (.mht, .mhtml, .eml).
    if (is(MimeArchive | MultipartRelated) || MhtmlArchive::looksLikeMhtml(head))
        return Format::Mhtml;
    if (is(Html | Xhtml))
        return Format::Html;
    if (is(Markdown | XMarkdown))
        return Format::Markdown;
    // A generic XML file (or one with a wrong name) may still be a feed or a page: look inside (the
    // cheap look at the start first, the feed parser's pattern only when that may be a feed).
    const QByteArray start = lowerCaseStart(head);
    if ((start.startsWith("<?xml") || start.startsWith("<rss") || start.startsWith("<feed") || start.startsWith("<rdf")
         || start.startsWith("<!--") || is(Xml))
        && FeedParser::looksLikeFeed(head))
        return Format::Feed;
    if (start.startsWith("<!doctype html") || start.startsWith("<html"))
        return Format::Html;
    if (is(Xml | TextXml))
        return Format::Unknown;
    if (is(PlainText))
        return Format::PlainText;
    return Format::Unknown;
}

ArticleLoader::Result ArticleLoader::loadFile(const QString &path, const std::atomic_bool *cancelled,
                                              const QByteArray &encoding)
{
    if (path.isEmpty())
        return failure(tr("No file name given."));
    QFile file;
    qint64 size = 0;
    if (const QString error = openRegularFile(path, file, size); !error.isEmpty())
        return failure(error);
    if (size > MaxFileSize)
        return failure(tooLarge(size));
    if (isCancelled(cancelled))
        return cancelledResult();

    const QFileInfo info(path);
    QByteArray head = file.read(kHeadSize);
    if (file.error() != QFileDevice::NoError)
        return failure(tr("The file could not be read: %1").arg(file.errorString()));
    if (head.isEmpty())
        return failure(tr("The file is empty."));
    if (TextDecoder::looksBinary(head))
        return binaryFailure(head);
    const Format format = detectFormat(head, info.fileName());
    if (format == Format::Unknown)
        return unknownFormat(head, info.fileName());

    Result result;
    qint64 total = head.size();
    if (format == Format::PlainText) {
        // Decoded chunk by chunk straight into the article's text: the bytes are never held whole.
        TextDecoder decoder(encoding);
        decoder.reserve(size);
        if (!decoder.addData(head))
            return binaryFailure(head);
        head = QByteArray();
        QByteArray chunk;
        for (;;) {
            if (isCancelled(cancelled))
                return cancelledResult();
            chunk = file.read(kChunkSize);
            if (chunk.isEmpty())
                break;
            total += chunk.size();
            if (total > MaxFileSize)
                return failure(tooLarge(total));
            decoder.addData(chunk);
        }
        if (file.error() != QFileDevice::NoError)
            return failure(tr("The file could not be read: %1").arg(file.errorString()));
        result = fromText(decoder.finish(), cancelled);
    } else {
        QByteArray bytes = std::move(head);
        bytes.reserve(qsizetype(std::min<qint64>(size, MaxFileSize)) + 1);
        for (;;) {
            if (isCancelled(cancelled))
                return cancelledResult();
            const QByteArray chunk = file.read(kChunkSize);
            if (chunk.isEmpty())
                break;
            total += chunk.size();
            if (total > MaxFileSize)
                return failure(tooLarge(total));
            bytes += chunk;
        }
        if (file.error() != QFileDevice::NoError)
            return failure(tr("The file could not be read: %1").arg(file.errorString()));
        file.close();
        result = fromBytes(format, std::move(bytes), cancelled, encoding);
    }
    addChosenEncodingNote(result, encoding);
    if (result.ok())
        result.article.setSourcePath(info.absoluteFilePath());
    return result;
}

ArticleLoader::Result ArticleLoader::loadBytes(QByteArray &&bytes, const QString &fileName,
                                               const std::atomic_bool *cancelled, const QByteArray &encoding)
{
    if (bytes.isEmpty())
        return failure(tr("The file is empty."));
    if (bytes.size() > MaxFileSize)
        return failure(tooLarge(bytes.size()));
    const QByteArray head = bytes.left(kHeadSize);
    if (TextDecoder::looksBinary(head))
        return binaryFailure(head);
    const Format format = detectFormat(head, fileName);
    if (format == Format::Unknown)
        return unknownFormat(head, fileName);
    Result result = fromBytes(format, std::move(bytes), cancelled, encoding);
    addChosenEncodingNote(result, encoding);
    return result;
}

Article ArticleLoader::articleFromFeedEntry(const FeedEntry &entry)
{
    Article article;
    article.appendHeader(entry.title, entry.author, entry.date);
    if (entry.contentIsHtml) {
        HtmlReader::appendFragment(article, entry.content);
    } else if (!isBlank(entry.content)) {
        const Article body = PlainTextReader::read(QString(entry.content));
        for (int i = 0; i < body.blocks().size(); ++i) {
            const Article::BlockKind kind = body.blocks().at(i).kind == Article::BlockKind::Title
                ? Article::BlockKind::Heading
                : body.blocks().at(i).kind;
            if (i == 0 && kind == Article::BlockKind::Heading
                && body.blockText(0).compare(article.title(), Qt::CaseInsensitive) == 0)
                continue; // the entry's title repeated at the top of its text
            article.appendBlock(body.blockText(i).toString(), kind);
        }
    }
    article.setLink(entry.link);
    article.setFormatName(tr("feed entry"));
    return article;
}
