#include "arena/battlefile.h"
#include "arena/votesfile.h"
#include "common/binaryrun.h"
#include "core/datasetjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace md::arena;

// `modeldesk arena` run as a person would.
class TestArenaCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ratings_json_oneObjectPerModelWithExactKeys();
    void ratings_tableAndCsv_sameOrder();
    void badInput_exitsTwo_data();
    void badInput_exitsTwo();
    void writeDataset_addsArenaBenchmarkThatLoads();
    void writeDataset_nothingRated_writesNothing();
    void export_writesYourVotesAsBattles();

private:
    using Run = md::test::BinaryRun;
    Run run(const QStringList &arguments);
    QString file(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
    QString m_battles;
};

void TestArenaCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // gpt-4o beats gpt-4o-mini 30 to 10; gpt-4o-mini and claude-3-haiku tie 8 times; haiku has 8 votes.
    QJsonArray battles;
    const auto add = [&battles](const char *a, const char *b, const char *winner, int times) {
        for (int k = 0; k < times; ++k)
            battles.append(QJsonObject{{QStringLiteral("model_a"), QLatin1String(a)},
                                       {QStringLiteral("model_b"), QLatin1String(b)},
                                       {QStringLiteral("winner"), QLatin1String(winner)},
                                       {QStringLiteral("tstamp"), 1765000000.0 + k}});
    };
    add("gpt-4o", "gpt-4o-mini", "model_a", 30);
    add("gpt-4o", "gpt-4o-mini", "model_b", 10);
    add("gpt-4o-mini", "claude-3-haiku-20240307", "tie", 8);
    m_battles = file(QStringLiteral("battles.json"), QJsonDocument(battles).toJson());
}

QString TestArenaCommand::file(const QString &name, const QByteArray &content)
{
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(f.fileName()));
    f.write(content);
    return f.fileName();
}

TestArenaCommand::Run TestArenaCommand::run(const QStringList &arguments)
{
    return md::test::runBinary(QStringLiteral(MODELDESK_BINARY), QStringList{QStringLiteral("arena")} + arguments,
                               md::test::isolatedEnvironment(m_dir));
}

void TestArenaCommand::ratings_json_oneObjectPerModelWithExactKeys()
{
    const Run r = run({QStringLiteral("ratings"), QStringLiteral("--battles"), m_battles, QStringLiteral("--format"),
                       QStringLiteral("json"), QStringLiteral("--bootstrap"), QStringLiteral("200"),
                       QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), 3);
    const QStringList keys{QStringLiteral("lower"),       QStringLiteral("losses"), QStringLiteral("model"),
                           QStringLiteral("preliminary"), QStringLiteral("rank"),   QStringLiteral("rating"),
                           QStringLiteral("ties"),        QStringLiteral("upper"),  QStringLiteral("votes"),
                           QStringLiteral("wins")};
    for (const QJsonValue row : rows) {
        QStringList found = row.toObject().keys();
        found.sort();
        QStringList expected = keys;
        expected.sort();
        QCOMPARE(found, expected);
    }
    const QJsonObject best = rows[0].toObject();
    QCOMPARE(best.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o"));
    QCOMPARE(best.value(QStringLiteral("votes")).toInt(), 40);
    QCOMPARE(best.value(QStringLiteral("wins")).toInt(), 30);
    QCOMPARE(best.value(QStringLiteral("losses")).toInt(), 10);
    QCOMPARE(best.value(QStringLiteral("rank")).toInt(), 1);
    QCOMPARE(best.value(QStringLiteral("preliminary")).toBool(), false);
    QVERIFY(best.value(QStringLiteral("lower")).toDouble() < best.value(QStringLiteral("rating")).toDouble());
    const QJsonObject haiku = rows[1].toObject(); // level with gpt-4o-mini: equal ratings go by name
    QCOMPARE(haiku.value(QStringLiteral("model")).toString(), QStringLiteral("claude-3-haiku-20240307"));
    QCOMPARE(haiku.value(QStringLiteral("ties")).toInt(), 8);
    QCOMPARE(haiku.value(QStringLiteral("preliminary")).toBool(), true); // 8 votes < 30
    // The same seed gives the same intervals.
    const Run again = run({QStringLiteral("ratings"), QStringLiteral("--battles"), m_battles,
                           QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--bootstrap"),
                           QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("5")});
    QCOMPARE(again.out, r.out);
}

void TestArenaCommand::ratings_tableAndCsv_sameOrder()
{
    const Run csv = run({QStringLiteral("ratings"), QStringLiteral("--battles"), m_battles, QStringLiteral("--format"),
                         QStringLiteral("csv"), QStringLiteral("--min-votes"), QStringLiteral("5")});
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    const QStringList lines = csv.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], QStringLiteral("model,rating,lower,upper,rank,votes,wins,losses,ties,preliminary"));
    QVERIFY(lines[1].startsWith(QStringLiteral("gpt-4o,")));
    const QString haiku = lines.filter(QStringLiteral("claude-3-haiku-20240307,")).value(0);
    QVERIFY2(haiku.endsWith(QStringLiteral(",8,0,0,8,false")), qPrintable(haiku));
    const Run table = run({QStringLiteral("ratings"), QStringLiteral("--battles"), m_battles});
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    QVERIFY(table.out.indexOf(QStringLiteral("gpt-4o ")) < table.out.indexOf(QStringLiteral("gpt-4o-mini")));
    QVERIFY(table.out.contains(QStringLiteral("claude-3-haiku-20240307*")));
}

void TestArenaCommand::badInput_exitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString bad =
        file(QStringLiteral("bad.json"),
             R"([{"model_a":"a","model_b":"b","winner":"tie"},{"model_a":"a","model_b":"b","winner":"A"}])");
    const QString ratings = QStringLiteral("ratings");
    const QString battles = QStringLiteral("--battles");
    QTest::addRow("malformed entry") << QStringList{ratings, battles, bad} << bad + QStringLiteral(": entry 1: winner");
    QTest::addRow("missing file") << QStringList{ratings, battles, m_dir.filePath(QStringLiteral("none.json"))}
                                  << QStringLiteral("none.json");
    QTest::addRow("no votes yet") << QStringList{ratings} << QStringLiteral("no votes yet");
    QTest::addRow("format") << QStringList{ratings, battles, m_battles, QStringLiteral("--format"),
                                           QStringLiteral("xml")}
                            << QStringLiteral("--format must be table, json or csv");
    QTest::addRow("bootstrap") << QStringList{ratings, battles, m_battles, QStringLiteral("--bootstrap"),
                                              QStringLiteral("many")}
                               << QStringLiteral("--bootstrap must be a whole number");
    QTest::addRow("min-votes") << QStringList{ratings, battles, m_battles, QStringLiteral("--min-votes"),
                                              QStringLiteral("-3")}
                               << QStringLiteral("--min-votes must be");
    QTest::addRow("seed") << QStringList{ratings, battles, m_battles, QStringLiteral("--seed"), QStringLiteral("x")}
                          << QStringLiteral("--seed must be");
    QTest::addRow("data alone") << QStringList{ratings, battles, m_battles, QStringLiteral("--data"), m_battles}
                                << QStringLiteral("--data is read only with --write-dataset");
    QTest::addRow("unknown option") << QStringList{ratings, QStringLiteral("--frobnicate")}
                                    << QStringLiteral("frobnicate");
    QTest::addRow("unknown action") << QStringList{QStringLiteral("rate")} << QStringLiteral("unknown action \"rate\"");
    QTest::addRow("export format") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                                  QStringLiteral("csv"), QStringLiteral("--out"), QStringLiteral("x")}
                                   << QStringLiteral("--format must be fastchat");
    QTest::addRow("export no out") << QStringList{QStringLiteral("export")} << QStringLiteral("--out FILE is required");
    QTest::addRow("export damaged votes")
        << QStringList{QStringLiteral("export"), QStringLiteral("--votes"), bad, QStringLiteral("--out"),
                       m_dir.filePath(QStringLiteral("never.json"))}
        << bad + QStringLiteral(": line 1");
}

void TestArenaCommand::badInput_exitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.json"))));
}

void TestArenaCommand::writeDataset_addsArenaBenchmarkThatLoads()
{
    const QString out = m_dir.filePath(QStringLiteral("with-arena.json"));
    const Run r = run({QStringLiteral("ratings"), QStringLiteral("--battles"), m_battles, QStringLiteral("--bootstrap"),
                       QStringLiteral("20"), QStringLiteral("--write-dataset"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const auto loaded = md::DatasetJson::load(out);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    const md::Benchmark *arena = loaded->benchmark(QStringLiteral("arena-private"));
    QVERIFY(arena);
    QCOMPARE(arena->name, QStringLiteral("Arena (private)"));
    QCOMPARE(arena->unit, QStringLiteral("Elo"));
    QVERIFY(arena->higherIsBetter);
    const auto score = loaded->model(QStringLiteral("gpt-4o"))->score(QStringLiteral("arena-private"));
    QVERIFY(score);
    QVERIFY(score->value > 1000);
    QCOMPARE(score->source, QStringLiteral("battles.json, 2025-12-06"));
    // Everything else is the built-in dataset as it was.
    md::Dataset without = loaded.value();
    without.benchmarks.erase(without.benchmarks.begin() + without.benchmarkIndex(QStringLiteral("arena-private")));
    for (md::ModelInfo &m : without.models)
        m.scores.remove(QStringLiteral("arena-private"));
    QCOMPARE(without, md::DatasetJson::builtIn());
}

void TestArenaCommand::writeDataset_nothingRated_writesNothing()
{
    const QString other =
        file(QStringLiteral("strangers.json"), R"([{"model_a":"p","model_b":"q","winner":"model_a"}])");
    const QString out = m_dir.filePath(QStringLiteral("unwritten.json"));
    const Run r =
        run({QStringLiteral("ratings"), QStringLiteral("--battles"), other, QStringLiteral("--write-dataset"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("was not written")), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
}

void TestArenaCommand::export_writesYourVotesAsBattles()
{
    const VotesFile votes(m_dir.filePath(QStringLiteral("votes.jsonl")));
    for (int k = 0; k < 3; ++k) {
        Vote v;
        v.time = QDateTime(QDate(2026, 12, 6), QTime(9, k), Qt::UTC);
        v.modelA = QStringLiteral("gpt-4o");
        v.modelB = QStringLiteral("gpt-4o-mini");
        v.winner = k == 2 ? Winner::BothBad : Winner::ModelB;
        v.category = QStringLiteral("coding");
        v.prompt = QStringLiteral("a private prompt");
        QVERIFY(votes.append(v));
    }
    const QString out = m_dir.filePath(QStringLiteral("export.json"));
    const Run r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("fastchat"),
                       QStringLiteral("--votes"), votes.path(), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const auto battles = BattleFile::load(out);
    QVERIFY2(battles, qPrintable(battles.error()));
    QCOMPARE(battles->votes.size(), size_t(3));
    QCOMPARE(battles->votes[2].winner, Winner::BothBad);
    QCOMPARE(battles->votes[0].time, QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC));
    QCOMPARE(battles->votes[0].category, QStringLiteral("coding"));
    QFile raw(out);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().contains("a private prompt")); // a battle file shares outcomes, not prompts
}

QTEST_GUILESS_MAIN(TestArenaCommand)
#include "tst_arenacommand.moc"
