#include "httpfetcher.h"

#include <QLocale>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QTimeZone>

namespace {

// A cookie jar that keeps nothing: no site can follow the reader from fetch to fetch.
class NoCookies : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

QString hostKey(const QUrl &url)
{
    return url.host().toLower() + u':' + QString::number(url.port(url.scheme() == u"https" ? 443 : 80));
}

// Retry-After is seconds or an HTTP date.
QDateTime retryAfter(const QByteArray &value)
{
    if (value.isEmpty())
        return {};
    bool isNumber = false;
    const qint64 seconds = value.trimmed().toLongLong(&isNumber);
    if (isNumber)
        return QDateTime::currentDateTimeUtc().addSecs(qBound(qint64(0), seconds, qint64(7 * 24 * 3600)));
    const QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return {};
    QDateTime utc = date;
    utc.setTimeZone(QTimeZone::utc());
    return utc;
}

} // namespace

HttpFetcher::HttpFetcher(QObject *parent)
    : QObject(parent)
{
    m_manager.setCookieJar(new NoCookies(&m_manager));
    m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // No disk cache: conditional requests with the validators Saywho stores do that job.
    m_manager.setCache(nullptr);
}

HttpFetcher::~HttpFetcher()
{
    // Callbacks may point at objects being destroyed with us: drop them unsaid.
    for (Job *job : std::as_const(m_running)) {
        if (job->reply) {
            job->reply->disconnect(this);
            job->reply->abort();
            job->reply->deleteLater();
        }
        delete job;
    }
    qDeleteAll(m_queue);
}

QByteArray HttpFetcher::userAgent()
{
    return QByteArrayLiteral("Saywho/" SAYWHO_VERSION " (desktop news reader; +https://github.com/saywho/saywho)");
}

bool HttpFetcher::isAllowed(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() && (url.scheme() == u"http" || url.scheme() == u"https");
}

int HttpFetcher::pending() const
{
    return int(m_queue.size() + m_running.size());
}

void HttpFetcher::fetch(const Request &request, std::function<void(const Response &)> done)
{
    auto *job = new Job;
    job->request = request;
    job->done = std::move(done);
    job->current = request.url;
    job->response.requested = request.url;
    job->host = hostKey(request.url);
    if (!isAllowed(request.url)) {
        job->response.failure = Failure::NotAllowed;
        job->response.error = tr("Only http and https addresses are fetched: %1").arg(request.url.toDisplayString());
        // Answered later, like every other request, so that callers see one order of events.
        m_running.append(job);
        QMetaObject::invokeMethod(this, [this, job] { finish(job); }, Qt::QueuedConnection);
        return;
    }
    m_queue.append(job);
    startNext();
}

void HttpFetcher::cancelAll()
{
    const QList<Job *> queued = m_queue;
    m_queue.clear();
    for (Job *job : queued) {
        job->response.failure = Failure::Cancelled;
        job->response.error = tr("Cancelled.");
        m_running.append(job);
        finish(job);
    }
    const QList<Job *> running = m_running;
    for (Job *job : running) {
        if (job->reply) {
            job->response.failure = Failure::Cancelled;
            job->response.error = tr("Cancelled.");
            job->reply->abort();
        }
    }
}

void HttpFetcher::startNext()
{
    for (int i = 0; i < m_queue.size() && m_running.size() < TotalLimit;) {
        Job *job = m_queue.at(i);
        if (m_perHost.value(job->host) >= PerHostLimit) {
            ++i;
            continue;
        }
        m_queue.removeAt(i);
        m_running.append(job);
        ++m_perHost[job->host];
        send(job);
    }
}

void HttpFetcher::send(Job *job)
{
    QNetworkRequest request(job->current);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", job->request.accept.isEmpty()
                                       ? QByteArrayLiteral("application/rss+xml, application/atom+xml, application/feed+json, "
                                                           "application/xml;q=0.9, text/html;q=0.8, */*;q=0.5")
                                       : job->request.accept);
    // Validators belong to the address they came from; after a redirect they may not apply.
    if (job->current == job->request.url) {
        if (!job->request.etag.isEmpty())
            request.setRawHeader("If-None-Match", job->request.etag.toLatin1());
        if (!job->request.lastModified.isEmpty())
            request.setRawHeader("If-Modified-Since", job->request.lastModified.toLatin1());
    }
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_manager.get(request);
    job->reply = reply;
    job->response.body.clear();
    const auto tooLarge = [this, job, reply] {
        job->response.failure = Failure::TooLarge;
        job->response.error = tr("The answer is larger than %1 MB.").arg(m_sizeLimit / (1024 * 1024));
        job->response.body.clear();
        reply->abort();
    };
    // A declared length over the limit ends the request before the body comes.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply, tooLarge] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_sizeLimit)
            tooLarge();
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, job, reply, tooLarge] {
        if (job->response.failure != Failure::None)
            return;
        // As much as has come, never a buffer of the whole limit for each answer.
        job->response.body += reply->read(qMin(reply->bytesAvailable(), m_sizeLimit + 1 - job->response.body.size()));
        if (job->response.body.size() > m_sizeLimit)
            tooLarge();
    });
    connect(reply, &QNetworkReply::finished, this, [this, job] { onFinished(job); });
}

void HttpFetcher::onFinished(Job *job)
{
    QNetworkReply *reply = job->reply;
    if (!reply)
        return;
    reply->deleteLater();
    job->reply = nullptr;
    if (--m_perHost[job->host] <= 0)
        m_perHost.remove(job->host);

    Response &r = job->response;
    if (r.failure == Failure::None && reply->isOpen())
        r.body += reply->read(qMin(reply->bytesAvailable(), m_sizeLimit + 1 - r.body.size()));
    if (r.failure == Failure::None && r.body.size() > m_sizeLimit) {
        r.failure = Failure::TooLarge;
        r.error = tr("The answer is larger than %1 MB.").arg(m_sizeLimit / (1024 * 1024));
        r.body.clear();
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.finalUrl = job->current;
    if (r.failure == Failure::None && r.status >= 300 && r.status < 400 && r.status != 304) {
        const QUrl target = job->current.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        job->allPermanent = job->allPermanent && (r.status == 301 || r.status == 308);
        job->visited.append(job->current);
        if (!isAllowed(target)) {
            r.failure = Failure::NotAllowed;
            r.error = tr("The address redirects to one that is not http or https: %1").arg(target.toDisplayString());
        } else if (job->visited.contains(target) || job->visited.size() > MaxRedirects) {
            r.failure = Failure::TooManyRedirects;
            r.error = tr("The address redirects in a loop or more than %1 times.").arg(MaxRedirects);
        } else {
            job->current = target;
            job->host = hostKey(target);
            m_running.removeOne(job);
            m_queue.prepend(job);
            startNext();
            return;
        }
    }
    if (r.failure == Failure::None) {
        switch (reply->error()) {
        case QNetworkReply::NoError:
            break;
        case QNetworkReply::HostNotFoundError:
            r.failure = Failure::HostNotFound;
            r.error = tr("The server %1 was not found.").arg(job->current.host());
            break;
        case QNetworkReply::ConnectionRefusedError:
            r.failure = Failure::ConnectionRefused;
            r.error = tr("The server %1 refused the connection.").arg(job->current.host());
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // what the transfer timeout reports
            r.failure = Failure::Timeout;
            r.error = tr("The server %1 did not answer in time.").arg(job->current.host());
            break;
        case QNetworkReply::SslHandshakeFailedError:
            r.failure = Failure::Tls;
            r.error = tr("A secure connection to %1 could not be made.").arg(job->current.host());
            break;
        default:
            if (r.status < 400) {
                r.failure = Failure::Network;
                r.error = reply->errorString();
            }
            break;
        }
    }
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    r.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    r.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
    r.notModified = r.status == 304;
    if (r.status == 429 || r.status == 503)
        r.retryAfter = retryAfter(reply->rawHeader("Retry-After"));
    if ((r.failure == Failure::None || r.failure == Failure::Network) && r.status >= 400) {
        r.failure = Failure::HttpError;
        r.error = describe(r);
    }
    r.movedPermanently = !job->visited.isEmpty() && job->allPermanent;
    finish(job);
    startNext();
}

QString HttpFetcher::describe(const Response &r)
{
    switch (r.status) {
    case 404:
        return tr("The address was not found on the server (404).");
    case 410:
        return tr("The feed is gone from the server (410); it is no longer fetched.");
    case 429:
        return tr("The server asks to be asked less often (429).");
    case 503:
        return tr("The server is unavailable for now (503).");
    default:
        return tr("The server answered %1.").arg(r.status);
    }
}

void HttpFetcher::finish(Job *job)
{
    m_running.removeOne(job);
    const auto done = std::move(job->done);
    const Response response = job->response;
    delete job;
    if (done)
        done(response);
}
