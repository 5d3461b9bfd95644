#pragma once

#include "suite.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <memory>
#include <optional>

class QJSEngine;

namespace md::eval {

// What a check sees of one answer.
struct CheckContext {
    QString output;
    QJsonObject vars;
    QString prompt;
    qint64 latencyMs = 0;
    std::optional<double> costUsd; // unset when the model has no price in the dataset
    bool cached = false;
};

struct CheckResult {
    QString type;
    bool pass = false;
    double score = 0.0;
    double weight = 1.0;
    QString metric;
    QString reason;
    bool skipped = false;
    QString gradingPrompt; // llm-rubric: what the grader was asked

    friend bool operator==(const CheckResult &, const CheckResult &) = default;
};

struct TestVerdict {
    bool pass = false;
    double score = 0.0;
    QString reason; // the first failing check's reason, or the threshold's verdict
};

// Runs the checks that need no model (every supported type but llm-rubric) and scores a test as promptfoo
// does. JavaScript runs in a QJSEngine with a 5 s limit per check.
class Checker
{
    Q_DECLARE_TR_FUNCTIONS(Checker)

public:
    Checker();
    ~Checker();
    Checker(const Checker &) = delete;
    Checker &operator=(const Checker &) = delete;

    // `assertion`'s value is rendered with the context's vars first.
    CheckResult run(const Assertion &assertion, const CheckContext &context);

    // llm-rubric: the messages sent to the grader, and its reply read as a verdict.
    static QString rubricSystemPrompt();
    static QString rubricUserPrompt(const QString &output, const QString &rubric);
    static CheckResult rubricVerdict(const Assertion &assertion, const QString &reply, const QString &gradingPrompt);

    // A weight-0 check passes whatever it found (its score still counts for nothing), as in promptfoo.
    static void applyWeight(CheckResult &check);
    // All checks pass, or with a threshold, the weighted score reaches it.
    static TestVerdict combine(const std::vector<CheckResult> &checks, std::optional<double> threshold);

private:
    CheckResult runText(const Assertion &assertion, const QJsonValue &value, const QString &output);
    CheckResult runScript(const Assertion &assertion, const QString &code, const CheckContext &context);
    QJSEngine &engine();

    std::unique_ptr<QJSEngine> m_engine;
};

} // namespace md::eval
