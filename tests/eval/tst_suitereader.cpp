#include "eval/csvtests.h"
#include "eval/suitereader.h"
#include "eval/templaterender.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <sys/stat.h>

using namespace md::eval;
using md::Result;

// The promptfoo config reader: prompts, providers, tests, defaultTest, CSV, and errors with file and line.
class TestSuiteReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void assertionsSuite_readsEveryTest();
    void csvSuite_mergesDefaultTestAndReadsExpectedColumns();
    void textPromptFile_splitsAtDashes();
    void providers_readConfigAndEnvironment();
    void badSuite_namesFileAndLine_data();
    void badSuite_namesFileAndLine();
    void unsupported_skippedWhenAsked();
    void assertionFromString_readsLikePromptfoo_data();
    void assertionFromString_readsLikePromptfoo();
    void template_rendersVariables_data();
    void template_rendersVariables();
    void csvRows_quotedFieldsAndLines();
    void unreadableFile_saysWhy_data();
    void unreadableFile_saysWhy();

private:
    Result<Suite> parse(const QByteArray &yaml, const ReadOptions &options = {});
    QTemporaryDir m_dir;
};

namespace {
ReadOptions withEnv(const QHash<QString, QString> &env, bool skip = false)
{
    ReadOptions o;
    o.skipUnsupported = skip;
    o.environment = [env](const QString &name) { return env.value(name); };
    return o;
}
} // namespace

void TestSuiteReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

Result<Suite> TestSuiteReader::parse(const QByteArray &yaml, const ReadOptions &options)
{
    return SuiteReader::parse(yaml, m_dir.filePath(QStringLiteral("suite.yaml")), options);
}

void TestSuiteReader::assertionsSuite_readsEveryTest()
{
    const auto suite = SuiteReader::load(QStringLiteral(EVAL_DATA "/assertions.yaml"), withEnv({}));
    QVERIFY2(suite.ok(), qPrintable(suite.error()));
    QCOMPARE(suite->description, QStringLiteral("Assertion types"));
    QCOMPARE(suite->prompts.size(), size_t(1));
    QCOMPARE(suite->providers.size(), size_t(1));
    QCOMPARE(suite->providers[0].model, QStringLiteral("echo"));
    QCOMPARE(suite->providers[0].baseUrl, QStringLiteral("https://api.openai.com/v1"));
    QCOMPARE(suite->tests.size(), size_t(59));
    // llm-rubric checks name their grader: the suite's default first, then theirs.
    QCOMPARE(suite->graders.size(), size_t(4));
    QCOMPARE(suite->graders[0].model, QStringLiteral("gpt-4o-mini"));
    QCOMPARE(suite->graders[1].model, QStringLiteral("grader"));
    const TestCase &weights = suite->tests[54];
    QCOMPARE(weights.description, QStringLiteral("weights below threshold"));
    QCOMPARE(weights.threshold, std::optional<double>(0.8));
    QCOMPARE(weights.asserts[0].weight, 3.0);
    QCOMPARE(weights.asserts[0].where.line, 201);
    const TestCase &schema = suite->tests[30];
    QVERIFY(schema.asserts[0].value.toObject().value(QLatin1String("required")).isArray());
    const TestCase &number = suite->tests[4];
    QVERIFY(number.asserts[0].value.isDouble());
    QVERIFY(suite->tests[3].vars.value(QLatin1String("answer")).isString());
}

void TestSuiteReader::csvSuite_mergesDefaultTestAndReadsExpectedColumns()
{
    const auto suite = SuiteReader::load(QStringLiteral(EVAL_DATA "/csv-suite.yaml"), withEnv({}));
    QVERIFY2(suite.ok(), qPrintable(suite.error()));
    QCOMPARE(suite->tests.size(), size_t(6));
    const TestCase &japan = suite->tests[1];
    QCOMPARE(japan.description, QStringLiteral("Japan"));
    QCOMPARE(japan.vars.value(QLatin1String("style")).toString(), QStringLiteral("short")); // from defaultTest
    QCOMPARE(japan.vars.value(QLatin1String("country")).toString(), QStringLiteral("Japan"));
    QCOMPARE(japan.asserts.size(), size_t(3)); // defaultTest's javascript first
    QCOMPARE(japan.asserts[0].type, QStringLiteral("javascript"));
    QCOMPARE(japan.asserts[1].type, QStringLiteral("icontains"));
    QCOMPARE(japan.asserts[1].value.toString(), QStringLiteral("tokyo"));
    QCOMPARE(japan.asserts[2].type, QStringLiteral("not-contains"));
    QVERIFY(japan.asserts[2].inverse);
    QCOMPARE(japan.where.line, 3);
    QCOMPARE(suite->tests[2].asserts[1].value.toArray().size(), 2);
    QCOMPARE(suite->tests[3].asserts[1].type, QStringLiteral("equals"));
    QCOMPARE(suite->providers[1].temperature, std::optional<double>(0));
    QCOMPARE(suite->providers[1].maxTokens, std::optional<int>(64));
    QCOMPARE(suite->providers[1].label, QStringLiteral("upper"));
    QVERIFY(suite->prompts[0].text.contains(QLatin1String("\"role\": \"system\"")));
}

void TestSuiteReader::textPromptFile_splitsAtDashes()
{
    const auto suite = SuiteReader::load(QStringLiteral(EVAL_DATA "/text-prompts.yaml"), withEnv({}));
    QVERIFY2(suite.ok(), qPrintable(suite.error()));
    QCOMPARE(suite->prompts.size(), size_t(2));
    QCOMPARE(suite->prompts[1].text.trimmed(), QStringLiteral("Second prompt REPLY:{{ answer }}"));
}

void TestSuiteReader::providers_readConfigAndEnvironment()
{
    const QByteArray yaml = R"(
prompts: [hi]
providers:
  - openai:gpt-4o-mini
  - id: openai:chat:local
    config: {apiBaseUrl: "http://127.0.0.1:8080/v1/", apiKeyEnvar: LOCAL_KEY}
  - openai:chat:o1: {config: {max_tokens: 10}}
  - modeldesk:OpenRouter:openai/gpt-4o-mini
)";
    const auto suite =
        parse(yaml, withEnv({{QStringLiteral("OPENAI_BASE_URL"), QStringLiteral("http://127.0.0.1:9/v1")}}));
    QVERIFY2(suite.ok(), qPrintable(suite.error()));
    QCOMPARE(suite->providers.size(), size_t(4));
    QCOMPARE(suite->providers[0].model, QStringLiteral("gpt-4o-mini"));
    QCOMPARE(suite->providers[0].baseUrl, QStringLiteral("http://127.0.0.1:9/v1"));    // OPENAI_BASE_URL
    QCOMPARE(suite->providers[1].baseUrl, QStringLiteral("http://127.0.0.1:8080/v1")); // config wins
    QCOMPARE(suite->providers[1].apiKeyEnvar, QStringLiteral("LOCAL_KEY"));
    QCOMPARE(suite->providers[2].maxTokens, std::optional<int>(10));
    QCOMPARE(suite->providers[3].modeldeskProvider, QStringLiteral("OpenRouter"));
    QCOMPARE(suite->providers[3].model, QStringLiteral("openai/gpt-4o-mini"));
    QCOMPARE(suite->tests.size(), size_t(1)); // no tests: each prompt once
}

void TestSuiteReader::badSuite_namesFileAndLine_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("message");
    QTest::addRow("malformed yaml") << QByteArray("prompts: [a\nproviders: [b]\n") << "suite.yaml:2: not valid YAML";
    QTest::addRow("not a mapping") << QByteArray("- a\n- b\n") << "suite.yaml:1: a promptfoo config must be a mapping";
    QTest::addRow("no prompts") << QByteArray("providers: [openai:chat:x]\n") << "prompts: is missing";
    QTest::addRow("unknown provider") << QByteArray("prompts: [a]\nproviders:\n  - anthropic:messages:claude\n")
                                      << "suite.yaml:3: the provider \"anthropic:messages:claude\" is not supported";
    QTest::addRow("unsupported type") << QByteArray("prompts: [a]\nproviders: [openai:chat:x]\ntests:\n  - assert:\n   "
                                                    "   - type: similar\n        value: b\n")
                                      << "suite.yaml:5: the assertion type \"similar\" is not supported";
    QTest::addRow("unknown type") << QByteArray("prompts: [a]\nproviders: [openai:chat:x]\ntests:\n  - assert:\n      "
                                                "- type: contain\n        value: b\n")
                                  << "suite.yaml:5: unknown assertion type \"contain\"";
    QTest::addRow("missing value")
        << QByteArray("prompts: [a]\nproviders: [openai:chat:x]\ntests:\n  - assert:\n      - type: contains\n")
        << "suite.yaml:5: the assertion \"contains\" needs a value";
    QTest::addRow("latency without threshold")
        << QByteArray("prompts: [a]\nproviders: [openai:chat:x]\ntests:\n  - assert: [{type: latency}]\n")
        << "suite.yaml:4: the assertion \"latency\" needs a threshold";
    QTest::addRow("schema keyword")
        << QByteArray("prompts: [a]\nproviders: [openai:chat:x]\ntests:\n  - assert:\n      - type: is-json\n"
                      "        value: {oneOf: [{type: string}]}\n")
        << "suite.yaml:6: JSON Schema keywords not supported: oneOf";
    QTest::addRow("missing prompt file") << QByteArray("prompts: [file://nope.txt]\nproviders: [openai:chat:x]\n")
                                         << "suite.yaml:1: cannot read";
    QTest::addRow("bad weight") << QByteArray("prompts: [a]\nproviders: [openai:chat:x]\ntests:\n  - assert: [{type: "
                                              "contains, value: a, weight: x}]\n")
                                << "suite.yaml:4: weight must be a number";
    QTest::addRow("transform") << QByteArray("prompts: [a]\nproviders: [openai:chat:x]\ntests:\n  - assert:\n"
                                             "      - {type: contains, value: a, transform: output.trim()}\n")
                               << "suite.yaml:5: \"transform:\" on an assertion is not supported";
    QTest::addRow("max_tokens beyond any int (fuzz_suite)")
        << QByteArray("prompts: [a]\nproviders:\n  - openai:chat:x: {config: {max_tokens: 7e26}}\n")
        << "suite.yaml:3: max_tokens must be a whole number from 1 to 10000000";
    QTest::addRow("max_tokens not whole")
        << QByteArray("prompts: [a]\nproviders:\n  - openai:chat:x: {config: {max_tokens: 2.5}}\n")
        << "max_tokens must be a whole number from 1 to 10000000";
    QTest::addRow("tab indentation") << QByteArray("prompts:\n\t- a\n") << "suite.yaml:2: not valid YAML";
}

void TestSuiteReader::badSuite_namesFileAndLine()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, message);
    const auto suite = parse(yaml, withEnv({}));
    QVERIFY(!suite.ok());
    QVERIFY2(suite.error().contains(message), qPrintable(suite.error()));
}

void TestSuiteReader::unsupported_skippedWhenAsked()
{
    const auto refused = SuiteReader::load(QStringLiteral(EVAL_DATA "/unsupported.yaml"), withEnv({}));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("unsupported.yaml:9: the assertion type \"similar\"")),
             qPrintable(refused.error()));
    const auto skipped = SuiteReader::load(QStringLiteral(EVAL_DATA "/unsupported.yaml"), withEnv({}, true));
    QVERIFY2(skipped.ok(), qPrintable(skipped.error()));
    QCOMPARE(skipped->skippedCount(), 1);
    QVERIFY(skipped->tests[0].asserts[1].skipped);
}

void TestSuiteReader::assertionFromString_readsLikePromptfoo_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value"); // lists joined with |
    QTest::addRow("contains") << "contains: foo"
                              << "contains"
                              << "foo";
    QTest::addRow("icontains") << "icontains:Bar "
                               << "icontains"
                               << "Bar";
    QTest::addRow("not") << "not-contains: baz"
                         << "not-contains"
                         << "baz";
    QTest::addRow("any") << "contains-any: a, b ,c"
                         << "contains-any"
                         << "a|b|c";
    QTest::addRow("regex keeps colons") << "regex: ^a:b$"
                                        << "regex"
                                        << "^a:b$";
    QTest::addRow("javascript") << "javascript: output.length > 2"
                                << "javascript"
                                << "output.length > 2";
    QTest::addRow("fn") << "fn:output === 'x'"
                        << "javascript"
                        << "output === 'x'";
    QTest::addRow("eval") << "eval: true"
                          << "javascript"
                          << "true";
    QTest::addRow("grade") << "grade: is polite"
                           << "llm-rubric"
                           << " is polite";
    QTest::addRow("is-json alone") << "is-json"
                                   << "is-json"
                                   << "";
    QTest::addRow("not-is-json") << "not-is-json"
                                 << "not-is-json"
                                 << "";
    QTest::addRow("plain text equals") << "Paris"
                                       << "equals"
                                       << "Paris";
    QTest::addRow("unknown prefix equals") << "answer: 42"
                                           << "equals"
                                           << "answer: 42";
    QTest::addRow("similar is recognised") << "similar: cats"
                                           << "similar"
                                           << "cats";
}

void TestSuiteReader::assertionFromString_readsLikePromptfoo()
{
    QFETCH(QString, text);
    QFETCH(QString, type);
    QFETCH(QString, value);
    const Assertion a = assertionFromString(text);
    QCOMPARE(a.type, type);
    QString got = a.value.toString();
    if (a.value.isArray()) {
        QStringList parts;
        for (const QJsonValue v : a.value.toArray())
            parts << v.toString();
        got = parts.join(QLatin1Char('|'));
    }
    QCOMPARE(got, value);
}

void TestSuiteReader::template_rendersVariables_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("plain") << "Hi {{name}}!"
                           << "Hi Ada!";
    QTest::addRow("spaces") << "Hi {{ name }}!"
                            << "Hi Ada!";
    QTest::addRow("nested") << "{{ user.city }} / {{user.tags[1]}}"
                            << "London / b";
    QTest::addRow("missing renders empty") << "[{{ nobody }}]"
                                           << "[]";
    QTest::addRow("number") << "{{ n }} and {{ x }}"
                            << "3 and 0.5";
    QTest::addRow("object as json") << "{{ user.tags }}"
                                    << "[\"a\",\"b\"]";
    QTest::addRow("dump string") << "{{ quote | dump }}"
                                 << "\"say \\\"hi\\\"\"";
    QTest::addRow("upper filter") << "{{ name | upper }}"
                                  << "ADA";
    QTest::addRow("tags stay") << "{% if x %}y{% endif %}"
                               << "{% if x %}y{% endif %}";
    QTest::addRow("unclosed stays") << "{{ name"
                                    << "{{ name";
}

void TestSuiteReader::template_rendersVariables()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QJsonObject vars{
        {QStringLiteral("name"), QStringLiteral("Ada")},
        {QStringLiteral("n"), 3},
        {QStringLiteral("x"), 0.5},
        {QStringLiteral("quote"), QStringLiteral("say \"hi\"")},
        {QStringLiteral("user"),
         QJsonObject{{QStringLiteral("city"), QStringLiteral("London")},
                     {QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}}}};
    QCOMPARE(TemplateRender::render(text, vars), expected);
}

void TestSuiteReader::csvRows_quotedFieldsAndLines()
{
    const auto rows =
        CsvTests::rows(QStringLiteral("a,b\n\"x, y\",\"two\nlines\"\nlast,\"q\"\"uote\"\n"), QStringLiteral("t.csv"));
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), size_t(3));
    QCOMPARE(rows.value()[1].cells, (QStringList{QStringLiteral("x, y"), QStringLiteral("two\nlines")}));
    QCOMPARE(rows.value()[2].line, 4);
    QCOMPARE(rows.value()[2].cells.at(1), QStringLiteral("q\"uote"));
    const auto open = CsvTests::rows(QStringLiteral("a\n\"never closed\n"), QStringLiteral("t.csv"));
    QVERIFY(!open.ok());
    QVERIFY2(open.error().contains(QLatin1String("t.csv:2")), qPrintable(open.error()));
}

void TestSuiteReader::unreadableFile_saysWhy_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::addRow("missing") << QStringLiteral("nonexistent.yaml") << QStringLiteral("no such file");
    QTest::addRow("folder") << QStringLiteral("folder.yaml") << QStringLiteral("not a regular file");
    QTest::addRow("fifo, which would block a read")
        << QStringLiteral("fifo.yaml") << QStringLiteral("not a regular file");
    QTest::addRow("over 16 MiB") << QStringLiteral("huge.yaml") << QStringLiteral("larger than 16 MiB");
}

void TestSuiteReader::unreadableFile_saysWhy()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(name);
    if (name == QLatin1String("folder.yaml")) {
        QVERIFY(QDir(m_dir.path()).mkpath(name));
    } else if (name == QLatin1String("fifo.yaml")) {
        if (mkfifo(QFile::encodeName(path).constData(), 0600) != 0 && errno != EEXIST)
            QSKIP("this file system has no FIFOs");
    } else if (name == QLatin1String("huge.yaml")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(17 << 20));
    }
    const auto suite = SuiteReader::load(path, withEnv({}));
    QVERIFY(!suite.ok());
    QVERIFY2(suite.error().contains(expected), qPrintable(suite.error()));
    QVERIFY2(suite.error().contains(name), qPrintable(suite.error()));
}

QTEST_GUILESS_MAIN(TestSuiteReader)
#include "tst_suitereader.moc"
