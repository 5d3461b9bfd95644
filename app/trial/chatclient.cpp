#include "chatclient.h"

#include "providerconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <cmath>

namespace md::trial {

namespace {

QString errorMessageOf(const QJsonObject &object)
{
    const QJsonValue error = object.value(QLatin1String("error"));
    if (error.isObject()) {
        const QString message = error.toObject().value(QLatin1String("message")).toString();
        return message.isEmpty() ? QString::fromUtf8(QJsonDocument(error.toObject()).toJson(QJsonDocument::Compact))
                                 : message;
    }
    return error.isString() ? error.toString() : QString();
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &u) { return u.scheme() == QLatin1String("https") ? 443 : 80; };
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(a)) == b.port(defaultPort(b));
}

bool isConnectionError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

} // namespace

ChatClient::ChatClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    for (QTimer *t : {&m_connectTimer, &m_idleTimer, &m_retryTimer})
        t->setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] { onTimeout(false); });
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { onTimeout(true); });
    connect(&m_retryTimer, &QTimer::timeout, this, &ChatClient::attempt);
}

ChatClient::~ChatClient()
{
    dropReply();
}

QByteArray ChatClient::requestBody(const ChatRequest &request)
{
    QJsonArray messages;
    for (const ChatMessage &m : request.messages)
        messages.append(QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
    QJsonObject body{{QStringLiteral("model"), request.model},
                     {QStringLiteral("messages"), messages},
                     {QStringLiteral("stream"), request.stream}};
    if (request.stream)
        body.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    if (request.temperature)
        body.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.maxTokens)
        body.insert(QStringLiteral("max_tokens"), *request.maxTokens);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void ChatClient::start(ChatRequest request)
{
    dropReply();
    m_retryTimer.stop();
    m_request = std::move(request);
    m_result = {};
    m_running = true;
    m_clock.start();
    if (const QString problem = checkEndpoint(m_request.baseUrl, !m_request.apiKey.isEmpty()); !problem.isEmpty()) {
        m_result.error = problem;
        // Callers connect after start(); report on the next turn of the event loop.
        QTimer::singleShot(0, this, &ChatClient::finish);
        return;
    }
    attempt();
}

void ChatClient::attempt()
{
    ++m_result.attempts;
    m_received = 0;
    m_sawDone = false;

    m_redirects = 0;

    QString base = m_request.baseUrl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (m_request.listModels)
        send(QUrl(base + QStringLiteral("/models")), false, !m_request.apiKey.isEmpty());
    else
        send(QUrl(base + QStringLiteral("/chat/completions")), true, !m_request.apiKey.isEmpty());
}

void ChatClient::send(const QUrl &url, bool post, bool withKey)
{
    m_decoder.reset();
    m_body.clear();
    m_headersSeen = false;
    m_result.httpStatus = 0;

    QNetworkRequest request(url);
    request.setRawHeader("Accept", m_request.stream ? "text/event-stream" : "application/json");
    if (withKey)
        request.setRawHeader("Authorization", "Bearer " + m_request.apiKey.toUtf8());
    // Redirects are followed here, not by Qt, so that the key never reaches another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    if (post) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        m_reply = m_network->post(request, requestBody(m_request));
    } else {
        m_reply = m_network->get(request);
    }
    m_keySent = withKey;
    // The connect timeout ends once the request is out; then the wait for data begins.
    connect(m_reply, &QNetworkReply::requestSent, this, [this] {
        m_connectTimer.stop();
        m_idleTimer.start(waitMs());
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ChatClient::onHeaders);
    connect(m_reply, &QNetworkReply::readyRead, this, &ChatClient::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ChatClient::onReplyFinished);
    m_connectTimer.start(m_options.connectTimeoutMs);
}

void ChatClient::followRedirect()
{
    const QUrl from = m_reply->url();
    const QUrl location = m_reply->header(QNetworkRequest::LocationHeader).toUrl();
    if (!location.isValid() || location.isEmpty()) {
        fail(tr("The server answered HTTP %1 (a redirect) without a valid Location.").arg(m_result.httpStatus), false);
        return;
    }
    const QUrl to = from.resolved(location);
    if (++m_redirects > MaxRedirects) {
        fail(tr("Too many redirects (more than %1); the last one pointed to %2.")
                 .arg(MaxRedirects)
                 .arg(to.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)),
             false);
        return;
    }
    if (to.scheme() != QLatin1String("https") && to.scheme() != QLatin1String("http")) {
        fail(tr("Refused a redirect to %1: only http and https are followed.").arg(to.scheme()), false);
        return;
    }
    if (from.scheme() == QLatin1String("https") && to.scheme() == QLatin1String("http")) {
        fail(tr("Refused a redirect from https to plain http (%1).").arg(to.host()), false);
        return;
    }
    // As the official SDKs' HTTP client does: the key goes only to the origin it was given for.
    const bool sameOrigin = isSameOrigin(from, to);
    // 307 and 308 repeat the request as it was; 301, 302 and 303 turn a POST into a GET (RFC 9110 15.4).
    const bool repost = !m_request.listModels && (m_result.httpStatus == 307 || m_result.httpStatus == 308);
    dropReply();
    send(to, repost, m_keySent && sameOrigin);
}

void ChatClient::onHeaders()
{
    if (m_headersSeen || !m_reply)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    m_headersSeen = true;
    m_result.httpStatus = status.toInt();
    m_connectTimer.stop();
    m_idleTimer.start(waitMs());
}

int ChatClient::waitMs() const
{
    // Without streaming nothing arrives until the whole answer is written.
    return m_request.stream ? m_options.idleTimeoutMs : std::max(m_options.idleTimeoutMs, m_options.responseTimeoutMs);
}

bool ChatClient::streaming() const
{
    if (!m_request.stream || m_result.httpStatus >= 300 || !m_reply)
        return false;
    return m_reply->header(QNetworkRequest::ContentTypeHeader).toString().contains(QLatin1String("event-stream"));
}

void ChatClient::onReadyRead()
{
    if (!m_reply)
        return;
    onHeaders();
    m_idleTimer.start(waitMs());
    const QByteArray bytes = m_reply->readAll();
    m_received += bytes.size();
    if (m_received > m_options.maxResponseBytes) {
        fail(tr("The response is larger than the %1 MB limit; stopped reading.").arg(m_options.maxResponseBytes / MiB),
             false);
        return;
    }
    if (!streaming()) {
        m_body += bytes;
        return;
    }
    std::vector<SseEvent> events;
    m_decoder.feed(bytes, events);
    for (const SseEvent &e : events) {
        handleEvent(e);
        if (!m_running || !m_reply)
            return; // the event ended the request (error, cancel from a slot)
    }
}

void ChatClient::handleEvent(const SseEvent &event)
{
    if (m_sawDone)
        return;
    if (event.data.trimmed() == QLatin1String("[DONE]")) {
        m_sawDone = true;
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(event.data.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(tr("The server sent a malformed stream chunk (%1): %2")
                 .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString() : tr("not an object"),
                      event.data.left(80)),
             false);
        return;
    }
    const QJsonObject chunk = doc.object();
    if (chunk.contains(QLatin1String("error"))) {
        fail(tr("The server reported an error in the stream: %1").arg(errorMessageOf(chunk)), false);
        return;
    }
    const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
    if (!choices.isEmpty()) {
        const QJsonObject choice = choices.first().toObject();
        const QString delta =
            choice.value(QLatin1String("delta")).toObject().value(QLatin1String("content")).toString();
        if (!delta.isEmpty()) {
            if (m_result.ttftMs < 0)
                m_result.ttftMs = m_clock.elapsed();
            m_result.text += delta;
            emit textReceived(delta);
        }
        const QString reason = choice.value(QLatin1String("finish_reason")).toString();
        if (!reason.isEmpty())
            m_result.finishReason = reason;
    }
    const QJsonObject usage = chunk.value(QLatin1String("usage")).toObject();
    if (!usage.isEmpty()) {
        m_result.promptTokens = usage.value(QLatin1String("prompt_tokens")).toInteger();
        m_result.completionTokens = usage.value(QLatin1String("completion_tokens")).toInteger();
    }
}

void ChatClient::parseWholeBody()
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(m_body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(tr("The server's answer is not valid JSON (%1).").arg(parseError.errorString()), false);
        return;
    }
    const QJsonObject object = doc.object();
    if (object.contains(QLatin1String("error"))) {
        fail(tr("The server reported an error: %1").arg(errorMessageOf(object)), false);
        return;
    }
    if (m_request.listModels) {
        parseModelList(object);
        return;
    }
    const QJsonObject choice = object.value(QLatin1String("choices")).toArray().first().toObject();
    m_result.text = choice.value(QLatin1String("message")).toObject().value(QLatin1String("content")).toString();
    m_result.finishReason = choice.value(QLatin1String("finish_reason")).toString();
    // Without streaming there is no first token to time: ttftMs stays -1 (and tokens per second unknown).
    if (!m_result.text.isEmpty())
        emit textReceived(m_result.text);
    const QJsonObject usage = object.value(QLatin1String("usage")).toObject();
    if (!usage.isEmpty()) {
        m_result.promptTokens = usage.value(QLatin1String("prompt_tokens")).toInteger();
        m_result.completionTokens = usage.value(QLatin1String("completion_tokens")).toInteger();
    }
    finish();
}

void ChatClient::parseModelList(const QJsonObject &object)
{
    const QJsonValue data = object.value(QLatin1String("data"));
    if (!data.isArray()) {
        fail(tr("The server's answer to GET /models has no model list (\"data\")."), false);
        return;
    }
    for (const QJsonValue entry : data.toArray()) {
        const QString id = entry.toObject().value(QLatin1String("id")).toString().trimmed();
        if (!id.isEmpty() && !m_result.models.contains(id))
            m_result.models << id;
    }
    m_result.models.sort(Qt::CaseInsensitive);
    finish();
}

void ChatClient::onReplyFinished()
{
    if (!m_reply)
        return;
    onHeaders();
    m_body += streaming() ? QByteArray() : m_reply->readAll();
    const QNetworkReply::NetworkError error = m_reply->error();
    const QString errorString = m_reply->errorString();
    const bool wasStreaming = streaming();
    m_connectTimer.stop();
    m_idleTimer.stop();
    if (isRedirect(m_result.httpStatus)) {
        followRedirect();
        return;
    }
    if (m_result.httpStatus >= 400) {
        const int s = m_result.httpStatus;
        const bool retryable = s == 408 || s == 409 || s == 429 || s >= 500;
        fail(httpError(), retryable, serverRetryDelayMs());
        return;
    }
    if (error == QNetworkReply::SslHandshakeFailedError) {
        fail(tr("TLS error: %1. The connection was refused because the server's certificate is not trusted.")
                 .arg(errorString),
             false);
        return;
    }
    if (wasStreaming) {
        // A clean close after the answer said why it stopped is a whole answer, [DONE] or not.
        if (m_sawDone || (error == QNetworkReply::NoError && !m_result.finishReason.isEmpty())) {
            finish();
        } else if (error != QNetworkReply::NoError) {
            fail(tr("The connection dropped before [DONE]; the answer may be cut off: %1").arg(errorString),
                 isConnectionError(error));
        } else {
            fail(tr("The stream ended before [DONE] (the connection closed early); the answer may be cut off."),
                 m_result.text.isEmpty());
        }
        return;
    }
    if (error != QNetworkReply::NoError && m_result.httpStatus == 0) {
        fail(tr("Cannot reach %1: %2").arg(m_reply->url().host(), errorString), isConnectionError(error));
        return;
    }
    parseWholeBody();
}

void ChatClient::onTimeout(bool idle)
{
    if (idle) {
        fail(tr("No data from the server for %1 s; gave up waiting.").arg(waitMs() / 1000.0), true);
    } else {
        fail(tr("Could not connect and send the request within %1 s (connect timeout).")
                 .arg(m_options.connectTimeoutMs / 1000.0),
             true);
    }
}

void ChatClient::fail(const QString &message, bool retryable, int retryDelayMs)
{
    dropReply();
    m_connectTimer.stop();
    m_idleTimer.stop();
    // Once text has streamed a retry would show a second, different answer: never retry then.
    if (retryable && m_result.text.isEmpty() && m_result.attempts <= m_options.maxRetries) {
        const int delay = backoffMs(retryDelayMs);
        emit retrying(m_result.attempts, delay, clean(message));
        m_retryTimer.start(delay);
        return;
    }
    m_result.error = clean(message);
    finish();
}

int ChatClient::backoffMs(int retryDelayMs) const
{
    if (retryDelayMs > 0 && retryDelayMs <= 60'000)
        return retryDelayMs;
    const double base =
        std::min(double(m_options.maxBackoffMs), m_options.initialBackoffMs * std::pow(2.0, m_result.attempts - 1));
    const double jitter = 1.0 - 0.25 * QRandomGenerator::global()->generateDouble();
    return int(base * jitter);
}

int ChatClient::serverRetryDelayMs() const
{
    if (!m_reply)
        return -1;
    bool ok = false;
    const double ms = m_reply->rawHeader("retry-after-ms").toDouble(&ok);
    if (ok && ms >= 0)
        return int(std::ceil(ms));
    const QByteArray after = m_reply->rawHeader("Retry-After");
    const double seconds = after.toDouble(&ok);
    if (ok && seconds >= 0)
        return int(std::ceil(seconds * 1000));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(after), Qt::RFC2822Date);
    if (when.isValid())
        return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
    return -1;
}

QString ChatClient::httpError() const
{
    const int status = m_result.httpStatus;
    QString detail = errorMessageOf(QJsonDocument::fromJson(m_body).object());
    if (detail.isEmpty()) {
        detail = m_reply ? m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString() : QString();
        if (const QString body = QString::fromUtf8(m_body.left(200)).simplified(); !body.isEmpty())
            detail = body;
    }
    switch (status) {
    case 400:
        return tr("The server rejected the request (400 Bad Request): %1").arg(detail);
    case 401:
        return tr("The API key was not accepted (401 Unauthorized): %1").arg(detail);
    case 403:
        return tr("Access denied (403 Forbidden): %1").arg(detail);
    case 404:
        return tr("Not found (404): %1. Check the base URL and the model id.").arg(detail);
    case 429:
        return tr("Rate limited (429 Too Many Requests): %1").arg(detail);
    default:
        return tr("The server answered HTTP %1: %2").arg(status).arg(detail);
    }
}

QString ChatClient::clean(QString message) const
{
    // Some servers quote the key they refused; it must not reach the screen, logs or history.
    if (m_request.apiKey.size() >= 4)
        message.replace(m_request.apiKey, maskKey(m_request.apiKey));
    return message;
}

void ChatClient::cancel()
{
    if (!m_running)
        return;
    dropReply();
    m_retryTimer.stop();
    m_connectTimer.stop();
    m_idleTimer.stop();
    m_result.cancelled = true;
    m_result.error = tr("Stopped.");
    finish();
}

void ChatClient::finish()
{
    if (!m_running)
        return;
    dropReply();
    m_running = false;
    m_result.totalMs = m_clock.elapsed();
    emit finished(m_result);
}

void ChatClient::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

} // namespace md::trial
