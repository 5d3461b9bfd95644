#include "workloadpresets.h"

#include <QSettings>

namespace md {

namespace {
WorkloadPreset preset(const char *id, const QString &name, qint64 input, qint64 output, qint64 requests,
                      Workload::Period period, qint64 cachedBasisPoints, bool batch)
{
    WorkloadPreset p;
    p.id = QString::fromLatin1(id);
    p.name = name;
    p.workload.inputTokens = input;
    p.workload.outputTokens = output;
    p.workload.requests = requests;
    p.workload.period = period;
    p.workload.cachedShareBasisPoints = cachedBasisPoints;
    p.workload.batch = batch;
    return p;
}

const QString GroupKey = QStringLiteral("calculator/presets");
} // namespace

std::vector<WorkloadPreset> WorkloadPresets::builtIn()
{
    using P = Workload::Period;
    // Sizes a person would recognise from their own logs; all are starting points to edit.
    return {
        // A help-desk bot: a long shared system prompt (cacheable) plus a short conversation.
        preset("support-chat", tr("Customer-support chat"), 2'000, 250, 20'000, P::Day, 5000, false),
        // A whole mid-sized code base (about 180K tokens) in the prompt for each question.
        preset("codebase-retrieval", tr("Long-context: whole code base"), 180'000, 1'500, 300, P::Day, 0, false),
        // Editor completions and chat about the open files.
        preset("code-assistant", tr("Code assistant"), 4'000, 400, 2'000, P::Day, 2500, false),
        // OCR text of a receipt in, a JSON record out, run overnight through the Batch API.
        preset("receipt-extraction", tr("Batch receipt extraction"), 1'200, 200, 500'000, P::Month, 0, true),
    };
}

std::vector<WorkloadPreset> WorkloadPresets::load(QSettings &settings)
{
    const int count = settings.beginReadArray(GroupKey);
    std::vector<WorkloadPreset> presets;
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        WorkloadPreset p;
        p.id = settings.value(QStringLiteral("id")).toString();
        p.name = settings.value(QStringLiteral("name")).toString();
        Workload &w = p.workload;
        // Stored values come from an earlier run or a hand-edited file: clamp them to the valid range.
        w.inputTokens = qMax(qint64(0), settings.value(QStringLiteral("inputTokens")).toLongLong());
        w.outputTokens = qMax(qint64(0), settings.value(QStringLiteral("outputTokens")).toLongLong());
        w.requests = qMax(qint64(0), settings.value(QStringLiteral("requests")).toLongLong());
        w.period = settings.value(QStringLiteral("period")).toString() == QLatin1String("day")
                       ? Workload::Period::Day
                       : Workload::Period::Month;
        const qint64 share = settings.value(QStringLiteral("cachedShareBasisPoints")).toLongLong();
        w.cachedShareBasisPoints = qBound(qint64(0), share, qint64(10'000));
        const qint64 writeShare = settings.value(QStringLiteral("cacheWriteShareBasisPoints")).toLongLong();
        w.cacheWriteShareBasisPoints = qBound(qint64(0), writeShare, qint64(10'000) - w.cachedShareBasisPoints);
        w.batch = settings.value(QStringLiteral("batch")).toBool();
        if (!p.id.isEmpty() && !p.name.trimmed().isEmpty())
            presets.push_back(std::move(p));
    }
    settings.endArray();
    return presets.empty() ? builtIn() : presets;
}

void WorkloadPresets::save(QSettings &settings, const std::vector<WorkloadPreset> &presets)
{
    settings.remove(GroupKey);
    settings.beginWriteArray(GroupKey, int(presets.size()));
    for (int i = 0; i < int(presets.size()); ++i) {
        const WorkloadPreset &p = presets[size_t(i)];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("id"), p.id);
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("inputTokens"), p.workload.inputTokens);
        settings.setValue(QStringLiteral("outputTokens"), p.workload.outputTokens);
        settings.setValue(QStringLiteral("requests"), p.workload.requests);
        settings.setValue(QStringLiteral("period"),
                          p.workload.period == Workload::Period::Day ? QStringLiteral("day") : QStringLiteral("month"));
        settings.setValue(QStringLiteral("cachedShareBasisPoints"), p.workload.cachedShareBasisPoints);
        settings.setValue(QStringLiteral("cacheWriteShareBasisPoints"), p.workload.cacheWriteShareBasisPoints);
        settings.setValue(QStringLiteral("batch"), p.workload.batch);
    }
    settings.endArray();
}

void WorkloadPresets::reset(QSettings &settings)
{
    settings.remove(GroupKey);
}

} // namespace md
