#include "runhistory.h"

#include "core/bytesize.h"
#include "evalreport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>
#include <cmath>

namespace md::eval {

RunHistory::RunHistory()
    : RunHistory(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/eval-runs"))
{}

RunHistory::RunHistory(const QString &folder)
    : m_folder(folder)
{}

QJsonObject RunHistory::toJson(const EvalRun &run)
{
    QJsonObject o = EvalReport::toJson(run);
    QJsonArray tests;
    for (const TestCase &t : run.tests)
        tests.append(QJsonObject{{QStringLiteral("description"), t.description}, {QStringLiteral("vars"), t.vars}});
    QJsonArray prompts;
    for (const QString &p : run.prompts)
        prompts.append(p);
    QJsonArray providers;
    for (const RunProvider &p : run.providers)
        providers.append(QJsonObject{{QStringLiteral("label"), p.spec.label},
                                     {QStringLiteral("model"), p.spec.model},
                                     {QStringLiteral("dataset_model"), p.datasetModelId}});
    QJsonArray cells; // what the report leaves out: where each result sits
    for (const Cell &c : run.cells)
        cells.append(QJsonArray{c.prompt, c.repeat, c.done, c.ttftMs, c.completionTokens});
    o.insert(QStringLiteral("id"), run.id);
    o.insert(QStringLiteral("suite"), run.suitePath);
    o.insert(QStringLiteral("finished"), run.finished.toString(Qt::ISODate));
    o.insert(QStringLiteral("cancelled"), run.cancelled);
    o.insert(QStringLiteral("repeat"), run.repeat);
    o.insert(QStringLiteral("tests"), tests);
    o.insert(QStringLiteral("prompts"), prompts);
    o.insert(QStringLiteral("providers"), providers);
    o.insert(QStringLiteral("cells"), cells);
    return o;
}

std::optional<EvalRun> RunHistory::fromJson(const QJsonObject &o)
{
    EvalRun run;
    run.id = o.value(QLatin1String("id")).toString();
    run.suitePath = o.value(QLatin1String("suite")).toString();
    run.suiteDescription = o.value(QLatin1String("description")).toString();
    run.started = QDateTime::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
    run.finished = QDateTime::fromString(o.value(QLatin1String("finished")).toString(), Qt::ISODate);
    run.cancelled = o.value(QLatin1String("cancelled")).toBool();
    run.repeat = std::max(1, o.value(QLatin1String("repeat")).toInt(1));
    for (const QJsonValue t : o.value(QLatin1String("tests")).toArray()) {
        TestCase test;
        test.description = t.toObject().value(QLatin1String("description")).toString();
        test.vars = t.toObject().value(QLatin1String("vars")).toObject();
        run.tests.push_back(test);
    }
    for (const QJsonValue p : o.value(QLatin1String("prompts")).toArray())
        run.prompts.push_back(p.toString());
    for (const QJsonValue p : o.value(QLatin1String("providers")).toArray()) {
        RunProvider provider;
        provider.spec.label = p.toObject().value(QLatin1String("label")).toString();
        provider.spec.id = provider.spec.label;
        provider.spec.model = p.toObject().value(QLatin1String("model")).toString();
        provider.datasetModelId = p.toObject().value(QLatin1String("dataset_model")).toString();
        run.providers.push_back(provider);
    }
    const QJsonArray results = o.value(QLatin1String("results")).toArray();
    const QJsonArray cells = o.value(QLatin1String("cells")).toArray();
    if (run.id.isEmpty() || run.prompts.empty() || run.providers.empty() || results.size() != cells.size())
        return std::nullopt;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject r = results.at(i).toObject();
        const QJsonArray where = cells.at(i).toArray();
        Cell c;
        c.test = r.value(QLatin1String("test")).toInt();
        c.prompt = where.at(0).toInt();
        c.repeat = where.at(1).toInt();
        c.done = where.at(2).toBool();
        c.ttftMs = qint64(where.at(3).toDouble(-1));
        c.completionTokens = qint64(where.at(4).toDouble());
        const QString label = r.value(QLatin1String("provider")).toString();
        for (size_t p = 0; p < run.providers.size(); ++p)
            if (run.providers[p].spec.label == label)
                c.provider = int(p);
        c.output = r.value(QLatin1String("output")).toString();
        c.pass = r.value(QLatin1String("pass")).toBool();
        c.score = r.value(QLatin1String("score")).toDouble();
        c.latencyMs = qint64(r.value(QLatin1String("latency_ms")).toDouble());
        if (r.value(QLatin1String("cost_usd")).isDouble())
            c.cost = Money::fromUnits(Money::Units(std::llround(r.value(QLatin1String("cost_usd")).toDouble() * 1e16)));
        if (c.done && r.value(QLatin1String("error")).isString())
            c.error = r.value(QLatin1String("error")).toString();
        for (const QJsonValue a : r.value(QLatin1String("assertions")).toArray()) {
            CheckResult check;
            check.type = a.toObject().value(QLatin1String("type")).toString();
            check.skipped = a.toObject().value(QLatin1String("pass")).isNull();
            check.pass = a.toObject().value(QLatin1String("pass")).toBool();
            check.reason = a.toObject().value(QLatin1String("reason")).toString();
            check.gradingPrompt = a.toObject().value(QLatin1String("grading_prompt")).toString();
            c.checks.push_back(check);
        }
        if (c.test < 0 || c.test >= int(run.tests.size()) || c.prompt < 0 || c.prompt >= int(run.prompts.size()))
            return std::nullopt;
        run.cells.push_back(std::move(c));
    }
    if (run.cells.size() != run.tests.size() * run.prompts.size() * run.providers.size() * size_t(run.repeat))
        return std::nullopt;
    return run;
}

bool RunHistory::save(const EvalRun &run) const
{
    if (!QDir().mkpath(m_folder))
        return false;
    QSaveFile file(m_folder + QLatin1Char('/') + run.id + QStringLiteral(".json"));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(toJson(run)).toJson(QJsonDocument::Compact));
    return file.commit();
}

std::vector<EvalRun> RunHistory::load(const QString &suitePath) const
{
    std::vector<EvalRun> runs;
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * MiB)
            continue;
        auto run = fromJson(QJsonDocument::fromJson(file.readAll()).object());
        if (run && (suitePath.isEmpty() || run->suitePath == suitePath))
            runs.push_back(std::move(*run));
    }
    std::sort(runs.begin(), runs.end(), [](const EvalRun &a, const EvalRun &b) { return a.started > b.started; });
    return runs;
}

std::vector<CellChange> compareRuns(const EvalRun &before, const EvalRun &now)
{
    std::vector<CellChange> changes;
    for (const Cell &c : now.cells) {
        if (c.repeat != 0 || !c.done)
            continue;
        const QString label = now.providers[size_t(c.provider)].spec.label;
        int other = -1;
        for (size_t p = 0; p < before.providers.size(); ++p)
            if (before.providers[p].spec.label == label)
                other = int(p);
        const Cell *old = other >= 0 && c.test < int(before.tests.size()) && c.prompt < int(before.prompts.size())
                              ? before.cell(c.test, c.prompt, other, 0)
                              : nullptr;
        const QString was = old ? EvalReport::verdictText(*old) : QStringLiteral("—");
        const QString is = EvalReport::verdictText(c);
        if (was != is)
            changes.push_back({c.test, c.prompt, c.provider, was, is});
    }
    return changes;
}

} // namespace md::eval
