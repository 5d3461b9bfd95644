#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

class QTcpServer;
class QTcpSocket;

// An OpenAI-compatible server for tests, on 127.0.0.1 and a random port. The model named in a
// request picks how it answers:
//   stream         four text chunks, usage, [DONE]       stream-no-usage  the same without usage
//   crlf           CRLF line ends, comments, multi-line  utf8-split       one byte per write
//   error-400/401/403/404  an error body (401 quotes the Authorization header, as some servers do)
//   error-in-stream  text, then {"error": ...} inside the 200 stream
//   rate-limit     429 with retry-after-ms: 50 on the first request, then a stream
//   rate-limit-seconds  429 with only Retry-After: 1, then a stream
//   rate-limit-always  429 every time            server-error-once  503 once, then a stream
//   stall          a chunk of text, then silence       stall-before      no answer at all
//   drop           text, then the connection closes   drop-before       closes before answering
//   malformed      a chunk that is not JSON           no-done           ends without [DONE]
//   finished-no-done  text, finish_reason "stop" and usage, then a clean close without [DONE]
//   slow           100 chunks, 40 ms apart            big               2 MB of text
//   paced:R:N      N chunks at R chunks per second (benchmarks)
//   redirect-NNN   answers NNN with Location: <redirect target>/hop/chat/completions; a request to a
//                  /hop/ path is answered like stream (the redirect target is this server unless set)
//   poem-1, poem-2 two paragraphs that differ in a few words (diff, screenshots)
//   echo, echo:MS  answers the last user message's text after its last "REPLY:" (all of it without one), after
//                  MS milliseconds; a reply starting ERROR400 is a 400 error instead
//   echo-upper     the same in upper case (a second model that disagrees)
//   grader         an llm-rubric grader: {"pass": true, "score": 0.9} when the message holds PASSME, else false, 0.2
//   anything else  like stream
// Without "stream": true in the body every model answers one JSON completion. GET .../models lists
// stream, poem-2, poem-1 and gpt-4o-mini (401 when the path has /denied/).
class FakeServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeServer)

public:
    struct Request {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QJsonObject body;
    };

    explicit FakeServer(QObject *parent = nullptr);
    ~FakeServer() override;

    bool listen();
    bool listenOn(quint16 port);
    quint16 port() const;
    QString baseUrl() const; // http://127.0.0.1:PORT/v1
    const QList<Request> &requests() const { return m_requests; }
    int requestCount(const QString &model) const;
    void setRedirectTarget(const QString &baseUrl) { m_redirectTarget = baseUrl; }
    // The most echo/grader requests that were waiting for their answer at once (a client's concurrency).
    int maxOpen() const { return m_maxOpen; }
    void resetMaxOpen() { m_maxOpen = m_open; }

private:
    struct Connection;
    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Request &request);
    void answerByPrompt(QTcpSocket *socket, const Request &request);
    void streamSteps(QTcpSocket *socket, QList<QByteArray> steps, int intervalMs, bool finish);

    QTcpServer *m_server;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QString m_redirectTarget;
    int m_open = 0;
    int m_maxOpen = 0;
};
