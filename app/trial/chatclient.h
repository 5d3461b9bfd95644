#pragma once

#include "core/bytesize.h"
#include "ssedecoder.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <optional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace md::trial {

struct ChatMessage {
    QString role; // "system", "user", "assistant"
    QString content;

    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

struct ChatRequest {
    QString baseUrl; // up to /v1; "/chat/completions" is appended
    QString apiKey;  // empty for servers without keys (Ollama, llama.cpp)
    QString model;
    std::vector<ChatMessage> messages;
    std::optional<double> temperature;
    std::optional<int> maxTokens;
    bool stream = true;
    // GET {baseUrl}/models instead of a chat completion (Test Connection, Fetch Models): the ids land in
    // ChatResult::models, under the same limits, retries and redirect rules.
    bool listModels = false;
};

// Limits and retry policy; the defaults follow the official OpenAI SDKs.
struct ChatOptions {
    int connectTimeoutMs = 30'000;   // until the request is sent
    int idleTimeoutMs = 60'000;      // between two reads of a stream, and until its first read
    int responseTimeoutMs = 600'000; // for a whole answer without streaming
    qint64 maxResponseBytes = 16 * MiB;
    int maxRetries = 2;
    int initialBackoffMs = 500;
    int maxBackoffMs = 8'000;
};

struct ChatResult {
    QString text;
    QString error; // empty on success
    bool cancelled = false;
    int httpStatus = 0;
    std::optional<qint64> promptTokens; // from the server's usage, if it sent one
    std::optional<qint64> completionTokens;
    qint64 ttftMs = -1; // time to the first streamed text; -1 if none arrived or the answer was not streamed
    qint64 totalMs = 0;
    int attempts = 0;
    QString finishReason;
    QStringList models; // a listModels request: the ids the server offers, sorted

    bool ok() const { return error.isEmpty(); }
};

// One chat completion against an OpenAI-compatible endpoint, streamed over SSE or not.
// Retries connection errors, 408, 409, 429 and 5xx (at most maxRetries times, exponential
// backoff with jitter, honouring retry-after-ms and Retry-After) until text has streamed.
class ChatClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatClient)

public:
    explicit ChatClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ChatClient() override;

    void setOptions(const ChatOptions &options) { m_options = options; }
    const ChatOptions &options() const { return m_options; }

    void start(ChatRequest request);
    void cancel();
    bool isRunning() const { return m_running; }
    const ChatResult &result() const { return m_result; }

    static QByteArray requestBody(const ChatRequest &request);

signals:
    void textReceived(const QString &delta);
    void retrying(int attempt, int delayMs, const QString &reason);
    void finished(const md::trial::ChatResult &result);

private:
    void attempt();
    void send(const QUrl &url, bool post, bool withKey);
    void followRedirect();
    void onHeaders();
    void onReadyRead();
    void onReplyFinished();
    void onTimeout(bool idle);
    void handleEvent(const SseEvent &event);
    void parseWholeBody();
    void parseModelList(const QJsonObject &object);
    void fail(const QString &message, bool retryable, int retryDelayMs = -1);
    void finish();
    void dropReply();
    int backoffMs(int retryDelayMs) const;
    int serverRetryDelayMs() const;
    QString httpError() const;
    QString clean(QString message) const;
    bool streaming() const;
    int waitMs() const;

    QNetworkAccessManager *m_network;
    ChatOptions m_options;
    ChatRequest m_request;
    ChatResult m_result;
    QPointer<QNetworkReply> m_reply;
    SseDecoder m_decoder;
    QByteArray m_body;
    QElapsedTimer m_clock;
    QTimer m_connectTimer;
    QTimer m_idleTimer;
    QTimer m_retryTimer;
    qint64 m_received = 0;
    bool m_running = false;
    bool m_sawDone = false;
    bool m_headersSeen = false;
    bool m_keySent = false;
    int m_redirects = 0;
    static constexpr int MaxRedirects = 5;
};

} // namespace md::trial
