#pragma once

#include "dataset.h"
#include "money.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace md {

// What a person's workload looks like: tokens per request and how many requests in a period.
struct Workload {
    enum class Period { Day, Month };
    // A month is 30 days, so monthly and daily figures convert with integers only.
    static constexpr qint64 DaysPerMonth = 30;

    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 requests = 1; // in `period`
    Period period = Period::Month;
    qint64 cachedShareBasisPoints = 0;     // share of input tokens read from the prompt cache, 0..10000
    qint64 cacheWriteShareBasisPoints = 0; // share of input tokens written to the cache, 0..10000 with the above
    bool batch = false;                    // Batch API: the model's batch prices
    QDate pricesAsOf;                      // price with the entries in force on this day; invalid: the newest

    friend bool operator==(const Workload &, const Workload &) = default;
};

// The cost of a workload on one model. Amounts are exact; round only to show them.
struct CostRow {
    QString modelId;
    QString modelName;
    bool priced = false;                // false when the model lacks an input or output price
    bool batchUnavailable = false;      // batch asked for, but the model has no batch prices: list prices used
    bool cacheUnavailable = false;      // a cache share asked for, but no cached price: cached tokens at input price
    bool cacheWriteUnavailable = false; // a cache-write share asked for, but no cache-write price: input price
    bool noPriceYet = false;            // the model has prices, but none in force on Workload::pricesAsOf
    QDate priceEffective;               // the date of the price entry applied
    QString priceSource;                // and its source
    qint64 tierAboveInputTokens = -1;   // the tier used, or -1 for the base price
    MicroUsdPerMTok inputPrice = 0;     // the prices applied, per 1M tokens
    MicroUsdPerMTok outputPrice = 0;
    MicroUsdPerMTok cachedPrice = 0;
    MicroUsdPerMTok cacheWritePrice = 0;
    Money inputPerRequest;
    Money outputPerRequest;
    Money perRequest;
    Money total;                   // perRequest * requests: the cost of the workload's period
    Money perDay;                  // exact for a daily workload; a monthly one divided by 30
    Money perMonth;                // exact for either period
    Money blendedPerMTok;          // what 1M tokens of this workload cost, input and output together
    bool exceedsContext = false;   // input + output exceed the context window
    bool exceedsMaxOutput = false; // output exceeds the model's max output tokens
    qint64 contextWindow = 0;
    qint64 maxOutputTokens = 0;

    double blendedPricePerMTok() const { return priced ? blendedPerMTok.toDouble() : 0.0; }
};

// How one cost compares with another, from the exact amounts: "70% less", "26.7 times as much".
struct CostComparison {
    enum Kind { Invalid, Same, Less, More, Times };
    Kind kind = Invalid;
    qint64 tenths = 0; // tenths of a percent (Less, More) or of a factor (Times), rounded half away from zero
};

class CostCalculator
{
    Q_DECLARE_TR_FUNCTIONS(CostCalculator)

public:
    static CostRow compute(const ModelInfo &model, const Workload &workload);
    static std::vector<CostRow> compute(const Dataset &dataset, const Workload &workload);
    static void compute(const Dataset &dataset, const Workload &workload, std::vector<CostRow> &rows);
    // Index of the cheapest priced row among the models that can take the request (context window,
    // max output); when none can, among all priced rows. -1 when no row is priced.
    static int cheapest(const std::vector<CostRow> &rows);
    // Whether `row` ties with the cheapest row `cheapestIndex` (ties are all cheapest).
    static bool isCheapest(const std::vector<CostRow> &rows, int cheapestIndex, int row);
    static bool fits(const CostRow &row) { return !row.exceedsContext && !row.exceedsMaxOutput; }

    static CostComparison compare(Money cost, Money baseline);
    // "GPT-4o mini costs 62.5% less than GPT-3.5 Turbo for this workload".
    static QString describe(const QString &name, const QString &baselineName, CostComparison comparison,
                            const QLocale &locale = {});
    // "62.5% less", "3.2×": the comparison in a few words, for a table cell.
    static QString describeShort(CostComparison comparison, const QLocale &locale = {});
    // Ratio of `cost` to `base` in tenths, rounded half away from zero; -1 when base is zero.
    static qint64 ratioTenths(Money cost, Money base);
    // Monthly cost of one point of a benchmark score; nullopt when the score is missing or zero.
    static std::optional<Money> perScorePoint(Money perMonth, std::optional<double> score);
    // The notes on a row a person should read: tiers, missing batch or cached prices, limits exceeded.
    static QStringList notes(const CostRow &row, const Workload &workload, const QLocale &locale = {});
};

} // namespace md
