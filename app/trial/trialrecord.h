#pragma once

#include "core/money.h"
#include "tokens/tokencount.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace md::trial {

struct TrialSettings {
    QString system;
    std::optional<double> temperature; // the server's default when unset
    std::optional<int> maxTokens;
    bool stream = true;

    friend bool operator==(const TrialSettings &, const TrialSettings &) = default;
};

// One column of a trial: which model answers. Holds no key; the session keeps keys apart.
struct ColumnSpec {
    QString provider;
    QString baseUrl;
    QString apiModel;
    QString datasetModelId; // for the price, empty when the dataset does not know the model
    QString label;          // what the column is called: the dataset name or the API id

    friend bool operator==(const ColumnSpec &, const ColumnSpec &) = default;
};

struct TrialMetrics {
    qint64 ttftMs = -1;
    qint64 totalMs = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    bool tokensEstimated = false; // the server sent no usage: counts are ModelDesk's, marked as such
    tokens::TokenSource tokensSource = tokens::TokenSource::Server; // the model's tokenizer, or an estimate
    double tokensPerSecond = 0.0;
    std::optional<Money> cost; // unset when the model has no price in the dataset

    friend bool operator==(const TrialMetrics &, const TrialMetrics &) = default;
};

struct TrialAnswer {
    QString text;
    QString error;
    bool cancelled = false;
    TrialMetrics metrics;

    bool ok() const { return error.isEmpty(); }
    friend bool operator==(const TrialAnswer &, const TrialAnswer &) = default;
};

struct TrialTurn {
    QString prompt;
    std::vector<TrialAnswer> answers; // one per column

    friend bool operator==(const TrialTurn &, const TrialTurn &) = default;
};

// A trial as kept in the history and exported: the prompt and follow-ups, settings, answers, metrics.
struct TrialRecord {
    QString id;
    QDateTime started;
    TrialSettings settings;
    std::vector<ColumnSpec> columns;
    std::vector<TrialTurn> turns;

    friend bool operator==(const TrialRecord &, const TrialRecord &) = default;
};

// The answers of a turn that stand out: the quickest to finish and the cheapest, each among two or more
// answers that came back whole (and, for the price, are priced); -1 when there is nothing to compare.
struct TurnLeaders {
    int fastest = -1;
    int cheapest = -1;

    friend bool operator==(const TurnLeaders &, const TurnLeaders &) = default;
};
TurnLeaders leadersOf(const TrialTurn &turn);

// Whether the call produced an answer at all (a 401 or a refused connection did not: nothing to count or price).
inline bool hasNoAnswer(const TrialAnswer &answer)
{
    return !answer.ok() && !answer.cancelled && answer.text.isEmpty() && answer.metrics.completionTokens == 0;
}

class TrialFormat
{
    Q_DECLARE_TR_FUNCTIONS(TrialFormat)

public:
    static QJsonObject toJson(const TrialRecord &record);
    static std::optional<TrialRecord> fromJson(const QJsonObject &object);
    static QString toMarkdown(const TrialRecord &record, const QLocale &locale = {});
    // "TTFT 320 ms · 2.1 s · 54 tok/s · 12 + 120 tokens · $0.0001"; "~" marks estimates. TTFT and tok/s only
    // for a streamed answer.
    static QString metricsLine(const TrialMetrics &metrics, const QLocale &locale = {});
    static QString timing(const TrialMetrics &metrics, const QLocale &locale = {}); // TTFT, total, tok/s
    static QString tokenCounts(const TrialMetrics &metrics, const QLocale &locale = {});
    static QString cost(const TrialMetrics &metrics, const QLocale &locale = {});
    // metricsLine(), or only the time for a call that produced no answer (no tokens, no cost).
    static QString answerMetrics(const TrialAnswer &answer, const QLocale &locale = {});
    // "Fastest", "Cheapest", "Fastest · Cheapest" or empty, for the answer in `column`.
    static QString leaderText(const TurnLeaders &leaders, int column);
    // One answer labelled with its model, for the clipboard.
    static QString answerText(const ColumnSpec &column, const TrialAnswer &answer);
};

} // namespace md::trial
