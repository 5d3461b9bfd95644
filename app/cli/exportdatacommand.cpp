// modeldesk export-data --format json|csv|markdown --out FILE [--data FILE]
#include "core/datasetexport.h"
#include "subcommand.h"
#include "workloadoptions.h"

#include <QCommandLineParser>

namespace md::cli {

namespace {

int runExportData(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Common::tr("Write the dataset as JSON, as CSV (one row per model with its "
                                                "prices and scores) or as a Markdown table."));
    parser.addOption({QStringLiteral("format"), Common::tr("json, csv or markdown."), Common::tr("format")});
    parser.addOption({QStringLiteral("out"), Common::tr("Write to <file>."), Common::tr("file")});
    WorkloadOptions::addAsOf(parser);
    Common::addDataOption(parser);
    if (!Common::parse(parser, arguments, QStringLiteral("export-data")))
        return ExitUsage;
    const auto asOf = WorkloadOptions::readAsOf(parser);
    if (!asOf) {
        Common::printError(Common::tr("modeldesk export-data: %1").arg(asOf.error()));
        return ExitUsage;
    }
    const auto format = DatasetExport::formatFromName(parser.value(QStringLiteral("format")));
    if (!format) {
        Common::printError(Common::tr("modeldesk export-data: --format must be json, csv or markdown, got \"%1\"")
                               .arg(parser.value(QStringLiteral("format"))));
        return ExitUsage;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty() || !parser.positionalArguments().isEmpty()) {
        Common::printError(Common::tr("modeldesk export-data: --out FILE is required and takes no other arguments"));
        return ExitUsage;
    }
    const auto data = Common::loadData(parser);
    if (!data) {
        Common::printError(data.error());
        return ExitUsage;
    }
    const auto saved = DatasetExport::save(data.value(), *format, out, asOf.value());
    if (!saved) {
        Common::printError(saved.error());
        return ExitFailure;
    }
    Common::print(Common::tr("Wrote %1 models to %2").arg(data->models.size()).arg(out));
    return ExitOk;
}

} // namespace

Subcommand exportDataCommand()
{
    return {QStringLiteral("export-data"), Common::tr("Write the dataset as JSON, CSV or Markdown"), runExportData};
}

} // namespace md::cli
