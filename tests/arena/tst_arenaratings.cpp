#include "arena/arenaratings.h"

#include <QTest>
#include <cmath>
#include <random>

using namespace md::arena;

// Bradley–Terry ratings: the maximum-likelihood fit, bootstrap intervals, ranks and pools.
class TestArenaRatings : public QObject
{
    Q_OBJECT

private slots:
    void twoModels_gapIsTheClosedForm_data();
    void twoModels_gapIsTheClosedForm();
    void simulatedVotes_recoverTheStrengths();
    void oneModelWinsEverything_staysFinite();
    void onlyTies_everyoneAtTheMean();
    void disconnectedPools_areNamed();
    void bootstrap_sameSeedSameIntervals();
    void bootstrap_intervalHoldsTheRating();
    void resample_keepsTheNumberOfVotes();
    void resample_countsHaveTheMultinomialMeanAndVariance_data();
    void resample_countsHaveTheMultinomialMeanAndVariance();
    void rank_countsModelsClearlyAbove();
    void preliminary_belowMinVotes();
    void winRateAndPairVotes_perPair();
    void category_filtersVotes();
};

namespace {

Vote vote(const QString &a, const QString &b, Winner winner, const QString &category = {})
{
    Vote v;
    v.modelA = a;
    v.modelB = b;
    v.winner = winner;
    v.category = category;
    return v;
}

void add(std::vector<Vote> &votes, const QString &a, const QString &b, Winner winner, int times)
{
    for (int k = 0; k < times; ++k)
        votes.push_back(k % 2 ? vote(a, b, winner)
                              : vote(b, a,
                                     winner == Winner::ModelA   ? Winner::ModelB
                                     : winner == Winner::ModelB ? Winner::ModelA
                                                                : winner));
}

const ModelRating &find(const ArenaRatings &r, const QString &model)
{
    for (const ModelRating &m : r.models)
        if (m.model == model)
            return m;
    qFatal("no model %s", qPrintable(model));
}

RatingOptions noBootstrap()
{
    RatingOptions options;
    options.bootstrapRounds = 0;
    return options;
}

} // namespace

void TestArenaRatings::twoModels_gapIsTheClosedForm_data()
{
    QTest::addColumn<int>("winsA");
    QTest::addColumn<int>("winsB");
    QTest::addColumn<int>("ties");
    QTest::addColumn<double>("gap");
    QTest::addRow("3 wins to 1") << 3 << 1 << 0 << 400.0 * std::log10(3.0);
    QTest::addRow("ties count half: 2 wins, 2 ties") << 2 << 0 << 2 << 400.0 * std::log10(3.0);
    QTest::addRow("9 wins to 1") << 9 << 1 << 0 << 400.0 * std::log10(9.0);
    QTest::addRow("even") << 5 << 5 << 0 << 0.0;
    QTest::addRow("300 to 100") << 300 << 100 << 0 << 400.0 * std::log10(3.0);
}

void TestArenaRatings::twoModels_gapIsTheClosedForm()
{
    QFETCH(int, winsA);
    QFETCH(int, winsB);
    QFETCH(int, ties);
    QFETCH(double, gap);
    std::vector<Vote> votes;
    add(votes, QStringLiteral("a"), QStringLiteral("b"), Winner::ModelA, winsA);
    add(votes, QStringLiteral("a"), QStringLiteral("b"), Winner::ModelB, winsB);
    add(votes, QStringLiteral("a"), QStringLiteral("b"), Winner::Tie, ties);
    const ArenaRatings r = Arena::rate(votes, noBootstrap());
    QCOMPARE(r.models.size(), size_t(2));
    const double a = find(r, QStringLiteral("a")).rating;
    const double b = find(r, QStringLiteral("b")).rating;
    QVERIFY2(std::abs((a - b) - gap) < 1e-3, qPrintable(QStringLiteral("gap %1, expected %2").arg(a - b).arg(gap)));
    QVERIFY(std::abs((a + b) / 2 - 1000.0) < 1e-9);
}

void TestArenaRatings::simulatedVotes_recoverTheStrengths()
{
    // Eight models 60 Elo apart, 40,000 votes drawn from the model itself; the fit must find them again.
    const int n = 8;
    std::vector<double> truth(n);
    for (int k = 0; k < n; ++k)
        truth[size_t(k)] = 1000.0 + 60.0 * (k - (n - 1) / 2.0);
    std::mt19937_64 random(7); // NOLINT(bugprone-random-generator-seed): the same votes on every run
    std::uniform_int_distribution<int> pick(0, n - 1);
    std::uniform_real_distribution<double> unit(0, 1);
    std::vector<Vote> votes;
    while (votes.size() < 40000) {
        const int a = pick(random);
        const int b = pick(random);
        if (a == b)
            continue;
        const double pa = 1.0 / (1.0 + std::pow(10.0, (truth[size_t(b)] - truth[size_t(a)]) / 400.0));
        votes.push_back(
            vote(QString::number(a), QString::number(b), unit(random) < pa ? Winner::ModelA : Winner::ModelB));
    }
    RatingOptions options;
    options.bootstrapRounds = 200;
    options.seed = 3;
    const ArenaRatings r = Arena::rate(votes, options);
    int inside = 0;
    for (int k = 0; k < n; ++k) {
        const ModelRating &m = find(r, QString::number(k));
        QVERIFY2(std::abs(m.rating - truth[size_t(k)]) < 12.0,
                 qPrintable(QStringLiteral("model %1: %2, truth %3").arg(k).arg(m.rating).arg(truth[size_t(k)])));
        inside += m.lower <= truth[size_t(k)] && truth[size_t(k)] <= m.upper;
    }
    QVERIFY2(inside >= n - 1, qPrintable(QStringLiteral("%1 of %2 intervals hold the truth").arg(inside).arg(n)));
    QCOMPARE(r.models.front().model, QStringLiteral("7"));
    QCOMPARE(r.models.back().model, QStringLiteral("0"));
}

void TestArenaRatings::oneModelWinsEverything_staysFinite()
{
    std::vector<Vote> votes;
    add(votes, QStringLiteral("best"), QStringLiteral("mid"), Winner::ModelA, 20);
    add(votes, QStringLiteral("best"), QStringLiteral("low"), Winner::ModelA, 20);
    add(votes, QStringLiteral("mid"), QStringLiteral("low"), Winner::ModelA, 6);
    add(votes, QStringLiteral("mid"), QStringLiteral("low"), Winner::ModelB, 4);
    RatingOptions options;
    options.bootstrapRounds = 100;
    const ArenaRatings r = Arena::rate(votes, options);
    for (const ModelRating &m : r.models) {
        QVERIFY2(std::isfinite(m.rating) && std::isfinite(m.lower) && std::isfinite(m.upper), qPrintable(m.model));
        QVERIFY(m.lower <= m.upper);
    }
    QCOMPARE(r.models.front().model, QStringLiteral("best"));
    QVERIFY(find(r, QStringLiteral("best")).rating > find(r, QStringLiteral("mid")).rating + 400);
    QVERIFY(find(r, QStringLiteral("best")).rating < 1000 + 5000);
}

void TestArenaRatings::onlyTies_everyoneAtTheMean()
{
    std::vector<Vote> votes;
    add(votes, QStringLiteral("a"), QStringLiteral("b"), Winner::Tie, 5);
    add(votes, QStringLiteral("b"), QStringLiteral("c"), Winner::BothBad, 5);
    const ArenaRatings r = Arena::rate(votes, noBootstrap());
    for (const ModelRating &m : r.models)
        QVERIFY2(std::abs(m.rating - 1000.0) < 1e-6, qPrintable(QString::number(m.rating)));
    QCOMPARE(find(r, QStringLiteral("b")).ties, 10);
    QCOMPARE(find(r, QStringLiteral("b")).wins, 0);
}

void TestArenaRatings::disconnectedPools_areNamed()
{
    std::vector<Vote> votes;
    add(votes, QStringLiteral("a"), QStringLiteral("b"), Winner::ModelA, 3);
    add(votes, QStringLiteral("b"), QStringLiteral("c"), Winner::ModelA, 3);
    add(votes, QStringLiteral("x"), QStringLiteral("y"), Winner::ModelB, 3);
    const ArenaRatings r = Arena::rate(votes, noBootstrap());
    QVERIFY(!r.connected());
    QCOMPARE(r.groups.size(), size_t(2));
    QStringList first = r.groups[0];
    first.sort();
    QStringList second = r.groups[1];
    second.sort();
    QCOMPARE(first, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(second, (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
    add(votes, QStringLiteral("c"), QStringLiteral("x"), Winner::Tie, 1);
    QVERIFY(Arena::rate(votes, noBootstrap()).connected());
}

void TestArenaRatings::bootstrap_sameSeedSameIntervals()
{
    std::vector<Vote> votes;
    add(votes, QStringLiteral("a"), QStringLiteral("b"), Winner::ModelA, 30);
    add(votes, QStringLiteral("a"), QStringLiteral("b"), Winner::ModelB, 20);
    add(votes, QStringLiteral("b"), QStringLiteral("c"), Winner::ModelA, 25);
    add(votes, QStringLiteral("b"), QStringLiteral("c"), Winner::Tie, 10);
    RatingOptions options;
    options.bootstrapRounds = 300;
    options.seed = 42;
    options.threads = 1;
    const ArenaRatings one = Arena::rate(votes, options);
    options.threads = 3;
    const ArenaRatings three = Arena::rate(votes, options);
    options.seed = 43;
    const ArenaRatings other = Arena::rate(votes, options);
    bool differs = false;
    for (size_t k = 0; k < one.models.size(); ++k) {
        QCOMPARE(one.models[k].lower, three.models[k].lower);
        QCOMPARE(one.models[k].upper, three.models[k].upper);
        differs = differs || one.models[k].lower != other.models[k].lower;
    }
    QVERIFY2(differs, "another seed gave the same intervals");
}

void TestArenaRatings::bootstrap_intervalHoldsTheRating()
{
    std::vector<Vote> votes;
    add(votes, QStringLiteral("a"), QStringLiteral("b"), Winner::ModelA, 60);
    add(votes, QStringLiteral("a"), QStringLiteral("b"), Winner::ModelB, 40);
    RatingOptions options;
    options.bootstrapRounds = 500;
    const ArenaRatings r = Arena::rate(votes, options);
    for (const ModelRating &m : r.models) {
        QVERIFY(m.lower < m.rating && m.rating < m.upper);
        // 100 votes at 60%: the standard error of the gap is about 70 Elo, so each side's half-width is ~35.
        QVERIFY2(m.upper - m.lower > 40 && m.upper - m.lower < 120, qPrintable(QString::number(m.upper - m.lower)));
    }
}

void TestArenaRatings::resample_keepsTheNumberOfVotes()
{
    PairTable table;
    table.models = 3;
    table.pairs = {{0, 1, 10, 5, 2}, {1, 2, 0, 7, 1}, {0, 2, 3, 0, 0}};
    for (int round = 0; round < 20; ++round) {
        const PairTable r = Arena::resample(table, 9, round);
        double total = 0;
        for (const PairCounts &p : r.pairs) {
            total += p.winsI + p.winsJ + p.ties;
            QVERIFY(p.winsI >= 0 && p.winsJ >= 0 && p.ties >= 0);
        }
        QCOMPARE(total, 28.0);
        QCOMPARE(r.pairs[1].winsI, 0.0); // an empty cell stays empty
    }
}

void TestArenaRatings::resample_countsHaveTheMultinomialMeanAndVariance_data()
{
    QTest::addColumn<double>("wins");
    QTest::addColumn<double>("losses");
    QTest::addRow("large mean (rejection)") << 600.0 << 400.0;
    QTest::addRow("small mean (inversion)") << 995.0 << 5.0;
    QTest::addRow("over a half") << 30.0 << 970.0;
}

void TestArenaRatings::resample_countsHaveTheMultinomialMeanAndVariance()
{
    QFETCH(double, wins);
    QFETCH(double, losses);
    PairTable table;
    table.models = 2;
    table.pairs = {{0, 1, wins, losses, 0}};
    const double n = wins + losses;
    const double p = losses / n;
    const int rounds = 4000;
    double sum = 0;
    double squares = 0;
    for (int round = 0; round < rounds; ++round) {
        const double x = Arena::resample(table, 17, round).pairs[0].winsJ;
        sum += x;
        squares += x * x;
    }
    const double mean = sum / rounds;
    const double variance = squares / rounds - mean * mean;
    const double expected = n * p * (1 - p);
    // Four standard errors of the mean; the variance within 15%.
    QVERIFY2(std::abs(mean - losses) < 4 * std::sqrt(expected / rounds),
             qPrintable(QStringLiteral("mean %1, expected %2").arg(mean).arg(losses)));
    QVERIFY2(std::abs(variance / expected - 1) < 0.15,
             qPrintable(QStringLiteral("variance %1, expected %2").arg(variance).arg(expected)));
}

void TestArenaRatings::rank_countsModelsClearlyAbove()
{
    std::vector<Vote> votes;
    add(votes, QStringLiteral("top"), QStringLiteral("x"), Winner::ModelA, 90);
    add(votes, QStringLiteral("top"), QStringLiteral("x"), Winner::ModelB, 10);
    add(votes, QStringLiteral("top"), QStringLiteral("y"), Winner::ModelA, 90);
    add(votes, QStringLiteral("top"), QStringLiteral("y"), Winner::ModelB, 10);
    add(votes, QStringLiteral("x"), QStringLiteral("y"), Winner::ModelA, 51);
    add(votes, QStringLiteral("x"), QStringLiteral("y"), Winner::ModelB, 49);
    RatingOptions options;
    options.bootstrapRounds = 200;
    const ArenaRatings r = Arena::rate(votes, options);
    QCOMPARE(find(r, QStringLiteral("top")).rank, 1);
    QCOMPARE(find(r, QStringLiteral("x")).rank, 2); // x and y overlap: both second
    QCOMPARE(find(r, QStringLiteral("y")).rank, 2);
}

void TestArenaRatings::preliminary_belowMinVotes()
{
    std::vector<Vote> votes;
    add(votes, QStringLiteral("a"), QStringLiteral("b"), Winner::ModelA, 20);
    add(votes, QStringLiteral("a"), QStringLiteral("c"), Winner::ModelA, 15);
    RatingOptions options = noBootstrap();
    options.minVotes = 30;
    ArenaRatings r = Arena::rate(votes, options);
    QVERIFY(!find(r, QStringLiteral("a")).preliminary); // 35 votes
    QVERIFY(find(r, QStringLiteral("b")).preliminary);  // 20
    options.minVotes = 10;
    r = Arena::rate(votes, options);
    QVERIFY(!find(r, QStringLiteral("b")).preliminary);
    QCOMPARE(find(r, QStringLiteral("a")).votes, 35);
}

void TestArenaRatings::winRateAndPairVotes_perPair()
{
    std::vector<Vote> votes;
    add(votes, QStringLiteral("a"), QStringLiteral("b"), Winner::ModelA, 3);
    add(votes, QStringLiteral("a"), QStringLiteral("b"), Winner::Tie, 2);
    add(votes, QStringLiteral("b"), QStringLiteral("c"), Winner::ModelA, 1);
    const ArenaRatings r = Arena::rate(votes, noBootstrap());
    QCOMPARE(r.models[0].model, QStringLiteral("a"));
    QCOMPARE(r.models[1].model, QStringLiteral("b"));
    QCOMPARE(r.pairVotesAt(0, 1), 5);
    QCOMPARE(r.pairVotesAt(1, 0), 5);
    QCOMPARE(r.winRateAt(0, 1).value(), 0.8);
    QCOMPARE(r.winRateAt(1, 0).value(), 0.2);
    QVERIFY(!r.winRateAt(0, 2).has_value());
    QCOMPARE(r.pairVotesAt(0, 2), 0);
    QCOMPARE(r.votes, 6);
    QCOMPARE(r.models[0].winRate(), 0.8);
}

void TestArenaRatings::category_filtersVotes()
{
    std::vector<Vote> votes(4,
                            vote(QStringLiteral("a"), QStringLiteral("b"), Winner::ModelA, QStringLiteral("coding")));
    votes.push_back(vote(QStringLiteral("a"), QStringLiteral("c"), Winner::ModelB, QStringLiteral("writing")));
    RatingOptions options = noBootstrap();
    options.category = QStringLiteral("Coding");
    const ArenaRatings r = Arena::rate(votes, options);
    QCOMPARE(r.votes, 4);
    QCOMPARE(r.models.size(), size_t(2));
}

QTEST_GUILESS_MAIN(TestArenaRatings)
#include "tst_arenaratings.moc"
