// File > Update Prices: the dialog against a loopback server in this test (never any other network).
#include "ui/updatepricesdialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace md;

namespace {

// GET /list: 200 with ETag "v1" (304 when asked with it); anything else 404.
class ListServer final : public QObject
{
public:
    explicit ListServer(QByteArray body)
        : m_body(std::move(body))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_buffer += socket->readAll();
                    if (!m_buffer.contains("\r\n\r\n"))
                        return;
                    const QByteArray request = std::exchange(m_buffer, QByteArray());
                    const bool list = request.startsWith("GET /list ");
                    const bool known = request.contains("If-None-Match: \"v1\"");
                    const QByteArray status = !list ? "404 Not Found" : known ? "304 Not Modified" : "200 OK";
                    const QByteArray content = list && !known ? m_body : QByteArray();
                    socket->write("HTTP/1.1 " + status + "\r\nConnection: close\r\nETag: \"v1\"\r\nContent-Length: " +
                                  QByteArray::number(content.size()) + "\r\n\r\n" + content);
                    socket->disconnectFromHost();
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QString url(const char *path) const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()) + QLatin1String(path);
    }

private:
    QTcpServer m_server;
    QByteArray m_body;
    QByteArray m_buffer;
};

QString statusText(const UpdatePricesDialog &dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

const char *const Models = R"([{"id": "openai", "name": "OpenAI", "models": [
    {"id": "o3", "prices": [{"prices": {"input_mtok": 10, "output_mtok": 40}},
                            {"constraint": {"start_date": "2025-06-10"}, "prices": {"input_mtok": 2, "output_mtok": 8}}]}]}])";

} // namespace

class TestUpdatePrices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void addresses_defaultToThePublicOnes_andKeepAnEdit();
    void fetch_readsTheList_thenAnUnchangedListIsUpToDate();
    void plainHttpElsewhere_isRefusedInTheDialog();
    void httpError_isShownAndTheDialogStays();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    PriceListFetcher *fetcher()
    {
        auto *f = new PriceListFetcher(this);
        f->setValidatorFile(m_dir->filePath(QStringLiteral("validators.json")));
        return f;
    }
};

void TestUpdatePrices::addresses_defaultToThePublicOnes_andKeepAnEdit()
{
    const Importer &dev = PriceImport::importer(ImportSource::ModelsDev);
    QCOMPARE(UpdatePricesDialog::url(dev), QStringLiteral("https://models.dev/api.json"));
    UpdatePricesDialog::setUrl(dev, QStringLiteral("https://mirror.example/api.json"));
    QCOMPARE(UpdatePricesDialog::url(dev), QStringLiteral("https://mirror.example/api.json"));
    UpdatePricesDialog::setUrl(dev, QString()); // back to the default
    QCOMPARE(UpdatePricesDialog::url(dev), QStringLiteral("https://models.dev/api.json"));
    for (const Importer &importer : PriceImport::importers())
        QVERIFY2(QLatin1String(importer.defaultUrl).startsWith(QLatin1String("https://")), importer.name);
}

void TestUpdatePrices::fetch_readsTheList_thenAnUnchangedListIsUpToDate()
{
    ListServer server{QByteArray(Models)};
    const Importer &genai = PriceImport::importer(ImportSource::GenAiPrices);
    UpdatePricesDialog::setUrl(genai, server.url("/list"));
    QSettings().setValue(QStringLiteral("priceLists/last"), QStringLiteral("genai-prices"));
    PriceListFetcher *f = fetcher();
    {
        UpdatePricesDialog dialog(f);
        QCOMPARE(dialog.source(), ImportSource::GenAiPrices);
        QCOMPARE(dialog.findChild<QLineEdit *>()->text(), server.url("/list"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        dialog.fetch();
        QTRY_COMPARE(accepted.count(), 1);
        const ImportBatch *batch = dialog.batch();
        QVERIFY(batch);
        QCOMPARE(int(batch->models.size()), 1);
        QCOMPARE(int(batch->models.front().info.prices.size()), 2);
        QCOMPARE(dialog.fetched().status, PriceListFetch::Downloaded);
        f->remember(dialog.fetched()); // as the controller does once the import was applied
    }
    UpdatePricesDialog again(f);
    QSignalSpy accepted(&again, &QDialog::accepted);
    again.show();
    again.fetch();
    QTRY_VERIFY(statusText(again).contains(QLatin1String("genai-prices is up to date")));
    QCOMPARE(accepted.count(), 0);
    QVERIFY(again.isVisible());
}

void TestUpdatePrices::plainHttpElsewhere_isRefusedInTheDialog()
{
    UpdatePricesDialog dialog(fetcher());
    dialog.show();
    dialog.findChild<QLineEdit *>()->setText(QStringLiteral("http://example.invalid/data.json"));
    dialog.fetch();
    QVERIFY2(statusText(dialog).contains(QLatin1String("HTTPS only")), qPrintable(statusText(dialog)));
    QVERIFY(dialog.isVisible());
}

void TestUpdatePrices::httpError_isShownAndTheDialogStays()
{
    ListServer server{QByteArray(Models)};
    UpdatePricesDialog dialog(fetcher());
    dialog.show();
    dialog.findChild<QLineEdit *>()->setText(server.url("/gone"));
    dialog.fetch();
    QTRY_VERIFY(statusText(dialog).contains(QLatin1String("HTTP 404")));
    QVERIFY(dialog.isVisible());
    // The address that failed is still offered, to be corrected.
    QCOMPARE(dialog.findChild<QLineEdit *>()->text(), server.url("/gone"));
}

QTEST_MAIN(TestUpdatePrices)
#include "tst_updateprices.moc"
