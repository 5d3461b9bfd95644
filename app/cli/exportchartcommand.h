#pragma once

#include "charts/chartoptions.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QSize>
#include <QStringList>

namespace md {
struct Dataset;
}

namespace md::cli {

struct Subcommand;

// `modeldesk export-chart --chart SPEC --out FILE [...]`: draws one chart off screen to PNG, SVG or PDF.
Subcommand exportChartCommand();

// The checked options of one export, separate from running it so tests can feed it option lists.
struct ExportChartRequest {
    QString chart; // a ChartFactory spec
    QString out;
    QSize size;
    double scale = 1.0;
    ChartOptions options;
};

class ExportChartOptions
{
    Q_DECLARE_TR_FUNCTIONS(ExportChartOptions)

public:
    // `arguments` as for Subcommand::run (program name first). `data` is the dataset the ids must
    // exist in (--data is read by the caller first). Errors name the option and the bad value.
    static Result<ExportChartRequest> parse(const QStringList &arguments, const Dataset &data);
};

} // namespace md::cli
