#include "core/bytesize.h"
#include "fakeserver.h"
#include "trial/chatclient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using md::trial::ChatClient;
using md::trial::ChatOptions;
using md::trial::ChatRequest;
using md::trial::ChatResult;

namespace {
const QString TestKey = QStringLiteral("sk-test-0123456789abcdef");
}

class TestChatClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answer_textAndUsage_data();
    void answer_textAndUsage();
    void request_carriesKeyModelAndIncludeUsage();
    void fault_clearError_data();
    void fault_clearError();
    void rateLimit_retriesAfterServerDelay_data();
    void rateLimit_retriesAfterServerDelay();
    void cancel_stopsStreamOnce();
    void sizeCap_stopsReading();
    void redirect_sameOrigin_keepsKeyAndAnswers_data();
    void redirect_sameOrigin_keepsKeyAndAnswers();
    void redirect_crossOrigin_dropsKey_data();
    void redirect_crossOrigin_dropsKey();
    void plainHttpWithKey_refusedUnlessLoopback_data();
    void plainHttpWithKey_refusedUnlessLoopback();

private:
    ChatResult run(const QString &model, bool stream = true, const ChatOptions &options = testOptions(),
                   const QString &baseUrl = {});
    static ChatOptions testOptions();

    FakeServer m_server;
    QNetworkAccessManager m_network;
};

void TestChatClient::initTestCase()
{
    QVERIFY(m_server.listen());
}

ChatOptions TestChatClient::testOptions()
{
    ChatOptions o;
    o.connectTimeoutMs = 300;
    o.idleTimeoutMs = 200;
    o.responseTimeoutMs = 200;
    o.initialBackoffMs = 10;
    o.maxBackoffMs = 40;
    return o;
}

ChatResult TestChatClient::run(const QString &model, bool stream, const ChatOptions &options, const QString &baseUrl)
{
    ChatClient client(&m_network);
    client.setOptions(options);
    QSignalSpy finished(&client, &ChatClient::finished);
    ChatRequest request;
    request.baseUrl = baseUrl.isEmpty() ? m_server.baseUrl() : baseUrl;
    request.apiKey = TestKey;
    request.model = model;
    request.messages = {{QStringLiteral("user"), QStringLiteral("Say hello")}};
    request.stream = stream;
    client.start(request);
    if (!finished.wait(10000))
        return {};
    return finished.constFirst().constFirst().value<ChatResult>();
}

void TestChatClient::answer_textAndUsage_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("completionTokens"); // -1: the server sent no usage
    QTest::addRow("stream with usage") << "stream" << true << "Hello, world!" << 4LL;
    QTest::addRow("stream without usage") << "stream-no-usage" << true << "Hello, world!" << -1LL;
    QTest::addRow("crlf, cr, comments, multi-line data") << "crlf" << true << "ABC" << -1LL;
    QTest::addRow("utf-8 split byte by byte") << "utf8-split" << true << "Grüße, 世界 🙂" << 5LL;
    QTest::addRow("no stream") << "stream" << false << "Hello, world!" << 4LL;
    QTest::addRow("finish_reason and usage, no [DONE]") << "finished-no-done" << true << "Done anyway" << 2LL;
}

void TestChatClient::answer_textAndUsage()
{
    QFETCH(QString, model);
    QFETCH(bool, stream);
    QFETCH(QString, text);
    QFETCH(qint64, completionTokens);
    const ChatResult r = run(model, stream);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.text, text);
    QCOMPARE(r.completionTokens.value_or(-1), completionTokens);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(r.ttftMs >= 0, stream); // without streaming there is no first token to time
    QVERIFY(r.totalMs >= r.ttftMs);
}

void TestChatClient::request_carriesKeyModelAndIncludeUsage()
{
    const int before = int(m_server.requests().size());
    QVERIFY(run(QStringLiteral("stream")).ok());
    QCOMPARE(m_server.requests().size(), before + 1);
    const FakeServer::Request &r = m_server.requests().constLast();
    QCOMPARE(r.path, QByteArray("/v1/chat/completions"));
    QCOMPARE(r.headers.value("authorization"), "Bearer " + TestKey.toUtf8());
    QCOMPARE(r.body.value(QLatin1String("model")).toString(), QStringLiteral("stream"));
    QVERIFY(r.body.value(QLatin1String("stream")).toBool());
    QVERIFY(r.body.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool());
}

void TestChatClient::fault_clearError_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("errorPart");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QString>("text"); // kept even when the answer failed
    QTest::addRow("400 body message") << "error-400"
                                      << "Invalid value for 'temperature'" << 1 << "";
    QTest::addRow("401 body message") << "error-401"
                                      << "401 Unauthorized): Incorrect API key provided" << 1 << "";
    QTest::addRow("403") << "error-403"
                         << "403 Forbidden" << 1 << "";
    QTest::addRow("404 names the model") << "error-404"
                                         << "The model `error-404` does not exist" << 1 << "";
    QTest::addRow("error inside 200 stream") << "error-in-stream"
                                             << "error while processing" << 1 << "Partial";
    QTest::addRow("malformed chunk") << "malformed"
                                     << "malformed stream chunk" << 1 << "Ok";
    QTest::addRow("no [DONE]") << "no-done"
                               << "ended before [DONE]" << 1 << "Hello, world!";
    QTest::addRow("dropped mid-stream, no retry after text") << "drop"
                                                             << "before [DONE]" << 1 << "Half an ans";
    QTest::addRow("stall: idle timeout, no retry after text") << "stall"
                                                              << "No data from the server" << 1 << "Thinking";
    QTest::addRow("no answer: idle timeout, retried twice") << "stall-before"
                                                            << "No data from the server" << 3 << "";
    QTest::addRow("connection closed: retried twice") << "drop-before"
                                                      << "" << 3 << "";
    QTest::addRow("429 every time: retried twice") << "rate-limit-always"
                                                   << "Rate limit reached" << 3 << "";
}

void TestChatClient::fault_clearError()
{
    QFETCH(QString, model);
    QFETCH(QString, errorPart);
    QFETCH(int, attempts);
    QFETCH(QString, text);
    const int before = m_server.requestCount(model);
    const ChatResult r = run(model);
    QVERIFY(!r.ok());
    QVERIFY(!r.cancelled);
    QVERIFY2(r.error.contains(errorPart), qPrintable(r.error));
    QVERIFY2(!r.error.contains(TestKey), qPrintable(r.error));
    QCOMPARE(r.attempts, attempts);
    // Qt itself resends once when a fresh connection closes before any answer, so "at least".
    QVERIFY(m_server.requestCount(model) - before >= attempts);
    QCOMPARE(r.text, text);
}

void TestChatClient::rateLimit_retriesAfterServerDelay_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("delayMs");
    QTest::addRow("429 retry-after-ms") << "rate-limit" << 50;
    QTest::addRow("429 Retry-After seconds") << "rate-limit-seconds" << 1000;
    QTest::addRow("503") << "server-error-once" << 10;
}

void TestChatClient::rateLimit_retriesAfterServerDelay()
{
    QFETCH(QString, model);
    QFETCH(int, delayMs);
    ChatClient client(&m_network);
    client.setOptions(testOptions());
    QSignalSpy retrying(&client, &ChatClient::retrying);
    QSignalSpy finished(&client, &ChatClient::finished);
    ChatRequest request;
    request.baseUrl = m_server.baseUrl();
    request.model = model;
    request.messages = {{QStringLiteral("user"), QStringLiteral("hi")}};
    client.start(request);
    QVERIFY(finished.wait(10000));
    const ChatResult r = finished.constFirst().constFirst().value<ChatResult>();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.text, QStringLiteral("Hello, world!"));
    QCOMPARE(r.attempts, 2);
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(retrying.constFirst().at(1).toInt(), delayMs); // the server's delay, not the backoff
}

void TestChatClient::cancel_stopsStreamOnce()
{
    ChatClient client(&m_network);
    client.setOptions(testOptions());
    QSignalSpy text(&client, &ChatClient::textReceived);
    QSignalSpy finished(&client, &ChatClient::finished);
    ChatRequest request;
    request.baseUrl = m_server.baseUrl();
    request.model = QStringLiteral("slow");
    request.messages = {{QStringLiteral("user"), QStringLiteral("hi")}};
    client.start(request);
    QVERIFY(text.wait(5000));
    client.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!client.isRunning());
    const ChatResult r = finished.constFirst().constFirst().value<ChatResult>();
    QVERIFY(r.cancelled);
    QVERIFY(r.text.startsWith(QLatin1String("word")));
    const qsizetype received = text.size();
    QTest::qWait(150); // several chunk intervals of the slow model
    QCOMPARE(text.size(), received);
    client.cancel(); // a second stop is harmless
    QCOMPARE(finished.size(), 1);
}

void TestChatClient::sizeCap_stopsReading()
{
    ChatOptions options = testOptions();
    options.maxResponseBytes = md::MiB; // the "big" model sends about 2 MB
    // This is about the size cap, not the timeouts: 2 MB through the loopback may pause longer than the short
    // test timeouts on a loaded machine (or under sanitizers), which then retried and counted two attempts.
    options.idleTimeoutMs = 10000;
    options.responseTimeoutMs = 30000;
    const ChatResult r = run(QStringLiteral("big"), true, options);
    QVERIFY2(r.error.contains(QLatin1String("larger than the 1 MB limit")), qPrintable(r.error));
    QCOMPARE(r.attempts, 1);
    QVERIFY(r.text.size() < md::MiB);
}

void TestChatClient::redirect_sameOrigin_keepsKeyAndAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<QByteArray>("method"); // of the second hop
    for (bool stream : {true, false}) {
        const char *mode = stream ? "stream" : "whole";
        QTest::addRow("301 %s", mode) << 301 << stream << QByteArray("GET");
        QTest::addRow("302 %s", mode) << 302 << stream << QByteArray("GET");
        QTest::addRow("303 %s", mode) << 303 << stream << QByteArray("GET");
        QTest::addRow("307 %s", mode) << 307 << stream << QByteArray("POST");
        QTest::addRow("308 %s", mode) << 308 << stream << QByteArray("POST");
    }
}

// The answer after a redirect is read with the last hop's status, not the first's (a streamed answer
// after a 307 was once called "not valid JSON"); the key stays with its own origin.
void TestChatClient::redirect_sameOrigin_keepsKeyAndAnswers()
{
    QFETCH(int, status);
    QFETCH(bool, stream);
    QFETCH(QByteArray, method);
    m_server.setRedirectTarget({});
    const int before = int(m_server.requests().size());
    const ChatResult r = run(QStringLiteral("redirect-%1").arg(status), stream);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.httpStatus, 200);
    QVERIFY(!r.text.isEmpty());
    QCOMPARE(m_server.requests().size(), before + 2);
    const FakeServer::Request &hop = m_server.requests().constLast();
    QCOMPARE(hop.path, QByteArray("/v1/hop/chat/completions"));
    QCOMPARE(hop.method, method);
    QCOMPARE(hop.headers.value("authorization"), "Bearer " + TestKey.toUtf8());
    if (method == "POST")
        QCOMPARE(hop.body.value(QLatin1String("model")).toString(), QStringLiteral("redirect-%1").arg(status));
}

void TestChatClient::redirect_crossOrigin_dropsKey_data()
{
    QTest::addColumn<int>("status");
    for (int status : {301, 302, 303, 307, 308})
        QTest::addRow("%d", status) << status;
}

// A redirect from one port to another once delivered "Authorization: Bearer ..." to the second.
void TestChatClient::redirect_crossOrigin_dropsKey()
{
    QFETCH(int, status);
    FakeServer other;
    QVERIFY(other.listen());
    m_server.setRedirectTarget(other.baseUrl());
    const ChatResult r = run(QStringLiteral("redirect-%1").arg(status));
    m_server.setRedirectTarget({});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(other.requests().size(), 1);
    QVERIFY(!other.requests().constFirst().headers.contains("authorization"));
    QVERIFY(!r.text.isEmpty());
}

void TestChatClient::plainHttpWithKey_refusedUnlessLoopback_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<bool>("refused");
    QTest::addRow("remote http") << "http://example.com/v1" << true;
    QTest::addRow("not a url") << "ftp://127.0.0.1/v1" << true;
    QTest::addRow("loopback http") << QString() << false;
}

void TestChatClient::plainHttpWithKey_refusedUnlessLoopback()
{
    QFETCH(QString, baseUrl);
    QFETCH(bool, refused);
    const int before = int(m_server.requests().size());
    const ChatResult r = run(QStringLiteral("stream"), true, testOptions(), baseUrl);
    QCOMPARE(!r.ok(), refused);
    QCOMPARE(r.attempts, refused ? 0 : 1);
    QCOMPARE(int(m_server.requests().size()) - before, refused ? 0 : 1);
}

QTEST_GUILESS_MAIN(TestChatClient)
#include "tst_chatclient.moc"
