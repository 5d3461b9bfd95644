#include "arena/votesfile.h"
#include "charts/chartexporter.h"
#include "core/datasetdocument.h"
#include "core/datasetjson.h"
#include "core/datasetmodel.h"
#include "core/modelselection.h"
#include "fakeserver.h"
#include "trial/trialservice.h"
#include "ui/arenaleaderboard.h"
#include "ui/arenapanel.h"

#include <QChart>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace md;
using arena::ArenaSession;
using arena::Winner;

// The Arena on the Trials page against the fake server on 127.0.0.1: blind rounds, votes, voids, the leaderboard.
class TestArenaPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fewerThanTwoModels_saysSoAndCannotAsk();
    void pool_followsTheSharedSelection();
    void round_namesHiddenUntilTheVote_thenRecordedAndRevealed();
    void errorInEitherColumn_voidsThePair();
    void pickPair_favoursPairsWithFewVotes();
    void leaderboard_updateDataset_isOneUndoStep();
    void ratingChart_exportsLikeTheOthers_data();
    void ratingChart_exportsLikeTheOthers();

private:
    static void shot(QWidget *widget, const QString &name);
    trial::ProviderConfig provider(const QStringList &models) const;
    void answerRound(ArenaPanel &panel, const QString &prompt);

    QTemporaryDir m_dir;
    FakeServer m_server;
    DatasetModel m_model;
};

void TestArenaPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    qunsetenv("OPENAI_API_KEY");
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen());
    m_model.setDataset(DatasetJson::builtIn());
}

// MODELDESK_SHOT_DIR=DIR saves what the page looks like at each step, for looking at by hand.
void TestArenaPanel::shot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MODELDESK_SHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

trial::ProviderConfig TestArenaPanel::provider(const QStringList &models) const
{
    trial::ProviderConfig config;
    config.providers = {{QStringLiteral("Local test server"), m_server.baseUrl(), trial::KeySource::None, {}, models}};
    config.links = {{QStringLiteral("gpt-4o"), QStringLiteral("Local test server"), QStringLiteral("poem-1")}};
    return config;
}

void TestArenaPanel::answerRound(ArenaPanel &panel, const QString &prompt)
{
    panel.findChild<QPlainTextEdit *>()->setPlainText(prompt);
    panel.ask();
    QTRY_VERIFY_WITH_TIMEOUT(panel.session()->state() != ArenaSession::State::Running, 20000);
}

void TestArenaPanel::fewerThanTwoModels_saysSoAndCannotAsk()
{
    trial::TrialService trials(&m_model);
    trials.setProviderConfig(provider({QStringLiteral("gpt-4o-mini")}));
    DatasetDocument document(&m_model);
    ArenaPanel panel(&trials, &document, m_dir.filePath(QStringLiteral("one.jsonl")));
    QVERIFY2(panel.poolText().contains(QStringLiteral("at least two models")), qPrintable(panel.poolText()));
    panel.findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("hello"));
    panel.ask();
    QCOMPARE(panel.session()->state(), ArenaSession::State::Idle);
    trials.setProviderConfig(provider({QStringLiteral("gpt-4o-mini"), QStringLiteral("poem-1")}));
    QVERIFY2(panel.poolText().contains(QStringLiteral("2 models")), qPrintable(panel.poolText()));
}

void TestArenaPanel::pool_followsTheSharedSelection()
{
    trial::TrialService trials(&m_model);
    trials.setProviderConfig(
        provider({QStringLiteral("gpt-4o-mini"), QStringLiteral("poem-1"), QStringLiteral("unlinked-api-model")}));
    DatasetDocument document(&m_model);
    ModelSelection selection(&m_model);
    ArenaPanel panel(&trials, &document, m_dir.filePath(QStringLiteral("pool.jsonl")));
    panel.setModelSelection(&selection);
    QCOMPARE(panel.session()->pool().size(), size_t(3)); // an API model the dataset does not know stays offered
    selection.setSelected(QStringLiteral("gpt-4o"), false);
    QCOMPARE(panel.session()->pool().size(), size_t(2));
    selection.setSelected(QStringLiteral("gpt-4o-mini"), false);
    QCOMPARE(panel.session()->pool().size(), size_t(1));
    QVERIFY2(panel.poolText().contains(QStringLiteral("at least two models")), qPrintable(panel.poolText()));
    selection.setSelected(QStringLiteral("gpt-4o"), true);
    QVERIFY2(panel.poolText().contains(QStringLiteral("2 models")), qPrintable(panel.poolText()));
}

void TestArenaPanel::round_namesHiddenUntilTheVote_thenRecordedAndRevealed()
{
    trial::TrialService trials(&m_model);
    trials.setProviderConfig(provider({QStringLiteral("gpt-4o-mini"), QStringLiteral("poem-1")}));
    DatasetDocument document(&m_model);
    const QString path = m_dir.filePath(QStringLiteral("round.jsonl"));
    ArenaPanel panel(&trials, &document, path);
    panel.resize(1200, 800);
    panel.show();
    answerRound(panel, QStringLiteral("Write a poem"));
    QCOMPARE(panel.session()->state(), ArenaSession::State::Voting);
    for (int side = 0; side < 2; ++side) {
        QCOMPARE(panel.sideTitle(side), side == 0 ? QStringLiteral("Model A") : QStringLiteral("Model B"));
        const QString shown = panel.sideText(side);
        QVERIFY2(!shown.contains(QStringLiteral("GPT")) && !shown.contains(QStringLiteral("tok/s")) &&
                     !shown.contains(QLatin1Char('$')),
                 qPrintable(shown));
    }
    shot(&panel, QStringLiteral("arena-voting"));
    const auto columns = panel.session()->columns();
    QTest::keyClick(&panel, Qt::Key_2); // B is better
    QCOMPARE(panel.session()->state(), ArenaSession::State::Voted);
    const auto loaded = arena::VotesFile(path).load();
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded->votes.size(), size_t(1));
    const arena::Vote &vote = loaded->votes[0];
    QCOMPARE(vote.winner, Winner::ModelB);
    QCOMPARE(vote.modelA, ArenaSession::voteName(columns[0]));
    QCOMPARE(vote.modelB, ArenaSession::voteName(columns[1]));
    QCOMPARE(vote.prompt, QStringLiteral("Write a poem"));
    QVERIFY(!vote.answerA.isEmpty() && !vote.answerB.isEmpty());
    QVERIFY(vote.metricsA.totalMs.has_value());
    QStringList names{vote.modelA, vote.modelB};
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini")}));
    // Revealed: names and metrics.
    QVERIFY2(panel.sideTitle(0).startsWith(QStringLiteral("Model A: GPT-4o")), qPrintable(panel.sideTitle(0)));
    QVERIFY2(panel.sideText(0).contains(QStringLiteral("tokens")), qPrintable(panel.sideText(0)));
    shot(&panel, QStringLiteral("arena-revealed"));
    // A second vote on the same round is refused; Next Pair asks again.
    QVERIFY(!panel.session()->vote(Winner::ModelA));
    panel.nextPair();
    QTRY_VERIFY_WITH_TIMEOUT(panel.session()->state() == ArenaSession::State::Voting, 20000);
    QCOMPARE(panel.sideTitle(0), QStringLiteral("Model A"));
    panel.vote(Winner::Tie);
    QCOMPARE(arena::VotesFile(path).load()->votes.size(), size_t(2));
}

void TestArenaPanel::errorInEitherColumn_voidsThePair()
{
    trial::TrialService trials(&m_model);
    trials.setProviderConfig(provider({QStringLiteral("gpt-4o-mini"), QStringLiteral("error-401")}));
    DatasetDocument document(&m_model);
    const QString path = m_dir.filePath(QStringLiteral("void.jsonl"));
    ArenaPanel panel(&trials, &document, path);
    panel.resize(1200, 800);
    panel.show();
    answerRound(panel, QStringLiteral("hello"));
    shot(&panel, QStringLiteral("arena-void"));
    QCOMPARE(panel.session()->state(), ArenaSession::State::Void);
    QVERIFY2(panel.message().contains(QStringLiteral("gets no vote")), qPrintable(panel.message()));
    for (QPushButton *button : panel.findChildren<QPushButton *>())
        if (button->text().contains(QStringLiteral("Better")))
            QVERIFY(!button->isEnabled());
    panel.vote(Winner::ModelA);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(panel.session()->votes().size(), size_t(0));
}

void TestArenaPanel::pickPair_favoursPairsWithFewVotes()
{
    const QStringList names{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    std::vector<arena::Vote> votes(20);
    for (arena::Vote &v : votes) {
        v.modelA = QStringLiteral("a");
        v.modelB = QStringLiteral("b");
    }
    std::mt19937_64 random(11); // NOLINT(bugprone-random-generator-seed): the same votes on every run
    int ab = 0;
    int ac = 0;
    int aFirst = 0;
    for (int k = 0; k < 1000; ++k) {
        const auto [x, y] = ArenaSession::pickPair(names, votes, random);
        QVERIFY(x != y && x >= 0 && y >= 0 && x < 3 && y < 3);
        ab += (x == 0 && y == 1) || (x == 1 && y == 0);
        ac += (x == 0 && y == 2) || (x == 2 && y == 0);
        aFirst += x == 0 && y == 2;
    }
    QVERIFY2(ab < 20, qPrintable(QString::number(ab))); // weight 1/441 against 1 and 1
    QVERIFY2(aFirst > ac * 0.35 && aFirst < ac * 0.65, qPrintable(QStringLiteral("%1 of %2").arg(aFirst).arg(ac)));
}

void TestArenaPanel::leaderboard_updateDataset_isOneUndoStep()
{
    trial::TrialService trials(&m_model);
    trials.setProviderConfig(provider({QStringLiteral("gpt-4o-mini"), QStringLiteral("poem-1")}));
    DatasetDocument document(&m_model);
    document.setContent(DatasetJson::builtIn(), {});
    const QString path = m_dir.filePath(QStringLiteral("board.jsonl"));
    for (int k = 0; k < 6; ++k) {
        arena::Vote v;
        v.time = QDateTime(QDate(2026, 12, 5), QTime(12, k), Qt::UTC);
        v.modelA = QStringLiteral("gpt-4o");
        v.modelB = k % 2 ? QStringLiteral("gpt-4o-mini") : QStringLiteral("someone-else");
        v.winner = k < 4 ? Winner::ModelA : Winner::ModelB;
        QVERIFY(arena::VotesFile(path).append(v));
    }
    ArenaPanel panel(&trials, &document, path);
    ArenaLeaderboard board(panel.session(), &document);
    board.resize(900, 640);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    shot(&board, QStringLiteral("arena-leaderboard"));
    shot(board.heatmap(), QStringLiteral("arena-heatmap"));
    QCOMPARE(board.ratings().models.size(), size_t(3));
    QCOMPARE(board.table()->rowCount(), 3);
    QCOMPARE(board.heatmap()->rowCount(), 3);
    QCOMPARE(board.table()->item(0, 1)->text(), QStringLiteral("GPT-4o *")); // 6 votes: preliminary
    const int steps = document.undoStack()->count();
    QVERIFY(board.updateDataset());
    QCOMPARE(document.undoStack()->count(), steps + 1);
    const Dataset &data = m_model.dataset();
    const Benchmark *benchmark = data.benchmark(QStringLiteral("arena-private"));
    QVERIFY(benchmark);
    QCOMPARE(benchmark->unit, QStringLiteral("Elo"));
    QVERIFY(data.model(QStringLiteral("gpt-4o"))->score(QStringLiteral("arena-private")));
    QCOMPARE(data.model(QStringLiteral("gpt-4o"))->score(QStringLiteral("arena-private"))->source,
             QStringLiteral("board.jsonl, 2026-12-05"));
    QVERIFY(board.note().contains(QStringLiteral("someone-else")));
    document.undoStack()->undo();
    QVERIFY(!m_model.dataset().benchmark(QStringLiteral("arena-private")));
}

void TestArenaPanel::ratingChart_exportsLikeTheOthers_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("png") << QStringLiteral("arena.png");
    QTest::addRow("svg") << QStringLiteral("arena.svg");
    QTest::addRow("pdf") << QStringLiteral("arena.pdf");
}

void TestArenaPanel::ratingChart_exportsLikeTheOthers()
{
    QFETCH(QString, file);
    std::vector<arena::Vote> votes;
    for (int k = 0; k < 40; ++k) {
        arena::Vote v;
        v.modelA = QStringLiteral("gpt-4o");
        v.modelB = QStringLiteral("gpt-4o-mini");
        v.winner = k % 3 ? Winner::ModelA : Winner::ModelB;
        votes.push_back(v);
    }
    const arena::ArenaRatings ratings = arena::Arena::rate(votes);
    std::unique_ptr<QChart> chart(ArenaLeaderboard::ratingChart(
        ratings, {QStringLiteral("GPT-4o"), QStringLiteral("GPT-4o mini")}, ChartTheme::Dark));
    const QString path = m_dir.filePath(file);
    const auto written = ChartExporter::exportChart(chart.get(), path, {800, 450});
    QVERIFY2(written, qPrintable(written.error()));
    QVERIFY(QFileInfo(path).size() > 1000);
    if (file.endsWith(QLatin1String(".svg"))) {
        QFile svg(path);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll();
        QVERIFY(text.contains("GPT-4o mini"));
        QVERIFY(text.contains("95%"));
    }
}

QTEST_MAIN(TestArenaPanel)
#include "tst_arenapanel.moc"
