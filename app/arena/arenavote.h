#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace md::arena {

// The outcome of one blind comparison, as FastChat/LMArena's battle files name it in `winner`.
enum class Winner { ModelA, ModelB, Tie, BothBad };

// "model_a", "model_b", "tie", "tie (bothbad)".
QString winnerName(Winner winner);
std::optional<Winner> winnerFromName(const QString &name);

// What was measured for one answer; each figure is absent when it was not known.
struct AnswerMetrics {
    std::optional<double> firstTokenMs;
    std::optional<double> totalMs;
    std::optional<double> tokensPerSecond;
    std::optional<qint64> outputTokens;
    std::optional<double> costUsd;

    friend bool operator==(const AnswerMetrics &, const AnswerMetrics &) = default;
};

// One vote. `modelA` is the answer shown as "Model A" (the left column), `modelB` the one shown as "Model B":
// the positions are part of the record. Battles read from FastChat files carry no prompt, answers or metrics.
struct Vote {
    QDateTime time; // UTC; invalid when a battle file gave none
    QString modelA;
    QString modelB;
    Winner winner = Winner::Tie;
    QString category; // the person's tag ("coding", "writing", ...), empty when none
    QString language; // FastChat's optional `language`
    int turn = 1;     // FastChat's optional `turn`
    QString prompt;
    QString answerA;
    QString answerB;
    AnswerMetrics metricsA;
    AnswerMetrics metricsB;

    friend bool operator==(const Vote &, const Vote &) = default;
};

} // namespace md::arena
