#include "arena/battlefile.h"
#include "arena/votesfile.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace md::arena;

// FastChat battle files and the person's votes file.
class TestArenaFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void battleFile_roundTrip();
    void battleFile_readsLmArenaExtras();
    void battleFile_malformed_namesFileAndEntry_data();
    void battleFile_malformed_namesFileAndEntry();
    void battleFile_selfBattle_skippedWithWarning();
    void votesFile_defaultIsInTheAppDataFolder();
    void votesFile_appendThenLoad_keepsEverything();
    void votesFile_truncatedLastLine_skippedWithWarning();
    void votesFile_appendAfterTruncatedLine_startsAFreshLine();
    void votesFile_damagedMiddleLine_isAnError();
    void votesFile_lastLineWholeButNotAVote_isAnError();
    void load_tellsVotesFileFromBattleFile();
    void votesFile_killedWhileVoting_keepsEveryEarlierVote();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

namespace {

constexpr const char *WriterVariable = "TST_ARENAFILES_VOTE_WRITER";

Vote sample(int k)
{
    Vote v;
    v.time = QDateTime(QDate(2026, 12, 6), QTime(10, k % 60, 0, 250), Qt::UTC);
    v.modelA = QStringLiteral("gpt-4o-mini");
    v.modelB = QStringLiteral("claude-3-haiku-20240307");
    v.winner = static_cast<Winner>(k % 4);
    v.category = k % 2 ? QStringLiteral("coding") : QString();
    v.prompt = QStringLiteral("Write a haiku, line %1\nwith \"quotes\" and 中文").arg(k);
    v.answerA = QStringLiteral("An answer");
    v.answerB = QStringLiteral("Another\n\nanswer");
    v.metricsA.firstTokenMs = 120.5;
    v.metricsA.outputTokens = 42;
    v.metricsB.costUsd = 0.000012;
    return v;
}

} // namespace

void TestArenaFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestArenaFiles::battleFile_roundTrip()
{
    std::vector<Vote> votes;
    for (int k = 0; k < 8; ++k) {
        Vote v = sample(k);
        v.prompt.clear(); // a battle carries no texts or metrics
        v.answerA.clear();
        v.answerB.clear();
        v.metricsA = {};
        v.metricsB = {};
        v.language = k == 3 ? QStringLiteral("Chinese") : QString();
        v.turn = k == 5 ? 2 : 1;
        votes.push_back(v);
    }
    QVERIFY(BattleFile::save(votes, path(QStringLiteral("battles.json"))));
    const auto loaded = BattleFile::load(path(QStringLiteral("battles.json")));
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded->votes.size(), votes.size());
    for (size_t k = 0; k < votes.size(); ++k)
        QCOMPARE(loaded->votes[k], votes[k]);
    QVERIFY(loaded->warnings.isEmpty());
}

void TestArenaFiles::battleFile_readsLmArenaExtras()
{
    const QByteArray json = R"j([{"model_a":"a","model_b":"b","winner":"tie (bothbad)","judge":"arena_user_1",
        "turn":1,"anony":true,"language":"English","tstamp":1721294512.25,"category_tag":{"math_v0.1":{"math":false}},
        "conv_metadata":{"sum_user_tokens":10}}])j";
    const auto loaded = BattleFile::parse(json, QStringLiteral("dump.json"));
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded->votes.size(), size_t(1));
    QCOMPARE(loaded->votes[0].winner, Winner::BothBad);
    QCOMPARE(loaded->votes[0].language, QStringLiteral("English"));
    QCOMPARE(loaded->votes[0].time.toMSecsSinceEpoch(), 1721294512250);
}

void TestArenaFiles::battleFile_malformed_namesFileAndEntry_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray ok = R"({"model_a":"a","model_b":"b","winner":"model_a"})";
    QTest::addRow("not an array") << QByteArray(R"({"model_a":"a"})")
                                  << QStringLiteral("b.json: a battle file must be");
    QTest::addRow("not JSON") << QByteArray("[{") << QStringLiteral("b.json: line 1");
    QTest::addRow("entry not an object") << ("[" + ok + ",3]") << QStringLiteral("b.json: entry 1: must be an object");
    QTest::addRow("bad winner") << ("[" + ok + R"(,{"model_a":"a","model_b":"b","winner":"a"}])")
                                << QStringLiteral("b.json: entry 1: winner must be");
    QTest::addRow("no winner") << QByteArray(R"([{"model_a":"a","model_b":"b"}])")
                               << QStringLiteral("b.json: entry 0: winner must be");
    QTest::addRow("model_b missing") << QByteArray(R"([{"model_a":"a","winner":"tie"}])")
                                     << QStringLiteral("b.json: entry 0: model_b must be a model name, got nothing");
    QTest::addRow("model_a empty") << QByteArray(R"([{"model_a":"","model_b":"b","winner":"tie"}])")
                                   << QStringLiteral("b.json: entry 0: model_a must be a model name");
    QTest::addRow("model_a a number") << QByteArray(R"([{"model_a":7,"model_b":"b","winner":"tie"}])")
                                      << QStringLiteral("b.json: entry 0: model_a must be a model name, got 7");
    QTest::addRow("tstamp text") << ("[" + ok + "," + ok +
                                     R"(,{"model_a":"a","model_b":"b","winner":"tie","tstamp":"x"}])")
                                 << QStringLiteral("b.json: entry 2: tstamp must be");
    QTest::addRow("turn zero") << QByteArray(R"([{"model_a":"a","model_b":"b","winner":"tie","turn":0}])")
                               << QStringLiteral("b.json: entry 0: turn must be");
    QTest::addRow("language a list") << QByteArray(R"([{"model_a":"a","model_b":"b","winner":"tie","language":[]}])")
                                     << QStringLiteral("b.json: entry 0: language must be text");
    QTest::addRow("duplicate key") << QByteArray(R"([{"model_a":"a","model_a":"c","model_b":"b","winner":"tie"}])")
                                   << QStringLiteral("appears twice");
}

void TestArenaFiles::battleFile_malformed_namesFileAndEntry()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto loaded = BattleFile::parse(json, QStringLiteral("b.json"));
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains(message), qPrintable(loaded.error()));
}

void TestArenaFiles::battleFile_selfBattle_skippedWithWarning()
{
    const auto loaded = BattleFile::parse(
        R"([{"model_a":"a","model_b":"a","winner":"tie"},{"model_a":"a","model_b":"b","winner":"model_b"}])",
        QStringLiteral("b.json"));
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded->votes.size(), size_t(1));
    QCOMPARE(loaded->warnings.size(), 1);
    QVERIFY(loaded->warnings[0].contains(QStringLiteral("entry 0")));
}

void TestArenaFiles::votesFile_defaultIsInTheAppDataFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCOMPARE(VotesFile().path(), folder + QStringLiteral("/arena-votes.jsonl"));
    QVERIFY(folder.contains(QStringLiteral(".qttest"))); // test mode: never the person's real folder
}

void TestArenaFiles::votesFile_appendThenLoad_keepsEverything()
{
    const VotesFile file(path(QStringLiteral("sub/votes.jsonl")));
    for (int k = 0; k < 5; ++k)
        QVERIFY(file.append(sample(k)));
    const auto loaded = file.load();
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded->votes.size(), size_t(5));
    for (int k = 0; k < 5; ++k)
        QCOMPARE(loaded->votes[size_t(k)], sample(k));
    QFile raw(file.path());
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QCOMPARE(raw.readAll().count('\n'), 5); // one line a vote
}

void TestArenaFiles::votesFile_truncatedLastLine_skippedWithWarning()
{
    const VotesFile file(path(QStringLiteral("cut.jsonl")));
    for (int k = 0; k < 3; ++k)
        QVERIFY(file.append(sample(k)));
    QFile raw(file.path());
    QVERIFY(raw.open(QIODevice::ReadWrite));
    const qint64 size = raw.size();
    QVERIFY(raw.resize(size - 30)); // a crash in the middle of the third line
    raw.close();
    const auto loaded = file.load();
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded->votes.size(), size_t(2));
    QCOMPARE(loaded->warnings.size(), 1);
    QVERIFY2(loaded->warnings[0].contains(QStringLiteral("line 3 is incomplete")), qPrintable(loaded->warnings[0]));
}

void TestArenaFiles::votesFile_appendAfterTruncatedLine_startsAFreshLine()
{
    const VotesFile file(path(QStringLiteral("cut2.jsonl")));
    QVERIFY(file.append(sample(0)));
    QVERIFY(file.append(sample(1)));
    QFile raw(file.path());
    QVERIFY(raw.open(QIODevice::ReadWrite));
    QVERIFY(raw.resize(raw.size() - 10));
    raw.close();
    QVERIFY(file.append(sample(2)));
    const auto loaded = file.load();
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded->votes.size(), size_t(2));
    QCOMPARE(loaded->votes[0], sample(0));
    QCOMPARE(loaded->votes[1], sample(2));
    QVERIFY(loaded->warnings.isEmpty());
}

void TestArenaFiles::votesFile_damagedMiddleLine_isAnError()
{
    QFile raw(path(QStringLiteral("bad.jsonl")));
    QVERIFY(raw.open(QIODevice::WriteOnly));
    raw.write(R"({"model_a":"a","model_b":"b","winner":"tie"})"
              "\n"
              R"({"model_a":"a","model_b":"b","winner":"nobody"})"
              "\n"
              R"({"model_a":"a","model_b":"b","winner":"tie"})"
              "\n");
    raw.close();
    const auto loaded = VotesFile(raw.fileName()).load();
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains(raw.fileName() + QStringLiteral(": line 2: winner must be")),
             qPrintable(loaded.error()));
}

void TestArenaFiles::votesFile_lastLineWholeButNotAVote_isAnError()
{
    // Only a line that is not even JSON is what a crash leaves; valid JSON that is no vote is a wrong file.
    const auto loaded = VotesFile::parse(R"({"model_a":"a","model_b":"b","winner":"tie"})"
                                         "\n"
                                         R"({"model_a":"a","model_b":"b","winner":"tie","turn":0})",
                                         QStringLiteral("v.jsonl"));
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains(QStringLiteral("v.jsonl: line 2: turn must be")), qPrintable(loaded.error()));
}

void TestArenaFiles::load_tellsVotesFileFromBattleFile()
{
    const VotesFile file(path(QStringLiteral("mine.jsonl")));
    QVERIFY(file.append(sample(0)));
    const auto loaded = BattleFile::load(file.path());
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded->votes.size(), size_t(1));
    QCOMPARE(loaded->votes[0].prompt, sample(0).prompt);
    const auto missing = BattleFile::load(path(QStringLiteral("none.json")));
    QVERIFY(!missing);
    QVERIFY(missing.error().contains(QStringLiteral("none.json")));
}

void TestArenaFiles::votesFile_killedWhileVoting_keepsEveryEarlierVote()
{
    // This test's own binary, started with WriterVariable set, appends votes until it is killed (SIGKILL: no
    // handler, no flush at exit). Every vote before the kill must load back whole and in order.
    const QString file = path(QStringLiteral("killed.jsonl"));
    QProcess writer;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(WriterVariable), file);
    writer.setProcessEnvironment(env);
    writer.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(writer.waitForStarted());
    // Kill it while it writes: after some votes are on disk, with more coming.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(file).size() > 20'000, 60'000);
    writer.kill();
    QVERIFY(writer.waitForFinished());
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    const VotesFile votes(file);
    auto loaded = votes.load();
    QVERIFY2(loaded, qPrintable(loaded.error()));
    const size_t kept = loaded->votes.size();
    QVERIFY(kept >= 10);
    for (size_t k = 0; k < kept; ++k)
        QCOMPARE(loaded->votes[k], sample(int(k)));
    // Voting goes on after the crash: the next vote follows the last whole one.
    QVERIFY(votes.append(sample(int(kept))));
    loaded = votes.load();
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded->votes.size(), kept + 1);
    QCOMPARE(loaded->votes.back(), sample(int(kept)));
}

// The test's main, which is also the vote writer the kill test starts (with WriterVariable naming its file).
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (const QString file = qEnvironmentVariable(WriterVariable); !file.isEmpty()) {
        const VotesFile votes(file);
        for (int k = 0;; ++k) {
            if (!votes.append(sample(k)))
                return 3;
        }
    }
    TestArenaFiles test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_arenafiles.moc"
