#include "evalreport.h"

#include "templaterender.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace md::eval {

namespace {

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')) ||
        text.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text;
}

QString mdCell(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString money(const Money &m)
{
    return QStringLiteral("$") + m.toPlainString(6);
}

QString varsText(const QJsonObject &vars)
{
    QStringList parts;
    for (auto it = vars.begin(); it != vars.end(); ++it)
        parts << it.key() + QLatin1Char('=') + TemplateRender::toText(it.value());
    return parts.join(QStringLiteral(", "));
}

QJsonValue orNull(bool known, const QJsonValue &value)
{
    return known ? value : QJsonValue(QJsonValue::Null);
}

QJsonValue dollarsOrNull(const std::optional<Money> &cost)
{
    return cost ? QJsonValue(EvalReport::costUsd(*cost)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QStringList EvalReport::formats()
{
    return {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("markdown"),
            QStringLiteral("html")};
}

QString EvalReport::render(const EvalRun &run, const QString &format)
{
    if (format == QLatin1String("json"))
        return QString::fromUtf8(QJsonDocument(toJson(run)).toJson(QJsonDocument::Indented));
    if (format == QLatin1String("csv"))
        return toCsv(run);
    if (format == QLatin1String("markdown"))
        return toMarkdown(run);
    if (format == QLatin1String("html"))
        return toHtml(run);
    return toTable(run);
}

QString EvalReport::testName(const EvalRun &run, int test)
{
    const TestCase &t = run.tests[size_t(test)];
    if (!t.description.isEmpty())
        return t.description;
    const QString vars = varsText(t.vars);
    return vars.isEmpty() ? tr("Test %1").arg(test + 1) : vars;
}

QString EvalReport::verdictText(const Cell &cell)
{
    if (!cell.done)
        return QStringLiteral("—");
    if (!cell.error.isEmpty())
        return tr("ERROR");
    return cell.pass ? tr("PASS") : tr("FAIL");
}

QJsonObject EvalReport::toJson(const EvalRun &run)
{
    QJsonArray results;
    for (const Cell &c : run.cells) {
        const RunProvider &p = run.providers[size_t(c.provider)];
        QJsonArray assertions;
        for (const CheckResult &check : c.checks) {
            QJsonObject a{
                {QStringLiteral("type"), check.type},
                {QStringLiteral("pass"), check.skipped ? QJsonValue(QJsonValue::Null) : QJsonValue(check.pass)},
                {QStringLiteral("reason"), check.reason}};
            if (!check.gradingPrompt.isEmpty())
                a.insert(QStringLiteral("grading_prompt"), check.gradingPrompt);
            assertions.append(a);
        }
        QJsonObject r{
            {QStringLiteral("test"), c.test},
            {QStringLiteral("vars"), run.tests[size_t(c.test)].vars},
            {QStringLiteral("provider"), p.spec.label},
            {QStringLiteral("model"), p.spec.model},
            {QStringLiteral("output"), orNull(c.done && c.error.isEmpty(), c.output)},
            {QStringLiteral("pass"), c.done && c.pass},
            {QStringLiteral("score"), c.score},
            {QStringLiteral("assertions"), assertions},
            {QStringLiteral("latency_ms"), orNull(c.done && c.error.isEmpty(), c.latencyMs)},
            {QStringLiteral("cost_usd"), dollarsOrNull(c.cost)},
            {QStringLiteral("error"), !c.done             ? QJsonValue(tr("not run (cancelled)"))
                                      : c.error.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(c.error)},
        };
        if (run.prompts.size() > 1)
            r.insert(QStringLiteral("prompt"), run.prompts[size_t(c.prompt)]);
        if (run.repeat > 1)
            r.insert(QStringLiteral("repeat"), c.repeat);
        results.append(r);
    }
    QJsonObject summary;
    for (int i = 0; i < int(run.providers.size()); ++i) {
        const ProviderSummary s = run.summary(i);
        QJsonObject o{
            {QStringLiteral("pass_rate"), s.passRate},
            {QStringLiteral("passed"), s.passed},
            {QStringLiteral("failed"), s.failed},
            {QStringLiteral("errors"), s.errors},
            {QStringLiteral("cost_usd"), orNull(s.costKnown, costUsd(s.cost))},
            {QStringLiteral("latency_ms"),
             QJsonObject{{QStringLiteral("p50"), s.latencyP50}, {QStringLiteral("p90"), s.latencyP90}}},
            {QStringLiteral("ttft_ms"), QJsonObject{{QStringLiteral("p50"), orNull(s.ttftP50 >= 0, s.ttftP50)},
                                                    {QStringLiteral("p90"), orNull(s.ttftP90 >= 0, s.ttftP90)}}},
            {QStringLiteral("tokens_per_second"),
             QJsonObject{{QStringLiteral("p50"), s.tokensPerSecondP50}, {QStringLiteral("p90"), s.tokensPerSecondP90}}},
        };
        if (run.repeat > 1) {
            QJsonArray rates;
            for (double r : s.repeatPassRates)
                rates.append(r);
            o.insert(QStringLiteral("pass_rate_spread"), QJsonObject{{QStringLiteral("per_repeat"), rates},
                                                                     {QStringLiteral("min"), s.passRateMin},
                                                                     {QStringLiteral("max"), s.passRateMax},
                                                                     {QStringLiteral("stddev"), s.passRateStdDev}});
        }
        summary.insert(run.providerName(i), o);
    }
    return {{QStringLiteral("description"), run.suiteDescription},
            {QStringLiteral("date"), run.started.toString(Qt::ISODate)},
            {QStringLiteral("results"), results},
            {QStringLiteral("summary"), summary}};
}

QString EvalReport::toCsv(const EvalRun &run)
{
    QString out = QStringLiteral("test,description,vars,prompt,provider,model,repeat,verdict,score,latency_ms,ttft_ms,"
                                 "cost_usd,failing_check,reason,output,error\n");
    for (const Cell &c : run.cells) {
        const RunProvider &p = run.providers[size_t(c.provider)];
        const CheckResult *failing = c.failingCheck();
        const QStringList fields = {
            QString::number(c.test),
            run.tests[size_t(c.test)].description,
            varsText(run.tests[size_t(c.test)].vars),
            run.prompts[size_t(c.prompt)],
            p.spec.label,
            p.spec.model,
            QString::number(c.repeat),
            verdictText(c),
            QString::number(c.score),
            QString::number(c.latencyMs),
            c.ttftMs >= 0 ? QString::number(c.ttftMs) : QString(),
            c.cost ? c.cost->toPlainString(10) : QString(),
            failing ? failing->type : QString(),
            c.reason,
            c.output,
            c.error,
        };
        QStringList escaped;
        for (const QString &f : fields)
            escaped << csvField(f);
        out += escaped.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

QString EvalReport::toMarkdown(const EvalRun &run)
{
    QString out = QStringLiteral("# %1\n\n").arg(run.suiteDescription);
    out += tr("Run %1 · %2 tests × %3 models")
               .arg(run.started.toString(Qt::ISODate))
               .arg(run.tests.size())
               .arg(run.providers.size());
    if (run.repeat > 1)
        out += tr(" × %1 repeats").arg(run.repeat);
    out += QStringLiteral("\n\n| ") + tr("Test");
    for (int p = 0; p < int(run.providers.size()); ++p)
        out += QStringLiteral(" | ") + mdCell(run.providerName(p));
    out += QStringLiteral(" |\n|---");
    for (size_t p = 0; p < run.providers.size(); ++p)
        out += QStringLiteral("|---");
    out += QStringLiteral("|\n");
    for (int t = 0; t < int(run.tests.size()); ++t) {
        for (int pr = 0; pr < int(run.prompts.size()); ++pr) {
            QString name = testName(run, t);
            if (run.prompts.size() > 1)
                name += QStringLiteral(" · ") + run.prompts[size_t(pr)];
            out += QStringLiteral("| ") + mdCell(name);
            for (int p = 0; p < int(run.providers.size()); ++p) {
                QStringList verdicts;
                for (int r = 0; r < run.repeat; ++r) {
                    const Cell *c = run.cell(t, pr, p, r);
                    QString v = verdictText(*c);
                    if (c->done && !c->pass && c->error.isEmpty())
                        if (const CheckResult *f = c->failingCheck())
                            v += QStringLiteral(" (") + f->type + QLatin1Char(')');
                    verdicts << v;
                }
                out += QStringLiteral(" | ") + mdCell(verdicts.join(QStringLiteral(", ")));
            }
            out += QStringLiteral(" |\n");
        }
    }
    out += QStringLiteral("\n| ") + tr("Model") + QStringLiteral(" | ") + tr("Pass rate") + QStringLiteral(" | ") +
           tr("Passed") + QStringLiteral(" | ") + tr("Failed") + QStringLiteral(" | ") + tr("Errors") +
           QStringLiteral(" | ") + tr("Cost") + QStringLiteral(" | ") + tr("Latency p50 / p90") +
           QStringLiteral(" |\n");
    out += QStringLiteral("|---|---:|---:|---:|---:|---:|---:|\n");
    for (int p = 0; p < int(run.providers.size()); ++p) {
        const ProviderSummary s = run.summary(p);
        out += QStringLiteral("| %1 | %2% | %3 | %4 | %5 | %6 | %7 / %8 ms |\n")
                   .arg(mdCell(run.providerName(p)))
                   .arg(s.passRate, 0, 'f', 1)
                   .arg(s.passed)
                   .arg(s.failed)
                   .arg(s.errors)
                   .arg(s.costKnown ? money(s.cost) : QStringLiteral("n/a"))
                   .arg(s.latencyP50)
                   .arg(s.latencyP90);
    }
    return out;
}

QString EvalReport::toTable(const EvalRun &run)
{
    QString out;
    int width = 8;
    for (int t = 0; t < int(run.tests.size()); ++t)
        width = std::max(width, int(std::min<qsizetype>(48, testName(run, t).size())));
    out += run.suiteDescription + QLatin1Char('\n');
    out += tr("Test").leftJustified(width + 2);
    for (int p = 0; p < int(run.providers.size()); ++p)
        out += run.providerName(p).leftJustified(16) + QLatin1Char(' ');
    out += QLatin1Char('\n');
    for (int t = 0; t < int(run.tests.size()); ++t) {
        for (int pr = 0; pr < int(run.prompts.size()); ++pr) {
            QString name = testName(run, t);
            if (run.prompts.size() > 1)
                name += QStringLiteral(" · #%1").arg(pr + 1);
            out += name.left(48).leftJustified(width + 2);
            for (int p = 0; p < int(run.providers.size()); ++p) {
                QStringList verdicts;
                for (int r = 0; r < run.repeat; ++r)
                    verdicts << verdictText(*run.cell(t, pr, p, r));
                out += verdicts.join(QLatin1Char('/')).leftJustified(16) + QLatin1Char(' ');
            }
            out += QLatin1Char('\n');
        }
    }
    out += QLatin1Char('\n');
    for (int p = 0; p < int(run.providers.size()); ++p) {
        const ProviderSummary s = run.summary(p);
        out += tr("%1: %2% passed (%3 passed, %4 failed, %5 errors), cost %6, latency p50 %7 ms, p90 %8 ms")
                   .arg(run.providerName(p))
                   .arg(s.passRate, 0, 'f', 1)
                   .arg(s.passed)
                   .arg(s.failed)
                   .arg(s.errors)
                   .arg(s.costKnown ? money(s.cost) : tr("n/a"))
                   .arg(s.latencyP50)
                   .arg(s.latencyP90);
        if (run.repeat > 1)
            out +=
                tr("; over %1 repeats the pass rate ranged %2–%3% (sd %4), time to first token p50 %5 ms, p90 %6 ms, "
                   "%7 tokens/s p50")
                    .arg(run.repeat)
                    .arg(s.passRateMin, 0, 'f', 1)
                    .arg(s.passRateMax, 0, 'f', 1)
                    .arg(s.passRateStdDev, 0, 'f', 1)
                    .arg(s.ttftP50)
                    .arg(s.ttftP90)
                    .arg(s.tokensPerSecondP50, 0, 'f', 1);
        out += QLatin1Char('\n');
    }
    if (run.cancelled)
        out += tr("Cancelled: %1 of %2 answers came.").arg(run.doneCount()).arg(run.total()) + QLatin1Char('\n');
    return out;
}

QString EvalReport::toHtml(const EvalRun &run)
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString out =
        QStringLiteral(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n<style>\n"
            "body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse}"
            "th,td{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}"
            "th{background:#f3f3f3}.pass{background:#e3f6e3}.fail{background:#fbe3e3}.error{background:#fff1cc}"
            "details pre{white-space:pre-wrap;max-width:40em;font-size:90%}small{color:#666}\n"
            "@media (prefers-color-scheme: dark){body{background:#1e1e1e;color:#ddd}th{background:#333}"
            "td,th{border-color:#555}.pass{background:#1f3d1f}.fail{background:#4a1f1f}.error{background:#4a3f1a}"
            "small{color:#aaa}}\n</style></head><body>\n")
            .arg(esc(run.suiteDescription));
    out += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
               .arg(esc(run.suiteDescription), esc(tr("Run %1 · %2 tests × %3 models")
                                                       .arg(run.started.toString(Qt::ISODate))
                                                       .arg(run.tests.size())
                                                       .arg(run.providers.size())));
    out += QStringLiteral("<table>\n<tr><th>") + esc(tr("Test")) + QStringLiteral("</th>");
    for (int p = 0; p < int(run.providers.size()); ++p) {
        const ProviderSummary s = run.summary(p);
        out += QStringLiteral("<th>%1<br><small>%2</small></th>")
                   .arg(esc(run.providerName(p)), esc(tr("%1% passed · %2 · p50 %3 ms")
                                                          .arg(s.passRate, 0, 'f', 1)
                                                          .arg(s.costKnown ? money(s.cost) : tr("n/a"))
                                                          .arg(s.latencyP50)));
    }
    out += QStringLiteral("</tr>\n");
    for (int t = 0; t < int(run.tests.size()); ++t) {
        for (int pr = 0; pr < int(run.prompts.size()); ++pr) {
            QString name = testName(run, t);
            if (run.prompts.size() > 1)
                name += QStringLiteral(" · ") + run.prompts[size_t(pr)];
            out += QStringLiteral("<tr><td>%1</td>").arg(esc(name));
            for (int p = 0; p < int(run.providers.size()); ++p) {
                for (int r = 0; r < run.repeat; ++r) {
                    const Cell &c = *run.cell(t, pr, p, r);
                    if (r == 0)
                        out += QStringLiteral("<td class=\"%1\">")
                                   .arg(!c.done              ? QString()
                                        : !c.error.isEmpty() ? QStringLiteral("error")
                                        : c.pass             ? QStringLiteral("pass")
                                                             : QStringLiteral("fail"));
                    QString detail = c.error.isEmpty() ? c.output : c.error;
                    QString checks;
                    for (const CheckResult &check : c.checks)
                        checks += QStringLiteral("%1 %2: %3\n")
                                      .arg(check.skipped ? QStringLiteral("–")
                                           : check.pass  ? QStringLiteral("✓")
                                                         : QStringLiteral("✗"),
                                           check.type, check.reason);
                    out +=
                        QStringLiteral("<details><summary>%1 <small>%2 ms%3</small></summary><pre>%4</pre><pre>%5</pre>"
                                       "</details>")
                            .arg(esc(verdictText(c)))
                            .arg(c.latencyMs)
                            .arg(c.cost ? QStringLiteral(" · ") + money(*c.cost) : QString())
                            .arg(esc(detail), esc(checks));
                }
                out += QStringLiteral("</td>");
            }
            out += QStringLiteral("</tr>\n");
        }
    }
    out += QStringLiteral("</table>\n</body></html>\n");
    return out;
}

} // namespace md::eval
