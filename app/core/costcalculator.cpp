#include "costcalculator.h"

namespace md {

double CostRow::blendedPricePerMTok(const Workload &workload) const
{
    const qint64 tokens = workload.inputTokens + workload.outputTokens;
    return priced && tokens > 0 ? perRequest.toDouble() * 1e6 / double(tokens) : 0.0;
}

CostRow CostCalculator::compute(const ModelInfo &model, const Workload &w)
{
    CostRow row;
    row.modelId = model.id;
    row.modelName = model.name;
    row.exceedsContext = model.contextWindow > 0 && w.inputTokens + w.outputTokens > model.contextWindow;
    row.exceedsMaxOutput = model.maxOutputTokens > 0 && w.outputTokens > model.maxOutputTokens;

    const PriceEntry *price = model.currentPrice();
    if (!price)
        return row;

    std::optional<MicroUsdPerMTok> input = price->input;
    std::optional<MicroUsdPerMTok> output = price->output;
    std::optional<MicroUsdPerMTok> cached = price->cachedInput;
    // The highest tier whose threshold the prompt passes replaces the base prices it names.
    for (const PriceTier &tier : price->tiers) {
        if (w.inputTokens <= tier.aboveInputTokens)
            break;
        row.tierAboveInputTokens = tier.aboveInputTokens;
        input = tier.input ? tier.input : input;
        output = tier.output ? tier.output : output;
        cached = tier.cachedInput ? tier.cachedInput : cached;
    }

    const qint64 cachedShare = qBound(qint64(0), w.cachedShareBasisPoints, qint64(10000));
    if (w.batch) {
        if (price->batchInput && price->batchOutput) {
            input = price->batchInput;
            output = price->batchOutput;
            cached.reset(); // the Batch API discount does not stack with the prompt cache
        } else {
            row.batchUnavailable = true;
        }
    }
    if (!input || !output)
        return row;
    if (cachedShare > 0 && !cached) {
        row.cacheUnavailable = true;
        cached = input;
    }

    row.priced = true;
    row.inputPerRequest = Money::forTokens(w.inputTokens, *input, 10'000 - cachedShare)
        + Money::forTokens(w.inputTokens, cached.value_or(*input), cachedShare);
    row.outputPerRequest = Money::forTokens(w.outputTokens, *output);
    row.perRequest = row.inputPerRequest + row.outputPerRequest;
    row.total = row.perRequest * w.requests;
    return row;
}

std::vector<CostRow> CostCalculator::compute(const Dataset &dataset, const Workload &workload)
{
    std::vector<CostRow> rows;
    rows.reserve(dataset.models.size());
    for (const ModelInfo &m : dataset.models)
        rows.push_back(compute(m, workload));
    return rows;
}

int CostCalculator::cheapest(const std::vector<CostRow> &rows)
{
    int best = -1;
    for (int i = 0; i < int(rows.size()); ++i) {
        if (rows[size_t(i)].priced && (best < 0 || rows[size_t(i)].total < rows[size_t(best)].total))
            best = i;
    }
    return best;
}

} // namespace md
