#pragma once

#include "core/dataset.h"
#include "evalrun.h"

#include <QCoreApplication>
#include <QHash>

namespace md {
class DatasetDocument;
}

namespace md::eval {

// A run as a benchmark of the shared dataset: "<suite description>", unit %, higher is better, each model's
// pass rate, the suite file and the run's date as the source. So the suite shows in the charts and the cost per
// point like any benchmark.
class EvalDataset
{
    Q_DECLARE_TR_FUNCTIONS(EvalDataset)

public:
    struct Scores {
        Benchmark benchmark;
        QHash<QString, std::optional<Score>> scores; // dataset model id -> pass rate
        QStringList unmatched;                       // providers whose model the dataset does not know (left out)
    };
    static Scores scoresFor(const EvalRun &run);
    static QString benchmarkId(const QString &suiteName); // "eval-" and the name in lower case, dashed
    // One undo step on `document`; false (and nothing changed) when no model of the run is in the dataset.
    static bool apply(DatasetDocument &document, const Scores &scores);
};

} // namespace md::eval
