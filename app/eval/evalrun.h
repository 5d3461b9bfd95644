#pragma once

#include "checks.h"
#include "core/money.h"
#include "suite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <optional>
#include <vector>

namespace md::eval {

// A suite's provider as the run asks it.
struct RunProvider {
    ProviderSpec spec;
    QString datasetModelId; // for the price, empty when the dataset does not know the model
};

// One answer: a test × prompt × provider × repeat.
struct Cell {
    int test = 0;
    int prompt = 0;
    int provider = 0;
    int repeat = 0;
    QString renderedPrompt;
    QString output;
    QString error; // the call failed (the checks did not run)
    bool done = false;
    bool cached = false;
    qint64 latencyMs = 0;
    qint64 ttftMs = -1;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    double tokensPerSecond = 0.0;
    std::optional<Money> cost;
    bool pass = false;
    double score = 0.0;
    QString reason;
    std::vector<CheckResult> checks;

    // The first failing check, or null.
    const CheckResult *failingCheck() const;
};

// Per provider, over its cells (all repeats).
struct ProviderSummary {
    int passed = 0;
    int failed = 0;        // answered, a check failed
    int errors = 0;        // no answer
    double passRate = 0.0; // passed / all, 0-100
    Money cost;
    bool costKnown = false; // at least one cell priced
    qint64 latencyP50 = 0, latencyP90 = 0;
    qint64 ttftP50 = -1, ttftP90 = -1;
    double tokensPerSecondP50 = 0, tokensPerSecondP90 = 0;
    // --repeat: each repeat's pass rate, and their spread
    std::vector<double> repeatPassRates;
    double passRateMin = 0, passRateMax = 0, passRateStdDev = 0;
};

struct EvalRun {
    QString id; // a UUID, for the run history
    QString suitePath;
    QString suiteDescription;
    QDateTime started;
    QDateTime finished;
    bool cancelled = false;
    int repeat = 1;
    std::vector<TestCase> tests;
    std::vector<QString> prompts; // labels
    std::vector<RunProvider> providers;
    std::vector<Cell> cells; // ordered test, prompt, provider, repeat

    int total() const { return int(cells.size()); }
    int doneCount() const;
    bool allPassed() const; // every cell answered and passed
    ProviderSummary summary(int provider) const;
    const Cell *cell(int test, int prompt, int provider, int repeat = 0) const;
    QString providerName(int provider) const { return providers[size_t(provider)].spec.label; }
};

// Quantile of `values` by linear interpolation (empty: 0).
double percentile(std::vector<double> values, double q);

} // namespace md::eval
