#include "chartfactory.h"

#include "core/costtablemodel.h"
#include "core/datasetmodel.h"
#include "costbarchart.h"
#include "groupedbarchart.h"
#include "pricehistorychart.h"
#include "rankingchart.h"
#include "valuechart.h"

namespace md {

namespace {
// The cost chart reads a cost table that the chart owns. A model selection is a table over just
// those models (the cost chart draws every row of its table).
std::unique_ptr<QChart> createCostChart(const DatasetModel *model, const ChartOptions &options)
{
    std::unique_ptr<DatasetModel> subset;
    if (!options.modelIds.isEmpty()) {
        Dataset picked = model->dataset();
        std::erase_if(picked.models, [&options](const ModelInfo &m) { return !options.modelIds.contains(m.id); });
        subset = std::make_unique<DatasetModel>();
        subset->setDataset(std::move(picked));
    }
    auto costs = std::make_unique<CostTableModel>(subset ? subset.get() : model);
    costs->setWorkload(options.workload);
    auto chart = std::make_unique<CostBarChart>(costs.get(), options);
    costs.release()->setParent(chart.get()); // deleted before the subset it reads
    if (subset)
        subset.release()->setParent(chart.get());
    return chart;
}
} // namespace

const std::vector<ChartFactory::ChartKind> &ChartFactory::kinds()
{
    // New chart kinds go here (see chartfactory.h).
    static const std::vector<ChartKind> list = {
        {QStringLiteral("grouped"), Argument::None,
         QT_TRANSLATE_NOOP("ChartFactory", "Grouped bars: every benchmark, one bar per model"), true,
         [](const DatasetModel *model, const QString &, const ChartOptions &options) -> std::unique_ptr<QChart> {
             return std::make_unique<GroupedBarChart>(model, options);
         }},
        {QStringLiteral("ranking"), Argument::Benchmark,
         QT_TRANSLATE_NOOP("ChartFactory", "Ranking: one benchmark, models sorted best first"), true,
         [](const DatasetModel *model, const QString &benchmark, const ChartOptions &options)
             -> std::unique_ptr<QChart> { return std::make_unique<RankingChart>(model, benchmark, options); }},
        {QStringLiteral("value"), Argument::None,
         QT_TRANSLATE_NOOP("ChartFactory", "Value: score against blended price, with the Pareto frontier"), true,
         [](const DatasetModel *model, const QString &, const ChartOptions &options) -> std::unique_ptr<QChart> {
             return std::make_unique<ValueChart>(model, options);
         }},
        {QStringLiteral("price-history"), Argument::None,
         QT_TRANSLATE_NOOP("ChartFactory", "Price history: each model's price through time, as steps"), true,
         [](const DatasetModel *model, const QString &, const ChartOptions &options) -> std::unique_ptr<QChart> {
             return std::make_unique<PriceHistoryChart>(model, options);
         }},
        {QStringLiteral("cost"), Argument::None,
         QT_TRANSLATE_NOOP("ChartFactory", "Cost: what the workload costs on each model"), false,
         [](const DatasetModel *model, const QString &, const ChartOptions &options) -> std::unique_ptr<QChart> {
             return createCostChart(model, options);
         }},
    };
    return list;
}

QString ChartFactory::Spec::text() const
{
    if (!kind)
        return {};
    return argument.isEmpty() ? kind->name : kind->name + QLatin1Char(':') + argument;
}

QString ChartFactory::synopsis()
{
    QStringList parts;
    for (const ChartKind &k : kinds())
        parts << (k.argument == Argument::Benchmark ? k.name + QStringLiteral(":<benchmark-id>") : k.name);
    return parts.join(QLatin1Char('|'));
}

Result<ChartFactory::Spec> ChartFactory::parse(const QString &spec, const Dataset &data)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const QString name = spec.left(colon).trimmed();
    const QString argument = colon < 0 ? QString() : spec.mid(colon + 1).trimmed();
    for (const ChartKind &k : kinds()) {
        if (k.name != name)
            continue;
        switch (k.argument) {
        case Argument::None:
            if (colon >= 0)
                return Result<Spec>::failure(tr("chart \"%1\" takes no argument (use \"%2\")").arg(spec, k.name));
            break;
        case Argument::Benchmark: {
            QStringList ids;
            for (const Benchmark &b : data.benchmarks)
                ids << b.id;
            if (argument.isEmpty())
                return Result<Spec>::failure(tr("chart \"%1\" needs a benchmark: %1:<benchmark-id>, one of %2")
                                                 .arg(k.name, ids.join(QStringLiteral(", "))));
            if (!data.benchmark(argument))
                return Result<Spec>::failure(tr("unknown benchmark \"%1\" in chart \"%2\"; known: %3")
                                                 .arg(argument, spec, ids.join(QStringLiteral(", "))));
            break;
        }
        }
        return Spec{&k, argument};
    }
    return Result<Spec>::failure(tr("unknown chart \"%1\"; use %2").arg(spec, synopsis()));
}

Result<std::unique_ptr<QChart>> ChartFactory::create(const QString &spec, const DatasetModel *model,
                                                     const ChartOptions &options)
{
    if (!model)
        return Result<std::unique_ptr<QChart>>::failure(tr("no dataset to chart"));
    auto parsed = parse(spec, model->dataset());
    if (!parsed)
        return Result<std::unique_ptr<QChart>>::failure(parsed.error());
    return parsed->kind->create(model, parsed->argument, options);
}

} // namespace md
