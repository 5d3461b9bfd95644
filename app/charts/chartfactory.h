#pragma once

#include "chartoptions.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

class QChart;

namespace md {

class DatasetModel;
struct Dataset;

// Builds any chart of ModelDesk from a spec string: "grouped", "ranking:<benchmark-id>", "value", "cost".
// The GUI, the export-chart command and the tests all go through here, so a chart looks the same
// wherever it is drawn.
//
// To add a chart kind (e.g. "cost"): write the chart class (a QChart; derive from ModelChart to get
// legend toggling, hover texts and refresh()) and add one ChartKind entry to kinds() in chartfactory.cpp.
// The command line's --chart, its help text and the GUI's chart selector pick it up from there.
class ChartFactory
{
    Q_DECLARE_TR_FUNCTIONS(ChartFactory)

public:
    enum class Argument {
        None,      // "grouped"
        Benchmark, // "ranking:<benchmark-id>", the id must exist in the dataset
    };

    struct ChartKind {
        QString name; // the spec's first part
        Argument argument;
        const char *description; // one line, untranslated (QT_TRANSLATE_NOOP); show with tr()
        bool inChartPanel;       // offered by the chart page's selector (the cost chart lives on the calculator)
        std::function<std::unique_ptr<QChart>(const DatasetModel *model, const QString &argument,
                                              const ChartOptions &options)>
            create;
    };

    struct Spec {
        const ChartKind *kind = nullptr;
        QString argument;
        QString text() const; // back to "ranking:mmlu"
    };

    // Every chart kind, in the order menus and help list them.
    static const std::vector<ChartKind> &kinds();

    // Checks `spec` against the kinds and `data`; the error names what was wrong and what would do.
    static Result<Spec> parse(const QString &spec, const Dataset &data);
    static Result<std::unique_ptr<QChart>> create(const QString &spec, const DatasetModel *model,
                                                  const ChartOptions &options);
    // "grouped|ranking:<benchmark-id>|value", for help texts.
    static QString synopsis();
};

} // namespace md
