#include "core/datasetjson.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace md;

class TestDatasetJson : public QObject
{
    Q_OBJECT

private slots:
    void builtIn_holdsEveryLaunchFigure_data();
    void builtIn_holdsEveryLaunchFigure();
    void builtIn_notReportedScoresAreAbsent();
    void builtIn_pricesMatchLaunchList();
    void roundTrip_keepsEverything();
    void badInput_isRefusedWithFileAndPlace_data();
    void badInput_isRefusedWithFileAndPlace();
    void missingFile_namesFile();
    void save_isAtomicAndReadable();
};

void TestDatasetJson::builtIn_holdsEveryLaunchFigure_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("benchmark");
    QTest::addColumn<double>("value");
    // The figures of ../shared/reference/launch-figures.md, one row per model and benchmark.
    const QStringList models = {QStringLiteral("gpt-4o-mini"), QStringLiteral("gemini-1.5-flash"),
                                QStringLiteral("claude-3-haiku-20240307"), QStringLiteral("gpt-3.5-turbo"),
                                QStringLiteral("gpt-4o")};
    const QList<QPair<QString, QList<double>>> rows = {
        {QStringLiteral("mmlu"), {82.0, 77.9, 73.8, 69.8, 88.7}},
        {QStringLiteral("gpqa"), {40.2, 38.6, 35.7, 30.8, 53.6}},
        {QStringLiteral("drop"), {79.7, 78.4, 78.4, 70.2, 83.4}},
        {QStringLiteral("mgsm"), {87.0, 75.5, 71.7, 56.3, 90.5}},
        {QStringLiteral("math"), {70.2, 40.9, 40.9, 43.1, 76.6}},
        {QStringLiteral("humaneval"), {87.2, 71.5, 75.9, 68.0, 90.2}},
        {QStringLiteral("mmmu"), {59.4, 56.1, 50.2, -1, 69.1}},
        {QStringLiteral("mathvista"), {56.7, 58.4, 46.4, -1, 63.8}},
    };
    for (const auto &row : rows) {
        for (int i = 0; i < models.size(); ++i) {
            if (row.second[i] >= 0)
                QTest::addRow("%s/%s", qPrintable(models[i]), qPrintable(row.first))
                    << models[i] << row.first << row.second[i];
        }
    }
}

void TestDatasetJson::builtIn_holdsEveryLaunchFigure()
{
    QFETCH(QString, model);
    QFETCH(QString, benchmark);
    QFETCH(double, value);
    const Dataset d = DatasetJson::builtIn();
    QCOMPARE(d.models.size(), size_t(5));
    QCOMPARE(d.benchmarks.size(), size_t(8));
    const ModelInfo *m = d.model(model);
    QVERIFY(m);
    const auto s = m->score(benchmark);
    QVERIFY(s.has_value());
    QCOMPARE(s->value, value);
    QVERIFY(s->source.startsWith(QLatin1String("https://openai.com/")));
}

void TestDatasetJson::builtIn_notReportedScoresAreAbsent()
{
    const Dataset d = DatasetJson::builtIn();
    const ModelInfo *turbo = d.model(QStringLiteral("gpt-3.5-turbo"));
    QVERIFY(turbo);
    QVERIFY(!turbo->score(QStringLiteral("mmmu")).has_value());
    QVERIFY(!turbo->score(QStringLiteral("mathvista")).has_value());
    QCOMPARE(turbo->scores.size(), 6);
}

void TestDatasetJson::builtIn_pricesMatchLaunchList()
{
    const Dataset d = DatasetJson::builtIn();
    const PriceEntry *mini = d.model(QStringLiteral("gpt-4o-mini"))->currentPrice();
    QVERIFY(mini);
    QCOMPARE(*mini->input, 150'000);
    QCOMPARE(*mini->output, 600'000);
    QCOMPARE(*mini->cachedInput, 75'000);
    QCOMPARE(*mini->batchInput, 75'000);
    QCOMPARE(*mini->batchOutput, 300'000);
    QCOMPARE(d.model(QStringLiteral("gpt-4o-mini"))->contextWindow, 128'000);
    QCOMPARE(d.model(QStringLiteral("gpt-4o-mini"))->maxOutputTokens, 16'384);

    const ModelInfo *flash = d.model(QStringLiteral("gemini-1.5-flash"));
    QCOMPARE(flash->prices.size(), size_t(2));
    QCOMPARE(*flash->prices.front().input, 350'000);
    QCOMPARE(flash->prices.front().tiers.size(), size_t(1));
    QCOMPARE(flash->prices.front().tiers.front().aboveInputTokens, 128'000);
    QCOMPARE(*flash->prices.front().tiers.front().output, 2'100'000);
    QCOMPARE(*flash->currentPrice()->input, 75'000);
    QCOMPARE(flash->currentPrice()->effective, QDate(2024, 8, 12));
}

void TestDatasetJson::roundTrip_keepsEverything()
{
    const Dataset d = DatasetJson::builtIn();
    auto again = DatasetJson::parse(DatasetJson::serialize(d), QStringLiteral("round-trip"));
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QVERIFY(again.value() == d);
}

void TestDatasetJson::badInput_isRefusedWithFileAndPlace_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray bench = R"("benchmarks":[{"id":"mmlu","name":"MMLU"}])";
    QTest::addRow("not json") << QByteArray("{\n  \"models\": [,]\n}") << QStringLiteral("line 2, column");
    QTest::addRow("truncated") << QByteArray(R"({"benchmarks":[{"id":"mmlu")") << QStringLiteral("not valid JSON");
    QTest::addRow("not utf-8") << QByteArray("{\"title\":\"\xff\xfe\"}") << QStringLiteral("not valid JSON");
    QTest::addRow("top level array") << QByteArray("[]") << QStringLiteral("top level: must be an object");
    QTest::addRow("models missing") << ("{" + bench + "}") << QStringLiteral("models: is required but missing");
    QTest::addRow("model without id") << ("{" + bench + R"(,"models":[{"name":"X"}]})")
                                      << QStringLiteral("models[0].id: is required");
    QTest::addRow("price is text") << ("{" + bench +
                                       R"(,"models":[{"id":"a","prices":[{"effective":"2024-07-18","input":"abc"}]}]})")
                                   << QStringLiteral("models[0].prices[0].input: must be a number, got \"abc\"");
    QTest::addRow("negative price") << ("{" + bench +
                                        R"(,"models":[{"id":"a","prices":[{"effective":"2024-07-18","output":-1}]}]})")
                                    << QStringLiteral("models[0].prices[0].output: must be between 0");
    QTest::addRow("bad date") << ("{" + bench + R"(,"models":[{"id":"a","release_date":"July"}]})")
                              << QStringLiteral("models[0].release_date: must be a date");
    QTest::addRow("duplicate model") << ("{" + bench + R"(,"models":[{"id":"a"},{"id":"a"}]})")
                                     << QStringLiteral("models[1].id: duplicate model id \"a\"");
    QTest::addRow("duplicate benchmark") << QByteArray(R"({"benchmarks":[{"id":"x"},{"id":"x"}],"models":[]})")
                                         << QStringLiteral("benchmarks[1].id: duplicate benchmark id");
    QTest::addRow("score over 100")
        << ("{" + bench + R"(,"models":[{"id":"a"}],"scores":[{"model":"a","benchmark":"mmlu","value":120}]})")
        << QStringLiteral("scores[0].value: must be between 0 and 100");
    QTest::addRow("score for unknown model")
        << ("{" + bench + R"(,"models":[{"id":"a"}],"scores":[{"model":"b","benchmark":"mmlu","value":1}]})")
        << QStringLiteral("scores[0].model: names no model");
    QTest::addRow("negative context") << ("{" + bench + R"(,"models":[{"id":"a","context_window":-5}]})")
                                      << QStringLiteral("models[0].context_window: must be a whole number");
    QTest::addRow("unknown tokenizer") << ("{" + bench + R"(,"models":[{"id":"a","tokenizer":"p50k_base"}]})")
                                       << QStringLiteral(
                                              "models[0].tokenizer: must be o200k_base, cl100k_base or none");
}

void TestDatasetJson::badInput_isRefusedWithFileAndPlace()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto result = DatasetJson::parse(json, QStringLiteral("bad.json"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().startsWith(QLatin1String("bad.json: ")), qPrintable(result.error()));
    QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
}

void TestDatasetJson::missingFile_namesFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nowhere.json"));
    const auto result = DatasetJson::load(path);
    QVERIFY(!result.ok());
    QVERIFY(result.error().contains(path));
    QVERIFY(result.error().contains(QLatin1String("no such file")));
}

void TestDatasetJson::save_isAtomicAndReadable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saved.json"));
    const Dataset d = DatasetJson::builtIn();
    QVERIFY(DatasetJson::save(d, path).ok());
    auto loaded = DatasetJson::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QVERIFY(loaded.value() == d);
    // Saving into a folder that does not exist fails cleanly and leaves nothing behind.
    QVERIFY(!DatasetJson::save(d, dir.filePath(QStringLiteral("missing/dir/x.json"))).ok());
}

QTEST_GUILESS_MAIN(TestDatasetJson)
#include "tst_datasetjson.moc"
