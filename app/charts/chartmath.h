#pragma once

#include "chartoptions.h"
#include "core/dataset.h"

#include <functional>
#include <optional>
#include <vector>

namespace md::ChartMath {

// Indices into data.models / data.benchmarks of what `options` selects, in dataset order.
// Unknown ids are ignored here; the command line rejects them before a chart is built.
std::vector<int> selectedModels(const Dataset &data, const ChartOptions &options);
std::vector<int> selectedBenchmarks(const Dataset &data, const ChartOptions &options);

// The first `capacity` of `models` by `key` (larger is better; missing keys last, ties in dataset
// order), given back in dataset order when `keepOrder`, else best first. A chart draws only these.
std::vector<int> best(std::vector<int> models, int capacity, const std::function<std::optional<double>(int)> &key,
                      bool keepOrder);

// Price per 1M tokens in USD, blending input and output list prices by weight (3:1 by default).
// Missing when either price is missing or both weights are zero.
std::optional<double> blendedPrice(const ModelInfo &model, int inputWeight, int outputWeight, const QDate &asOf = {});

// The mean of the model's scores on `benchmarkIds`; missing when any of them was not reported
// (a mean over fewer benchmarks would not compare with the other models' means).
std::optional<double> meanScore(const ModelInfo &model, const QStringList &benchmarkIds);

// One model in a ranking: missing scores sort after every reported one and get no rank.
struct RankEntry {
    int model = -1;              // index into data.models
    std::optional<double> value; // the score, or missing
    int rank = 0;                // 1 = best; 0 when the score is missing. Ties share a rank.
};
std::vector<RankEntry> rank(const Dataset &data, const std::vector<int> &models, const Benchmark &benchmark);

struct ValuePoint {
    double price = 0.0; // lower is better
    double score = 0.0;
};

// Indices of the points no other point beats on both price and score (cheaper or equal and better
// or equal, one of them strictly), ordered by ascending price: the Pareto frontier of value.
// `higherScoreIsBetter` false flips the score direction (e.g. an error rate).
std::vector<int> paretoFrontier(const std::vector<ValuePoint> &points, bool higherScoreIsBetter = true);

} // namespace md::ChartMath
