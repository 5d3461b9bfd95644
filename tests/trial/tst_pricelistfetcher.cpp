// The price-list fetcher against a loopback HTTP server in this test: never any network beyond 127.0.0.1.
#include "core/bytesize.h"
#include "core/priceimport.h"
#include "trial/pricelistfetcher.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace md;

namespace {

QByteArray excerpt()
{
    QFile f(QStringLiteral(MODELDESK_FIXTURES "/genai-prices-excerpt.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no excerpt");
    return f.readAll();
}

// Answers by path:
//   /list         200 with ETag "v1" and Last-Modified; 304 when the request sends If-None-Match: "v1"
//   /big          a Content-Length beyond any small cap
//   /endless      no Content-Length, 64 KB chunks until the client goes away
//   /stall        reads the request and never answers
//   /missing      404
//   /junk         200 with a body that is not JSON
//   /away         302 to a plain-http address that is not this machine
//   /hop          302 to /list on this server
class ListServer final : public QObject
{
public:
    explicit ListServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QString url(const char *path) const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()) + QLatin1String(path);
    }
    QList<QByteArray> requests; // the request lines and headers, as received
    QByteArray body = excerpt();

private:
    void onRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QByteArray request = buffer;
        requests << request;
        const QByteArray path = request.split(' ').value(1);
        const auto answer = [socket](const QByteArray &status, const QByteArray &headers, const QByteArray &content) {
            socket->write("HTTP/1.1 " + status + "\r\nConnection: close\r\n" + headers +
                          "Content-Length: " + QByteArray::number(content.size()) + "\r\n\r\n" + content);
            socket->disconnectFromHost();
        };
        if (path == "/list") {
            if (request.contains("If-None-Match: \"v1\""))
                answer("304 Not Modified", "ETag: \"v1\"\r\n", QByteArray());
            else
                answer("200 OK",
                       "ETag: \"v1\"\r\nLast-Modified: Tue, 01 Dec 2026 10:00:00 GMT\r\nContent-Type: "
                       "application/json\r\n",
                       body);
        } else if (path == "/big") {
            socket->write("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 5000000\r\n\r\n");
            socket->write(QByteArray(4096, 'x'));
        } else if (path == "/endless") {
            socket->write("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n");
            auto *more = new QTimer(socket);
            connect(more, &QTimer::timeout, socket, [socket] { socket->write(QByteArray(qsizetype(64) * 1024, ' ')); });
            more->start(1);
        } else if (path == "/stall") {
            // nothing
        } else if (path == "/junk") {
            answer("200 OK", "Content-Type: application/json\r\n", "[{\"id\": \"p\", \"models\": [ oops");
        } else if (path == "/away") {
            answer("302 Found", "Location: http://example.invalid/list\r\n", QByteArray());
        } else if (path == "/hop") {
            answer("302 Found", "Location: /list\r\n", QByteArray());
        } else {
            answer("404 Not Found", QByteArray(), "not here");
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

PriceListFetch fetchWith(PriceListFetcher &fetcher, const QString &url, bool conditional = true)
{
    return fetcher.fetchAndWait(QUrl(url), QStringLiteral("genai-prices"), conditional);
}

} // namespace

class TestPriceListFetcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void download_thenRemembered_answers304UpToDate();
    void notRemembered_downloadsAgain();
    void redirectOnThisMachine_isFollowed();
    void sizeCap_declaredOrStreamed_isRefused_data();
    void sizeCap_declaredOrStreamed_isRefused();
    void silentServer_timesOut();
    void cancel_endsAsCancelled();
    void httpError_isNamed();
    void nobodyListening_saysCannotReach();
    void plainHttpElsewhere_isRefusedWithoutConnecting_data();
    void plainHttpElsewhere_isRefusedWithoutConnecting();
    void redirectToPlainHttpElsewhere_isRefused();
    void httpsToHttp_isRefused();
    void badBody_messageNamesTheListAndWhere();
    void commandLine_importsFromAUrl();
    void commandLine_badUrl_exitsTwoNamingIt();

private:
    PriceListFetcher *fetcher()
    {
        auto *f = new PriceListFetcher(this);
        f->setValidatorFile(m_dir->filePath(QStringLiteral("validators.json")));
        return f;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPriceListFetcher::download_thenRemembered_answers304UpToDate()
{
    ListServer server;
    PriceListFetcher *f = fetcher();
    QSignalSpy progress(f, &PriceListFetcher::progress);
    const PriceListFetch first = fetchWith(*f, server.url("/list"));
    QCOMPARE(first.status, PriceListFetch::Downloaded);
    QCOMPARE(first.body, server.body);
    QCOMPARE(first.etag, QByteArray("\"v1\""));
    QCOMPARE(first.lastModified, QByteArray("Tue, 01 Dec 2026 10:00:00 GMT"));
    QVERIFY(!progress.isEmpty());
    QVERIFY(!server.requests.last().contains("If-None-Match"));

    f->remember(first);
    const PriceListFetch second = fetchWith(*f, server.url("/list"));
    QCOMPARE(second.status, PriceListFetch::UpToDate);
    QVERIFY(second.body.isEmpty());
    QVERIFY(server.requests.last().contains("If-None-Match: \"v1\""));
    QVERIFY(server.requests.last().contains("If-Modified-Since: Tue, 01 Dec 2026 10:00:00 GMT"));
    QVERIFY2(second.message.contains(QLatin1String("up to date")), qPrintable(second.message));

    // Unconditional (the command line): downloaded whatever was remembered.
    QCOMPARE(fetchWith(*f, server.url("/list"), false).status, PriceListFetch::Downloaded);
    f->forget(QUrl(server.url("/list")));
    QCOMPARE(fetchWith(*f, server.url("/list")).status, PriceListFetch::Downloaded);
}

void TestPriceListFetcher::notRemembered_downloadsAgain()
{
    ListServer server;
    PriceListFetcher *f = fetcher();
    QCOMPARE(fetchWith(*f, server.url("/list")).status, PriceListFetch::Downloaded);
    // Fetched but never applied: the next update downloads it again rather than saying "up to date".
    QCOMPARE(fetchWith(*f, server.url("/list")).status, PriceListFetch::Downloaded);
    QVERIFY(!server.requests.last().contains("If-None-Match"));
}

void TestPriceListFetcher::redirectOnThisMachine_isFollowed()
{
    ListServer server;
    const PriceListFetch r = fetchWith(*fetcher(), server.url("/hop"));
    QCOMPARE(r.status, PriceListFetch::Downloaded);
    QCOMPARE(r.body, server.body);
}

void TestPriceListFetcher::sizeCap_declaredOrStreamed_isRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addRow("declared length") << "/big";
    QTest::addRow("no length, endless body") << "/endless";
}

void TestPriceListFetcher::sizeCap_declaredOrStreamed_isRefused()
{
    QFETCH(QString, path);
    ListServer server;
    PriceListFetcher *f = fetcher();
    f->setMaxBytes(md::MiB);
    const PriceListFetch r = fetchWith(*f, server.url(path.toLatin1().constData()));
    QCOMPARE(r.status, PriceListFetch::Failed);
    QVERIFY2(r.message.startsWith(QLatin1String("genai-prices: ")) && r.message.contains(path) &&
                 r.message.contains(QLatin1String("1 MB a price list may be")),
             qPrintable(r.message));
    QVERIFY(r.body.isEmpty());
}

void TestPriceListFetcher::silentServer_timesOut()
{
    ListServer server;
    PriceListFetcher *f = fetcher();
    f->setTimeoutMs(1000);
    const PriceListFetch r = fetchWith(*f, server.url("/stall"));
    QCOMPARE(r.status, PriceListFetch::Failed);
    QVERIFY2(r.message.contains(QLatin1String("no complete answer")) && r.message.contains(QLatin1String("/stall")),
             qPrintable(r.message));
}

void TestPriceListFetcher::cancel_endsAsCancelled()
{
    ListServer server;
    PriceListFetcher *f = fetcher();
    QSignalSpy finished(f, &PriceListFetcher::finished);
    f->fetch(QUrl(server.url("/stall")), QStringLiteral("genai-prices"), true);
    QVERIFY(f->isRunning());
    QTRY_VERIFY(!server.requests.isEmpty());
    f->cancel();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<PriceListFetch>().status, PriceListFetch::Cancelled);
    QVERIFY(!f->isRunning());
}

void TestPriceListFetcher::httpError_isNamed()
{
    ListServer server;
    const PriceListFetch r = fetchWith(*fetcher(), server.url("/missing"));
    QCOMPARE(r.status, PriceListFetch::Failed);
    QVERIFY2(r.message.contains(QLatin1String("HTTP 404 Not Found")) && r.message.contains(QLatin1String("/missing")),
             qPrintable(r.message));
}

void TestPriceListFetcher::nobodyListening_saysCannotReach()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    } // closed: nothing listens on the port now
    const PriceListFetch r = fetchWith(*fetcher(), QStringLiteral("http://127.0.0.1:%1/list").arg(port));
    QCOMPARE(r.status, PriceListFetch::Failed);
    QVERIFY2(r.message.contains(QLatin1String("cannot reach")), qPrintable(r.message));
}

void TestPriceListFetcher::plainHttpElsewhere_isRefusedWithoutConnecting_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::addRow("plain http") << "http://example.invalid/api.json"
                                << "HTTPS only";
    QTest::addRow("ftp") << "ftp://example.invalid/api.json"
                         << "only https://";
    QTest::addRow("no host") << "https:///api.json"
                             << "not a web address";
}

void TestPriceListFetcher::plainHttpElsewhere_isRefusedWithoutConnecting()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    const PriceListFetch r = fetchWith(*fetcher(), url);
    QCOMPARE(r.status, PriceListFetch::Failed);
    QVERIFY2(r.message.contains(message), qPrintable(r.message));
}

void TestPriceListFetcher::redirectToPlainHttpElsewhere_isRefused()
{
    ListServer server;
    const PriceListFetch r = fetchWith(*fetcher(), server.url("/away"));
    QCOMPARE(r.status, PriceListFetch::Failed);
    QVERIFY2(r.message.contains(QLatin1String("http://example.invalid/list")) &&
                 r.message.contains(QLatin1String("HTTPS only")),
             qPrintable(r.message));
}

void TestPriceListFetcher::httpsToHttp_isRefused()
{
    // No TLS server here: the redirect check itself, as onRedirected() applies it.
    QVERIFY(PriceListFetcher::refusal(QUrl(QStringLiteral("https://models.dev/api.json"))).isEmpty());
    QVERIFY(PriceListFetcher::refusal(QUrl(QStringLiteral("http://localhost:8080/x"))).isEmpty());
    const QString down = PriceListFetcher::refusal(QUrl(QStringLiteral("http://127.0.0.1:8080/x")),
                                                   QUrl(QStringLiteral("https://models.dev/api.json")));
    QVERIFY2(down.contains(QLatin1String("from HTTPS to plain http")), qPrintable(down));
    QVERIFY(!PriceListFetcher::refusal(QUrl(QStringLiteral("http://models.dev/api.json")),
                                       QUrl(QStringLiteral("https://models.dev/api.json")))
                 .isEmpty());
}

void TestPriceListFetcher::badBody_messageNamesTheListAndWhere()
{
    ListServer server;
    const PriceListFetch r = fetchWith(*fetcher(), server.url("/junk"));
    QCOMPARE(r.status, PriceListFetch::Downloaded);
    const auto batch =
        PriceImport::parse(ImportSource::GenAiPrices, r.body, r.url.toDisplayString(), QDate(2026, 12, 1));
    QVERIFY(!batch.ok());
    QVERIFY2(batch.error().startsWith(server.url("/junk") + QLatin1String(": ")) &&
                 batch.error().contains(QLatin1String("line 1")),
             qPrintable(batch.error()));
}

void TestPriceListFetcher::commandLine_importsFromAUrl()
{
    ListServer server;
    QProcess cli;
    const QString out = m_dir->filePath(QStringLiteral("merged.json"));
    cli.start(QStringLiteral(MODELDESK_BINARY),
              {QStringLiteral("import"), QStringLiteral("--from"), QStringLiteral("genai-prices"), server.url("/list"),
               QStringLiteral("--out"), out});
    QVERIFY(cli.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 60'000);
    const QString printed = QString::fromUtf8(cli.readAllStandardOutput());
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY2(printed.contains(QLatin1String("added    openai/o3")), qPrintable(printed));
    QVERIFY2(printed.contains(QLatin1String("note     deepseek/deepseek-chat")), qPrintable(printed));
    QVERIFY(QFile::exists(out));
}

void TestPriceListFetcher::commandLine_badUrl_exitsTwoNamingIt()
{
    ListServer server;
    QProcess cli;
    const QString out = m_dir->filePath(QStringLiteral("merged.json"));
    cli.start(QStringLiteral(MODELDESK_BINARY),
              {QStringLiteral("import"), QStringLiteral("--from"), QStringLiteral("models-dev"), server.url("/missing"),
               QStringLiteral("--out"), out});
    QVERIFY(cli.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 60'000);
    QCOMPARE(cli.exitCode(), 2);
    const QString error = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(error.contains(QLatin1String("models.dev: ")) && error.contains(QLatin1String("HTTP 404")),
             qPrintable(error));
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestPriceListFetcher)
#include "tst_pricelistfetcher.moc"
