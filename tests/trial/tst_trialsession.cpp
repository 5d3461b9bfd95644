#include "core/datasetjson.h"
#include "fakeserver.h"
#include "trial/trialhistory.h"
#include "trial/trialsession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace md::trial;

namespace {
const QString Key = QStringLiteral("sk-session-secret-abcdef123456");
}

class TestTrialSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void columns_runTogether_oneFailingLeavesOthers();
    void cancelOneColumn_othersFinish();
    void followUp_continuesEachConversation();
    void metrics_estimatedOnlyWithoutUsage_data();
    void metrics_estimatedOnlyWithoutUsage();
    void failedCall_noTokensNoCost_data();
    void failedCall_noTokensNoCost();
    void notStreamed_noTtftNoRate();
    void resume_followUpContinuesTheResumedTrial();
    void leaders_fastestAndCheapestAmongWholeAnswers();
    void history_neverHoldsTheKey();
    void history_roundTripsAndReplaces();
    void columnCount_outOfRangeRefused();

private:
    std::vector<ColumnSpec> columns(const QStringList &models) const;
    QStringList keys(qsizetype n) const { return QStringList(n, Key); }

    FakeServer m_server;
    QNetworkAccessManager m_network;
    md::Dataset m_dataset;
};

void TestTrialSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.listen());
    m_dataset = md::DatasetJson::builtIn();
}

std::vector<ColumnSpec> TestTrialSession::columns(const QStringList &models) const
{
    std::vector<ColumnSpec> out;
    for (const QString &m : models)
        out.push_back({QStringLiteral("Fake"), m_server.baseUrl(), m, m_dataset.model(m) ? m : QString(), m});
    return out;
}

void TestTrialSession::columns_runTogether_oneFailingLeavesOthers()
{
    TrialSession session(&m_network);
    session.setDataset(&m_dataset);
    QSignalSpy done(&session, &TrialSession::turnFinished);
    QSignalSpy columnDone(&session, &TrialSession::columnFinished);
    QVERIFY(session.start(columns({QStringLiteral("gpt-4o-mini"), QStringLiteral("error-400"), QStringLiteral("slow"),
                                   QStringLiteral("stream")}),
                          keys(4), {}, QStringLiteral("Say hello")));
    QVERIFY(session.isRunning());
    QVERIFY(done.wait(15000));
    QCOMPARE(columnDone.size(), 4);
    const TrialTurn &turn = session.record().turns.front();
    QVERIFY(turn.answers[0].ok());
    QVERIFY(turn.answers[1].error.contains(QLatin1String("400")));
    QVERIFY(turn.answers[2].ok()); // the slow one went on after the failure
    QCOMPARE(turn.answers[2].text.size(), 500);
    QVERIFY(turn.answers[0].metrics.cost.has_value());
    QVERIFY(!turn.answers[3].metrics.cost.has_value()); // "stream" has no price in the dataset
}

void TestTrialSession::cancelOneColumn_othersFinish()
{
    TrialSession session(&m_network);
    QSignalSpy done(&session, &TrialSession::turnFinished);
    QSignalSpy text(&session, &TrialSession::columnText);
    QVERIFY(
        session.start(columns({QStringLiteral("slow"), QStringLiteral("stream")}), keys(2), {}, QStringLiteral("hi")));
    QVERIFY(text.wait(5000));
    session.cancel(0);
    QVERIFY(!session.isRunning(0));
    QVERIFY(done.wait(5000));
    const TrialTurn &turn = session.record().turns.front();
    QVERIFY(turn.answers[0].cancelled);
    QVERIFY(turn.answers[1].ok());
    QCOMPARE(turn.answers[1].text, QStringLiteral("Hello, world!"));

    // Stop all.
    QVERIFY(session.followUp(QStringLiteral("again")));
    session.cancelAll();
    QVERIFY(!session.isRunning());
    QCOMPARE(done.size(), 2);
}

void TestTrialSession::followUp_continuesEachConversation()
{
    TrialSession session(&m_network);
    QSignalSpy done(&session, &TrialSession::turnFinished);
    TrialSettings settings;
    settings.system = QStringLiteral("Be brief.");
    QVERIFY(session.start(columns({QStringLiteral("stream"), QStringLiteral("crlf")}), keys(2), settings,
                          QStringLiteral("First")));
    QVERIFY(done.wait(5000));
    QVERIFY(session.followUp(QStringLiteral("Second")));
    QVERIFY(done.wait(5000));
    QCOMPARE(session.record().turns.size(), size_t(2));
    // The last request of each model carries its own earlier answer.
    for (const QString &model : {QStringLiteral("stream"), QStringLiteral("crlf")}) {
        QJsonArray messages;
        for (const FakeServer::Request &r : m_server.requests()) {
            if (r.body.value(QLatin1String("model")).toString() == model)
                messages = r.body.value(QLatin1String("messages")).toArray();
        }
        QCOMPARE(messages.size(), 4);
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("content")).toString(), settings.system);
        QCOMPARE(messages.at(1).toObject().value(QLatin1String("content")).toString(), QStringLiteral("First"));
        QCOMPARE(messages.at(2).toObject().value(QLatin1String("role")).toString(), QStringLiteral("assistant"));
        QCOMPARE(messages.at(2).toObject().value(QLatin1String("content")).toString(),
                 model == QLatin1String("crlf") ? QStringLiteral("ABC") : QStringLiteral("Hello, world!"));
        QCOMPARE(messages.at(3).toObject().value(QLatin1String("content")).toString(), QStringLiteral("Second"));
    }
}

void TestTrialSession::metrics_estimatedOnlyWithoutUsage_data()
{
    QTest::addColumn<bool>("withUsage");
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("source");
    QTest::addColumn<qint64>("promptTokens");
    QTest::addColumn<QString>("note");
    using md::tokens::TokenSource;
    QTest::addRow("usage sent") << true << QStringLiteral("gpt-4o-mini") << int(TokenSource::Server) << qint64(1000)
                                << QString();
    // 3 per message + "user" (1) + "Say hello" (2) + 3 priming the reply, counted by tiktoken's o200k_base.
    QTest::addRow("no usage, public tokenizer") << false << QStringLiteral("gpt-4o-mini") << int(TokenSource::Tokenizer)
                                                << qint64(9) << QStringLiteral("counted with the model's tokenizer");
    // Claude's tokenizer is not public: the cl100k_base count (the same 9 here), marked as an estimate.
    QTest::addRow("no usage, no public tokenizer")
        << false << QStringLiteral("claude-3-haiku-20240307") << int(TokenSource::Estimate) << qint64(9)
        << QStringLiteral("estimated");
}

void TestTrialSession::metrics_estimatedOnlyWithoutUsage()
{
    QFETCH(bool, withUsage);
    QFETCH(QString, model);
    QFETCH(int, source);
    QFETCH(qint64, promptTokens);
    QFETCH(QString, note);
    ChatResult result;
    result.text = QStringLiteral("Hello, world!"); // 4 tokens in o200k_base and cl100k_base
    result.ttftMs = 100;
    result.totalMs = 1100;
    if (withUsage) {
        result.promptTokens = 1000;
        result.completionTokens = 500;
    }
    const TrialMetrics m =
        TrialSession::metricsFor(result, {{QStringLiteral("user"), QStringLiteral("Say hello")}}, &m_dataset, model);
    QCOMPARE(m.tokensEstimated, !withUsage);
    QCOMPARE(int(m.tokensSource), source);
    QCOMPARE(m.promptTokens, promptTokens);
    QCOMPARE(m.completionTokens, withUsage ? 500 : 4);
    QCOMPARE(m.tokensPerSecond, withUsage ? 500.0 : 4.0); // over the second after the first token
    QVERIFY(m.cost.has_value());
    if (withUsage) // 1000 x 0.15 + 500 x 0.60 per 1M tokens
        QCOMPARE(*m.cost, md::Money::fromMicroDollars(450));
    const QString counts = TrialFormat::tokenCounts(m);
    QCOMPARE(counts.contains(QLatin1String("the server sent no usage")), !withUsage);
    if (!note.isEmpty())
        QVERIFY2(counts.contains(note), qPrintable(counts));
}

void TestTrialSession::failedCall_noTokensNoCost_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("answered"); // text arrived before the failure: tokens were used
    QTest::addRow("401 before any text") << "error-401" << false;
    QTest::addRow("404 before any text") << "error-404" << false;
    QTest::addRow("dropped after text") << "drop" << true;
}

void TestTrialSession::failedCall_noTokensNoCost()
{
    QFETCH(QString, model);
    QFETCH(bool, answered);
    TrialSession session(&m_network);
    session.setDataset(&m_dataset);
    std::vector<ColumnSpec> specs = columns({model});
    specs.front().datasetModelId = QStringLiteral("gpt-4o-mini"); // priced: a guess would get a cost
    QSignalSpy done(&session, &TrialSession::turnFinished);
    QVERIFY(session.start(specs, keys(1), {}, QStringLiteral("A prompt long enough to estimate some tokens")));
    QVERIFY(done.wait(15000));
    const TrialAnswer &a = session.record().turns.front().answers.front();
    QVERIFY(!a.ok());
    QCOMPARE(a.metrics.cost.has_value(), answered);
    QCOMPARE(a.metrics.promptTokens > 0, answered);
    QCOMPARE(hasNoAnswer(a), !answered);
    QCOMPARE(TrialFormat::answerMetrics(a).contains(QLatin1String("$")), answered);
}

void TestTrialSession::notStreamed_noTtftNoRate()
{
    TrialSession session(&m_network);
    session.setDataset(&m_dataset);
    TrialSettings settings;
    settings.stream = false;
    QSignalSpy done(&session, &TrialSession::turnFinished);
    QVERIFY(session.start(columns({QStringLiteral("gpt-4o-mini"), QStringLiteral("stream")}), keys(2), settings,
                          QStringLiteral("hi")));
    QVERIFY(done.wait(15000));
    for (const TrialAnswer &a : session.record().turns.front().answers) {
        QVERIFY2(a.ok(), qPrintable(a.error));
        QCOMPARE(a.metrics.ttftMs, -1);
        QCOMPARE(a.metrics.tokensPerSecond, 0.0);
        const QString timing = TrialFormat::timing(a.metrics);
        QVERIFY2(!timing.contains(QLatin1String("TTFT")) && !timing.contains(QLatin1String("tok/s")),
                 qPrintable(timing));
    }
}

void TestTrialSession::resume_followUpContinuesTheResumedTrial()
{
    // Trial A, then trial B in the same session; resuming A makes A the trial a follow-up continues.
    TrialSession session(&m_network);
    QSignalSpy done(&session, &TrialSession::turnFinished);
    QVERIFY(session.start(columns({QStringLiteral("stream"), QStringLiteral("error-400")}), keys(2), {},
                          QStringLiteral("Prompt A")));
    QVERIFY(done.wait(5000));
    const TrialRecord a = session.record();
    QVERIFY(session.start(columns({QStringLiteral("poem-1"), QStringLiteral("poem-2")}), keys(2), {},
                          QStringLiteral("Prompt B")));
    QVERIFY(done.wait(5000));
    QVERIFY(session.record().id != a.id);

    QVERIFY(session.resume(a));
    QCOMPARE(session.record(), a);
    QVERIFY(session.followUp(QStringLiteral("More on A"), keys(2)));
    QVERIFY(done.wait(5000));
    QCOMPARE(session.record().id, a.id);
    QCOMPARE(session.record().turns.size(), size_t(2));
    // Column 1 sends A's first turn as context; column 2's first turn failed, so it sends only the new prompt.
    const auto &requests = m_server.requests();
    QJsonArray first, second;
    for (const FakeServer::Request &r : requests) {
        const QString model = r.body.value(QLatin1String("model")).toString();
        if (model == QLatin1String("stream"))
            first = r.body.value(QLatin1String("messages")).toArray();
        else if (model == QLatin1String("error-400"))
            second = r.body.value(QLatin1String("messages")).toArray();
    }
    QCOMPARE(first.size(), 3);
    QCOMPARE(first.at(0).toObject().value(QLatin1String("content")).toString(), QStringLiteral("Prompt A"));
    QCOMPARE(first.at(2).toObject().value(QLatin1String("content")).toString(), QStringLiteral("More on A"));
    QCOMPARE(second.size(), 1);
    QCOMPARE(requests.constLast().headers.value("authorization"), "Bearer " + Key.toUtf8());
}

void TestTrialSession::leaders_fastestAndCheapestAmongWholeAnswers()
{
    auto answer = [](qint64 ms, std::optional<qint64> micro, bool ok = true) {
        TrialAnswer a;
        a.text = QStringLiteral("text");
        a.error = ok ? QString() : QStringLiteral("failed");
        a.metrics.totalMs = ms;
        if (micro)
            a.metrics.cost = md::Money::fromMicroDollars(*micro);
        return a;
    };
    TrialTurn turn{QStringLiteral("p"), {answer(900, 40), answer(300, 90), answer(100, 10, false), answer(500, {})}};
    QCOMPARE(leadersOf(turn), (TurnLeaders{1, 0})); // the failed one is neither, however quick or cheap
    QCOMPARE(TrialFormat::leaderText(leadersOf(turn), 1), TrialFormat::tr("Fastest"));
    TrialTurn alone{QStringLiteral("p"), {answer(900, 40), answer(100, {}, false)}};
    QCOMPARE(leadersOf(alone), TurnLeaders{}); // nothing to compare with
    TrialTurn onePriced{QStringLiteral("p"), {answer(900, 40), answer(100, {})}};
    QCOMPARE(leadersOf(onePriced), (TurnLeaders{1, -1}));
}

void TestTrialSession::history_neverHoldsTheKey()
{
    TrialHistory history;
    QFile::remove(history.path());
    TrialSession session(&m_network);
    QSignalSpy done(&session, &TrialSession::turnFinished);
    // error-401 quotes the key back in its message, the worst case for a leak.
    QVERIFY(session.start(columns({QStringLiteral("stream"), QStringLiteral("error-401")}), keys(2), {},
                          QStringLiteral("hi")));
    QVERIFY(done.wait(5000));
    QVERIFY(history.save(session.record()).ok());
    QFile file(history.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains("Hello, world!"));
    QVERIFY(saved.contains("401"));
    QVERIFY(!saved.contains(Key.toUtf8()));
    QVERIFY(!saved.contains(Key.left(12).toUtf8()));
    QVERIFY(!TrialFormat::toMarkdown(session.record()).contains(Key));

    // Nor a secret carried in the base URL.
    std::vector<ColumnSpec> withSecretUrl = columns({QStringLiteral("stream"), QStringLiteral("crlf")});
    for (ColumnSpec &c : withSecretUrl)
        c.baseUrl.replace(QLatin1String("http://"), QLatin1String("http://user:pw-secret@"))
            .append(QLatin1String("?key=q-secret"));
    QVERIFY(session.start(withSecretUrl, keys(2), {}, QStringLiteral("hi")));
    QVERIFY(done.wait(5000));
    QVERIFY(session.record().turns.front().answers[0].ok()); // the request still used the whole URL
    const QJsonObject json = TrialFormat::toJson(session.record());
    const QByteArray exported = QJsonDocument(json).toJson();
    QVERIFY(!exported.contains("secret"));
}

void TestTrialSession::history_roundTripsAndReplaces()
{
    QTemporaryDir dir;
    TrialHistory history(dir.filePath(QStringLiteral("h/trials.json")));
    QCOMPARE(history.load().value().size(), size_t(0));
    TrialSession session(&m_network);
    session.setDataset(&m_dataset);
    QSignalSpy done(&session, &TrialSession::turnFinished);
    TrialSettings settings{QStringLiteral("sys"), 0.7, 256, true};
    QVERIFY(session.start(columns({QStringLiteral("gpt-4o-mini"), QStringLiteral("stream-no-usage")}), keys(2),
                          settings, QStringLiteral("One")));
    QVERIFY(done.wait(5000));
    QVERIFY(history.save(session.record()).ok());
    QVERIFY(session.followUp(QStringLiteral("Two")));
    QVERIFY(done.wait(5000));
    QVERIFY(history.save(session.record()).ok()); // replaces, does not add
    const auto loaded = history.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded.value().size(), size_t(1));
    QCOMPARE(loaded.value().front(), session.record());

    QFile damaged(history.path());
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{ not json");
    damaged.close();
    QVERIFY(history.load().error().contains(history.path()));
}

void TestTrialSession::columnCount_outOfRangeRefused()
{
    TrialSession session(&m_network);
    QVERIFY(!session.start(columns({}), {}, {}, QStringLiteral("hi")));
    QVERIFY(!session.start(columns({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                                    QStringLiteral("e")}),
                           keys(5), {}, QStringLiteral("hi")));
    QVERIFY(!session.followUp(QStringLiteral("nothing to follow")));
}

QTEST_GUILESS_MAIN(TestTrialSession)
#include "tst_trialsession.moc"
