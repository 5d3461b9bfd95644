#include "chartmath.h"

#include <QSet>
#include <algorithm>
#include <numeric>

namespace md::ChartMath {

namespace {
template <typename Item, typename IdOf>
std::vector<int> pick(const std::vector<Item> &items, const QStringList &ids, IdOf idOf)
{
    std::vector<int> picked;
    const QSet<QString> wanted(ids.cbegin(), ids.cend()); // a list of 3,000 ids: look up in a set
    for (int i = 0; i < int(items.size()); ++i) {
        if (ids.isEmpty() || wanted.contains(idOf(items[size_t(i)])))
            picked.push_back(i);
    }
    return picked;
}
} // namespace

std::vector<int> selectedModels(const Dataset &data, const ChartOptions &options)
{
    return pick(data.models, options.modelIds, [](const ModelInfo &m) { return m.id; });
}

std::vector<int> selectedBenchmarks(const Dataset &data, const ChartOptions &options)
{
    return pick(data.benchmarks, options.benchmarkIds, [](const Benchmark &b) { return b.id; });
}

std::vector<int> best(std::vector<int> models, int capacity, const std::function<std::optional<double>(int)> &key,
                      bool keepOrder)
{
    if (int(models.size()) <= capacity && keepOrder)
        return models;
    std::vector<std::pair<std::optional<double>, int>> keyed;
    keyed.reserve(models.size());
    for (int m : models)
        keyed.emplace_back(key(m), m);
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
        if (a.first.has_value() != b.first.has_value())
            return a.first.has_value();
        return a.first && *a.first > *b.first;
    });
    keyed.resize(std::min(keyed.size(), size_t(std::max(0, capacity))));
    models.clear();
    for (const auto &k : keyed)
        models.push_back(k.second);
    if (keepOrder)
        std::sort(models.begin(), models.end());
    return models;
}

std::optional<double> blendedPrice(const ModelInfo &model, int inputWeight, int outputWeight, const QDate &asOf)
{
    const PriceEntry *price = model.priceOn(asOf);
    if (!price || !price->input || !price->output || inputWeight < 0 || outputWeight < 0 ||
        inputWeight + outputWeight == 0)
        return std::nullopt;
    const double micro = double(*price->input) * inputWeight + double(*price->output) * outputWeight;
    return micro / (inputWeight + outputWeight) / 1e6;
}

std::optional<double> meanScore(const ModelInfo &model, const QStringList &benchmarkIds)
{
    if (benchmarkIds.isEmpty())
        return std::nullopt;
    double sum = 0.0;
    for (const QString &id : benchmarkIds) {
        const auto score = model.score(id);
        if (!score)
            return std::nullopt;
        sum += score->value;
    }
    return sum / benchmarkIds.size();
}

std::vector<RankEntry> rank(const Dataset &data, const std::vector<int> &models, const Benchmark &benchmark)
{
    std::vector<RankEntry> entries;
    for (int m : models) {
        const auto score = data.models[size_t(m)].score(benchmark.id);
        entries.push_back({m, score ? std::optional<double>(score->value) : std::nullopt, 0});
    }
    const bool higher = benchmark.higherIsBetter;
    std::stable_sort(entries.begin(), entries.end(), [higher](const RankEntry &a, const RankEntry &b) {
        if (a.value.has_value() != b.value.has_value())
            return a.value.has_value();
        if (!a.value)
            return false;
        return higher ? *a.value > *b.value : *a.value < *b.value;
    });
    for (size_t i = 0; i < entries.size() && entries[i].value; ++i)
        entries[i].rank = (i > 0 && entries[i - 1].value == entries[i].value) ? entries[i - 1].rank : int(i) + 1;
    return entries;
}

std::vector<int> paretoFrontier(const std::vector<ValuePoint> &points, bool higherScoreIsBetter)
{
    std::vector<int> order(points.size());
    std::iota(order.begin(), order.end(), 0);
    const auto better = [higherScoreIsBetter](double a, double b) { return higherScoreIsBetter ? a > b : a < b; };
    // Cheapest first; among equal prices the best score first, so it dominates the rest.
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const ValuePoint &pa = points[size_t(a)];
        const ValuePoint &pb = points[size_t(b)];
        if (pa.price != pb.price)
            return pa.price < pb.price;
        return better(pa.score, pb.score);
    });
    std::vector<int> frontier;
    std::optional<double> best;
    for (int i : order) {
        const ValuePoint &p = points[size_t(i)];
        // On the frontier only when strictly better than everything at most as expensive.
        if (!best || better(p.score, *best)) {
            frontier.push_back(i);
            best = p.score;
        }
    }
    return frontier;
}

} // namespace md::ChartMath
