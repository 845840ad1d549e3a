#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkReply;

// Fetches web addresses the way a polite feed reader should: http and https only, redirects
// followed by hand (at most MaxRedirects, never to another scheme, loops refused), a timeout per
// request, a response size limit, gzip, conditional requests (If-None-Match, If-Modified-Since), a
// user agent naming Saywho, no cookies kept or sent, and at most PerHostLimit requests to one host
// at a time. Everything is asynchronous on the caller's thread; the callback gets one Response.
class HttpFetcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxRedirects = 5;
    static constexpr int PerHostLimit = 2;
    static constexpr int TotalLimit = 8;
    static constexpr qint64 DefaultSizeLimit = qint64(10) * 1024 * 1024;
    static constexpr int DefaultTimeoutMs = 20000;

    struct Request
    {
        QUrl url;
        QString etag;          // validators from the last fetch, for a conditional request
        QString lastModified;
        QByteArray accept;     // Accept header; empty for the default
    };

    enum class Failure {
        None,
        NotAllowed,      // not http or https
        HostNotFound,
        ConnectionRefused,
        Timeout,
        Tls,
        TooManyRedirects,
        TooLarge,
        HttpError,       // a 4xx or 5xx answer
        Network,         // any other transport error
        Cancelled,
    };

    struct Response
    {
        QUrl requested;
        QUrl finalUrl;         // after redirects
        bool movedPermanently = false; // every redirect on the way was 301 or 308
        int status = 0;
        bool notModified = false;      // 304
        QByteArray body;
        QByteArray contentType;
        QString etag;
        QString lastModified;
        QDateTime retryAfter;          // from Retry-After on 429 and 503
        Failure failure = Failure::None;
        QString error;                 // user-facing reason when failure is set
        bool ok() const { return failure == Failure::None; }
    };

    explicit HttpFetcher(QObject *parent = nullptr);
    ~HttpFetcher() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setSizeLimit(qint64 bytes) { m_sizeLimit = bytes; }
    static QByteArray userAgent();
    static bool isAllowed(const QUrl &url);

    void fetch(const Request &request, std::function<void(const Response &)> done);
    // Ends every request queued or under way; their callbacks get Failure::Cancelled.
    void cancelAll();
    int pending() const;

private:
    struct Job
    {
        Request request;
        std::function<void(const Response &)> done;
        Response response;
        QUrl current;
        QList<QUrl> visited;
        QString host; // per-host key of current, worked out once per address
        QPointer<QNetworkReply> reply;
        bool allPermanent = true;
    };

    void startNext();
    void send(Job *job);
    void onFinished(Job *job);
    void finish(Job *job);
    static QString describe(const Response &response);

    QNetworkAccessManager m_manager;
    QList<Job *> m_queue;
    QList<Job *> m_running;
    QHash<QString, int> m_perHost;
    int m_timeoutMs = DefaultTimeoutMs;
    qint64 m_sizeLimit = DefaultSizeLimit;
};
