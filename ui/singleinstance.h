#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QLocalServer;
class QLocalSocket;

// One Saywho per user: the first start listens on a local socket in the user's runtime folder, and a
// later start hands its files over instead of opening a window of its own. Owns the socket protocol: a
// versioned, length-prefixed request with absolute paths, answered by a one-byte reply. Everything that
// arrives on the socket is checked against fixed limits before it reaches the handler; a connection
// that sends anything else, too much, or too slowly is closed without an answer.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // What a later start sends.
    struct Request
    {
        QStringList files;       // absolute paths, in the order given on the command line
        QString activationToken; // the later start's XDG_ACTIVATION_TOKEN, so the window may take the focus
    };

    enum class Handover {
        Delivered,  // the running Saywho opened the files
        NoInstance, // nothing listens on the name (or only a socket left behind by a crash)
        Refused,    // a Saywho answered but has no window to take the files (it is closing)
        Failed,     // no valid answer in time, or the request was beyond the limits
    };

    // The protocol's version and limits; a message beyond them is malformed.
    static constexpr quint16 ProtocolVersion = 1;
    static constexpr int HeaderSize = 12;
    static constexpr int MaxFiles = 256;
    static constexpr int MaxPathBytes = 16 * 1024;
    static constexpr int MaxTokenBytes = 1024;
    static constexpr int MaxBodyBytes = 1024 * 1024;
    static constexpr int DefaultTimeout = 3000; // ms for the whole handover

    // The socket for this user: saywho-<uid>.socket in the runtime folder ($XDG_RUNTIME_DIR).
    static QString defaultServerName();

    // The later start's side: sends the request to the Saywho listening on serverName and waits at
    // most timeout ms for its answer. Blocks; needs no event loop.
    static Handover handOver(const QString &serverName, const Request &request, int timeout = DefaultTimeout);

    // The bytes handOver sends; empty when the request is beyond the limits or has no files.
    static QByteArray encodeRequest(const Request &request);

    // Receives requests for handler. A request is answered "opened" when the handler returns true and
    // "refused" otherwise (or when there is no handler), so the sender can open its own window.
    using Handler = std::function<bool(const Request &)>;

    explicit SingleInstance(const QString &serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    QString serverName() const { return m_name; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // How long a connection may take to deliver its whole request.
    void setReadTimeout(int ms) { m_readTimeout = ms; }

    // Starts listening unless another Saywho already does; a socket left behind by a Saywho that
    // crashed is removed first. False when another Saywho listens or no socket can be made.
    bool listen();
    bool isListening() const;

signals:
    // A connection sent something that is not a valid request, or gave up half way; it was closed.
    void messageRejected(const QString &reason);

private:
    void acceptConnections();
    void readRequest(QLocalSocket *socket);
    void reject(QLocalSocket *socket, const QString &reason);

    QString m_name;
    QLocalServer *m_server;
    Handler m_handler;
    int m_readTimeout = DefaultTimeout;
};
