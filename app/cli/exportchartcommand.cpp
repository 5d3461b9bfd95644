#include "exportchartcommand.h"

#include "charts/chartexporter.h"
#include "charts/chartfactory.h"
#include "core/datasetmodel.h"
#include "subcommand.h"
#include "workloadoptions.h"

#include <QChart>
#include <QCommandLineParser>

namespace md::cli {

namespace {

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        ExportChartOptions::tr("Draws a chart to PNG, SVG or PDF without opening a window; "
                               "the format follows the file's extension."));
    parser.addOptions({
        {QStringLiteral("chart"), ExportChartOptions::tr("The chart: %1.").arg(ChartFactory::synopsis()),
         ExportChartOptions::tr("spec")},
        {QStringLiteral("out"), ExportChartOptions::tr("Write to <file> (.png, .svg or .pdf)."),
         ExportChartOptions::tr("file")},
        {QStringLiteral("size"), ExportChartOptions::tr("Chart size in pixels (default 1200x700)."),
         ExportChartOptions::tr("WxH")},
        {QStringLiteral("scale"),
         ExportChartOptions::tr("Device pixel ratio of a PNG (default 1; 2 for a sharp image on a HiDPI screen)."),
         ExportChartOptions::tr("S")},
        {QStringLiteral("models"), ExportChartOptions::tr("Only these models (comma-separated ids), in dataset order."),
         ExportChartOptions::tr("ids")},
        {QStringLiteral("benchmarks"), ExportChartOptions::tr("Only these benchmarks (comma-separated ids)."),
         ExportChartOptions::tr("ids")},
        {QStringLiteral("theme"), ExportChartOptions::tr("light (default) or dark."), ExportChartOptions::tr("theme")},
        {QStringLiteral("blend"),
         ExportChartOptions::tr("Value chart: weights of input and output token prices (default 3:1)."),
         ExportChartOptions::tr("IN:OUT")},
        {QStringLiteral("price"),
         ExportChartOptions::tr("Price-history chart: input, output or blended (default blended)."),
         ExportChartOptions::tr("which")},
    });
    // The cost chart's workload (default 1,000 input and 500 output tokens, 100,000 requests a month).
    WorkloadOptions::add(parser);
    Common::addDataOption(parser);
}

// Splits "a, b" into ids and checks each is one of `known`.
Result<QStringList> idList(const QString &option, const QString &value, const QStringList &known)
{
    QStringList ids;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString id = part.trimmed();
        if (id.isEmpty())
            continue;
        if (!known.contains(id))
            return Result<QStringList>::failure(ExportChartOptions::tr("--%1: unknown id \"%2\"; known: %3")
                                                    .arg(option, id, known.join(QStringLiteral(", "))));
        if (!ids.contains(id))
            ids << id;
    }
    if (ids.isEmpty())
        return Result<QStringList>::failure(ExportChartOptions::tr("--%1: no ids given").arg(option));
    return ids;
}

int runExportChart(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!Common::parse(parser, arguments, QStringLiteral("export-chart")))
        return ExitUsage;
    auto data = Common::loadData(parser);
    if (!data) {
        Common::printError(data.error());
        return ExitUsage;
    }
    auto request = ExportChartOptions::parse(arguments, data.value());
    if (!request) {
        Common::printError(ExportChartOptions::tr("modeldesk export-chart: %1").arg(request.error()));
        return ExitUsage;
    }
    DatasetModel model;
    model.setDataset(std::move(data).value());
    auto chart = ChartFactory::create(request->chart, &model, request->options);
    if (!chart) {
        Common::printError(ExportChartOptions::tr("modeldesk export-chart: %1").arg(chart.error()));
        return ExitUsage;
    }
    const auto written = ChartExporter::exportChart(chart.value().get(), request->out, request->size, request->scale);
    if (!written) {
        Common::printError(ExportChartOptions::tr("modeldesk export-chart: %1").arg(written.error()));
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace

Result<ExportChartRequest> ExportChartOptions::parse(const QStringList &arguments, const Dataset &data)
{
    using R = Result<ExportChartRequest>;
    QCommandLineParser parser;
    addOptions(parser);
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return R::failure(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return R::failure(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));

    ExportChartRequest request;
    if (!parser.isSet(QStringLiteral("chart")))
        return R::failure(tr("--chart is required: %1").arg(ChartFactory::synopsis()));
    request.chart = parser.value(QStringLiteral("chart"));
    if (const auto spec = ChartFactory::parse(request.chart, data); !spec)
        return R::failure(tr("--chart: %1").arg(spec.error()));

    if (!parser.isSet(QStringLiteral("out")))
        return R::failure(tr("--out FILE is required (.png, .svg or .pdf)"));
    request.out = parser.value(QStringLiteral("out"));
    if (const auto format = ChartExporter::formatForPath(request.out); !format)
        return R::failure(tr("--out: %1").arg(format.error()));

    request.size = ChartExporter::DefaultSize;
    if (parser.isSet(QStringLiteral("size"))) {
        const auto size = ChartExporter::parseSize(parser.value(QStringLiteral("size")));
        if (!size)
            return R::failure(tr("--size: %1").arg(size.error()));
        request.size = size.value();
    }
    request.options.size = request.size; // a larger chart shows more models
    if (parser.isSet(QStringLiteral("scale"))) {
        const auto scale = ChartExporter::parseScale(parser.value(QStringLiteral("scale")));
        if (!scale)
            return R::failure(tr("--scale: %1").arg(scale.error()));
        request.scale = scale.value();
    }

    QStringList modelIds;
    for (const ModelInfo &m : data.models)
        modelIds << m.id;
    QStringList benchmarkIds;
    for (const Benchmark &b : data.benchmarks)
        benchmarkIds << b.id;
    if (parser.isSet(QStringLiteral("models"))) {
        auto ids = idList(QStringLiteral("models"), parser.value(QStringLiteral("models")), modelIds);
        if (!ids)
            return R::failure(ids.error());
        request.options.modelIds = ids.value();
    }
    if (parser.isSet(QStringLiteral("benchmarks"))) {
        auto ids = idList(QStringLiteral("benchmarks"), parser.value(QStringLiteral("benchmarks")), benchmarkIds);
        if (!ids)
            return R::failure(ids.error());
        request.options.benchmarkIds = ids.value();
    }
    if (parser.isSet(QStringLiteral("theme"))) {
        const QString theme = parser.value(QStringLiteral("theme")).trimmed().toLower();
        if (theme == QLatin1String("light"))
            request.options.theme = ChartTheme::Light;
        else if (theme == QLatin1String("dark"))
            request.options.theme = ChartTheme::Dark;
        else
            return R::failure(
                tr("--theme: unknown theme \"%1\"; use light or dark").arg(parser.value(QStringLiteral("theme"))));
    }
    if (parser.isSet(QStringLiteral("blend"))) {
        const QString blend = parser.value(QStringLiteral("blend"));
        bool inOk = false;
        bool outOk = false;
        const int in = blend.section(QLatin1Char(':'), 0, 0).trimmed().toInt(&inOk);
        const int out = blend.section(QLatin1Char(':'), 1, 1).trimmed().toInt(&outOk);
        if (blend.count(QLatin1Char(':')) != 1 || !inOk || !outOk || in < 0 || out < 0 || in + out == 0 || in > 1000 ||
            out > 1000)
            return R::failure(tr("--blend: invalid weights \"%1\"; expected IN:OUT, e.g. 3:1").arg(blend));
        request.options.inputWeight = in;
        request.options.outputWeight = out;
    }
    if (parser.isSet(QStringLiteral("price"))) {
        const QString which = parser.value(QStringLiteral("price")).trimmed().toLower();
        if (which == QLatin1String("input"))
            request.options.historyPrice = ChartOptions::HistoryPrice::Input;
        else if (which == QLatin1String("output"))
            request.options.historyPrice = ChartOptions::HistoryPrice::Output;
        else if (which == QLatin1String("blended"))
            request.options.historyPrice = ChartOptions::HistoryPrice::Blended;
        else
            return R::failure(
                tr("--price: \"%1\" is not input, output or blended").arg(parser.value(QStringLiteral("price"))));
    }
    const auto workload = WorkloadOptions::read(parser, false, ChartOptions::defaultWorkload());
    if (!workload)
        return R::failure(workload.error());
    request.options.workload = workload.value();
    return request;
}

Subcommand exportChartCommand()
{
    return {QStringLiteral("export-chart"), ExportChartOptions::tr("Draw a chart to PNG, SVG or PDF (no window)"),
            &runExportChart};
}

} // namespace md::cli
