#include "dataset.h"

#include <algorithm>

namespace md {

std::optional<Score> ModelInfo::score(const QString &benchmarkId) const
{
    const auto it = scores.constFind(benchmarkId);
    if (it == scores.constEnd())
        return std::nullopt;
    return *it;
}

const PriceEntry *ModelInfo::priceOn(const QDate &date) const
{
    if (!date.isValid())
        return currentPrice();
    // The history is ascending by date: the last entry not after `date`.
    const auto after = std::upper_bound(prices.cbegin(), prices.cend(), date,
                                        [](const QDate &d, const PriceEntry &p) { return d < p.effective; });
    return after == prices.cbegin() ? nullptr : &*std::prev(after);
}

namespace {
template <typename Container> int indexOfId(const Container &items, const QString &id)
{
    const auto it = std::find_if(items.cbegin(), items.cend(), [&id](const auto &item) { return item.id == id; });
    return it == items.cend() ? -1 : int(std::distance(items.cbegin(), it));
}
} // namespace

int Dataset::modelIndex(const QString &id) const
{
    return indexOfId(models, id);
}

int Dataset::benchmarkIndex(const QString &id) const
{
    return indexOfId(benchmarks, id);
}

const ModelInfo *Dataset::model(const QString &id) const
{
    const int i = modelIndex(id);
    return i < 0 ? nullptr : &models[size_t(i)];
}

const Benchmark *Dataset::benchmark(const QString &id) const
{
    const int i = benchmarkIndex(id);
    return i < 0 ? nullptr : &benchmarks[size_t(i)];
}

Dataset Dataset::pricedAsOf(const QDate &asOf) const
{
    Dataset copy = *this;
    if (!asOf.isValid())
        return copy;
    for (ModelInfo &m : copy.models)
        std::erase_if(m.prices, [&asOf](const PriceEntry &p) { return p.effective > asOf; });
    return copy;
}

} // namespace md
