#include "evaldataset.h"

#include "core/datasetdocument.h"
#include "core/datasetmodel.h"

#include <QFileInfo>

namespace md::eval {

QString EvalDataset::benchmarkId(const QString &suiteName)
{
    QString id;
    bool dash = false;
    for (const QChar c : suiteName.toLower()) {
        if (c.isLetterOrNumber()) {
            id += c;
            dash = false;
        } else if (!dash && !id.isEmpty()) {
            id += QLatin1Char('-');
            dash = true;
        }
    }
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return QStringLiteral("eval-") + (id.isEmpty() ? QStringLiteral("suite") : id.left(60));
}

EvalDataset::Scores EvalDataset::scoresFor(const EvalRun &run)
{
    Scores out;
    const QString name = run.suiteDescription;
    const QString day = run.started.date().toString(Qt::ISODate);
    const QString file = QFileInfo(run.suitePath).fileName();
    out.benchmark.id = benchmarkId(name);
    out.benchmark.name = name;
    out.benchmark.category = QStringLiteral("eval");
    out.benchmark.description = tr("Pass rate on the eval suite %1").arg(file);
    out.benchmark.unit = QStringLiteral("%");
    out.benchmark.higherIsBetter = true;
    for (int p = 0; p < int(run.providers.size()); ++p) {
        const RunProvider &provider = run.providers[size_t(p)];
        if (provider.datasetModelId.isEmpty()) {
            out.unmatched << provider.spec.label;
            continue;
        }
        if (out.scores.contains(provider.datasetModelId))
            continue; // the first provider of a model speaks for it
        const ProviderSummary s = run.summary(p);
        Score score;
        score.value = qRound(s.passRate * 10.0) / 10.0;
        score.source = tr("eval suite %1, run %2").arg(file, day);
        out.scores.insert(provider.datasetModelId, score);
    }
    return out;
}

bool EvalDataset::apply(DatasetDocument &document, const Scores &scores)
{
    if (scores.scores.isEmpty())
        return false;
    QHash<QString, std::optional<Score>> known;
    for (auto it = scores.scores.begin(); it != scores.scores.end(); ++it)
        if (document.model()->rowForModel(it.key()) >= 0)
            known.insert(it.key(), it.value());
    if (known.isEmpty())
        return false;
    return document.setBenchmarkScores(scores.benchmark, known,
                                       tr("Add the eval suite \"%1\"").arg(scores.benchmark.name));
}

} // namespace md::eval
