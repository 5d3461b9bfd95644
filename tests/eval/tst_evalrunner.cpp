#include "app/appservices.h"
#include "core/datasetdocument.h"
#include "core/datasetjson.h"
#include "core/datasetmodel.h"
#include "eval/evaldataset.h"
#include "eval/evalreport.h"
#include "eval/evalrunner.h"
#include "eval/suitereader.h"
#include "fakeserver.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace md::eval;

// The runner against the fake OpenAI-compatible server on 127.0.0.1.
class TestEvalRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void assertions_sameVerdictsAsPromptfoo();
    void costs_pricedFromTheDataset();
    void csvSuite_chatPromptAndProviderParameters();
    void serverError_oneCellFails_theRestGoOn();
    void concurrency_limitsCallsAtOnce_data();
    void concurrency_limitsCallsAtOnce();
    void cancel_stopsTheRun();
    void cache_secondRunAsksNothing_andHoldsNoKey();
    void repeat_givesThePassRatesSpread();
    void rubric_gradingPromptIsShown();
    void dataset_writeBackIsOneUndoStep();
    void modeldeskProvider_unknownIsRefusedBeforeAnyCall();
    void keyOverPlainHttp_isRefusedBeforeAnyCall();

private:
    Suite load(const QString &name);
    const EvalRun &runToEnd(EvalRunner &runner, const Suite &suite, RunOptions options = {});

    QTemporaryDir m_dir;
    FakeServer m_server;
    std::unique_ptr<md::AppServices> m_services;
    QString m_cache;
};

namespace {
const QByteArray Key = "sk-eval-test-key-0123456789";
}

void TestEvalRunner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen());
    qputenv("OPENAI_API_KEY", Key);
    m_services = std::make_unique<md::AppServices>();
}

void TestEvalRunner::init()
{
    static int n = 0;
    m_cache = m_dir.filePath(QStringLiteral("cache-%1").arg(++n));
}

Suite TestEvalRunner::load(const QString &name)
{
    ReadOptions options;
    const QString base = m_server.baseUrl();
    options.environment = [base](const QString &variable) {
        return variable == QLatin1String("OPENAI_BASE_URL") ? base : QString();
    };
    auto suite = SuiteReader::load(QStringLiteral(EVAL_DATA "/") + name, options);
    if (!suite)
        qWarning("%s", qPrintable(suite.error()));
    return suite ? std::move(suite).value() : Suite{};
}

const EvalRun &TestEvalRunner::runToEnd(EvalRunner &runner, const Suite &suite, RunOptions options)
{
    if (options.cacheFolder.isEmpty())
        options.cacheFolder = m_cache;
    QSignalSpy finished(&runner, &EvalRunner::finished);
    const QString problem = runner.start(suite, options);
    if (!problem.isEmpty())
        qWarning("%s", qPrintable(problem));
    else if (finished.isEmpty())
        finished.wait(20000);
    return runner.run();
}

void TestEvalRunner::assertions_sameVerdictsAsPromptfoo()
{
    const Suite suite = load(QStringLiteral("assertions.yaml"));
    QVERIFY(!suite.tests.empty());
    QFile expectedFile(QStringLiteral(EVAL_DATA "/assertions.expected.json"));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
    QCOMPARE(expected.size(), int(suite.tests.size()));
    EvalRunner runner(m_services->trials());
    const EvalRun &run = runToEnd(runner, suite);
    QCOMPARE(run.doneCount(), run.total());
    for (const Cell &c : run.cells) {
        const QString name = suite.tests[size_t(c.test)].description;
        QVERIFY2(c.error.isEmpty(), qPrintable(name + QStringLiteral(": ") + c.error));
        QVERIFY2(expected.contains(name), qPrintable(name));
        QVERIFY2(c.pass == expected.value(name).toBool(),
                 qPrintable(QStringLiteral("%1: ModelDesk %2, promptfoo %3 (%4)")
                                .arg(name)
                                .arg(c.pass)
                                .arg(expected.value(name).toBool())
                                .arg(c.reason)));
    }
}

void TestEvalRunner::costs_pricedFromTheDataset()
{
    m_services->model()->setDataset(md::DatasetJson::builtIn());
    const Suite suite = load(QStringLiteral("costs.yaml"));
    EvalRunner runner(m_services->trials());
    QSignalSpy progress(&runner, &EvalRunner::progress);
    const EvalRun &run = runToEnd(runner, suite);
    QCOMPARE(run.providers[0].datasetModelId, QStringLiteral("gpt-4o-mini"));
    QVERIFY(run.cell(0, 0, 0)->pass);
    QVERIFY(!run.cell(1, 0, 0)->pass);
    QVERIFY(run.cell(2, 0, 0)->pass);
    QVERIFY(run.cell(0, 0, 0)->cost.has_value());
    // 11 x $0.15/1M + 4 x $0.60/1M per call, three calls
    QCOMPARE(EvalReport::costUsd(run.summary(0).cost), 3 * 0.00000405);
    QVERIFY(!progress.isEmpty());
    const QList<QVariant> &last = progress.constLast();
    QCOMPARE(last.at(0).toInt(), 3);
    QCOMPARE(last.at(1).toInt(), 3);
    QCOMPARE(EvalReport::costUsd(last.at(3).value<md::Money>()), 3 * 0.00000405);
}

void TestEvalRunner::csvSuite_chatPromptAndProviderParameters()
{
    const Suite suite = load(QStringLiteral("csv-suite.yaml"));
    EvalRunner runner(m_services->trials());
    const qsizetype before = m_server.requests().size();
    const EvalRun &run = runToEnd(runner, suite);
    QCOMPARE(run.total(), 12);
    const QList<bool> echo{true, true, true, true, true, false};
    const QList<bool> upper{false, true, false, false, false, false};
    for (int t = 0; t < 6; ++t) {
        QVERIFY2(run.cell(t, 0, 0)->pass == echo[t], qPrintable(run.cell(t, 0, 0)->reason));
        QVERIFY2(run.cell(t, 0, 1)->pass == upper[t], qPrintable(run.cell(t, 0, 1)->reason));
    }
    // The chat file's messages, rendered; the provider's temperature and max_tokens.
    bool sawUpper = false;
    for (qsizetype i = before; i < m_server.requests().size(); ++i) {
        const QJsonObject body = m_server.requests().at(i).body;
        const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("content")).toString(),
                 QStringLiteral("You answer in a short way."));
        if (body.value(QLatin1String("model")).toString() == QLatin1String("echo-upper")) {
            sawUpper = true;
            QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.0);
            QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 64);
        }
    }
    QVERIFY(sawUpper);
    QCOMPARE(run.summary(0).passRate, 100.0 * 5 / 6);
    QCOMPARE(run.summary(1).passRate, 100.0 / 6);
}

void TestEvalRunner::serverError_oneCellFails_theRestGoOn()
{
    const Suite suite = load(QStringLiteral("server-error.yaml"));
    EvalRunner runner(m_services->trials());
    const EvalRun &run = runToEnd(runner, suite);
    QCOMPARE(run.doneCount(), 6);
    for (int p = 0; p < 2; ++p) {
        QVERIFY(run.cell(0, 0, p)->pass);
        QVERIFY(run.cell(2, 0, p)->pass);
        const Cell &failed = *run.cell(1, 0, p);
        QVERIFY(!failed.pass);
        QVERIFY2(failed.error.contains(QLatin1String("400")), qPrintable(failed.error));
        QCOMPARE(run.summary(p).errors, 1);
        QCOMPARE(run.summary(p).passed, 2);
    }
    QVERIFY(!run.allPassed());
}

void TestEvalRunner::concurrency_limitsCallsAtOnce_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<int>("perProvider");
    QTest::addColumn<int>("most");
    QTest::addRow("default four") << 4 << 0 << 4;
    QTest::addRow("two") << 2 << 0 << 2;
    QTest::addRow("one per provider") << 4 << 1 << 2;
}

void TestEvalRunner::concurrency_limitsCallsAtOnce()
{
    QFETCH(int, concurrency);
    QFETCH(int, perProvider);
    QFETCH(int, most);
    Suite suite = load(QStringLiteral("server-error.yaml"));
    suite.providers[0].model = QStringLiteral("echo:60");
    suite.providers[1].model = QStringLiteral("echo-upper:60");
    suite.tests.push_back(suite.tests[0]);
    suite.tests.push_back(suite.tests[2]);
    m_server.resetMaxOpen();
    EvalRunner runner(m_services->trials());
    RunOptions options;
    options.concurrency = concurrency;
    options.perProvider = perProvider;
    const EvalRun &run = runToEnd(runner, suite, options);
    QCOMPARE(run.doneCount(), 10);
    QCOMPARE(m_server.maxOpen(), most);
}

void TestEvalRunner::cancel_stopsTheRun()
{
    Suite suite = load(QStringLiteral("server-error.yaml"));
    suite.providers[0].model = QStringLiteral("echo:200");
    suite.providers.pop_back();
    for (int i = 0; i < 4; ++i)
        suite.tests.push_back(suite.tests[0]);
    EvalRunner runner(m_services->trials());
    QSignalSpy finished(&runner, &EvalRunner::finished);
    RunOptions options;
    options.concurrency = 2;
    options.cacheFolder = m_cache;
    connect(&runner, &EvalRunner::cellFinished, &runner, [&runner] { runner.cancel(); });
    QVERIFY(runner.start(suite, options).isEmpty());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(runner.run().cancelled);
    QVERIFY(!runner.isRunning());
    const int done = runner.run().doneCount();
    QVERIFY2(done >= 1 && done < runner.run().total(), qPrintable(QString::number(done)));
    const qsizetype requests = m_server.requests().size();
    QTest::qWait(400); // nothing more is sent, and no late answer changes the run
    QCOMPARE(m_server.requests().size(), requests);
    QCOMPARE(runner.run().doneCount(), done);
    QCOMPARE(finished.size(), 1);
    QVERIFY(EvalReport::toTable(runner.run()).contains(QLatin1String("Cancelled")));
}

void TestEvalRunner::cache_secondRunAsksNothing_andHoldsNoKey()
{
    const Suite suite = load(QStringLiteral("disagree.yaml"));
    EvalRunner first(m_services->trials());
    const qsizetype before = m_server.requests().size();
    const EvalRun &one = runToEnd(first, suite);
    QCOMPARE(first.callsMade(), 6);
    QCOMPARE(m_server.requests().size(), before + 6);
    EvalRunner second(m_services->trials());
    const EvalRun &two = runToEnd(second, suite);
    QCOMPARE(second.callsMade(), 0);
    QCOMPARE(m_server.requests().size(), before + 6);
    for (size_t i = 0; i < one.cells.size(); ++i) {
        QCOMPARE(two.cells[i].output, one.cells[i].output);
        QCOMPARE(two.cells[i].pass, one.cells[i].pass);
        QVERIFY(two.cells[i].cached);
    }
    // The key went to the server, never into the cache.
    QCOMPARE(m_server.requests().constLast().headers.value("authorization"), "Bearer " + Key);
    int files = 0;
    for (QDirIterator it(m_cache, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(Key));
        ++files;
    }
    QCOMPARE(files, 6);
    // --no-cache asks again.
    EvalRunner third(m_services->trials());
    RunOptions noCache;
    noCache.useCache = false;
    runToEnd(third, suite, noCache);
    QCOMPARE(third.callsMade(), 6);
}

void TestEvalRunner::repeat_givesThePassRatesSpread()
{
    const Suite suite = load(QStringLiteral("disagree.yaml"));
    EvalRunner runner(m_services->trials());
    RunOptions options;
    options.repeat = 3;
    const EvalRun &run = runToEnd(runner, suite, options);
    QCOMPARE(run.total(), 18);
    QCOMPARE(runner.callsMade(), 18); // each repeat asks again
    const ProviderSummary s = run.summary(0);
    QCOMPARE(s.repeatPassRates.size(), size_t(3));
    QCOMPARE(s.passRateMin, 200.0 / 3);
    QCOMPARE(s.passRateMax, 200.0 / 3);
    QCOMPARE(s.passRateStdDev, 0.0);
    QVERIFY(s.ttftP50 >= 0);
    const QJsonObject json = EvalReport::toJson(run);
    QVERIFY(json.value(QLatin1String("summary"))
                .toObject()
                .value(QLatin1String("openai:chat:echo"))
                .toObject()
                .contains(QLatin1String("pass_rate_spread")));
}

void TestEvalRunner::rubric_gradingPromptIsShown()
{
    Suite suite = load(QStringLiteral("assertions.yaml"));
    std::vector<TestCase> rubric;
    for (const TestCase &t : suite.tests)
        if (t.description.startsWith(QLatin1String("llm-rubric")))
            rubric.push_back(t);
    suite.tests = rubric;
    EvalRunner runner(m_services->trials());
    const EvalRun &run = runToEnd(runner, suite);
    QCOMPARE(run.total(), 2);
    const CheckResult &check = run.cells[0].checks.front();
    QVERIFY(check.gradingPrompt.contains(QLatin1String("<Rubric>\nIs polite\n</Rubric>")));
    QVERIFY(check.gradingPrompt.contains(QLatin1String("PASSME polite answer")));
    QCOMPARE(check.reason, QStringLiteral("the rubric holds"));
    QVERIFY(!run.cells[1].pass);
    const QJsonObject json = EvalReport::toJson(run);
    QVERIFY(json.value(QLatin1String("results"))
                .toArray()
                .at(0)
                .toObject()
                .value(QLatin1String("assertions"))
                .toArray()
                .at(0)
                .toObject()
                .contains(QLatin1String("grading_prompt")));
}

void TestEvalRunner::dataset_writeBackIsOneUndoStep()
{
    m_services->model()->setDataset(md::DatasetJson::builtIn());
    md::DatasetDocument &document = *m_services->document();
    document.setContent(md::DatasetJson::builtIn(), {});
    Suite suite = load(QStringLiteral("costs.yaml"));
    suite.providers.push_back(suite.providers[0]);
    suite.providers[1].model = QStringLiteral("echo"); // not in the dataset
    suite.providers[1].label = QStringLiteral("echo");
    EvalRunner runner(m_services->trials());
    const EvalRun &run = runToEnd(runner, suite);
    const EvalDataset::Scores scores = EvalDataset::scoresFor(run);
    QCOMPARE(scores.benchmark.id, QStringLiteral("eval-cost-checks"));
    QCOMPARE(scores.benchmark.name, QStringLiteral("Cost checks"));
    QCOMPARE(scores.benchmark.unit, QStringLiteral("%"));
    QVERIFY(scores.benchmark.higherIsBetter);
    QCOMPARE(scores.unmatched, QStringList{QStringLiteral("echo")});
    QCOMPARE(scores.scores.value(QStringLiteral("gpt-4o-mini"))->value, 66.7);
    QVERIFY(scores.scores.value(QStringLiteral("gpt-4o-mini"))->source.contains(QLatin1String("costs.yaml")));
    const int steps = document.undoStack()->count();
    const int columns = m_services->model()->columnCount();
    QVERIFY(EvalDataset::apply(document, scores));
    QCOMPARE(document.undoStack()->count(), steps + 1);
    QCOMPARE(m_services->model()->columnCount(), columns + 1);
    QCOMPARE(m_services->model()->dataset().model(QStringLiteral("gpt-4o-mini"))->score(scores.benchmark.id)->value,
             66.7);
    // What is written reads back under the loader's rules.
    QVERIFY(md::DatasetJson::parse(md::DatasetJson::serialize(m_services->model()->dataset()), QStringLiteral("x.json"))
                .ok());
    document.undoStack()->undo();
    QCOMPARE(m_services->model()->columnCount(), columns);
    QVERIFY(!m_services->model()->dataset().benchmark(scores.benchmark.id));
}

void TestEvalRunner::modeldeskProvider_unknownIsRefusedBeforeAnyCall()
{
    Suite suite = load(QStringLiteral("disagree.yaml"));
    suite.providers[1].modeldeskProvider = QStringLiteral("Nowhere");
    const qsizetype before = m_server.requests().size();
    EvalRunner runner(m_services->trials());
    const QString problem = runner.start(suite, {});
    QVERIFY2(problem.contains(QLatin1String("disagree.yaml:4")) && problem.contains(QLatin1String("Nowhere")),
             qPrintable(problem));
    QVERIFY(!runner.isRunning());
    QTest::qWait(50);
    QCOMPARE(m_server.requests().size(), before);
}

void TestEvalRunner::keyOverPlainHttp_isRefusedBeforeAnyCall()
{
    Suite suite = load(QStringLiteral("disagree.yaml"));
    suite.providers[0].baseUrl = QStringLiteral("http://example.com/v1");
    EvalRunner runner(m_services->trials());
    const QString problem = runner.start(suite, {});
    QVERIFY2(problem.contains(QLatin1String("plain http")), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestEvalRunner)
#include "tst_evalrunner.moc"
