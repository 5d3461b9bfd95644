#include "fakeserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray chunk(const QByteArray &bytes)
{
    return QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n";
}

QByteArray delta(const QString &text)
{
    const QJsonObject c{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-1")},
        {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
        {QStringLiteral("choices"),
         QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                {QStringLiteral("delta"), QJsonObject{{QStringLiteral("content"), text}}},
                                {QStringLiteral("finish_reason"), QJsonValue::Null}}}}};
    return "data: " + QJsonDocument(c).toJson(QJsonDocument::Compact) + "\n\n";
}

QByteArray usage(int prompt, int completion)
{
    const QJsonObject c{{QStringLiteral("choices"), QJsonArray{}},
                        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), prompt},
                                                              {QStringLiteral("completion_tokens"), completion},
                                                              {QStringLiteral("total_tokens"), prompt + completion}}}};
    return "data: " + QJsonDocument(c).toJson(QJsonDocument::Compact) + "\n\n";
}

// Every answer but those of answerByPrompt() closes its connection; those keep it open for the next request,
// as real servers do, so that a benchmark measures the client and not a TCP handshake per call.
enum class Keep { Close, Alive };

QByteArray head(int status, const QByteArray &reason, const QByteArray &contentType, const QByteArray &extra = {},
                Keep keep = Keep::Close)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + contentType +
           "\r\nTransfer-Encoding: chunked\r\nConnection: " + (keep == Keep::Alive ? "keep-alive" : "close") + "\r\n" +
           extra + "\r\n";
}

QByteArray errorBody(const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                      QJsonObject{{QStringLiteral("message"), message},
                                                  {QStringLiteral("type"), QStringLiteral("invalid_request_error")}}}})
        .toJson(QJsonDocument::Compact);
}

const QList<QString> &helloWords()
{
    static const QList<QString> words = {QStringLiteral("Hello"), QStringLiteral(", "), QStringLiteral("world"),
                                         QStringLiteral("!")};
    return words;
}

} // namespace

FakeServer::FakeServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeServer::onConnection);
}

FakeServer::~FakeServer() = default;

bool FakeServer::listen()
{
    return listenOn(0);
}

bool FakeServer::listenOn(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 FakeServer::port() const
{
    return m_server->serverPort();
}

QString FakeServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/v1").arg(port());
}

int FakeServer::requestCount(const QString &model) const
{
    return int(std::count_if(m_requests.begin(), m_requests.end(), [&](const Request &r) {
        return r.body.value(QLatin1String("model")).toString() == model;
    }));
}

void FakeServer::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeServer::onReadyRead(QTcpSocket *socket)
{
    m_buffers[socket] += socket->readAll();
    // A kept-alive connection can bring its next request in the same read: answer each whole one in turn, until
    // the buffer holds no whole request or an answer closed the connection.
    while (m_buffers.contains(socket)) {
        QByteArray &buffer = m_buffers[socket];
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        request.method = lines.value(0).split(' ').value(0);
        request.path = lines.value(0).split(' ').value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        request.body = QJsonDocument::fromJson(buffer.mid(end + 4, length)).object();
        buffer.remove(0, end + 4 + length);
        m_requests << request;
        respond(socket, request);
    }
}

void FakeServer::respond(QTcpSocket *socket, const Request &request)
{
    const QString model = request.body.value(QLatin1String("model")).toString();
    const bool stream = request.body.value(QLatin1String("stream")).toBool();
    const QByteArray sse = "text/event-stream";
    auto close = [socket] { socket->disconnectFromHost(); };
    auto writeError = [&](int status, const QByteArray &reason, const QString &message, const QByteArray &extra = {}) {
        socket->write(head(status, reason, "application/json", extra) + chunk(errorBody(message)) + chunk({}));
        close();
    };
    auto hello = [&](bool withUsage, bool done = true) {
        QList<QByteArray> steps;
        for (const QString &w : helloWords())
            steps << chunk(delta(w));
        if (withUsage)
            steps << chunk(usage(11, 4));
        if (done)
            steps << chunk("data: [DONE]\n\n");
        socket->write(head(200, "OK", sse));
        streamSteps(socket, steps, 1, true);
    };

    if (model.startsWith(QLatin1String("echo")) || model == QLatin1String("grader")) {
        answerByPrompt(socket, request);
    } else if (request.method == "GET" && request.path.endsWith("/models")) {
        if (request.path.contains("/denied/")) {
            writeError(401, "Unauthorized", QStringLiteral("Incorrect API key provided."));
            return;
        }
        QJsonArray data;
        for (const char *id : {"stream", "poem-2", "poem-1", "gpt-4o-mini"})
            data.append(QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                                    {QStringLiteral("object"), QStringLiteral("model")}});
        const QJsonObject list{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}};
        socket->write(head(200, "OK", "application/json") + chunk(QJsonDocument(list).toJson()) + chunk({}));
        close();
    } else if (model.startsWith(QLatin1String("redirect-")) && !request.path.contains("/hop/")) {
        const int status = model.mid(9).toInt();
        const QString target = m_redirectTarget.isEmpty() ? baseUrl() : m_redirectTarget;
        socket->write(
            head(status, "Redirect", "text/plain", "Location: " + target.toUtf8() + "/hop/chat/completions\r\n") +
            chunk("moved") + chunk({}));
        close();
    } else if (!stream && !model.startsWith(QLatin1String("error"))) {
        const QJsonObject answer{
            {QStringLiteral("choices"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                         {QStringLiteral("content"), QStringLiteral("Hello, world!")}}},
                 {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}},
            {QStringLiteral("usage"),
             QJsonObject{{QStringLiteral("prompt_tokens"), 11}, {QStringLiteral("completion_tokens"), 4}}}};
        socket->write(head(200, "OK", "application/json") + chunk(QJsonDocument(answer).toJson()) + chunk({}));
        close();
    } else if (model == QLatin1String("stream-no-usage")) {
        hello(false);
    } else if (model == QLatin1String("finished-no-done")) {
        // A finish_reason and usage, then the stream closes cleanly without [DONE] (some servers do).
        const QByteArray stop = "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n";
        socket->write(head(200, "OK", sse));
        streamSteps(socket, {chunk(delta(QStringLiteral("Done anyway"))), chunk(stop), chunk(usage(5, 2))}, 1, true);
    } else if (model == QLatin1String("no-done")) {
        hello(false, false);
    } else if (model == QLatin1String("crlf")) {
        socket->write(head(200, "OK", sse));
        streamSteps(socket,
                    {chunk(": keep-alive\r\n\r\n"), chunk(delta(QStringLiteral("A")).replace("\n", "\r\n")),
                     chunk(delta(QStringLiteral("B")).replace("\n", "\r")),
                     chunk("event: message\r\ndata: {\"choices\":[{\"delta\":\r\ndata: {\"content\":\"C\"}}]}\r\n\r\n"),
                     chunk("data: [DONE]\r\n\r\n")},
                    1, true);
    } else if (model == QLatin1String("utf8-split")) {
        const QByteArray all = delta(QStringLiteral("Grüße, 世界 🙂")) + usage(3, 5) + "data: [DONE]\n\n";
        QList<QByteArray> steps;
        for (char c : all)
            steps << chunk(QByteArray(1, c));
        socket->write(head(200, "OK", sse));
        streamSteps(socket, steps, 1, true);
    } else if (model.startsWith(QLatin1String("error-")) && model != QLatin1String("error-in-stream")) {
        const int status = model.mid(6).toInt();
        const QByteArray key = request.headers.value("authorization").mid(7);
        const QString message = status == 401
                                    ? QStringLiteral("Incorrect API key provided: %1.").arg(QString::fromUtf8(key))
                                : status == 404 ? QStringLiteral("The model `%1` does not exist.").arg(model)
                                                : QStringLiteral("Invalid value for 'temperature'.");
        writeError(status, "Error", message);
    } else if (model == QLatin1String("error-in-stream")) {
        socket->write(head(200, "OK", sse));
        streamSteps(
            socket,
            {chunk(delta(QStringLiteral("Partial"))),
             chunk("data: {\"error\":{\"message\":\"The server had an error while processing your request.\"}}\n\n")},
            1, true);
    } else if (model == QLatin1String("rate-limit") && requestCount(model) == 1) {
        writeError(429, "Too Many Requests", QStringLiteral("Rate limit reached."),
                   "retry-after-ms: 50\r\nRetry-After: 1\r\n");
    } else if (model == QLatin1String("rate-limit-seconds") && requestCount(model) == 1) {
        writeError(429, "Too Many Requests", QStringLiteral("Rate limit reached."), "Retry-After: 1\r\n");
    } else if (model == QLatin1String("rate-limit-always")) {
        writeError(429, "Too Many Requests", QStringLiteral("Rate limit reached."), "retry-after-ms: 20\r\n");
    } else if (model == QLatin1String("server-error-once") && requestCount(model) == 1) {
        writeError(503, "Service Unavailable", QStringLiteral("Overloaded."), "retry-after-ms: 10\r\n");
    } else if (model == QLatin1String("stall")) {
        socket->write(head(200, "OK", sse) + chunk(delta(QStringLiteral("Thinking"))));
    } else if (model == QLatin1String("stall-before")) {
        // Say nothing; the client's connect timeout ends it.
    } else if (model == QLatin1String("drop")) {
        socket->write(head(200, "OK", sse) + chunk(delta(QStringLiteral("Half an ans"))));
        QTimer::singleShot(20, socket, close);
    } else if (model == QLatin1String("drop-before")) {
        socket->abort();
    } else if (model == QLatin1String("malformed")) {
        socket->write(head(200, "OK", sse));
        streamSteps(socket, {chunk(delta(QStringLiteral("Ok"))), chunk("data: {\"choices\": [\n\n")}, 1, true);
    } else if (model == QLatin1String("slow")) {
        QList<QByteArray> steps;
        for (int i = 0; i < 100; ++i)
            steps << chunk(delta(QStringLiteral("word ")));
        steps << chunk("data: [DONE]\n\n");
        socket->write(head(200, "OK", sse));
        streamSteps(socket, steps, 40, true);
    } else if (model == QLatin1String("big")) {
        const QByteArray piece = chunk(delta(QString(1000, QLatin1Char('x'))));
        QList<QByteArray> steps;
        for (int i = 0; i < 2000; ++i)
            steps << piece;
        socket->write(head(200, "OK", sse));
        streamSteps(socket, steps, 0, true);
    } else if (model.startsWith(QLatin1String("poem-"))) {
        // Two answers that differ in a few words, for looking at streaming and the diff.
        QString text = QStringLiteral(
            "Small models answer most everyday questions well. They are fast and cheap, and for summaries, "
            "extraction and short drafts the difference to a large model is hard to see.\n\n"
            "Large models still win on long reasoning, tricky code and rare facts.");
        if (model == QLatin1String("poem-2"))
            text.replace(QStringLiteral("most everyday"), QStringLiteral("many common"))
                .replace(QStringLiteral("hard to see"), QStringLiteral("often small"))
                .replace(QStringLiteral("rare facts"), QStringLiteral("facts few sources mention"));
        QList<QByteArray> steps;
        for (const QString &word : text.split(QLatin1Char(' ')))
            steps << chunk(delta(word + QLatin1Char(' ')));
        steps << chunk(usage(24, int(steps.size()))) << chunk("data: [DONE]\n\n");
        socket->write(head(200, "OK", sse));
        streamSteps(socket, steps, model == QLatin1String("poem-2") ? 8 : 5, true);
    } else if (model.startsWith(QLatin1String("paced:"))) {
        const int rate = model.section(QLatin1Char(':'), 1, 1).toInt();
        const int count = model.section(QLatin1Char(':'), 2, 2).toInt();
        QList<QByteArray> steps;
        for (int i = 0; i < count; ++i)
            steps << chunk(delta(QStringLiteral("tok%1 ").arg(i)));
        steps << chunk(usage(20, count)) << chunk("data: [DONE]\n\n");
        socket->write(head(200, "OK", sse));
        streamSteps(socket, steps, std::max(1, 1000 / std::max(1, rate)), true);
    } else {
        hello(true); // "stream", the retries of rate-limit* and server-error-once, any other id
    }
}

void FakeServer::streamSteps(QTcpSocket *socket, QList<QByteArray> steps, int intervalMs, bool finish)
{
    auto *timer = new QTimer(socket);
    timer->setTimerType(Qt::PreciseTimer);
    timer->setInterval(intervalMs);
    auto remaining = std::make_shared<QList<QByteArray>>(std::move(steps));
    connect(timer, &QTimer::timeout, socket, [socket, timer, remaining, finish, intervalMs] {
        // Without an interval everything goes at once; with one, one step per tick.
        do {
            if (remaining->isEmpty()) {
                timer->stop();
                if (finish)
                    socket->write(chunk({}));
                socket->disconnectFromHost();
                return;
            }
            socket->write(remaining->takeFirst());
            socket->flush();
        } while (intervalMs == 0);
    });
    timer->start();
}

void FakeServer::answerByPrompt(QTcpSocket *socket, const Request &request)
{
    const QString model = request.body.value(QLatin1String("model")).toString();
    const QJsonArray messages = request.body.value(QLatin1String("messages")).toArray();
    QString last;
    for (const QJsonValue m : messages)
        if (m.toObject().value(QLatin1String("role")).toString() == QLatin1String("user"))
            last = m.toObject().value(QLatin1String("content")).toString();
    QString reply;
    if (model == QLatin1String("grader")) {
        const bool pass = last.contains(QLatin1String("PASSME"));
        reply = QStringLiteral("Verdict: {\"reason\": \"%1\", \"pass\": %2, \"score\": %3}")
                    .arg(pass ? QStringLiteral("the rubric holds") : QStringLiteral("the rubric does not hold"),
                         pass ? QStringLiteral("true") : QStringLiteral("false"),
                         pass ? QStringLiteral("0.9") : QStringLiteral("0.2"));
    } else {
        const qsizetype at = last.lastIndexOf(QLatin1String("REPLY:"));
        reply = at >= 0 ? last.mid(at + 6) : last;
        if (model.startsWith(QLatin1String("echo-upper")))
            reply = reply.toUpper();
    }
    const int delayMs = model.section(QLatin1Char(':'), 1, 1).toInt();
    const bool stream = request.body.value(QLatin1String("stream")).toBool();
    QPointer<QTcpSocket> target(socket);
    m_maxOpen = std::max(m_maxOpen, ++m_open);
    auto send = [this, target, reply, stream] {
        --m_open;
        if (!target)
            return;
        if (reply.startsWith(QLatin1String("ERROR400"))) {
            target->write(head(400, "Bad Request", "application/json", {}, Keep::Alive) +
                          chunk(errorBody(QStringLiteral("This cell fails on purpose."))) + chunk({}));
        } else if (stream) {
            target->write(head(200, "OK", "text/event-stream", {}, Keep::Alive) + chunk(delta(reply)) +
                          chunk(usage(10, int(reply.split(QLatin1Char(' '), Qt::SkipEmptyParts).size()) + 1)) +
                          chunk("data: [DONE]\n\n") + chunk({}));
        } else {
            const QJsonObject answer{
                {QStringLiteral("choices"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                             {QStringLiteral("content"), reply}}},
                     {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}},
                {QStringLiteral("usage"),
                 QJsonObject{{QStringLiteral("prompt_tokens"), 10}, {QStringLiteral("completion_tokens"), 5}}}};
            target->write(head(200, "OK", "application/json", {}, Keep::Alive) + chunk(QJsonDocument(answer).toJson()) +
                          chunk({}));
        }
    };
    if (delayMs > 0)
        QTimer::singleShot(delayMs, socket, send);
    else
        send();
}
