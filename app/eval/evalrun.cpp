#include "evalrun.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace md::eval {

const CheckResult *Cell::failingCheck() const
{
    for (const CheckResult &c : checks)
        if (!c.pass && !c.skipped)
            return &c;
    return nullptr;
}

double percentile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double position = q * double(values.size() - 1);
    const size_t below = size_t(std::floor(position));
    const size_t above = std::min(values.size() - 1, below + 1);
    return values[below] + (values[above] - values[below]) * (position - double(below));
}

int EvalRun::doneCount() const
{
    return int(std::count_if(cells.begin(), cells.end(), [](const Cell &c) { return c.done; }));
}

bool EvalRun::allPassed() const
{
    return !cancelled && std::all_of(cells.begin(), cells.end(), [](const Cell &c) { return c.done && c.pass; });
}

const Cell *EvalRun::cell(int test, int prompt, int provider, int rep) const
{
    const size_t index =
        ((size_t(test) * prompts.size() + size_t(prompt)) * providers.size() + size_t(provider)) * size_t(repeat) +
        size_t(rep);
    return index < cells.size() ? &cells[index] : nullptr;
}

ProviderSummary EvalRun::summary(int provider) const
{
    ProviderSummary s;
    std::vector<double> latency, ttft, speed;
    std::vector<int> repeatPassed(size_t(std::max(1, repeat)), 0), repeatAll(size_t(std::max(1, repeat)), 0);
    for (const Cell &c : cells) {
        if (c.provider != provider || !c.done)
            continue;
        ++repeatAll[size_t(c.repeat)];
        if (!c.error.isEmpty()) {
            ++s.errors;
        } else if (c.pass) {
            ++s.passed;
            ++repeatPassed[size_t(c.repeat)];
        } else {
            ++s.failed;
        }
        if (c.cost) {
            s.cost = s.cost + *c.cost;
            s.costKnown = true;
        }
        if (c.error.isEmpty()) {
            latency.push_back(double(c.latencyMs));
            if (c.ttftMs >= 0)
                ttft.push_back(double(c.ttftMs));
            if (c.tokensPerSecond > 0)
                speed.push_back(c.tokensPerSecond);
        }
    }
    const int all = s.passed + s.failed + s.errors;
    s.passRate = all ? 100.0 * s.passed / all : 0.0;
    s.latencyP50 = qint64(std::llround(percentile(latency, 0.5)));
    s.latencyP90 = qint64(std::llround(percentile(latency, 0.9)));
    if (!ttft.empty()) {
        s.ttftP50 = qint64(std::llround(percentile(ttft, 0.5)));
        s.ttftP90 = qint64(std::llround(percentile(ttft, 0.9)));
    }
    s.tokensPerSecondP50 = percentile(speed, 0.5);
    s.tokensPerSecondP90 = percentile(speed, 0.9);
    for (size_t r = 0; r < repeatAll.size(); ++r)
        if (repeatAll[r] > 0)
            s.repeatPassRates.push_back(100.0 * repeatPassed[r] / repeatAll[r]);
    if (!s.repeatPassRates.empty()) {
        const auto [lo, hi] = std::minmax_element(s.repeatPassRates.begin(), s.repeatPassRates.end());
        s.passRateMin = *lo;
        s.passRateMax = *hi;
        const double mean =
            std::accumulate(s.repeatPassRates.begin(), s.repeatPassRates.end(), 0.0) / double(s.repeatPassRates.size());
        double var = 0;
        for (double r : s.repeatPassRates)
            var += (r - mean) * (r - mean);
        s.passRateStdDev = std::sqrt(var / double(s.repeatPassRates.size()));
    }
    return s;
}

} // namespace md::eval
