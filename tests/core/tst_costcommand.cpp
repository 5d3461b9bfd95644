#include "common/binaryrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// `modeldesk cost`, run as a person would run it, with no display.
class TestCostCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void json_launchClaims_data();
    void json_launchClaims();
    void json_hasWorkloadAndRows();
    void cachedShare_readsLeadingZeros_data();
    void cachedShare_readsLeadingZeros();
    void csv_exactMoneyAndBaseline();
    void table_saysRatioInWords();
    void inputFile_countsPerModel();
    void badOptions_exitTwoNamingOption_data();
    void badOptions_exitTwoNamingOption();
    void asOf_launchDayMiniIsCheapestAndSaysTheDate();
    void cacheWriteShare_billsWrites();

private:
    using Run = md::test::BinaryRun;
    Run run(QStringList arguments);
    QJsonObject rowOf(const QJsonDocument &doc, const QString &id);
    QTemporaryDir m_dir;
};

void TestCostCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

TestCostCommand::Run TestCostCommand::run(QStringList arguments)
{
    arguments.prepend(QStringLiteral("cost"));
    return md::test::runBinary(QStringLiteral(MODELDESK_BINARY), arguments, md::test::isolatedEnvironment(m_dir));
}

QJsonObject TestCostCommand::rowOf(const QJsonDocument &doc, const QString &id)
{
    for (const QJsonValue v : doc.object().value(QLatin1String("rows")).toArray())
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    return {};
}

void TestCostCommand::json_launchClaims_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("costText");
    QTest::addRow("1M output on mini") << QStringList{QStringLiteral("--input-tokens=0"),
                                                      QStringLiteral("--output-tokens=1000000")}
                                       << QStringLiteral("gpt-4o-mini") << QStringLiteral("0.6");
    QTest::addRow("batch halves") << QStringList{QStringLiteral("--input-tokens=1000000"),
                                                 QStringLiteral("--output-tokens=1000000"), QStringLiteral("--batch")}
                                  << QStringLiteral("gpt-4o-mini") << QStringLiteral("0.375");
    QTest::addRow("200K prompt on flash")
        << QStringList{QStringLiteral("--input-tokens=200000"), QStringLiteral("--output-tokens=0")}
        << QStringLiteral("gemini-1.5-flash") << QStringLiteral("0.03");
}

void TestCostCommand::json_launchClaims()
{
    QFETCH(QStringList, options);
    QFETCH(QString, model);
    QFETCH(QString, costText);
    const Run r = run(options + QStringList{QStringLiteral("--requests=1"), QStringLiteral("--format=json"),
                                            QStringLiteral("--models"), model});
    QCOMPARE(r.exitCode, 0);
    // The number is written exactly as the decimal amount, not as a binary float's digits.
    QVERIFY2(r.out.contains(QStringLiteral("\"cost_usd\": %1,").arg(costText)), qPrintable(r.out));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(QLatin1String("rows")).toArray().size(), 1);
    QCOMPARE(rowOf(doc, model).value(QLatin1String("cost_usd")).toDouble(), costText.toDouble());
}

void TestCostCommand::json_hasWorkloadAndRows()
{
    const Run r = run({QStringLiteral("--input-tokens"), QStringLiteral("180000"), QStringLiteral("--output-tokens"),
                       QStringLiteral("1500"), QStringLiteral("--requests"), QStringLiteral("1000000000"),
                       QStringLiteral("--per"), QStringLiteral("day"), QStringLiteral("--cached-share"),
                       QStringLiteral("12.5"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    const QJsonObject w = doc.object().value(QLatin1String("workload")).toObject();
    QCOMPARE(w.value(QLatin1String("input_tokens")).toInteger(), 180000);
    QCOMPARE(w.value(QLatin1String("requests")).toInteger(), 1000000000);
    QCOMPARE(w.value(QLatin1String("per")).toString(), QStringLiteral("day"));
    QCOMPARE(w.value(QLatin1String("cached_share_percent")).toDouble(), 12.5);
    QCOMPARE(doc.object().value(QLatin1String("rows")).toArray().size(), 5);
    const QJsonObject mini = rowOf(doc, QStringLiteral("gpt-4o-mini"));
    for (const char *key : {"id", "name", "cost_usd", "per_request_usd", "input_usd", "output_usd", "exceeds_context"})
        QVERIFY2(mini.contains(QLatin1String(key)), key);
    QVERIFY(mini.value(QLatin1String("exceeds_context")).toBool());
    QVERIFY(!rowOf(doc, QStringLiteral("claude-3-haiku-20240307")).value(QLatin1String("exceeds_context")).toBool());
    // 180000 * (0.875 * 0.15 + 0.125 * 0.075) + 1500 * 0.60 per 1M tokens = 0.0262125 per request; a billion a day.
    QVERIFY2(r.out.contains(QLatin1String("\"per_request_usd\": 0.0262125,")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("\"cost_usd\": 26212500,")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("\"per_month_usd\": 786375000,")), qPrintable(r.out));
}

void TestCostCommand::cachedShare_readsLeadingZeros_data()
{
    QTest::addColumn<QString>("share");
    QTest::addColumn<double>("percent");
    QTest::addRow("leading zeros") << "0050" << 50.0;
    QTest::addRow("leading zeros and decimals") << "007.5" << 7.5;
    QTest::addRow("percent sign") << "50%" << 50.0;
    QTest::addRow("all of it") << "100" << 100.0;
    QTest::addRow("zero padded hundred") << "000100.00" << 100.0;
    QTest::addRow("zero") << "0000" << 0.0;
}

void TestCostCommand::cachedShare_readsLeadingZeros()
{
    QFETCH(QString, share);
    QFETCH(double, percent);
    const Run r = run({QStringLiteral("--input-tokens=1000"), QStringLiteral("--output-tokens=10"),
                       QStringLiteral("--requests=1"), QStringLiteral("--cached-share=") + share,
                       QStringLiteral("--format=json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject w = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("workload")).toObject();
    QCOMPARE(w.value(QLatin1String("cached_share_percent")).toDouble(), percent);
}

void TestCostCommand::csv_exactMoneyAndBaseline()
{
    const Run r =
        run({QStringLiteral("--input-tokens=1000000"), QStringLiteral("--output-tokens=1000000"),
             QStringLiteral("--requests=1"), QStringLiteral("--format=csv"), QStringLiteral("--baseline=gpt-3.5-turbo"),
             QStringLiteral("--models=gpt-4o-mini,gpt-3.5-turbo")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(QLatin1String("id,name,cost_usd,per_request_usd,input_usd,output_usd,")));
    QVERIFY2(lines[1].startsWith(QLatin1String("gpt-4o-mini,GPT-4o mini,0.75,0.75,0.15,0.6,")), qPrintable(lines[1]));
    QVERIFY2(lines[1].contains(QLatin1String(",62.5% less,")), qPrintable(lines[1]));
    QVERIFY2(lines[2].contains(QLatin1String(",baseline,")), qPrintable(lines[2]));
}

void TestCostCommand::table_saysRatioInWords()
{
    const Run r = run({QStringLiteral("--input-tokens=1000000"), QStringLiteral("--output-tokens=1000000"),
                       QStringLiteral("--requests=1"), QStringLiteral("--baseline=gpt-3.5-turbo")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("GPT-4o mini costs 62.5% less than GPT-3.5 Turbo for this workload.")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("$20.00")), qPrintable(r.out));
}

void TestCostCommand::inputFile_countsPerModel()
{
    // tests/data/tokens/chinese.txt: 151 tokens in o200k_base, 212 in cl100k_base (tiktoken); english.txt 158 / 170.
    const QString corpus = QStringLiteral(MODELDESK_TOKEN_CORPUS "/");
    const Run r =
        run({QStringLiteral("--input-file"), corpus + QStringLiteral("chinese.txt"), QStringLiteral("--output-file"),
             corpus + QStringLiteral("english.txt"), QStringLiteral("--format=json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    QVERIFY(doc.object().value(QLatin1String("workload")).toObject().value(QLatin1String("input_tokens")).isNull());
    const auto check = [&](const char *id, qint64 in, qint64 out, const char *source) {
        const QJsonObject row = rowOf(doc, QLatin1String(id));
        QCOMPARE(row.value(QLatin1String("input_tokens")).toInteger(), in);
        QCOMPARE(row.value(QLatin1String("output_tokens")).toInteger(), out);
        QCOMPARE(row.value(QLatin1String("tokens_source")).toString(), QLatin1String(source));
    };
    check("gpt-4o-mini", 151, 158, "tokenizer");
    check("gpt-3.5-turbo", 212, 170, "tokenizer");
    check("claude-3-haiku-20240307", 212, 170, "estimate");
    // 151 x $0.15/1M + 158 x $0.60/1M
    QVERIFY2(r.out.contains(QLatin1String("\"cost_usd\": 0.00011745,")), qPrintable(r.out));

    const Run given = run({QStringLiteral("--input-tokens=10"), QStringLiteral("--output-tokens=0"),
                           QStringLiteral("--requests=1"), QStringLiteral("--format=json")});
    QCOMPARE(rowOf(QJsonDocument::fromJson(given.out.toUtf8()), QStringLiteral("gpt-4o"))
                 .value(QLatin1String("tokens_source"))
                 .toString(),
             QStringLiteral("given"));
}

void TestCostCommand::badOptions_exitTwoNamingOption_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("named");
    const auto row = [](const char *tag, const QStringList &options, const char *named) {
        QTest::addRow("%s", tag) << options << QString::fromLatin1(named);
    };
    row("negative tokens", {QStringLiteral("--input-tokens=-5")}, "--input-tokens");
    row("not a number", {QStringLiteral("--output-tokens=lots")}, "--output-tokens");
    row("fractional requests", {QStringLiteral("--requests=1.5")}, "--requests");
    row("share over 100", {QStringLiteral("--cached-share=100.01")}, "--cached-share");
    row("share not a number", {QStringLiteral("--cached-share=half")}, "--cached-share");
    row("share negative", {QStringLiteral("--cached-share=-1")}, "--cached-share");
    row("bad period", {QStringLiteral("--per=week")}, "--per");
    row("bad format", {QStringLiteral("--format=xml")}, "--format");
    row("unknown model", {QStringLiteral("--models=gpt-4o-mini,gpt-5")}, "--models");
    row("unknown baseline", {QStringLiteral("--baseline=gpt-5")}, "--baseline");
    row("missing requests", {QStringLiteral("--requests=")}, "--requests");
    row("as-of not a day", {QStringLiteral("--as-of=2024-13-01")}, "--as-of");
    row("as-of words", {QStringLiteral("--as-of=yesterday")}, "--as-of");
    row("as-of short", {QStringLiteral("--as-of=2024-7-18")}, "--as-of");
    row("cache write over 100", {QStringLiteral("--cache-write-share=101")}, "--cache-write-share");
    row("cache shares together over 100",
        {QStringLiteral("--cached-share=60"), QStringLiteral("--cache-write-share=50")}, "--cache-write-share");
    row("missing data file", {QStringLiteral("--data=/nonexistent/prices.json")}, "prices.json");
    row("input file and tokens", {QStringLiteral("--input-file=/nonexistent/prompt.txt")}, "--input-file");
    row("output file alone", {QStringLiteral("--output-file=/nonexistent/answer.txt")}, "--output-file");
}

void TestCostCommand::badOptions_exitTwoNamingOption()
{
    QFETCH(QStringList, options);
    QFETCH(QString, named);
    QStringList arguments = {QStringLiteral("--input-tokens=10"), QStringLiteral("--output-tokens=10"),
                             QStringLiteral("--requests=10")};
    arguments += options; // a repeated option: QCommandLineParser takes the last value
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCostCommand::asOf_launchDayMiniIsCheapestAndSaysTheDate()
{
    const QStringList workload = {QStringLiteral("--input-tokens=1000"), QStringLiteral("--output-tokens=500"),
                                  QStringLiteral("--requests=1"),
                                  QStringLiteral("--models=gpt-4o-mini,gemini-1.5-flash,claude-3-haiku-20240307")};
    const Run launch =
        run(workload + QStringList{QStringLiteral("--as-of=2024-07-18"), QStringLiteral("--format=json")});
    QCOMPARE(launch.exitCode, 0);
    const QJsonDocument doc = QJsonDocument::fromJson(launch.out.toUtf8());
    QCOMPARE(doc.object().value(QLatin1String("workload")).toObject().value(QLatin1String("prices_as_of")).toString(),
             QStringLiteral("2024-07-18"));
    QVERIFY(rowOf(doc, QStringLiteral("gpt-4o-mini")).value(QLatin1String("cheapest")).toBool());
    QCOMPARE(rowOf(doc, QStringLiteral("gemini-1.5-flash")).value(QLatin1String("price_effective")).toString(),
             QStringLiteral("2024-05-14"));
    // The newest prices: Flash after its cut of 2024-08-12 is the cheapest.
    const Run newest = run(workload + QStringList{QStringLiteral("--format=json")});
    const QJsonDocument now = QJsonDocument::fromJson(newest.out.toUtf8());
    QVERIFY(rowOf(now, QStringLiteral("gemini-1.5-flash")).value(QLatin1String("cheapest")).toBool());
    QVERIFY(now.object().value(QLatin1String("workload")).toObject().value(QLatin1String("prices_as_of")).isNull());

    const Run table = run(workload + QStringList{QStringLiteral("--as-of=2024-07-18")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(QLatin1String("Prices as of 2024-07-18.")), qPrintable(table.out));
}

void TestCostCommand::cacheWriteShare_billsWrites()
{
    const Run r = run({QStringLiteral("--input-tokens=1000000"), QStringLiteral("--output-tokens=0"),
                       QStringLiteral("--requests=1"), QStringLiteral("--cached-share=50"),
                       QStringLiteral("--cache-write-share=20"), QStringLiteral("--format=json"),
                       QStringLiteral("--models=claude-3-haiku-20240307")});
    QCOMPARE(r.exitCode, 0);
    // 30% at $0.25 + 50% at $0.03 + 20% at $0.30
    QVERIFY2(r.out.contains(QLatin1String("\"cost_usd\": 0.15,")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("\"cache_write_share_percent\": 20")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCostCommand)
#include "tst_costcommand.moc"
