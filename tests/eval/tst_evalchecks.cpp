#include "eval/checks.h"
#include "eval/jsonchecks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace md::eval;

// The checks that need no model, and how a test's verdict is made from them (promptfoo's rules).
class TestEvalChecks : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void javascript_runawayLoopIsStopped();
    void combine_data();
    void combine();
    void schema_data();
    void schema();
    void rubricVerdict_readsTheGradersJson();
    void skipped_isNeverPassed();
};

namespace {
Assertion make(const QString &type, const QByteArray &valueJson, std::optional<double> threshold = {})
{
    Assertion a;
    a.type = type;
    a.inverse = type.startsWith(QLatin1String("not-"));
    a.baseType = a.inverse ? type.mid(4) : type;
    if (!valueJson.isEmpty())
        a.value = QJsonDocument::fromJson("[" + valueJson + "]").array().at(0);
    a.threshold = threshold;
    return a;
}
} // namespace

void TestEvalChecks::check_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("output");
    QTest::addColumn<bool>("pass");
    QTest::addColumn<double>("score");
    QTest::addRow("equals") << "equals" << QByteArray("\"a\"") << "a" << true << 1.0;
    QTest::addRow("not-equals") << "not-equals" << QByteArray("\"a\"") << "a" << false << 0.0;
    QTest::addRow("equals object") << "equals" << QByteArray("{\"x\":[1]}") << " {\"x\": [1]} " << true << 1.0;
    QTest::addRow("contains number") << "contains" << QByteArray("42") << "is 42." << true << 1.0;
    QTest::addRow("icontains unicode") << "icontains" << QByteArray("\"ÉCOLE\"") << "une école" << true << 1.0;
    QTest::addRow("contains-any string") << "contains-any" << QByteArray("\"x, y\"") << "why y" << true << 1.0;
    QTest::addRow("not-contains-all") << "not-contains-all" << QByteArray("[\"a\",\"b\"]") << "a" << true << 1.0;
    QTest::addRow("icontains-all") << "icontains-all" << QByteArray("[\"A\",\"b\"]") << "aB" << true << 1.0;
    QTest::addRow("starts-with") << "starts-with" << QByteArray("\"He\"") << "Hello" << true << 1.0;
    QTest::addRow("regex js syntax") << "regex" << QByteArray("\"^\\\\w+\\\\s\\\\d{2}$\"") << "ab 12" << true << 1.0;
    QTest::addRow("regex invalid") << "regex" << QByteArray("\"(\"") << "x" << false << 0.0;
    QTest::addRow("is-json array") << "is-json" << QByteArray() << "[1, 2]" << true << 1.0;
    QTest::addRow("is-json two values") << "is-json" << QByteArray() << "1, 2" << false << 0.0;
    QTest::addRow("contains-json fenced")
        << "contains-json" << QByteArray() << "```json\n{\"a\": [1]}\n```" << true << 1.0;
    // promptfoo counts braces without minding strings: this object is not found there, nor here.
    QTest::addRow("contains-json brace in string")
        << "contains-json" << QByteArray() << "{\"a\": \"}\"}" << false << 0.0;
    QTest::addRow("contains-json unclosed") << "contains-json" << QByteArray() << "{\"a\": {\"b\": 1}" << true << 1.0;
    QTest::addRow("js boolean") << "javascript" << QByteArray("\"output === 'x'\"") << "x" << true << 1.0;
    QTest::addRow("js trailing semicolon") << "javascript" << QByteArray("\"output === 'x';\"") << "x" << true << 1.0;
    QTest::addRow("js score") << "javascript" << QByteArray("\"0.25\"") << "" << true << 0.25;
    QTest::addRow("js negative score") << "javascript" << QByteArray("\"-1\"") << "" << false << -1.0;
    QTest::addRow("js object") << "javascript" << QByteArray("\"({pass: false, score: 0.4, reason: 'no'})\"") << ""
                               << false << 0.4;
    QTest::addRow("js throws") << "javascript" << QByteArray("\"undefinedName.x\"") << "" << false << 0.0;
    QTest::addRow("js string result") << "javascript" << QByteArray("\"'yes'\"") << "" << false << 0.0;
    QTest::addRow("js context vars") << "javascript" << QByteArray("\"context.vars.n === 2\"") << "" << true << 1.0;
}

void TestEvalChecks::check()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, value);
    QFETCH(QString, output);
    QFETCH(bool, pass);
    QFETCH(double, score);
    Checker checker;
    CheckContext context;
    context.output = output;
    context.vars.insert(QStringLiteral("n"), 2);
    const CheckResult r = checker.run(make(type, value), context);
    QVERIFY2(r.pass == pass, qPrintable(r.reason));
    QCOMPARE(r.score, score);
    QVERIFY(!r.reason.isEmpty());
}

void TestEvalChecks::javascript_runawayLoopIsStopped()
{
    Checker checker;
    CheckContext context;
    const CheckResult r =
        checker.run(make(QStringLiteral("javascript"), "\"while (true) {}\\nreturn true;\""), context);
    QVERIFY(!r.pass);
    QVERIFY2(r.reason.contains(QLatin1String("stopped")), qPrintable(r.reason));
    // The engine still works afterwards.
    QVERIFY(checker.run(make(QStringLiteral("javascript"), "\"true\""), context).pass);
}

void TestEvalChecks::combine_data()
{
    QTest::addColumn<QList<double>>("scores"); // pass when > 0.5
    QTest::addColumn<QList<double>>("weights");
    QTest::addColumn<double>("threshold"); // < 0: none
    QTest::addColumn<bool>("pass");
    QTest::addColumn<double>("score");
    QTest::addRow("all pass") << QList<double>{1, 1} << QList<double>{1, 1} << -1.0 << true << 1.0;
    QTest::addRow("one fails") << QList<double>{1, 0} << QList<double>{3, 1} << -1.0 << false << 0.75;
    QTest::addRow("threshold reached") << QList<double>{1, 0} << QList<double>{3, 1} << 0.75 << true << 0.75;
    QTest::addRow("threshold missed") << QList<double>{1, 0} << QList<double>{3, 1} << 0.8 << false << 0.75;
    QTest::addRow("weight zero fails too") << QList<double>{1, 0} << QList<double>{1, 0} << -1.0 << false << 1.0;
    QTest::addRow("threshold zero") << QList<double>{0} << QList<double>{1} << 0.0 << true << 0.0;
    QTest::addRow("none") << QList<double>{} << QList<double>{} << -1.0 << true << 1.0;
}

void TestEvalChecks::combine()
{
    QFETCH(QList<double>, scores);
    QFETCH(QList<double>, weights);
    QFETCH(double, threshold);
    QFETCH(bool, pass);
    QFETCH(double, score);
    std::vector<CheckResult> checks;
    for (qsizetype i = 0; i < scores.size(); ++i) {
        CheckResult c;
        c.score = scores[i];
        c.pass = scores[i] > 0.5;
        c.weight = weights[i];
        c.reason = QStringLiteral("check %1").arg(i);
        checks.push_back(c);
    }
    const TestVerdict v = Checker::combine(checks, threshold < 0 ? std::nullopt : std::optional<double>(threshold));
    QCOMPARE(v.pass, pass);
    QCOMPARE(v.score, score);
}

void TestEvalChecks::schema_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("error"); // empty: valid
    QTest::addRow("type") << QByteArray(R"({"type":"string"})") << QByteArray("1") << "$: must be of type string";
    QTest::addRow("type list") << QByteArray(R"({"type":["string","null"]})") << QByteArray("null") << "";
    QTest::addRow("integer") << QByteArray(R"({"type":"integer"})") << QByteArray("1.5") << "must be of type integer";
    QTest::addRow("required") << QByteArray(R"({"required":["a"]})") << QByteArray("{}")
                              << "must have the property \"a\"";
    QTest::addRow("nested") << QByteArray(R"({"properties":{"a":{"items":{"maximum":3}}}})")
                            << QByteArray(R"({"a":[1,4]})") << "$.a[1]: must be at most 3";
    QTest::addRow("enum") << QByteArray(R"({"enum":["x"]})") << QByteArray("\"x\"") << "";
    QTest::addRow("additional false") << QByteArray(R"({"properties":{"a":{}},"additionalProperties":false})")
                                      << QByteArray(R"({"a":1,"b":2})") << "$.b: no value is allowed here";
    QTest::addRow("minLength") << QByteArray(R"({"minLength":2})") << QByteArray("\"é\"") << "is shorter than 2";
}

void TestEvalChecks::schema()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, value);
    QFETCH(QString, error);
    const QJsonValue s = QJsonDocument::fromJson("[" + schema + "]").array().at(0);
    const QJsonValue v = QJsonDocument::fromJson("[" + value + "]").array().at(0);
    const QString got = JsonChecks::validate(s, v);
    if (error.isEmpty())
        QVERIFY2(got.isEmpty(), qPrintable(got));
    else
        QVERIFY2(got.contains(error), qPrintable(got));
}

void TestEvalChecks::rubricVerdict_readsTheGradersJson()
{
    Assertion a = make(QStringLiteral("llm-rubric"), "\"polite\"");
    CheckResult r = Checker::rubricVerdict(
        a, QStringLiteral("```json\n{\"reason\": \"kind\", \"pass\": true, \"score\": 0.9}\n```"),
        QStringLiteral("prompt"));
    QVERIFY(r.pass);
    QCOMPARE(r.score, 0.9);
    QCOMPARE(r.reason, QStringLiteral("kind"));
    QCOMPARE(r.gradingPrompt, QStringLiteral("prompt"));
    a.threshold = 0.95;
    QVERIFY(!Checker::rubricVerdict(a, QStringLiteral("{\"pass\": true, \"score\": 0.9}"), {}).pass);
    QVERIFY(!Checker::rubricVerdict(a, QStringLiteral("I think it passes"), {}).pass);
}

void TestEvalChecks::skipped_isNeverPassed()
{
    Assertion a = make(QStringLiteral("similar"), "\"x\"");
    a.skipped = true;
    Checker checker;
    const CheckResult r = checker.run(a, {});
    QVERIFY(r.skipped);
    QVERIFY(!r.pass);
    QVERIFY(r.reason.startsWith(QLatin1String("skipped")));
}

QTEST_GUILESS_MAIN(TestEvalChecks)
#include "tst_evalchecks.moc"
