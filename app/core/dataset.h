#pragma once

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace md {

// Prices are integer micro-dollars per 1M tokens: 0.15 USD / 1M tokens is 150'000.
// Multiplying by a token count gives pico-dollars exactly, so no cost ever drifts (see money.h).
using MicroUsdPerMTok = qint64;

// A price that applies when the request's prompt is longer than `aboveInputTokens`
// (Gemini 1.5 Flash charges double above 128K tokens).
struct PriceTier {
    qint64 aboveInputTokens = 0;
    std::optional<MicroUsdPerMTok> input;
    std::optional<MicroUsdPerMTok> output;
    std::optional<MicroUsdPerMTok> cachedInput;
    std::optional<MicroUsdPerMTok> cacheWrite;

    friend bool operator==(const PriceTier &, const PriceTier &) = default;
};

// One list price, valid from `effective` until a newer entry replaces it.
struct PriceEntry {
    QDate effective;
    QString source;
    std::optional<MicroUsdPerMTok> input;
    std::optional<MicroUsdPerMTok> output;
    std::optional<MicroUsdPerMTok> cachedInput;
    std::optional<MicroUsdPerMTok> cacheWrite; // writing a prompt into the cache (Anthropic: 1.25x input)
    std::optional<MicroUsdPerMTok> batchInput;
    std::optional<MicroUsdPerMTok> batchOutput;
    std::vector<PriceTier> tiers; // ascending by aboveInputTokens

    friend bool operator==(const PriceEntry &, const PriceEntry &) = default;
};

// A model fact an import changed (a context window, an output limit): what it was, what it became, when and
// from which list, so a changed limit keeps its history as a price does.
struct LimitChange {
    QDate date;
    QString source;
    QString field; // "context_window", "max_output_tokens"
    qint64 from = 0;
    qint64 to = 0;

    friend bool operator==(const LimitChange &, const LimitChange &) = default;
};

struct Score {
    double value = 0.0;
    QString source;

    friend bool operator==(const Score &, const Score &) = default;
};

struct ModelInfo {
    QString id;
    QString name;
    QString vendor;
    QDate released;
    qint64 contextWindow = 0;       // tokens, 0 when unknown
    qint64 maxOutputTokens = 0;     // tokens, 0 when unknown
    QString knowledgeCutoff;        // "YYYY-MM" or "YYYY-MM-DD"
    QStringList modalities;         // "text", "image", "audio", ...
    QString tokenizer;              // "o200k_base", "cl100k_base", or empty when not public (counts are estimates)
    std::vector<PriceEntry> prices; // history, ascending by date; the newest applies
    std::vector<LimitChange> limitChanges; // oldest first
    // Where each fact (a ModelField with the Fact flag: "context_window", "release_date", ...) comes from, as a
    // price entry and a score name theirs: "LiteLLM", "models.dev", a URL. A fact without an entry has none.
    QHash<QString, QString> factSources;
    QHash<QString, Score> scores; // benchmark id -> score; a score not reported is absent, never 0
    // Fields a person typed in by hand (see HandEdit): an import never overwrites them silently.
    QSet<QString> handEdited;

    // The newest price entry, or nullptr when the model has no price.
    const PriceEntry *currentPrice() const { return prices.empty() ? nullptr : &prices.back(); }
    // The entry in force on `date`: the newest one effective on or before it; nullptr when the model had no
    // price yet. An invalid date means the newest entry.
    const PriceEntry *priceOn(const QDate &date) const;
    PriceEntry *currentPrice() { return prices.empty() ? nullptr : &prices.back(); }
    std::optional<Score> score(const QString &benchmarkId) const;

    friend bool operator==(const ModelInfo &, const ModelInfo &) = default;
};

// The names of hand-edited fields, as saved in "hand_edited": the JSON field names of a model
// ("name", "context_window", ...), of its current price ("input", "cached_input", ...) and
// "score:<benchmark id>" for a score.
namespace HandEdit {
inline QString score(const QString &benchmarkId)
{
    return QStringLiteral("score:") + benchmarkId;
}
} // namespace HandEdit

struct Benchmark {
    QString id;
    QString name;
    QString category; // "reasoning", "math", "coding", "multimodal", ...
    QString description;
    QString unit = QStringLiteral("%");
    bool higherIsBetter = true;

    friend bool operator==(const Benchmark &, const Benchmark &) = default;
};

struct Dataset {
    QString title;
    QString description;
    QString source; // where the figures come from, shown in chart subtitles
    QDate date;     // the day the dataset describes (the built-in one: the launch), invalid when none
    std::vector<ModelInfo> models;
    std::vector<Benchmark> benchmarks;

    int modelIndex(const QString &id) const;
    int benchmarkIndex(const QString &id) const;
    const ModelInfo *model(const QString &id) const;
    const Benchmark *benchmark(const QString &id) const;
    // A copy whose price histories end with the entries in force on `date` (later entries dropped, a model
    // without a price then has none), for exports as of a day. An invalid date gives an unchanged copy.
    Dataset pricedAsOf(const QDate &asOf) const;

    friend bool operator==(const Dataset &, const Dataset &) = default;
};

} // namespace md
