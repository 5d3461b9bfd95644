#include "common/binaryrun.h"
#include "fakeserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// `modeldesk eval` run as a person would, against the fake server on 127.0.0.1.
class TestEvalCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void json_exactShape();
    void allPassed_exitsZero_tableByDefault();
    void formats_writeToOut_data();
    void formats_writeToOut();
    void badSuiteOrOption_exitsTwo_data();
    void badSuiteOrOption_exitsTwo();
    void skipUnsupported_reportsSkippedNeverPassed();
    void writeDataset_addsTheSuiteAsABenchmark();
    void models_picksProviders();

private:
    using Run = md::test::BinaryRun;
    Run run(const QStringList &arguments);

    QTemporaryDir m_dir;
    FakeServer m_server;
};

namespace {
const QByteArray Key = "sk-eval-cli-key-5555";
QString data(const char *name)
{
    return QStringLiteral(EVAL_DATA "/") + QLatin1String(name);
}
} // namespace

void TestEvalCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen());
}

TestEvalCommand::Run TestEvalCommand::run(const QStringList &arguments)
{
    QProcessEnvironment env = md::test::isolatedEnvironment(m_dir);
    env.insert(QStringLiteral("OPENAI_API_KEY"), QString::fromLatin1(Key));
    env.insert(QStringLiteral("OPENAI_BASE_URL"), m_server.baseUrl());
    return md::test::runBinary(QStringLiteral(MODELDESK_BINARY), QStringList{QStringLiteral("eval")} + arguments, env,
                               true);
}

void TestEvalCommand::json_exactShape()
{
    const Run r = run(
        {data("server-error.yaml"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--no-cache")});
    QCOMPARE(r.exitCode, 1); // one cell errs
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY2(!root.isEmpty(), qPrintable(r.out + r.err));
    const QJsonArray results = root.value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 6);
    const QStringList keys{QStringLiteral("assertions"), QStringLiteral("cost_usd"), QStringLiteral("error"),
                           QStringLiteral("latency_ms"), QStringLiteral("model"),    QStringLiteral("output"),
                           QStringLiteral("pass"),       QStringLiteral("provider"), QStringLiteral("score"),
                           QStringLiteral("test"),       QStringLiteral("vars")};
    const QJsonObject first = results.at(0).toObject();
    QCOMPARE(first.keys(), keys);
    QCOMPARE(first.value(QLatin1String("test")).toInt(), 0);
    QCOMPARE(first.value(QLatin1String("provider")).toString(), QStringLiteral("openai:chat:echo"));
    QCOMPARE(first.value(QLatin1String("model")).toString(), QStringLiteral("echo"));
    QCOMPARE(first.value(QLatin1String("output")).toString(), QStringLiteral("fine"));
    QCOMPARE(first.value(QLatin1String("vars")).toObject().value(QLatin1String("answer")).toString(),
             QStringLiteral("fine"));
    QVERIFY(first.value(QLatin1String("pass")).toBool());
    QVERIFY(first.value(QLatin1String("error")).isNull());
    QVERIFY(first.value(QLatin1String("cost_usd")).isNull()); // "echo" has no price
    const QJsonObject check = first.value(QLatin1String("assertions")).toArray().at(0).toObject();
    QCOMPARE(check.keys(), (QStringList{QStringLiteral("pass"), QStringLiteral("reason"), QStringLiteral("type")}));
    QCOMPARE(check.value(QLatin1String("type")).toString(), QStringLiteral("icontains"));
    const QJsonObject failed = results.at(2).toObject();
    QCOMPARE(failed.value(QLatin1String("test")).toInt(), 1);
    QVERIFY(!failed.value(QLatin1String("pass")).toBool());
    QVERIFY(failed.value(QLatin1String("error")).toString().contains(QLatin1String("400")));
    const QJsonObject summary = root.value(QLatin1String("summary")).toObject();
    QCOMPARE(summary.keys(),
             (QStringList{QStringLiteral("openai:chat:echo"), QStringLiteral("openai:chat:echo-upper")}));
    const QJsonObject echo = summary.value(QLatin1String("openai:chat:echo")).toObject();
    QCOMPARE(echo.value(QLatin1String("passed")).toInt(), 2);
    QCOMPARE(echo.value(QLatin1String("failed")).toInt(), 0);
    QCOMPARE(echo.value(QLatin1String("errors")).toInt(), 1);
    QCOMPARE(echo.value(QLatin1String("pass_rate")).toDouble(), 200.0 / 3);
    QVERIFY(echo.value(QLatin1String("latency_ms")).toObject().contains(QLatin1String("p90")));
    QVERIFY(!r.out.contains(QString::fromLatin1(Key)));
}

void TestEvalCommand::allPassed_exitsZero_tableByDefault()
{
    const Run r = run({data("text-prompts.yaml")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("PASS/")) || r.out.contains(QLatin1String("PASS")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("100.0% passed")), qPrintable(r.out));
}

void TestEvalCommand::formats_writeToOut_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    QTest::addRow("csv") << "csv"
                         << "test,description,vars,prompt,provider";
    QTest::addRow("markdown") << "markdown"
                              << "| only echo passes | PASS | FAIL (contains) |";
    QTest::addRow("html") << "html"
                          << "<!DOCTYPE html>";
}

void TestEvalCommand::formats_writeToOut()
{
    QFETCH(QString, format);
    QFETCH(QString, expected);
    const QString out = m_dir.filePath(QStringLiteral("report.") + format);
    const Run r = run({data("disagree.yaml"), QStringLiteral("--format"), format, QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 1);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(expected), qPrintable(text));
    if (format == QLatin1String("html")) // self-contained: nothing fetched from elsewhere
        QVERIFY(!text.contains(QLatin1String("src=")) && !text.contains(QLatin1String("href=")));
}

void TestEvalCommand::badSuiteOrOption_exitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addRow("malformed yaml") << QStringList{data("malformed.yaml")} << "malformed.yaml:11: not valid YAML";
    QTest::addRow("unsupported type") << QStringList{data("unsupported.yaml")}
                                      << "unsupported.yaml:9: the assertion type \"similar\" is not supported";
    QTest::addRow("missing suite") << QStringList{data("nope.yaml")} << "nope.yaml: no such file";
    QTest::addRow("no suite") << QStringList{} << "give one suite file";
    QTest::addRow("bad format") << QStringList{data("disagree.yaml"), QStringLiteral("--format"), QStringLiteral("xml")}
                                << "--format";
    QTest::addRow("bad repeat") << QStringList{data("disagree.yaml"), QStringLiteral("--repeat"), QStringLiteral("0")}
                                << "--repeat";
    QTest::addRow("bad concurrency") << QStringList{data("disagree.yaml"), QStringLiteral("--concurrency"),
                                                    QStringLiteral("x")}
                                     << "--concurrency";
    QTest::addRow("unknown model") << QStringList{data("disagree.yaml"), QStringLiteral("--models"),
                                                  QStringLiteral("gpt-9")}
                                   << "--models: the suite has no provider \"gpt-9\"";
    QTest::addRow("unknown option") << QStringList{QStringLiteral("--bogus")} << "bogus";
}

void TestEvalCommand::badSuiteOrOption_exitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const qsizetype before = m_server.requests().size();
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(m_server.requests().size(), before); // stopped before any call
}

void TestEvalCommand::skipUnsupported_reportsSkippedNeverPassed()
{
    const Run r = run({data("unsupported.yaml"), QStringLiteral("--skip-unsupported"), QStringLiteral("--format"),
                       QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray checks = QJsonDocument::fromJson(r.out.toUtf8())
                                  .object()
                                  .value(QLatin1String("results"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QLatin1String("assertions"))
                                  .toArray();
    QCOMPARE(checks.size(), 2);
    QVERIFY(checks.at(0).toObject().value(QLatin1String("pass")).toBool());
    QVERIFY(checks.at(1).toObject().value(QLatin1String("pass")).isNull());
    QVERIFY(checks.at(1).toObject().value(QLatin1String("reason")).toString().startsWith(QLatin1String("skipped")));
}

void TestEvalCommand::writeDataset_addsTheSuiteAsABenchmark()
{
    const QString out = m_dir.filePath(QStringLiteral("with-suite.json"));
    const Run r = run({data("costs.yaml"), QStringLiteral("--write-dataset"), out});
    QCOMPARE(r.exitCode, 1); // "cost fail" fails
    QFile file(out);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(r.err));
    const QJsonObject dataset = QJsonDocument::fromJson(file.readAll()).object();
    bool found = false;
    for (const QJsonValue b : dataset.value(QLatin1String("benchmarks")).toArray())
        found = found || (b.toObject().value(QLatin1String("id")).toString() == QLatin1String("eval-cost-checks") &&
                          b.toObject().value(QLatin1String("unit")).toString() == QLatin1String("%"));
    QVERIFY(found);
    bool scored = false;
    for (const QJsonValue s : dataset.value(QLatin1String("scores")).toArray()) {
        const QJsonObject o = s.toObject();
        if (o.value(QLatin1String("benchmark")).toString() == QLatin1String("eval-cost-checks")) {
            QCOMPARE(o.value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o-mini"));
            QCOMPARE(o.value(QLatin1String("value")).toDouble(), 66.7);
            QVERIFY(o.value(QLatin1String("source")).toString().contains(QLatin1String("costs.yaml")));
            scored = true;
        }
    }
    QVERIFY(scored);
    // The written file is a dataset ModelDesk opens: the suite is a benchmark like any other.
    const Run cost = md::test::runBinary(QStringLiteral(MODELDESK_BINARY),
                                         {QStringLiteral("export-data"), QStringLiteral("--format"),
                                          QStringLiteral("csv"), QStringLiteral("--out"),
                                          m_dir.filePath(QStringLiteral("x.csv")), QStringLiteral("--data"), out},
                                         md::test::isolatedEnvironment(m_dir));
    QVERIFY2(cost.exitCode == 0, qPrintable(cost.err));
    // No model of the suite in the dataset: nothing written, exit 2.
    const QString none = m_dir.filePath(QStringLiteral("none.json"));
    const Run r2 = run({data("disagree.yaml"), QStringLiteral("--write-dataset"), none});
    QCOMPARE(r2.exitCode, 2);
    QVERIFY(!QFile::exists(none));
}

void TestEvalCommand::models_picksProviders()
{
    const Run r = run({data("disagree.yaml"), QStringLiteral("--models"), QStringLiteral("echo-upper"),
                       QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root.value(QLatin1String("results")).toArray().size(), 3);
    QCOMPARE(root.value(QLatin1String("summary")).toObject().keys(),
             QStringList{QStringLiteral("openai:chat:echo-upper")});
}

QTEST_GUILESS_MAIN(TestEvalCommand)
#include "tst_evalcommand.moc"
