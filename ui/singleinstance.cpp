#include "singleinstance.h"

#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTimer>

#include <algorithm>
#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#else
#include <QCryptographicHash>
#endif

namespace {

Q_LOGGING_CATEGORY(lcInstance, "saywho.instance", QtWarningMsg)

// Message layout, all numbers big-endian:
//   header: 4 bytes magic "SAYW", quint16 protocol version, quint16 type, quint32 body size
//   Open body: quint32 file count, then per file quint32 size + UTF-8 absolute path,
//              then quint32 size + the activation token (printable ASCII, may be empty)
//   Reply body: quint8 status
// One request per connection: the sender writes Open, the receiver answers Reply and closes.
constexpr char Magic[4] = {'S', 'A', 'Y', 'W'};
enum class Type : quint16 { Open = 1, Reply = 2 };
enum class Status : quint8 { Opened = 0, Refused = 1 };
constexpr int ReplySize = SingleInstance::HeaderSize + 1;
// Connections served at the same time; more are closed at once.
constexpr int MaxConnections = 8;
// How long a start waits for another one that is deciding who listens.
constexpr int LockTimeout = 2000;

struct Header
{
    quint16 version = 0;
    quint16 type = 0;
    quint32 bodySize = 0;
};

QByteArray header(Type type, quint32 bodySize)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.writeRawData(Magic, sizeof Magic);
    out << SingleInstance::ProtocolVersion << quint16(type) << bodySize;
    return bytes;
}

std::optional<Header> parseHeader(const QByteArray &bytes)
{
    if (bytes.size() < SingleInstance::HeaderSize || !bytes.startsWith(QByteArrayView(Magic, sizeof Magic)))
        return std::nullopt;
    QDataStream in(bytes);
    in.skipRawData(sizeof Magic);
    Header h;
    in >> h.version >> h.type >> h.bodySize;
    return h;
}

bool isValidPath(const QString &path)
{
    return !path.isEmpty() && QDir::isAbsolutePath(path) && !path.contains(QChar(0));
}

bool isValidToken(QByteArrayView token)
{
    return std::all_of(token.begin(), token.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

void writeString(QDataStream &out, const QByteArray &bytes)
{
    out << quint32(bytes.size());
    out.writeRawData(bytes.constData(), int(bytes.size()));
}

// The Open body, or nullopt with the reason in *why.
std::optional<SingleInstance::Request> parseOpenBody(const QByteArray &body, QString *why)
{
    QDataStream in(body);
    const auto readString = [&in, &body](int max, QByteArray *out) {
        quint32 size = 0;
        in >> size;
        if (in.status() != QDataStream::Ok || size > quint32(max) || size > quint32(body.size() - in.device()->pos()))
            return false;
        out->resize(qsizetype(size));
        return in.readRawData(out->data(), int(size)) == int(size);
    };

    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count == 0 || count > quint32(SingleInstance::MaxFiles)) {
        *why = QStringLiteral("file count %1 is out of range").arg(count);
        return std::nullopt;
    }
    SingleInstance::Request request;
    for (quint32 i = 0; i < count; ++i) {
        QByteArray bytes;
        if (!readString(SingleInstance::MaxPathBytes, &bytes)) {
            *why = QStringLiteral("file %1 has a bad size").arg(i);
            return std::nullopt;
        }
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        const QString path = utf8(bytes);
        if (utf8.hasError() || !isValidPath(path)) {
            *why = QStringLiteral("file %1 is not an absolute path in UTF-8").arg(i);
            return std::nullopt;
        }
        request.files.append(path);
    }
    QByteArray token;
    if (!readString(SingleInstance::MaxTokenBytes, &token) || !isValidToken(token)) {
        *why = QStringLiteral("bad activation token");
        return std::nullopt;
    }
    request.activationToken = QString::fromLatin1(token);
    if (!in.atEnd()) {
        *why = QStringLiteral("bytes after the request");
        return std::nullopt;
    }
    return request;
}

// Where QLocalServer and QLocalSocket put a socket of this name on Unix.
QString socketPath(const QString &name)
{
    return QDir::isAbsolutePath(name) ? name : QDir::cleanPath(QDir::tempPath()) + u'/' + name;
}

// A socket file of another user is never talked to nor removed (the runtime folder is private, the
// temporary folder is not).
bool belongsToSomeoneElse(const QString &name)
{
#ifdef Q_OS_UNIX
    const QFileInfo info(socketPath(name));
    return info.exists() && info.ownerId() != ::geteuid();
#else
    Q_UNUSED(name);
    return false;
#endif
}

// The timer that closes a connection that takes too long to deliver its request.
const QString DeadlineName = QStringLiteral("requestDeadline");

void stopDeadline(QLocalSocket *socket)
{
    if (auto *timer = socket->findChild<QTimer *>(DeadlineName, Qt::FindDirectChildrenOnly))
        timer->stop();
}

int remaining(const QDeadlineTimer &deadline)
{
    return int(std::max<qint64>(0, deadline.remainingTime()));
}

} // namespace

QString SingleInstance::defaultServerName()
{
#ifdef Q_OS_UNIX
    const QString user = QString::number(::geteuid());
#else
    const QString user = QString::fromLatin1(
        QCryptographicHash::hash(QDir::homePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
#endif
    const QString file = u"saywho-" + user + u".socket";
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    // Without a runtime folder the socket goes to the temporary folder, under the same per-user name.
    return dir.isEmpty() ? file : dir + u'/' + file;
}

QByteArray SingleInstance::encodeRequest(const Request &request)
{
    if (request.files.isEmpty() || request.files.size() > MaxFiles)
        return {};
    QByteArray body;
    QDataStream out(&body, QIODevice::WriteOnly);
    out << quint32(request.files.size());
    for (const QString &file : request.files) {
        const QByteArray path = file.toUtf8();
        if (!isValidPath(file) || path.size() > MaxPathBytes)
            return {};
        writeString(out, path);
    }
    const QByteArray token = request.activationToken.toLatin1();
    if (token.size() > MaxTokenBytes || !isValidToken(token) || QString::fromLatin1(token) != request.activationToken)
        return {};
    writeString(out, token);
    if (body.size() > MaxBodyBytes)
        return {};
    return header(Type::Open, quint32(body.size())) + body;
}

SingleInstance::Handover SingleInstance::handOver(const QString &serverName, const Request &request, int timeout)
{
    const QByteArray message = encodeRequest(request);
    if (message.isEmpty() || serverName.isEmpty() || belongsToSomeoneElse(serverName))
        return Handover::Failed;

    const QDeadlineTimer deadline(timeout);
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!socket.waitForConnected(remaining(deadline))) {
        const QLocalSocket::LocalSocketError error = socket.error();
        if (error == QLocalSocket::ServerNotFoundError || error == QLocalSocket::ConnectionRefusedError)
            return Handover::NoInstance;
        qCInfo(lcInstance) << "cannot reach the running Saywho:" << socket.errorString();
        return Handover::Failed;
    }

    socket.write(message);
    while (socket.bytesToWrite() > 0 && socket.waitForBytesWritten(remaining(deadline))) {
    }
    // The reply may arrive together with the end of the connection; what was read stays readable.
    while (socket.bytesAvailable() < ReplySize && socket.waitForReadyRead(remaining(deadline))) {
    }
    if (socket.bytesAvailable() < ReplySize) {
        qCInfo(lcInstance) << "the running Saywho did not answer in time";
        return Handover::Failed;
    }
    const QByteArray reply = socket.read(ReplySize);
    const std::optional<Header> h = parseHeader(reply);
    socket.abort();
    if (!h || h->version != ProtocolVersion || h->type != quint16(Type::Reply) || h->bodySize != 1)
        return Handover::Failed;
    switch (Status(quint8(reply.at(HeaderSize)))) {
    case Status::Opened:
        return Handover::Delivered;
    case Status::Refused:
        return Handover::Refused;
    }
    return Handover::Failed;
}

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_name(serverName)
    , m_server(new QLocalServer(this))
{
    // Only this user may connect, even where the folder is shared.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->setMaxPendingConnections(MaxConnections);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
}

// QLocalServer removes its socket file when it closes.
SingleInstance::~SingleInstance() = default;

bool SingleInstance::listen()
{
    if (m_server->isListening())
        return true;
    if (m_name.isEmpty() || belongsToSomeoneElse(m_name))
        return false;

    // With an access option QLocalServer binds elsewhere and renames the socket over the name, which
    // would silently take the name from a running Saywho: look first, one start at a time.
    QLockFile lock(socketPath(m_name) + u".lock");
    if (!lock.tryLock(LockTimeout)) {
        qCInfo(lcInstance) << "another Saywho is starting; this one keeps to itself";
        return false;
    }
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(DefaultTimeout)) {
        probe.abort();
        return false; // another Saywho listens
    }
    switch (probe.error()) {
    case QLocalSocket::ConnectionRefusedError:
        // Nobody listens on the socket: a Saywho crashed and left it behind.
        QLocalServer::removeServer(m_name);
        break;
    case QLocalSocket::ServerNotFoundError:
        break;
    default:
        qCInfo(lcInstance) << "cannot check for a running Saywho:" << probe.errorString();
        return false;
    }
    if (!m_server->listen(m_name)) {
        qCInfo(lcInstance) << "cannot listen for later starts:" << m_server->errorString();
        return false;
    }
    return true;
}

bool SingleInstance::isListening() const
{
    return m_server->isListening();
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        if (m_server->findChildren<QLocalSocket *>(Qt::FindDirectChildrenOnly).size() > MaxConnections) {
            reject(socket, QStringLiteral("too many connections"));
            continue;
        }
        // Memory stays bounded whatever the peer sends: the largest valid request fits exactly.
        socket->setReadBufferSize(HeaderSize + MaxBodyBytes);
        auto *timer = new QTimer(socket);
        timer->setObjectName(DeadlineName);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this,
                [this, socket] { reject(socket, QStringLiteral("request incomplete in time")); });
        timer->start(m_readTimeout);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
            // A peer that only looked (a starting Saywho checking for this one) sent nothing.
            if (socket->bytesAvailable() > 0)
                reject(socket, QStringLiteral("connection closed in the middle of a request"));
            else
                socket->deleteLater();
        });
        readRequest(socket);
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (socket->bytesAvailable() < HeaderSize)
        return;
    const std::optional<Header> h = parseHeader(socket->peek(HeaderSize));
    if (!h)
        return reject(socket, QStringLiteral("not a Saywho message"));
    if (h->version != ProtocolVersion)
        return reject(socket, QStringLiteral("protocol version %1 is not %2").arg(h->version).arg(ProtocolVersion));
    if (h->type != quint16(Type::Open))
        return reject(socket, QStringLiteral("message type %1 is not a request").arg(h->type));
    if (h->bodySize > quint32(MaxBodyBytes))
        return reject(socket, QStringLiteral("request of %1 bytes is too long").arg(h->bodySize));
    if (socket->bytesAvailable() < HeaderSize + qint64(h->bodySize))
        return; // more to come
    if (socket->bytesAvailable() > HeaderSize + qint64(h->bodySize))
        return reject(socket, QStringLiteral("bytes after the request"));

    socket->skip(HeaderSize);
    QString why;
    const std::optional<Request> request = parseOpenBody(socket->read(h->bodySize), &why);
    if (!request)
        return reject(socket, why);

    // One request per connection: whatever follows is not read.
    disconnect(socket, nullptr, this, nullptr);
    stopDeadline(socket);

    const QPointer<QLocalSocket> guard(socket);
    const bool opened = m_handler && m_handler(*request);
    if (!guard)
        return;
    if (socket->state() != QLocalSocket::ConnectedState) {
        socket->deleteLater(); // the sender gave up waiting
        return;
    }
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    QByteArray reply = header(Type::Reply, 1);
    reply.append(char(opened ? Status::Opened : Status::Refused));
    socket->write(reply);
    socket->disconnectFromServer(); // after the reply is written
}

void SingleInstance::reject(QLocalSocket *socket, const QString &reason)
{
    disconnect(socket, nullptr, this, nullptr);
    stopDeadline(socket);
    socket->abort();
    socket->deleteLater();
    qCInfo(lcInstance) << "ignored a message from a later start:" << reason;
    emit messageRejected(reason);
}
