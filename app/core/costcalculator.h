#pragma once

#include "dataset.h"
#include "money.h"

#include <vector>

namespace md {

// What a person's workload looks like: tokens per request and how many requests.
struct Workload {
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 requests = 1;                 // in the period the totals are for
    qint64 cachedShareBasisPoints = 0;   // share of input tokens read from the prompt cache, 0..10000
    bool batch = false;                  // Batch API: the model's batch prices

    friend bool operator==(const Workload &, const Workload &) = default;
};

// The cost of a workload on one model. Amounts are exact; round only to show them.
struct CostRow {
    QString modelId;
    QString modelName;
    bool priced = false;            // false when the model lacks an input or output price
    bool batchUnavailable = false;  // batch asked for, but the model has no batch prices: list prices used
    bool cacheUnavailable = false;  // a cache share asked for, but no cached price: cached tokens at input price
    qint64 tierAboveInputTokens = -1; // the tier used, or -1 for the base price
    Money inputPerRequest;
    Money outputPerRequest;
    Money perRequest;
    Money total;                    // perRequest * requests
    bool exceedsContext = false;    // input + output exceed the context window
    bool exceedsMaxOutput = false;  // output exceeds the model's max output tokens

    // Dollars per 1M tokens of this workload (input and output together).
    double blendedPricePerMTok(const Workload &workload) const;
};

class CostCalculator
{
public:
    static CostRow compute(const ModelInfo &model, const Workload &workload);
    static std::vector<CostRow> compute(const Dataset &dataset, const Workload &workload);
    // Index of the cheapest priced row, or -1.
    static int cheapest(const std::vector<CostRow> &rows);
};

} // namespace md
