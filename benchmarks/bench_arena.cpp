// Arena ratings at scale (issue 16): 100,000 battles among 50 models, Bradley–Terry with 1,000 bootstrap
// rounds. Prints the time of each stage; the goal is under 3 s for the whole on our 2-core machine.
// Usage: bench_arena [BATTLES] [MODELS] [ROUNDS] [THREADS]
#include "arena/arenaratings.h"
#include "arena/battlefile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <cmath>
#include <random>
#include <thread>

using namespace md::arena;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int battles = args.size() > 1 ? args[1].toInt() : 100000;
    const int models = args.size() > 2 ? args[2].toInt() : 50;
    const int rounds = args.size() > 3 ? args[3].toInt() : 1000;
    const int threads = args.size() > 4 ? args[4].toInt() : 0;
    QTextStream out(stdout);

    std::mt19937_64 random(2026); // NOLINT(bugprone-random-generator-seed): the same battles on every run
    std::normal_distribution<double> strength(1000, 150);
    std::vector<double> truth(static_cast<size_t>(models));
    for (double &t : truth)
        t = strength(random);
    std::uniform_int_distribution<int> pick(0, models - 1);
    std::uniform_real_distribution<double> unit(0, 1);
    std::vector<Vote> votes;
    votes.reserve(static_cast<size_t>(battles));
    while (votes.size() < static_cast<size_t>(battles)) {
        const int a = pick(random);
        const int b = pick(random);
        if (a == b)
            continue;
        Vote v;
        v.modelA = QStringLiteral("model-%1").arg(a);
        v.modelB = QStringLiteral("model-%1").arg(b);
        const double pa =
            1.0 / (1.0 + std::pow(10.0, (truth[static_cast<size_t>(b)] - truth[static_cast<size_t>(a)]) / 400.0));
        const double u = unit(random);
        v.winner = u < 0.1 ? Winner::Tie : (u < 0.1 + 0.9 * pa ? Winner::ModelA : Winner::ModelB);
        votes.push_back(std::move(v));
    }

    QElapsedTimer timer;
    timer.start();
    const QByteArray file = BattleFile::serialize(votes);
    const qint64 writeMs = timer.restart();
    const auto parsed = BattleFile::parse(file, QStringLiteral("bench.json"));
    const qint64 readMs = timer.restart();
    if (!parsed) {
        out << parsed.error() << Qt::endl;
        return 1;
    }
    RatingOptions options;
    options.bootstrapRounds = rounds;
    options.seed = 1;
    options.threads = threads;
    const ArenaRatings ratings = Arena::rate(parsed->votes, options);
    const qint64 rateMs = timer.restart();
    // The bootstrap's two parts alone, on one thread: drawing the resampled counts, and fitting them.
    QStringList names;
    const PairTable table = Arena::pairTable(parsed->votes, names);
    std::vector<PairTable> samples;
    samples.reserve(size_t(rounds));
    for (int round = 0; round < rounds; ++round)
        samples.push_back(Arena::resample(table, 1, round));
    const qint64 resampleMs = timer.restart();
    const std::vector<double> start = BradleyTerry::fit(table);
    for (const PairTable &sample : samples)
        (void)BradleyTerry::fit(sample, start);
    const qint64 fitMs = timer.elapsed();
    out << QStringLiteral("%1 battles, %2 models, %3 bootstrap rounds, %4 threads\n")
               .arg(battles)
               .arg(models)
               .arg(rounds)
               .arg(threads > 0 ? threads : int(std::thread::hardware_concurrency()));
    out << QStringLiteral("battle file: %1 MB, serialise %2 ms, parse %3 ms\n")
               .arg(double(file.size()) / 1e6, 0, 'f', 1)
               .arg(writeMs)
               .arg(readMs);
    out << QStringLiteral("ratings with intervals: %1 ms (goal < 3000 ms)\n").arg(rateMs);
    out << QStringLiteral("one thread: resampling %1 ms, fitting %2 ms\n").arg(resampleMs).arg(fitMs);
    out << QStringLiteral("best: %1 %2 [%3, %4]\n")
               .arg(ratings.models.front().model)
               .arg(ratings.models.front().rating, 0, 'f', 1)
               .arg(ratings.models.front().lower, 0, 'f', 1)
               .arg(ratings.models.front().upper, 0, 'f', 1);
    return 0;
}
