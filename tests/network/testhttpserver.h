#pragma once

// A small HTTP/1.1 server for the network tests, listening on 127.0.0.1 only, on a port the
// system picks. Each path has a handler that says what to answer; every request is logged, so a
// test can assert what was (and was not) asked for. Answers close the connection.
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <functional>

class TestHttpServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
    };

    struct Reply
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int delayMs = 0;      // wait this long before answering
        bool gzip = false;    // send the body gzip-compressed with Content-Encoding: gzip
        bool garbage = false; // answer with bytes that are not HTTP at all
        bool noLength = false; // no Content-Length: the body ends when the connection does
    };

    using Handler = std::function<Reply(const Request &)>;

    TestHttpServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
    }

    void route(const QByteArray &path, Handler handler) { m_routes.insert(path, std::move(handler)); }
    // A fixed answer.
    void serve(const QByteArray &path, const QByteArray &body, const QByteArray &contentType = "application/rss+xml",
               int status = 200)
    {
        route(path, [body, contentType, status](const Request &) {
            Reply r;
            r.status = status;
            r.body = body;
            r.headers.append({"Content-Type", contentType});
            return r;
        });
    }

    const QList<Request> &requests() const { return m_requests; }
    QList<QByteArray> paths() const
    {
        QList<QByteArray> list;
        for (const Request &r : m_requests)
            list.append(r.path);
        return list;
    }
    void clearLog() { m_requests.clear(); }

    // The gzip form of data (RFC 1952), built from qCompress's zlib stream: its raw deflate
    // data between a gzip header and a CRC-32 and length trailer.
    static QByteArray gzipped(const QByteArray &data)
    {
        const QByteArray zlib = qCompress(data, 6);
        // 4 bytes of qCompress's own length, 2 of zlib header, 4 of Adler-32 at the end.
        const QByteArray deflated = zlib.mid(6, zlib.size() - 10);
        quint32 crc = 0xFFFFFFFFu;
        for (char c : data) {
            crc ^= quint8(c);
            for (int k = 0; k < 8; ++k)
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
        crc ^= 0xFFFFFFFFu;
        QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
        out += deflated;
        const quint32 size = quint32(data.size());
        for (quint32 v : {crc, size}) {
            for (int i = 0; i < 4; ++i)
                out += char((v >> (8 * i)) & 0xFF);
        }
        return out;
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto *buffer = new QByteArray;
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
            delete buffer;
            socket->deleteLater();
        });
        QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const int end = int(buffer->indexOf("\r\n\r\n"));
            if (end < 0 || buffer->isEmpty())
                return;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            buffer->clear();
            Request request;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.path = first.value(1);
            for (int i = 1; i < lines.size(); ++i) {
                const int colon = int(lines.at(i).indexOf(':'));
                if (colon > 0)
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
            }
            m_requests.append(request);
            // Routes are paths; a query string does not change which handler answers.
            const qsizetype query = request.path.indexOf('?');
            const auto handler = m_routes.constFind(query < 0 ? request.path : request.path.left(query));
            Reply reply;
            if (handler == m_routes.cend()) {
                reply.status = 404;
                reply.body = "not here";
            } else {
                reply = (*handler)(request);
            }
            QPointer<QTcpSocket> guarded(socket);
            const auto answer = [guarded, reply] {
                if (!guarded)
                    return;
                if (reply.garbage) {
                    guarded->write(QByteArray(64, '\x16'));
                    guarded->disconnectFromHost();
                    return;
                }
                const QByteArray body = reply.gzip ? gzipped(reply.body) : reply.body;
                QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Status\r\n";
                for (const auto &h : reply.headers)
                    head += h.first + ": " + h.second + "\r\n";
                if (reply.gzip)
                    head += "Content-Encoding: gzip\r\n";
                if (!reply.noLength)
                    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
                head += "Connection: close\r\n\r\n";
                guarded->write(head);
                guarded->write(body);
                guarded->disconnectFromHost();
            };
            if (reply.delayMs > 0)
                QTimer::singleShot(reply.delayMs, socket, answer);
            else
                answer();
        });
    }

    QTcpServer m_server;
    QHash<QByteArray, Handler> m_routes;
    QList<Request> m_requests;
};
