#include "core/datasetdocument.h"
#include "core/datasetjson.h"
#include "core/datasetmodel.h"
#include "fakeserver.h"
#include "trial/trialhistorymodel.h"
#include "trial/trialservice.h"
#include "trial/trialsession.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace md;

// The trial service without widgets: one resolution of a provider's model to a column, choices that follow
// the shared model (rows added, renamed, removed), the provider config kept in QSettings, and a trial run
// through it lands in the history.
class TestTrialService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void resolve_linksNamesAndUnknownProviders();
    void resolveEndpoint_namesTheConfiguredProvider();
    void choices_followModelsAddedRenamedAndRemoved();
    void providerConfig_savedForTheNextService();
    void start_runsTheTrialAndKeepsItInTheHistory();
    void openedTrial_followUpContinuesItAndSavesIntoIt();
    void fetchModels_listsIdsOrSaysWhy_data();
    void fetchModels_listsIdsOrSaysWhy();

private:
    trial::ProviderConfig localConfig() const;
    FakeServer m_server;
};

void TestTrialService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.listen());
}

void TestTrialService::init()
{
    QSettings().clear();
    DatasetDocument::discardRecovery();
}

trial::ProviderConfig TestTrialService::localConfig() const
{
    trial::ProviderConfig config;
    config.providers = {{QStringLiteral("Local"),
                         m_server.baseUrl(),
                         trial::KeySource::None,
                         {},
                         {QStringLiteral("gpt-4o-mini"), QStringLiteral("poem-1"), QStringLiteral("brand-new")}}};
    config.links = {{QStringLiteral("gpt-4o"), QStringLiteral("Local"), QStringLiteral("poem-1")}};
    return config;
}

void TestTrialService::resolve_linksNamesAndUnknownProviders()
{
    DatasetModel model;
    model.setDataset(DatasetJson::builtIn());
    trial::TrialService service(&model);
    service.setProviderConfig(localConfig());
    const auto linked = service.resolve(QStringLiteral("Local"), QStringLiteral("poem-1"));
    QVERIFY(linked);
    QCOMPARE(linked->datasetModelId, QStringLiteral("gpt-4o"));
    QCOMPARE(linked->label, QStringLiteral("GPT-4o"));
    QCOMPARE(linked->baseUrl, m_server.baseUrl());
    const auto sameId = service.resolve(QStringLiteral("Local"), QStringLiteral("gpt-4o-mini"));
    QCOMPARE(sameId->datasetModelId, QStringLiteral("gpt-4o-mini"));
    const auto unknown = service.resolve(QStringLiteral("Local"), QStringLiteral("brand-new"));
    QVERIFY(unknown->datasetModelId.isEmpty());
    QCOMPARE(unknown->label, QStringLiteral("brand-new"));
    QVERIFY(!service.resolve(QStringLiteral("Nobody"), QStringLiteral("poem-1")));
}

void TestTrialService::resolveEndpoint_namesTheConfiguredProvider()
{
    DatasetModel model;
    model.setDataset(DatasetJson::builtIn());
    trial::TrialService service(&model);
    service.setProviderConfig(localConfig());
    const trial::ColumnSpec known = service.resolveEndpoint(m_server.baseUrl(), QStringLiteral("poem-1"));
    QCOMPARE(known.provider, QStringLiteral("Local"));
    QCOMPARE(known.datasetModelId, QStringLiteral("gpt-4o")); // the person's link counts on the command line
    const trial::ColumnSpec other =
        service.resolveEndpoint(QStringLiteral("http://127.0.0.1:1/v1"), QStringLiteral("gpt-4o-mini"));
    QVERIFY(other.provider.isEmpty());
    QCOMPARE(other.datasetModelId, QStringLiteral("gpt-4o-mini"));
}

void TestTrialService::choices_followModelsAddedRenamedAndRemoved()
{
    DatasetModel model;
    DatasetDocument document(&model);
    document.setContent(DatasetJson::builtIn(), QString());
    trial::TrialService service(&model);
    service.setProviderConfig(localConfig());
    const auto labelOf = [&service](const QString &apiModel) {
        for (const trial::ModelChoice &c : service.choices())
            if (c.apiModel == apiModel)
                return c.label;
        return QString();
    };
    QCOMPARE(labelOf(QStringLiteral("brand-new")), QStringLiteral("brand-new · Local"));
    QSignalSpy changed(&service, &trial::TrialService::choicesChanged);

    ModelInfo added;
    added.id = QStringLiteral("brand-new");
    added.name = QStringLiteral("Brand New");
    QVERIFY(document.addModel(added)); // rowsInserted, as from the Data page
    QCOMPARE(changed.size(), 1);
    QCOMPARE(labelOf(QStringLiteral("brand-new")), QStringLiteral("Brand New · Local"));

    QVERIFY(document.setCell(model.rowForModel(QStringLiteral("gpt-4o")), DatasetModel::NameColumn,
                             QStringLiteral("GPT-4o (May)")));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(labelOf(QStringLiteral("poem-1")), QStringLiteral("GPT-4o (May) · Local"));

    const int before = changed.size();
    QVERIFY(document.setCell(0, model.columnForBenchmark(QStringLiteral("mmlu")), 81.0));
    QCOMPARE(changed.size(), before); // a score is no name: the columns stay as they are

    QVERIFY(document.removeModels({QStringLiteral("brand-new")}));
    QCOMPARE(changed.size(), before + 1);
    QCOMPARE(labelOf(QStringLiteral("brand-new")), QStringLiteral("brand-new · Local"));
}

void TestTrialService::providerConfig_savedForTheNextService()
{
    DatasetModel model;
    {
        trial::TrialService service(&model);
        QVERIFY(!service.providerConfig().providers.empty()); // the OpenAI preset
        service.setProviderConfig(localConfig());
        QVERIFY(service.isSetUp());
    }
    trial::TrialService again(&model);
    QCOMPARE(again.providerConfig().providers, localConfig().providers);
    QCOMPARE(again.providerConfig().links, localConfig().links);
}

void TestTrialService::start_runsTheTrialAndKeepsItInTheHistory()
{
    DatasetModel model;
    model.setDataset(DatasetJson::builtIn());
    trial::TrialService service(&model);
    service.setProviderConfig(localConfig());
    QSignalSpy started(&service, &trial::TrialService::started);
    QSignalSpy done(service.session(), &trial::TrialSession::turnFinished);
    const int historyBefore = service.historyModel()->rowCount();
    std::vector<trial::ColumnSpec> columns = {*service.resolve(QStringLiteral("Local"), QStringLiteral("gpt-4o-mini")),
                                              *service.resolve(QStringLiteral("Local"), QStringLiteral("poem-1"))};
    QVERIFY(service.start(columns, {}, QStringLiteral("Hello?")));
    QVERIFY(service.isBusy());
    QVERIFY(!service.start(columns, {}, QStringLiteral("Again?"))); // one turn at a time
    QVERIFY(done.wait(15000));
    QCOMPARE(started.size(), 1);
    QVERIFY(!service.isBusy());
    QCOMPARE(service.session()->record().columns.at(1).label, QStringLiteral("GPT-4o"));
    QCOMPARE(service.historyModel()->rowCount(), historyBefore + 1);
}

void TestTrialService::openedTrial_followUpContinuesItAndSavesIntoIt()
{
    DatasetModel model;
    model.setDataset(DatasetJson::builtIn());
    trial::TrialService service(&model);
    service.setProviderConfig(localConfig());
    QSignalSpy done(service.session(), &trial::TrialSession::turnFinished);
    const std::vector<trial::ColumnSpec> columns = {
        *service.resolve(QStringLiteral("Local"), QStringLiteral("gpt-4o-mini")),
        *service.resolve(QStringLiteral("Local"), QStringLiteral("poem-1"))};
    QVERIFY(service.start(columns, {}, QStringLiteral("Trial A")));
    QVERIFY(done.wait(15000));
    const trial::TrialRecord a = service.session()->record();
    QVERIFY(service.start(columns, {}, QStringLiteral("Trial B")));
    QVERIFY(done.wait(15000));
    const QString b = service.session()->record().id;

    QVERIFY(service.open(a)); // History > Open
    QCOMPARE(service.session()->record().id, a.id);
    QVERIFY(!service.followUp(QStringLiteral("   "))); // nothing to send
    QVERIFY(service.followUp(QStringLiteral("More on A")));
    QVERIFY(done.wait(15000));
    QCOMPARE(service.session()->record().id, a.id);
    bool foundA = false;
    for (const trial::TrialRecord &r : service.historyModel()->records()) {
        if (r.id == a.id) {
            foundA = true;
            QCOMPARE(r.turns.size(), size_t(2));
            QCOMPARE(r.turns.back().prompt, QStringLiteral("More on A"));
        } else if (r.id == b) {
            QCOMPARE(r.turns.size(), size_t(1)); // B is left as it was
        }
    }
    QVERIFY(foundA);

    // A trial whose provider is gone says so instead of sending.
    trial::TrialRecord orphan = a;
    orphan.columns.front().provider = QStringLiteral("Removed");
    QVERIFY(service.open(orphan));
    QSignalSpy failed(&service, &trial::TrialService::failed);
    QVERIFY(!service.followUp(QStringLiteral("Anyone?")));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.constFirst().constFirst().toString().contains(QLatin1String("Removed")));
}

void TestTrialService::fetchModels_listsIdsOrSaysWhy_data()
{
    QTest::addColumn<QString>("path");     // after the fake server's /v1
    QTest::addColumn<bool>("environment"); // the key from an environment variable that is not set
    QTest::addColumn<QString>("expected"); // the ids, or a part of the error
    QTest::addRow("lists the ids, sorted") << "" << false << "gpt-4o-mini,poem-1,poem-2,stream";
    QTest::addRow("401") << "/denied" << false << "401";
    QTest::addRow("key variable not set") << "" << true << "MODELDESK_TEST_UNSET_KEY";
}

void TestTrialService::fetchModels_listsIdsOrSaysWhy()
{
    QFETCH(QString, path);
    QFETCH(bool, environment);
    QFETCH(QString, expected);
    qunsetenv("MODELDESK_TEST_UNSET_KEY");
    DatasetModel model;
    model.setDataset(DatasetJson::builtIn());
    trial::TrialService service(&model);
    trial::Provider provider{QStringLiteral("Local"),
                             m_server.baseUrl() + path,
                             environment ? trial::KeySource::Environment : trial::KeySource::None,
                             QStringLiteral("MODELDESK_TEST_UNSET_KEY"),
                             {}};
    QObject context;
    QStringList models;
    QString error;
    bool called = false;
    service.fetchModels(provider, &context, [&](const QStringList &ids, const QString &why) {
        models = ids;
        error = why;
        called = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(called, 10000);
    if (expected.contains(QLatin1Char(','))) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(models.join(QLatin1Char(',')), expected);
        QCOMPARE(m_server.requests().constLast().method, QByteArray("GET"));
        QCOMPARE(m_server.requests().constLast().path, QByteArray("/v1/models"));
    } else {
        QVERIFY(models.isEmpty());
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(TestTrialService)
#include "tst_trialservice.moc"
