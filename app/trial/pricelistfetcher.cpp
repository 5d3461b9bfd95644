#include "pricelistfetcher.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QStandardPaths>

namespace md {

namespace {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") || host == QLatin1String("::1");
}

QJsonObject readValidators(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MiB)
        return {};
    return QJsonDocument::fromJson(file.readAll()).object(); // a damaged file is as good as none
}

} // namespace

PriceListFetcher::PriceListFetcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<md::PriceListFetch>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_abortReason = tr("%1: no complete answer from %2 within %n seconds", nullptr, m_timeoutMs / 1000)
                            .arg(m_listName, m_url.toDisplayString());
        if (m_reply)
            m_reply->abort();
    });
}

PriceListFetcher::~PriceListFetcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString PriceListFetcher::validatorFile() const
{
    if (!m_validatorFile.isEmpty())
        return m_validatorFile;
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QLatin1String("/price-lists.json");
}

QString PriceListFetcher::refusal(const QUrl &url, const QUrl &from)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("%1 is not a web address").arg(url.toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        return QString();
    }
    if (scheme == QLatin1String("http") && isLoopback(url)) {
        if (from.isValid() && from.scheme().toLower() == QLatin1String("https"))
            return tr("%1 redirects from HTTPS to plain http (%2); refused")
                .arg(from.toDisplayString(), url.toDisplayString());
        return QString();
    }
    if (scheme == QLatin1String("http"))
        return tr("%1 is plain http; price lists are fetched over HTTPS only (plain http only from this machine)")
            .arg(url.toDisplayString());
    return tr("%1: only https:// addresses can be fetched").arg(url.toDisplayString());
}

void PriceListFetcher::fetch(const QUrl &url, const QString &listName, bool conditional)
{
    cancel();
    m_url = url;
    m_listName = listName;
    m_abortReason.clear();
    m_cancelled = false;
    if (const QString refused = refusal(url); !refused.isEmpty()) {
        // Reported from the event loop, as every other end, so a caller connects before it can happen.
        QMetaObject::invokeMethod(
            this, [this, refused] { fail(tr("%1: %2").arg(m_listName, refused)); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setRawHeader("Accept", "application/json");
    if (conditional) {
        const QJsonObject stored = readValidators(validatorFile()).value(url.toString()).toObject();
        if (const QString etag = stored.value(QLatin1String("etag")).toString(); !etag.isEmpty())
            request.setRawHeader("If-None-Match", etag.toUtf8());
        if (const QString modified = stored.value(QLatin1String("last_modified")).toString(); !modified.isEmpty())
            request.setRawHeader("If-Modified-Since", modified.toUtf8());
    }
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::redirected, this, &PriceListFetcher::onRedirected);
    connect(reply, &QNetworkReply::finished, this, &PriceListFetcher::onFinished);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > m_maxBytes) {
            m_abortReason = tr("%1: %2 is %3 MB, more than the %4 MB a price list may be")
                                .arg(m_listName, m_url.toDisplayString())
                                .arg(length / MiB)
                                .arg(m_maxBytes / MiB);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64 total) {
        if (received > m_maxBytes) {
            m_abortReason = tr("%1: %2 sent more than the %3 MB a price list may be")
                                .arg(m_listName, m_url.toDisplayString())
                                .arg(m_maxBytes / MiB);
            reply->abort();
            return;
        }
        emit progress(received, total > 0 ? total : -1);
    });
    m_timer.start(m_timeoutMs);
}

void PriceListFetcher::onRedirected(const QUrl &target)
{
    if (!m_reply)
        return;
    const QUrl from = m_reply->url();
    if (const QString refused = refusal(target, from); !refused.isEmpty()) {
        m_abortReason = tr("%1: %2").arg(m_listName, refused);
        m_reply->abort();
        return;
    }
    emit m_reply->redirectAllowed();
}

void PriceListFetcher::cancel()
{
    if (!m_reply)
        return;
    m_cancelled = true;
    m_reply->abort(); // finished() follows, reported as Cancelled
}

void PriceListFetcher::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_timer.stop();
    reply->deleteLater();
    m_reply.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString where = m_url.toDisplayString();
    if (m_cancelled) {
        PriceListFetch r;
        r.status = PriceListFetch::Cancelled;
        r.url = m_url;
        r.message = tr("%1: cancelled").arg(m_listName);
        finish(r);
        return;
    }
    if (!m_abortReason.isEmpty())
        return fail(m_abortReason);
    if (status == 304) {
        PriceListFetch r;
        r.status = PriceListFetch::UpToDate;
        r.url = m_url;
        r.message = tr("%1 is up to date: unchanged since the last update").arg(m_listName);
        finish(r);
        return;
    }
    if (status >= 400) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return fail(tr("%1: %2 answered HTTP %3 %4").arg(m_listName, where).arg(status).arg(reason).trimmed());
    }
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::HostNotFoundError:
        return fail(
            tr("%1: cannot find the server of %2 (offline, or the name does not resolve)").arg(m_listName, where));
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        return fail(tr("%1: cannot reach %2 (%3); are you online?").arg(m_listName, where, reply->errorString()));
    default:
        return fail(tr("%1: %2: %3").arg(m_listName, where, reply->errorString()));
    }
    QByteArray body = reply->readAll();
    if (body.size() > m_maxBytes)
        return fail(
            tr("%1: %2 sent more than the %3 MB a price list may be").arg(m_listName, where).arg(m_maxBytes / MiB));
    PriceListFetch r;
    r.status = PriceListFetch::Downloaded;
    r.url = m_url;
    r.body = std::move(body);
    r.etag = reply->rawHeader("ETag");
    r.lastModified = reply->rawHeader("Last-Modified");
    finish(r);
}

void PriceListFetcher::fail(const QString &message)
{
    PriceListFetch r;
    r.status = PriceListFetch::Failed;
    r.url = m_url;
    r.message = message;
    finish(r);
}

void PriceListFetcher::finish(const PriceListFetch &result)
{
    emit finished(result);
}

void PriceListFetcher::remember(const PriceListFetch &fetch)
{
    if (fetch.status != PriceListFetch::Downloaded || (fetch.etag.isEmpty() && fetch.lastModified.isEmpty()))
        return;
    const QString path = validatorFile();
    QJsonObject all = readValidators(path);
    QJsonObject entry;
    if (!fetch.etag.isEmpty())
        entry.insert(QLatin1String("etag"), QString::fromLatin1(fetch.etag));
    if (!fetch.lastModified.isEmpty())
        entry.insert(QLatin1String("last_modified"), QString::fromLatin1(fetch.lastModified));
    all.insert(fetch.url.toString(), entry);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(all).toJson());
        file.commit(); // a cache: when it cannot be written the next update downloads the list again
    }
}

void PriceListFetcher::forget(const QUrl &url)
{
    const QString path = validatorFile();
    QJsonObject all = readValidators(path);
    if (!all.contains(url.toString()))
        return;
    all.remove(url.toString());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(all).toJson());
        file.commit();
    }
}

PriceListFetch PriceListFetcher::fetchAndWait(const QUrl &url, const QString &listName, bool conditional)
{
    PriceListFetch result;
    QEventLoop loop;
    const auto connection = connect(this, &PriceListFetcher::finished, &loop, [&](const PriceListFetch &r) {
        result = r;
        loop.quit();
    });
    fetch(url, listName, conditional);
    loop.exec();
    disconnect(connection);
    return result;
}

} // namespace md
