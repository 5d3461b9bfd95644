#include "arenaratings.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <thread>

namespace md::arena {

namespace {

// The q-quantile of sorted values, interpolated linearly between neighbours.
double quantile(const std::vector<double> &sorted, double q)
{
    if (sorted.empty())
        return 0;
    const double position = q * double(sorted.size() - 1);
    const size_t below = size_t(position);
    const size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (position - double(below)) * (sorted[above] - sorted[below]);
}

double uniform(std::mt19937_64 &random)
{
    return double(random() >> 11) * 0x1.0p-53; // [0, 1)
}

// A binomial draw: inversion for a small mean, else Hörmann's BTRS (transformed rejection with squeeze), a few
// times faster than std::binomial_distribution, which rebuilds its tables for every new (n, p). Being ours, it
// also gives the same draws with any standard library, so a seed means the same intervals everywhere.
std::int64_t binomial(std::int64_t n, double p, std::mt19937_64 &random)
{
    if (n <= 0 || p <= 0)
        return 0;
    if (p >= 1)
        return n;
    if (p > 0.5)
        return n - binomial(n, 1.0 - p, random);
    const double q = 1.0 - p;
    if (double(n) * p < 10) {
        const double s = p / q;
        const double a = double(n + 1) * s;
        for (;;) {
            double r = std::pow(q, double(n));
            double u = uniform(random);
            std::int64_t x = 0;
            while (u > r && x < n) {
                u -= r;
                ++x;
                r *= a / double(x) - s;
            }
            if (u <= r || x == n)
                return x;
        }
    }
    const double spq = std::sqrt(double(n) * p * q);
    const double b = 1.15 + 2.53 * spq;
    const double a = -0.0873 + 0.0248 * b + 0.01 * p;
    const double c = double(n) * p + 0.5;
    const double vr = 0.92 - 4.2 / b;
    const double alpha = (2.83 + 5.1 / b) * spq;
    const double lpq = std::log(p / q);
    const double m = std::floor(double(n + 1) * p);
    const double h = std::lgamma(m + 1) + std::lgamma(double(n) - m + 1);
    for (;;) {
        const double u = uniform(random) - 0.5;
        double v = uniform(random);
        const double us = 0.5 - std::abs(u);
        const double k = std::floor((2 * a / us + b) * u + c);
        if (k < 0 || k > double(n))
            continue;
        if (us >= 0.07 && v <= vr)
            return std::int64_t(k);
        v = std::log(v * alpha / (a / (us * us) + b));
        if (v <= h - std::lgamma(k + 1) - std::lgamma(double(n) - k + 1) + (k - m) * lpq)
            return std::int64_t(k);
    }
}

std::vector<QStringList> connectedGroups(const PairTable &table, const QStringList &names)
{
    std::vector<int> parent(size_t(table.models));
    std::iota(parent.begin(), parent.end(), 0);
    const auto root = [&parent](int x) {
        while (parent[size_t(x)] != x)
            x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
        return x;
    };
    for (const PairCounts &p : table.pairs)
        if (p.winsI + p.winsJ + p.ties > 0)
            parent[size_t(root(p.i))] = root(p.j);
    QHash<int, QStringList> byRoot;
    for (int k = 0; k < table.models; ++k)
        byRoot[root(k)] << names[k];
    std::vector<QStringList> groups;
    for (auto it = byRoot.cbegin(); it != byRoot.cend(); ++it)
        groups.push_back(it.value());
    std::sort(groups.begin(), groups.end(), [](const QStringList &a, const QStringList &b) {
        return a.size() != b.size() ? a.size() > b.size() : a.constFirst() < b.constFirst();
    });
    return groups;
}

} // namespace

PairTable Arena::pairTable(const std::vector<Vote> &votes, QStringList &models, const QString &category)
{
    QHash<QString, int> index;
    for (int k = 0; k < models.size(); ++k)
        index.insert(models[k], k);
    const auto indexOf = [&](const QString &name) {
        auto it = index.constFind(name);
        if (it != index.cend())
            return it.value();
        models << name;
        return *index.insert(name, int(models.size() - 1));
    };
    QHash<quint64, size_t> pairIndex;
    PairTable table;
    for (const Vote &vote : votes) {
        if (!category.isEmpty() && vote.category.compare(category, Qt::CaseInsensitive) != 0)
            continue;
        int a = indexOf(vote.modelA);
        int b = indexOf(vote.modelB);
        if (a == b)
            continue;
        const bool swapped = a > b;
        if (swapped)
            std::swap(a, b);
        const quint64 key = (quint64(quint32(a)) << 32) | quint32(b);
        auto it = pairIndex.constFind(key);
        if (it == pairIndex.cend()) {
            it = pairIndex.insert(key, table.pairs.size());
            table.pairs.push_back({a, b, 0, 0, 0});
        }
        PairCounts &p = table.pairs[it.value()];
        switch (vote.winner) {
        case Winner::ModelA:
            (swapped ? p.winsJ : p.winsI) += 1;
            break;
        case Winner::ModelB:
            (swapped ? p.winsI : p.winsJ) += 1;
            break;
        case Winner::Tie:
        case Winner::BothBad:
            p.ties += 1;
            break;
        }
    }
    table.models = int(models.size());
    return table;
}

PairTable Arena::resample(const PairTable &table, std::uint64_t seed, int round)
{
    // Each round has its own generator, so the result does not depend on how rounds are spread over threads.
    std::seed_seq seq{std::uint32_t(seed), std::uint32_t(seed >> 32), std::uint32_t(round)};
    std::mt19937_64 random(seq);
    double remainingCount = 0;
    for (const PairCounts &p : table.pairs)
        remainingCount += p.winsI + p.winsJ + p.ties;
    auto remainingDraws = std::int64_t(remainingCount);
    PairTable out = table;
    // Multinomial by successive binomials: each cell takes its share of the draws still to make.
    const auto draw = [&](double count) {
        if (remainingDraws <= 0 || count <= 0) {
            remainingCount -= count;
            return 0.0;
        }
        const double p = std::min(1.0, count / remainingCount);
        remainingCount -= count;
        const std::int64_t x = binomial(remainingDraws, p, random);
        remainingDraws -= x;
        return double(x);
    };
    for (PairCounts &p : out.pairs) {
        p.winsI = draw(p.winsI);
        p.winsJ = draw(p.winsJ);
        p.ties = draw(p.ties);
    }
    return out;
}

ArenaRatings Arena::rate(const std::vector<Vote> &votes, const RatingOptions &options)
{
    ArenaRatings result;
    QStringList names;
    const PairTable table = pairTable(votes, names, options.category);
    const size_t n = size_t(table.models);
    std::vector<ModelRating> models(n);
    for (size_t k = 0; k < n; ++k)
        models[k].model = names[qsizetype(k)];
    for (const PairCounts &p : table.pairs) {
        ModelRating &a = models[size_t(p.i)];
        ModelRating &b = models[size_t(p.j)];
        const int total = int(p.winsI + p.winsJ + p.ties);
        a.votes += total;
        b.votes += total;
        a.wins += int(p.winsI);
        a.losses += int(p.winsJ);
        b.wins += int(p.winsJ);
        b.losses += int(p.winsI);
        a.ties += int(p.ties);
        b.ties += int(p.ties);
        result.votes += total;
    }
    const std::vector<double> theta = BradleyTerry::fit(table);
    const std::vector<double> elo = BradleyTerry::toElo(theta);
    for (size_t k = 0; k < n; ++k) {
        models[k].rating = models[k].lower = models[k].upper = elo[k];
        models[k].preliminary = models[k].votes < options.minVotes;
    }

    const int rounds = std::max(0, options.bootstrapRounds);
    result.bootstrapRounds = rounds;
    if (rounds > 0 && n > 0) {
        std::vector<double> samples(size_t(rounds) * n); // round-major
        const int threads =
            std::clamp(options.threads > 0 ? options.threads : int(std::thread::hardware_concurrency()), 1, rounds);
        const auto work = [&](int first, int step) {
            for (int round = first; round < rounds; round += step) {
                const std::vector<double> r =
                    BradleyTerry::toElo(BradleyTerry::fit(resample(table, options.seed, round), theta));
                std::copy(r.begin(), r.end(), samples.begin() + std::ptrdiff_t(size_t(round) * n));
            }
        };
        std::vector<std::thread> pool;
        for (int t = 1; t < threads; ++t)
            pool.emplace_back(work, t, threads);
        work(0, threads);
        for (std::thread &t : pool)
            t.join();
        std::vector<double> column(static_cast<size_t>(rounds));
        for (size_t k = 0; k < n; ++k) {
            for (size_t round = 0; round < size_t(rounds); ++round)
                column[round] = samples[round * n + k];
            std::sort(column.begin(), column.end());
            models[k].lower = quantile(column, 0.025);
            models[k].upper = quantile(column, 0.975);
        }
    }
    for (ModelRating &m : models)
        m.rank = 1 + int(std::count_if(models.begin(), models.end(),
                                       [&m](const ModelRating &other) { return other.lower > m.upper; }));

    // Best first; the matrices follow that order.
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    // Equal ratings (to a millionth of a point, below the noise of the fit) in order of name, so the order is stable.
    const auto key = [&models](size_t k) { return std::round(models[k].rating * 1e6); };
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return key(a) != key(b) ? key(a) > key(b) : models[a].model < models[b].model;
    });
    std::vector<size_t> position(n);
    for (size_t k = 0; k < n; ++k) {
        result.models.push_back(models[order[k]]);
        position[order[k]] = k;
    }
    result.pairVotes.assign(n * n, 0);
    result.winRate.assign(n * n, std::nullopt);
    for (const PairCounts &p : table.pairs) {
        const double total = p.winsI + p.winsJ + p.ties;
        if (total <= 0)
            continue;
        const size_t a = position[size_t(p.i)];
        const size_t b = position[size_t(p.j)];
        result.pairVotes[a * n + b] = result.pairVotes[b * n + a] = int(total);
        result.winRate[a * n + b] = (p.winsI + 0.5 * p.ties) / total;
        result.winRate[b * n + a] = (p.winsJ + 0.5 * p.ties) / total;
    }
    result.groups = connectedGroups(table, names);
    return result;
}

} // namespace md::arena
