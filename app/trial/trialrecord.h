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

class TrialFormat
{
    Q_DECLARE_TR_FUNCTIONS(TrialFormat)

public:
    static QJsonObject toJson(const TrialRecord &record);
    static std::optional<TrialRecord> fromJson(const QJsonObject &object);
    static QString toMarkdown(const TrialRecord &record, const QLocale &locale = {});
    // "TTFT 320 ms · 2.1 s · 54 tok/s · 12 + 120 tokens · $0.0001"; "~" marks estimates.
    static QString metricsLine(const TrialMetrics &metrics, const QLocale &locale = {});
    static QString timing(const TrialMetrics &metrics, const QLocale &locale = {}); // TTFT, total, tok/s
    static QString tokenCounts(const TrialMetrics &metrics, const QLocale &locale = {});
    static QString cost(const TrialMetrics &metrics, const QLocale &locale = {});
    // One answer labelled with its model, for the clipboard.
    static QString answerText(const ColumnSpec &column, const TrialAnswer &answer);
};

} // namespace md::trial
