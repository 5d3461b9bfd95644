#include "common/binaryrun.h"
#include "fakeserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// `modeldesk trial` run as a person would, against the fake server on 127.0.0.1.
class TestTrialCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void json_onePerModelWithExactKeys();
    void json_noUsage_countsWithTheModelsTokenizer();
    void markdown_labelsEachAnswer();
    void oneModelFails_exitsOneWithError();
    void badUsage_exitsTwo_data();
    void badUsage_exitsTwo();

private:
    using Run = md::test::BinaryRun;
    Run run(const QStringList &arguments);

    QTemporaryDir m_dir;
    FakeServer m_server;
};

namespace {
const QByteArray Key = "sk-cli-test-key-9876543210";
}

void TestTrialCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen());
}

TestTrialCommand::Run TestTrialCommand::run(const QStringList &arguments)
{
    QProcessEnvironment env = md::test::isolatedEnvironment(m_dir);
    env.remove(QStringLiteral("OPENAI_API_KEY"));
    env.insert(QStringLiteral("MODELDESK_API_KEY"), QString::fromLatin1(Key));
    // The fake server answers in this process: wait with the event loop running.
    return md::test::runBinary(QStringLiteral(MODELDESK_BINARY), QStringList{QStringLiteral("trial")} + arguments, env,
                               true);
}

void TestTrialCommand::json_onePerModelWithExactKeys()
{
    const Run r = run({QStringLiteral("--base-url"), m_server.baseUrl(), QStringLiteral("--model"),
                       QStringLiteral("gpt-4o-mini"), QStringLiteral("--model"), QStringLiteral("stream-no-usage"),
                       QStringLiteral("--prompt"), QStringLiteral("Say hello"), QStringLiteral("--temperature"),
                       QStringLiteral("0.5"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray answers = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(answers.size(), 2);
    const QStringList keys{QStringLiteral("completion_tokens"),
                           QStringLiteral("cost_usd"),
                           QStringLiteral("error"),
                           QStringLiteral("model"),
                           QStringLiteral("prompt_tokens"),
                           QStringLiteral("text"),
                           QStringLiteral("tokens_source"),
                           QStringLiteral("total_ms"),
                           QStringLiteral("ttft_ms")};
    const QJsonObject priced = answers.at(0).toObject();
    QCOMPARE(priced.keys(), keys);
    QCOMPARE(priced.value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o-mini"));
    QCOMPARE(priced.value(QLatin1String("text")).toString(), QStringLiteral("Hello, world!"));
    QCOMPARE(priced.value(QLatin1String("prompt_tokens")).toInt(), 11);
    QCOMPARE(priced.value(QLatin1String("completion_tokens")).toInt(), 4);
    QCOMPARE(priced.value(QLatin1String("tokens_source")).toString(), QStringLiteral("server"));
    // 11 x $0.15/1M + 4 x $0.60/1M from the built-in dataset.
    QCOMPARE(priced.value(QLatin1String("cost_usd")).toDouble(), 0.00000405);
    QVERIFY(priced.value(QLatin1String("error")).isNull());
    QVERIFY(priced.value(QLatin1String("ttft_ms")).toDouble() >= 0);
    const QJsonObject unpriced = answers.at(1).toObject();
    QVERIFY(unpriced.value(QLatin1String("cost_usd")).isNull());
    // No usage sent and a model the dataset does not know: an estimate, and said to be one.
    QCOMPARE(unpriced.value(QLatin1String("tokens_source")).toString(), QStringLiteral("estimate"));
    QCOMPARE(unpriced.value(QLatin1String("prompt_tokens")).toInt(), 9);
    QCOMPARE(unpriced.value(QLatin1String("completion_tokens")).toInt(), 4);

    const FakeServer::Request &sent = m_server.requests().constLast();
    QCOMPARE(sent.headers.value("authorization"), "Bearer " + Key);
    QCOMPARE(sent.body.value(QLatin1String("temperature")).toDouble(), 0.5);
    QVERIFY(!r.out.contains(QString::fromLatin1(Key)));
}

void TestTrialCommand::json_noUsage_countsWithTheModelsTokenizer()
{
    // A priced model with a public tokenizer whose server sends no usage: exact counts and a cost, not nulls.
    const QString data = m_dir.filePath(QStringLiteral("tokenizer.json"));
    QFile file(data);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "modeldesk-dataset", "version": 1, "benchmarks": [], "scores": [],
        "models": [{"id": "stream-no-usage", "tokenizer": "o200k_base",
                    "prices": [{"effective": "2024-07-18", "input": 0.15, "output": 0.6}]}]})");
    file.close();
    const Run r = run({QStringLiteral("--base-url"), m_server.baseUrl(), QStringLiteral("--model"),
                       QStringLiteral("stream-no-usage"), QStringLiteral("--prompt"), QStringLiteral("Say hello"),
                       QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--data"), data});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject answer = QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject();
    QCOMPARE(answer.value(QLatin1String("tokens_source")).toString(), QStringLiteral("tokenizer"));
    // 3 + "user" (1) + "Say hello" (2) + 3 priming; "Hello, world!" is 4 tokens (tiktoken, o200k_base).
    QCOMPARE(answer.value(QLatin1String("prompt_tokens")).toInt(), 9);
    QCOMPARE(answer.value(QLatin1String("completion_tokens")).toInt(), 4);
    // 9 x $0.15/1M + 4 x $0.60/1M
    QCOMPARE(answer.value(QLatin1String("cost_usd")).toDouble(), 0.00000375);
}

void TestTrialCommand::markdown_labelsEachAnswer()
{
    const Run r = run({QStringLiteral("--base-url"), m_server.baseUrl(), QStringLiteral("--model"),
                       QStringLiteral("stream"), QStringLiteral("--model"), QStringLiteral("crlf"),
                       QStringLiteral("--prompt"), QStringLiteral("Say hello"), QStringLiteral("--no-stream")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("### stream\n\nHello, world!")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("### crlf\n\n")), qPrintable(r.out));
    QVERIFY(!m_server.requests().constLast().body.value(QLatin1String("stream")).toBool());
}

void TestTrialCommand::oneModelFails_exitsOneWithError()
{
    const Run r =
        run({QStringLiteral("--base-url"), m_server.baseUrl(), QStringLiteral("--model"), QStringLiteral("stream"),
             QStringLiteral("--model"), QStringLiteral("error-401"), QStringLiteral("--prompt"), QStringLiteral("hi"),
             QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray answers = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(answers.size(), 2);
    QVERIFY(answers.at(0).toObject().value(QLatin1String("error")).isNull());
    const QString error = answers.at(1).toObject().value(QLatin1String("error")).toString();
    QVERIFY2(error.contains(QLatin1String("401")), qPrintable(error));
    // The fake server quotes the key back, as some real ones do; it must not be printed.
    QVERIFY2(!r.out.contains(QString::fromLatin1(Key)), qPrintable(r.out));
}

void TestTrialCommand::badUsage_exitsTwo_data()
{
    QTest::addColumn<QString>("arguments"); // split at spaces
    QTest::addColumn<QString>("message");
    QTest::addRow("no model") << "--base-url http://127.0.0.1:1/v1 --prompt hi"
                              << "--model";
    QTest::addRow("no prompt") << "--base-url http://127.0.0.1:1/v1 --model m"
                               << "--prompt";
    QTest::addRow("no base url") << "--model m --prompt hi"
                                 << "--base-url";
    QTest::addRow("bad format") << "--base-url http://127.0.0.1:1/v1 --model m --prompt hi --format xml"
                                << "--format";
    QTest::addRow("bad temperature") << "--base-url http://127.0.0.1:1/v1 --model m --prompt hi --temperature 5"
                                     << "--temperature";
    QTest::addRow("bad max tokens") << "--base-url http://127.0.0.1:1/v1 --model m --prompt hi --max-tokens -3"
                                    << "--max-tokens";
    QTest::addRow("key over plain http") << "--base-url http://example.com/v1 --model m --prompt hi"
                                         << "plain http";
    QTest::addRow("five models")
        << "--base-url http://127.0.0.1:1/v1 --model a --model b --model c --model d --model e --prompt hi"
        << "--model";
    QTest::addRow("unknown option") << "--bogus"
                                    << "bogus";
}

void TestTrialCommand::badUsage_exitsTwo()
{
    QFETCH(QString, arguments);
    QFETCH(QString, message);
    const Run r = run(arguments.split(QLatin1Char(' ')));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestTrialCommand)
#include "tst_trialcommand.moc"
