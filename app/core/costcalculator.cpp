#include "costcalculator.h"

#include "format.h"

#include <cmath>
#include <limits>

namespace md {

CostRow CostCalculator::compute(const ModelInfo &model, const Workload &w)
{
    CostRow row;
    row.modelId = model.id;
    row.modelName = model.name;
    row.contextWindow = model.contextWindow;
    row.maxOutputTokens = model.maxOutputTokens;
    row.exceedsContext = model.contextWindow > 0 && w.inputTokens + w.outputTokens > model.contextWindow;
    row.exceedsMaxOutput = model.maxOutputTokens > 0 && w.outputTokens > model.maxOutputTokens;

    const PriceEntry *price = model.priceOn(w.pricesAsOf);
    if (!price) {
        row.noPriceYet = !model.prices.empty();
        return row;
    }
    row.priceEffective = price->effective;
    row.priceSource = price->source;

    std::optional<MicroUsdPerMTok> input = price->input;
    std::optional<MicroUsdPerMTok> output = price->output;
    std::optional<MicroUsdPerMTok> cached = price->cachedInput;
    std::optional<MicroUsdPerMTok> cacheWrite = price->cacheWrite;
    // The highest tier whose threshold the prompt passes replaces the base prices it names.
    for (const PriceTier &tier : price->tiers) {
        if (w.inputTokens <= tier.aboveInputTokens)
            break;
        row.tierAboveInputTokens = tier.aboveInputTokens;
        input = tier.input ? tier.input : input;
        output = tier.output ? tier.output : output;
        cached = tier.cachedInput ? tier.cachedInput : cached;
        cacheWrite = tier.cacheWrite ? tier.cacheWrite : cacheWrite;
    }

    const qint64 cachedShare = qBound(qint64(0), w.cachedShareBasisPoints, qint64(10000));
    const qint64 writeShare = qBound(qint64(0), w.cacheWriteShareBasisPoints, qint64(10000) - cachedShare);
    if (w.batch) {
        if (price->batchInput && price->batchOutput) {
            input = price->batchInput;
            output = price->batchOutput;
            cached.reset(); // the Batch API discount does not stack with the prompt cache
            cacheWrite.reset();
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
    if (writeShare > 0 && !cacheWrite) {
        row.cacheWriteUnavailable = true;
        cacheWrite = input;
    }

    row.priced = true;
    row.inputPrice = *input;
    row.outputPrice = *output;
    row.cachedPrice = cached.value_or(*input);
    row.cacheWritePrice = cacheWrite.value_or(*input);
    row.inputPerRequest = Money::forTokens(w.inputTokens, *input, 10'000 - cachedShare - writeShare) +
                          Money::forTokens(w.inputTokens, row.cachedPrice, cachedShare) +
                          Money::forTokens(w.inputTokens, row.cacheWritePrice, writeShare);
    row.outputPerRequest = Money::forTokens(w.outputTokens, *output);
    row.perRequest = row.inputPerRequest + row.outputPerRequest;
    row.total = row.perRequest * w.requests;
    if (w.period == Workload::Period::Day) {
        row.perDay = row.total;
        row.perMonth = row.total * Workload::DaysPerMonth;
    } else {
        row.perMonth = row.total;
        row.perDay = row.total.dividedBy(Workload::DaysPerMonth);
    }
    const qint64 tokens = w.inputTokens + w.outputTokens;
    row.blendedPerMTok = tokens > 0 ? (row.perRequest * 1'000'000).dividedBy(tokens) : Money();
    return row;
}

std::vector<CostRow> CostCalculator::compute(const Dataset &dataset, const Workload &workload)
{
    std::vector<CostRow> rows;
    compute(dataset, workload, rows);
    return rows;
}

void CostCalculator::compute(const Dataset &dataset, const Workload &workload, std::vector<CostRow> &rows)
{
    rows.resize(dataset.models.size());
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = compute(dataset.models[i], workload);
}

int CostCalculator::cheapest(const std::vector<CostRow> &rows)
{
    // A model that cannot take the request is no answer to "what is cheapest for it".
    for (const bool mustFit : {true, false}) {
        int best = -1;
        for (int i = 0; i < int(rows.size()); ++i) {
            const CostRow &r = rows[size_t(i)];
            if (r.priced && (!mustFit || fits(r)) && (best < 0 || r.total < rows[size_t(best)].total))
                best = i;
        }
        if (best >= 0)
            return best;
    }
    return -1;
}

bool CostCalculator::isCheapest(const std::vector<CostRow> &rows, int cheapestIndex, int row)
{
    if (cheapestIndex < 0 || row < 0 || row >= int(rows.size()))
        return false;
    const CostRow &r = rows[size_t(row)];
    const CostRow &best = rows[size_t(cheapestIndex)];
    return r.priced && r.total == best.total && (fits(r) || !fits(best));
}

qint64 CostCalculator::ratioTenths(Money cost, Money base)
{
    if (base.units() <= 0)
        return -1;
    const auto tenths = Money::mulDivRounded(cost.units(), 10, base.units());
    if (!tenths || *tenths > std::numeric_limits<qint64>::max())
        return -1;
    return qint64(*tenths);
}

CostComparison CostCalculator::compare(Money cost, Money baseline)
{
    if (baseline.units() <= 0 || cost.units() < 0)
        return {};
    if (cost == baseline)
        return {CostComparison::Same, 0};
    // Differences and ratios are formed without overflow at every amount (exact, or not compared).
    // A difference up to the baseline over the baseline is at most 1000 tenths of a percent: it always fits.
    if (cost < baseline) {
        const auto tenths = Money::mulDivRounded(baseline.units() - cost.units(), 1000, baseline.units());
        return tenths ? CostComparison{CostComparison::Less, qint64(*tenths)} : CostComparison{};
    }
    // Up to twice the price reads best as a percentage; beyond that "N times as much" does.
    if (cost.units() - baseline.units() <= baseline.units()) {
        const auto tenths = Money::mulDivRounded(cost.units() - baseline.units(), 1000, baseline.units());
        return tenths ? CostComparison{CostComparison::More, qint64(*tenths)} : CostComparison{};
    }
    const qint64 times = ratioTenths(cost, baseline);
    if (times < 0)
        return {};
    return {CostComparison::Times, times};
}

namespace {
QString tenthsText(qint64 tenths, const QLocale &locale)
{
    return locale.toString(double(tenths) / 10.0, 'f', tenths % 10 == 0 ? 0 : 1);
}
} // namespace

QString CostCalculator::describe(const QString &name, const QString &baselineName, CostComparison c,
                                 const QLocale &locale)
{
    switch (c.kind) {
    case CostComparison::Same:
        return tr("%1 costs the same as %2 for this workload").arg(name, baselineName);
    case CostComparison::Less:
        return tr("%1 costs %2% less than %3 for this workload").arg(name, tenthsText(c.tenths, locale), baselineName);
    case CostComparison::More:
        return tr("%1 costs %2% more than %3 for this workload").arg(name, tenthsText(c.tenths, locale), baselineName);
    case CostComparison::Times:
        return tr("%1 costs %2 times as much as %3 for this workload")
            .arg(name, tenthsText(c.tenths, locale), baselineName);
    case CostComparison::Invalid:
        break;
    }
    return tr("%1 cannot be compared with %2: one of them has no price").arg(name, baselineName);
}

QString CostCalculator::describeShort(CostComparison c, const QLocale &locale)
{
    switch (c.kind) {
    case CostComparison::Same:
        return tr("same");
    case CostComparison::Less:
        return tr("%1% less").arg(tenthsText(c.tenths, locale));
    case CostComparison::More:
        return tr("%1% more").arg(tenthsText(c.tenths, locale));
    case CostComparison::Times:
        return tr("%1×", "times as much").arg(tenthsText(c.tenths, locale));
    case CostComparison::Invalid:
        break;
    }
    return Format::notAvailable();
}

std::optional<Money> CostCalculator::perScorePoint(Money perMonth, std::optional<double> score)
{
    if (!score || !std::isfinite(*score) || *score <= 0.0)
        return std::nullopt;
    // Scores carry at most a few decimals; thousandths make the division an integer one.
    const qint64 thousandths = std::llround(*score * 1000.0);
    if (thousandths <= 0)
        return std::nullopt;
    const auto units = Money::mulDivRounded(perMonth.units(), 1000, thousandths);
    if (!units)
        return std::nullopt;
    return Money::fromUnits(*units);
}

QStringList CostCalculator::notes(const CostRow &row, const Workload &w, const QLocale &locale)
{
    QStringList notes;
    if (row.noPriceYet)
        notes << tr("no price yet on that date");
    else if (!row.priced)
        notes << tr("no input or output price in the dataset");
    if (row.exceedsContext)
        notes << tr("request exceeds the %1-token context window").arg(locale.toString(row.contextWindow));
    if (row.exceedsMaxOutput)
        notes << tr("output exceeds the %1-token maximum").arg(locale.toString(row.maxOutputTokens));
    if (row.batchUnavailable)
        notes << tr("no batch prices: list prices used");
    else if (w.batch && row.priced)
        notes << tr("batch prices");
    if (row.tierAboveInputTokens >= 0)
        notes << tr("long-prompt price (above %1 tokens)").arg(locale.toString(row.tierAboveInputTokens));
    if (row.cacheUnavailable && row.priced)
        notes << (w.batch && !row.batchUnavailable ? tr("no cache discount in batch mode")
                                                   : tr("no cached-input price: full input price used"));
    if (row.cacheWriteUnavailable && row.priced && !(w.batch && !row.batchUnavailable))
        notes << tr("no cache-write price: input price used");
    return notes;
}

} // namespace md
