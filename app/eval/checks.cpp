#include "checks.h"

#include "assertionkinds.h"
#include "jsonchecks.h"
#include "templaterender.h"

#include <QJSEngine>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace md::eval {

namespace {

constexpr int ScriptLimitMs = 5000;

QStringList listOf(const QJsonValue &value)
{
    QStringList out;
    if (value.isArray()) {
        for (const QJsonValue v : value.toArray())
            out << TemplateRender::toText(v);
    } else {
        for (const QString &part : TemplateRender::toText(value).split(QLatin1Char(',')))
            out << part.trimmed();
    }
    return out;
}

// Interrupts the engine when a script runs past the limit (a `while (true)` in a suite must not hang the run).
class Watchdog
{
public:
    explicit Watchdog(QJSEngine &engine)
        : m_thread([this, &engine] {
            std::unique_lock lock(m_mutex);
            if (!m_done.wait_for(lock, std::chrono::milliseconds(ScriptLimitMs), [this] { return m_finished; }))
                engine.setInterrupted(true);
        })
    {}
    ~Watchdog()
    {
        {
            std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_done.notify_all();
        m_thread.join();
    }
    Watchdog(const Watchdog &) = delete;
    Watchdog &operator=(const Watchdog &) = delete;

private:
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_finished = false;
    std::thread m_thread;
};

} // namespace

Checker::Checker() = default;
Checker::~Checker() = default;

QJSEngine &Checker::engine()
{
    if (!m_engine)
        m_engine = std::make_unique<QJSEngine>();
    return *m_engine;
}

CheckResult Checker::run(const Assertion &assertion, const CheckContext &context)
{
    CheckResult result;
    result.type = assertion.type;
    result.weight = assertion.weight;
    result.metric = assertion.metric;
    if (assertion.skipped) {
        result.skipped = true;
        result.reason = tr("skipped: \"%1\" is not supported").arg(assertion.type);
        return result;
    }
    const AssertionKind *kind = findAssertionKind(assertion.baseType);
    const QJsonValue value = TemplateRender::renderValue(assertion.value, context.vars);
    auto verdict = [&](bool pass, const QString &failReason) {
        result.pass = pass != assertion.inverse;
        result.score = result.pass ? 1.0 : 0.0;
        result.reason = result.pass ? tr("Assertion passed") : failReason;
        return result;
    };
    if (!kind) { // the reader refuses these; a hand-made suite may still hold one
        result.reason = tr("\"%1\" is not supported").arg(assertion.type);
        return result;
    }
    switch (kind->kind) {
    case CheckKind::Text: {
        CheckResult r = runText(assertion, value, context.output);
        r.weight = assertion.weight;
        r.metric = assertion.metric;
        return r;
    }
    case CheckKind::Json: {
        const bool contains = assertion.baseType == QLatin1String("contains-json");
        std::vector<QJsonValue> candidates;
        if (contains) {
            candidates = JsonChecks::extract(context.output);
        } else if (const auto parsed = JsonChecks::parse(context.output)) {
            candidates.push_back(*parsed);
        }
        if (candidates.empty())
            return verdict(false, assertion.inverse ? tr("Expected output not to be valid JSON")
                                  : contains        ? tr("Expected output to contain valid JSON")
                                                    : tr("Expected output to be valid JSON"));
        const bool hasSchema = value.isObject() || value.isBool();
        QString mismatch;
        for (const QJsonValue &candidate : candidates) {
            mismatch = hasSchema ? JsonChecks::validate(value, candidate) : QString();
            if (mismatch.isEmpty())
                return verdict(true, assertion.inverse ? tr("Expected output not to be valid JSON") : QString());
        }
        return verdict(false, tr("JSON does not match the schema: %1").arg(mismatch));
    }
    case CheckKind::Script:
        return runScript(assertion, TemplateRender::toText(value), context);
    case CheckKind::Latency: {
        const double limit = assertion.threshold.value_or(0);
        const bool pass = double(context.latencyMs) <= limit;
        QString reason = pass != assertion.inverse ? QString()
                                                   : tr("Latency %1 ms is %2 the threshold of %3 ms")
                                                         .arg(context.latencyMs)
                                                         .arg(pass ? tr("within") : tr("above"))
                                                         .arg(limit);
        verdict(pass, reason);
        if (context.cached)
            result.reason += tr(" (time of the cached answer)");
        return result;
    }
    case CheckKind::Cost: {
        if (!context.costUsd) {
            result.reason = tr("No cost: the model has no price in the dataset");
            return result;
        }
        const double limit = assertion.threshold.value_or(0);
        const bool pass = *context.costUsd <= limit;
        return verdict(pass, tr("Cost $%1 is %2 the threshold of $%3")
                                 .arg(QString::number(*context.costUsd, 'g', 6))
                                 .arg(pass ? tr("within") : tr("above"))
                                 .arg(limit));
    }
    case CheckKind::Rubric:
        result.reason = tr("llm-rubric needs a grader call"); // the runner grades these
        return result;
    }
    return result;
}

CheckResult Checker::runText(const Assertion &a, const QJsonValue &value, const QString &output)
{
    CheckResult result;
    result.type = a.type;
    const QString base = a.baseType;
    const QString expected = TemplateRender::toText(value);
    const QString notWord = a.inverse ? tr("not ") : QString();
    bool pass = false;
    QString reason;
    if (base == QLatin1String("equals")) {
        if (value.isObject() || value.isArray()) {
            const auto parsed = JsonChecks::parse(output);
            pass = parsed && *parsed == value;
        } else {
            pass = output == expected;
        }
        reason = tr("Expected output to %1equal \"%2\"").arg(notWord, expected);
    } else if (base == QLatin1String("contains") || base == QLatin1String("icontains")) {
        const auto cs = base.startsWith(QLatin1Char('i')) ? Qt::CaseInsensitive : Qt::CaseSensitive;
        pass = output.contains(expected, cs);
        reason = tr("Expected output to %1contain \"%2\"").arg(notWord, expected);
    } else if (base.endsWith(QLatin1String("-any")) || base.endsWith(QLatin1String("-all"))) {
        const auto cs = base.startsWith(QLatin1Char('i')) ? Qt::CaseInsensitive : Qt::CaseSensitive;
        const QStringList items = listOf(value);
        const bool all = base.endsWith(QLatin1String("-all"));
        QStringList missing;
        int found = 0;
        for (const QString &item : items) {
            if (output.contains(item, cs))
                ++found;
            else
                missing << item;
        }
        pass = all ? missing.isEmpty() : found > 0;
        if (all)
            reason = a.inverse ? tr("Expected output to not contain all of [%1]").arg(items.join(QStringLiteral(", ")))
                               : tr("Expected output to contain all of [%1]; missing: %2")
                                     .arg(items.join(QStringLiteral(", ")), missing.join(QStringLiteral(", ")));
        else
            reason = tr("Expected output to %1contain one of [%2]").arg(notWord, items.join(QStringLiteral(", ")));
    } else if (base == QLatin1String("starts-with")) {
        pass = output.startsWith(expected);
        reason = tr("Expected output to %1start with \"%2\"").arg(notWord, expected);
    } else if (base == QLatin1String("regex")) {
        // JavaScript's RegExp, as promptfoo uses, not PCRE.
        QJSEngine &js = engine();
        QJSValue test = js.evaluate(QStringLiteral("(function (p, s) { return new RegExp(p).test(s); })"));
        const QJSValue r = test.call({QJSValue(expected), QJSValue(output)});
        if (r.isError()) {
            result.reason = tr("Invalid regular expression \"%1\": %2").arg(expected, r.toString());
            return result;
        }
        pass = r.toBool();
        reason = tr("Expected output to %1match the regular expression \"%2\"").arg(notWord, expected);
    }
    result.pass = pass != a.inverse;
    result.score = result.pass ? 1.0 : 0.0;
    result.reason = result.pass ? tr("Assertion passed") : reason;
    return result;
}

CheckResult Checker::runScript(const Assertion &a, const QString &code, const CheckContext &context)
{
    CheckResult result;
    result.type = a.type;
    result.weight = a.weight;
    result.metric = a.metric;
    QJSEngine &js = engine();
    // A multi-line value is a function body; one line is an expression (after any const/let/var statements),
    // as promptfoo reads it.
    QString source = code;
    while (source.endsWith(QLatin1Char('\n')) || source.endsWith(QLatin1Char(' ')) ||
           source.endsWith(QLatin1Char('\t')) || source.endsWith(QLatin1Char('\r')))
        source.chop(1);
    if (!source.contains(QLatin1Char('\n'))) {
        QString line = source.trimmed();
        while (line.endsWith(QLatin1Char(';')))
            line = line.chopped(1).trimmed();
        static const QRegularExpression declaration(QStringLiteral(R"(^(const|let|var)\s)"));
        if (declaration.match(line).hasMatch()) {
            const qsizetype semicolon = line.lastIndexOf(QLatin1Char(';'));
            const QString expression = semicolon >= 0 ? line.mid(semicolon + 1).trimmed() : QString();
            source = expression.isEmpty() ? line : line.left(semicolon + 1) + QStringLiteral(" return ") + expression;
        } else {
            source = QStringLiteral("return ") + line;
        }
    }
    source = QStringLiteral("(function (output, context) {\n") + source + QStringLiteral("\n})");
    QJSValue contextValue = js.newObject();
    contextValue.setProperty(QStringLiteral("vars"), js.toScriptValue(context.vars.toVariantMap()));
    contextValue.setProperty(QStringLiteral("prompt"), context.prompt);
    QJSValue value;
    {
        js.setInterrupted(false);
        Watchdog watchdog(js);
        QJSValue function = js.evaluate(source, QStringLiteral("assertion"));
        value = function.isError() ? function : function.call({QJSValue(context.output), contextValue});
    }
    if (js.isInterrupted()) {
        js.setInterrupted(false);
        result.reason = tr("JavaScript ran longer than %1 s and was stopped").arg(ScriptLimitMs / 1000);
        return result;
    }
    if (value.isError()) {
        result.reason = tr("JavaScript error: %1").arg(value.toString());
        return result;
    }
    bool pass = false;
    if (value.isBool()) {
        pass = value.toBool();
        result.score = pass != a.inverse ? 1.0 : 0.0;
        result.reason = tr("JavaScript returned %1").arg(pass ? QStringLiteral("true") : QStringLiteral("false"));
    } else if (value.isNumber()) {
        result.score = value.toNumber();
        pass = a.threshold ? result.score >= *a.threshold : result.score > 0;
        result.reason = tr("JavaScript returned %1").arg(value.toNumber());
    } else if (value.isObject() && value.hasProperty(QStringLiteral("pass"))) {
        pass = value.property(QStringLiteral("pass")).toBool();
        const QJSValue score = value.property(QStringLiteral("score"));
        result.score = score.isNumber() ? score.toNumber() : (pass ? 1.0 : 0.0);
        result.reason = value.property(QStringLiteral("reason")).toString();
        if (value.property(QStringLiteral("reason")).isUndefined())
            result.reason =
                tr("JavaScript returned pass: %1").arg(pass ? QStringLiteral("true") : QStringLiteral("false"));
    } else {
        result.reason =
            tr("JavaScript returned %1, not a boolean, a number or {pass, score, reason}").arg(value.toString());
        return result;
    }
    result.pass = pass != a.inverse;
    if (result.pass && result.reason.isEmpty())
        result.reason = tr("Assertion passed");
    return result;
}

QString Checker::rubricSystemPrompt()
{
    return QStringLiteral(
        "You grade an answer against a rubric. The answer passes when what the rubric says holds for it. Reply "
        "with a single JSON object and nothing else: {\"reason\": string, \"pass\": boolean, \"score\": number "
        "from 0 to 1}.");
}

QString Checker::rubricUserPrompt(const QString &output, const QString &rubric)
{
    return QStringLiteral("<Output>\n%1\n</Output>\n<Rubric>\n%2\n</Rubric>").arg(output, rubric);
}

CheckResult Checker::rubricVerdict(const Assertion &a, const QString &reply, const QString &gradingPrompt)
{
    CheckResult result;
    result.type = a.type;
    result.weight = a.weight;
    result.metric = a.metric;
    result.gradingPrompt = gradingPrompt;
    std::vector<QJsonValue> found = JsonChecks::extract(reply);
    if (const auto whole = JsonChecks::parse(reply.trimmed()))
        found.insert(found.begin(), *whole);
    const auto verdict = std::find_if(found.begin(), found.end(), [](const QJsonValue &v) {
        return v.isObject() && v.toObject().contains(QLatin1String("pass"));
    });
    if (verdict == found.end()) {
        result.reason = tr("The grader's reply holds no {pass, score, reason}: %1").arg(reply.left(200));
        return result;
    }
    const QJsonObject o = verdict->toObject();
    bool pass = o.value(QLatin1String("pass")).toBool();
    result.score =
        o.value(QLatin1String("score")).isDouble() ? o.value(QLatin1String("score")).toDouble() : (pass ? 1.0 : 0.0);
    if (a.threshold)
        pass = pass && result.score >= *a.threshold;
    result.pass = pass != a.inverse;
    if (a.inverse)
        result.score = 1.0 - result.score;
    result.reason = o.value(QLatin1String("reason")).toString();
    return result;
}

void Checker::applyWeight(CheckResult &check)
{
    // A check of weight 0 is measured, never failed (promptfoo passes it, keeping its score and reason).
    if (check.weight == 0.0 && !check.skipped)
        check.pass = true;
}

TestVerdict Checker::combine(const std::vector<CheckResult> &checks, std::optional<double> threshold)
{
    TestVerdict v;
    double total = 0;
    double weights = 0;
    QString failed;
    int counted = 0;
    for (const CheckResult &c : checks) {
        if (c.skipped)
            continue;
        ++counted;
        total += c.score * c.weight;
        weights += c.weight;
        if (!c.pass) // any failing check, whatever its weight; the last one's reason, as promptfoo reports it
            failed = c.reason;
    }
    if (counted == 0) {
        v.pass = true;
        v.score = 1.0;
        v.reason = tr("No assertions");
        return v;
    }
    v.score = weights > 0 ? total / weights : 0.0;
    if (threshold) {
        v.pass = v.score >= *threshold;
        v.reason = v.pass ? tr("Aggregate score %1 ≥ threshold %2").arg(v.score, 0, 'g', 4).arg(*threshold)
                          : tr("Aggregate score %1 < threshold %2").arg(v.score, 0, 'g', 4).arg(*threshold);
    } else {
        v.pass = failed.isEmpty();
        v.reason = v.pass ? tr("All assertions passed") : failed;
    }
    return v;
}

} // namespace md::eval
