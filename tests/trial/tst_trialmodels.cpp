#include "trial/keystore.h"
#include "trial/providerconfig.h"
#include "trial/trialhistorymodel.h"
#include "trial/worddiff.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace md::trial;

class TestTrialModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void historyModel_insertUpdateRemove();
    void wordDiff_data();
    void wordDiff();
    void providers_saveLoadWithoutKeys();
    void endpoint_keyOnlyOverHttpsOrLoopback_data();
    void endpoint_keyOnlyOverHttpsOrLoopback();
    void maskKey_neverShowsTheKey();
    void keys_fromEnvironmentOrNone();
};

void TestTrialModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTrialModels::historyModel_insertUpdateRemove()
{
    TrialHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TrialRecord a{QStringLiteral("a"),
                  QDateTime::currentDateTimeUtc(),
                  {},
                  {{{}, {}, {}, {}, QStringLiteral("M1")}},
                  {{QStringLiteral("First prompt"), {{}}}}};
    TrialRecord b = a;
    b.id = QStringLiteral("b");
    model.setRecords({a});
    model.upsert(b);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0, 0), TrialHistoryModel::TrialIdRole).toString(), QStringLiteral("b"));
    a.turns.front().prompt = QStringLiteral("Changed");
    model.upsert(a);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, TrialHistoryModel::PromptColumn).data().toString(), QStringLiteral("Changed"));
    QCOMPARE(model.index(1, TrialHistoryModel::ModelsColumn).data().toString(), QStringLiteral("M1"));
    QCOMPARE(model.index(1, TrialHistoryModel::ResultColumn).data().toString(),
             TrialHistoryModel::tr("✓ All answered"));
    b.columns.push_back(b.columns.front());
    b.turns.front().answers = {TrialAnswer{}, TrialAnswer{{}, QStringLiteral("401"), false, {}}};
    model.upsert(b);
    QCOMPARE(model.index(0, TrialHistoryModel::ResultColumn).data().toString(),
             TrialHistoryModel::tr("✗ %1 of %2 failed").arg(1).arg(2));
    QVERIFY(model.removeTrial(0));
    QVERIFY(!model.removeTrial(5));
    QCOMPARE(model.rowCount(), 1);
}

void TestTrialModels::wordDiff_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("expected"); // [-removed-] {+added+}
    QTest::addRow("same") << "The cat sat."
                          << "The cat sat."
                          << "The cat sat.";
    QTest::addRow("one word") << "The cat sat."
                              << "The dog sat."
                              << "The [-cat-]{+dog+} sat.";
    QTest::addRow("added words") << "Paris."
                                 << "It is Paris."
                                 << "{+It is +}Paris.";
    QTest::addRow("punctuation") << "Yes, it is"
                                 << "Yes it is!"
                                 << "Yes[-,-] it is{+!+}";
    QTest::addRow("neighbouring changes grouped") << "a b c d"
                                                  << "a x y d"
                                                  << "a [-b c-]{+x y+} d";
    QTest::addRow("empty a") << ""
                             << "new"
                             << "{+new+}";
    QTest::addRow("unicode words") << "Grüße an 世界"
                                   << "Grüße zu 世界"
                                   << "Grüße [-an-]{+zu+} 世界";
}

void TestTrialModels::wordDiff()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, expected);
    QString shown;
    QString backA, backB;
    for (const WordDiff::Segment &s : WordDiff::compute(a, b)) {
        switch (s.op) {
        case WordDiff::Op::Same:
            shown += s.text;
            backA += s.text;
            backB += s.text;
            break;
        case WordDiff::Op::Removed:
            shown += QStringLiteral("[-") + s.text + QStringLiteral("-]");
            backA += s.text;
            break;
        case WordDiff::Op::Added:
            shown += QStringLiteral("{+") + s.text + QStringLiteral("+}");
            backB += s.text;
            break;
        }
    }
    QCOMPARE(shown, expected);
    QCOMPARE(backA, a);
    QCOMPARE(backB, b);
}

void TestTrialModels::providers_saveLoadWithoutKeys()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ProviderConfig fresh = ProviderConfig::load(settings);
    QCOMPARE(fresh.providers.size(), size_t(1)); // the OpenAI preset until the person saves
    ProviderConfig config;
    config.providers = ProviderConfig::presets();
    config.providers[1].keySource = KeySource::Keychain;
    config.links = {
        {QStringLiteral("gpt-4o-mini"), QStringLiteral("OpenRouter"), QStringLiteral("openai/gpt-4o-mini")}};
    config.save(settings);
    const ProviderConfig loaded = ProviderConfig::load(settings);
    QCOMPARE(loaded.providers, config.providers);
    QCOMPARE(loaded.links, config.links);
    QCOMPARE(loaded.datasetModelFor(QStringLiteral("OpenRouter"), QStringLiteral("openai/gpt-4o-mini"), {}),
             QStringLiteral("gpt-4o-mini"));
    QCOMPARE(loaded.datasetModelFor(QStringLiteral("OpenAI"), QStringLiteral("gpt-4o"), {QStringLiteral("gpt-4o")}),
             QStringLiteral("gpt-4o"));
    QCOMPARE(loaded.datasetModelFor(QStringLiteral("OpenAI"), QStringLiteral("unknown"), {QStringLiteral("gpt-4o")}),
             QString());
    for (const QString &key : settings.allKeys())
        QVERIFY2(!key.contains(QLatin1String("apiKey"), Qt::CaseInsensitive), qPrintable(key));
}

void TestTrialModels::endpoint_keyOnlyOverHttpsOrLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<bool>("allowed");
    QTest::addRow("https") << "https://api.openai.com/v1" << true << true;
    QTest::addRow("http remote with key") << "http://api.example.com/v1" << true << false;
    QTest::addRow("http remote without key") << "http://lan-box:8080/v1" << false << true;
    QTest::addRow("http localhost") << "http://localhost:11434/v1" << true << true;
    QTest::addRow("http 127.0.0.1") << "http://127.0.0.1:8080/v1" << true << true;
    QTest::addRow("http [::1]") << "http://[::1]:8080/v1" << true << true;
    QTest::addRow("empty") << "" << false << false;
    QTest::addRow("ftp") << "ftp://localhost/v1" << false << false;
}

void TestTrialModels::endpoint_keyOnlyOverHttpsOrLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, withKey);
    QFETCH(bool, allowed);
    QCOMPARE(checkEndpoint(url, withKey).isEmpty(), allowed);
}

void TestTrialModels::maskKey_neverShowsTheKey()
{
    const QString key = QStringLiteral("sk-proj-abcdefghijklmnopqrstuvwxyz");
    const QString masked = maskKey(key);
    QVERIFY(!masked.contains(QLatin1String("abcdefghijklmnop")));
    QVERIFY(masked.endsWith(QLatin1String("wxyz")));
    QVERIFY(!maskKey(QStringLiteral("short")).contains(QLatin1String("short")));
}

void TestTrialModels::keys_fromEnvironmentOrNone()
{
    qputenv("MODELDESK_TEST_KEY_SET", "sk-env-1234567890");
    qunsetenv("MODELDESK_TEST_KEY_UNSET");
    KeyStore store;
    const Provider set{QStringLiteral("A"), {}, KeySource::Environment, QStringLiteral("MODELDESK_TEST_KEY_SET"), {}};
    const Provider none{QStringLiteral("B"), {}, KeySource::None, {}, {}};
    const Provider unset{
        QStringLiteral("C"), {}, KeySource::Environment, QStringLiteral("MODELDESK_TEST_KEY_UNSET"), {}};
    QStringList keys;
    QString error = QStringLiteral("not called");
    store.fetchAll({set, none}, this, [&](const QStringList &k, const QString &e) {
        keys = k;
        error = e;
    });
    QCOMPARE(keys, (QStringList{QStringLiteral("sk-env-1234567890"), QString()}));
    QVERIFY(error.isEmpty());
    store.fetchAll({unset}, this, [&](const QStringList &, const QString &e) { error = e; });
    QVERIFY2(error.contains(QLatin1String("MODELDESK_TEST_KEY_UNSET")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestTrialModels)
#include "tst_trialmodels.moc"
