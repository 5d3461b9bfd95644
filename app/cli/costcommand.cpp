// `modeldesk cost`: what a workload costs on each model, as a table, CSV or JSON.
//
// Money in CSV and JSON is US dollars written as exact decimal numbers ("0.6", "0.000075",
// "525300"): every cost is a whole number of 1e-16 USD, so nothing is rounded (only a monthly
// workload's per-day figure and the blended price divide, to the nearest 1e-16 USD); read the
// numbers with a decimal type to keep them exact. A model without a price has null (JSON) or an empty
// field (CSV). The table rounds once, for display, with the locale's separators.
#include "core/costcalculator.h"
#include "core/format.h"
#include "subcommand.h"
#include "workloadoptions.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace md::cli {

namespace {

class Cost
{
    Q_DECLARE_TR_FUNCTIONS(Cost)

public:
    static int run(const QStringList &arguments);
};

QString percentText(qint64 basisPoints)
{
    return Money::fromUnits(Money::Units(basisPoints) * (Money::UnitsPerDollar / 100)).toExactString();
}

QString jsonString(const QString &s)
{
    // QJsonDocument escapes exactly as JSON wants; take the string out of a one-element array.
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    return QLatin1Char('"') + QString(s).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

struct Report {
    Workload workload;
    std::vector<CostRow> rows; // the models asked for, in dataset order
    const CostRow *baseline = nullptr;
    int cheapest = -1;
    bool isCheapest(const CostRow &row) const
    {
        return CostCalculator::isCheapest(rows, cheapest, int(&row - rows.data()));
    }
};

QString moneyOrNull(const CostRow &row, Money m)
{
    return row.priced ? m.toExactString() : QStringLiteral("null");
}

QString vsBaseline(const Report &r, const CostRow &row)
{
    if (!r.baseline)
        return {};
    if (row.modelId == r.baseline->modelId)
        return Cost::tr("baseline");
    const CostComparison c =
        row.priced && r.baseline->priced ? CostCalculator::compare(row.total, r.baseline->total) : CostComparison{};
    return CostCalculator::describeShort(c);
}

QString toJson(const Report &r)
{
    const Workload &w = r.workload;
    QString out =
        QStringLiteral("{\n  \"workload\": {\"input_tokens\": %1, \"output_tokens\": %2, \"requests\": %3, "
                       "\"per\": \"%4\", \"days_per_month\": %5, \"cached_share_percent\": %6, "
                       "\"batch\": %7, \"baseline\": %8, \"currency\": \"USD\", \"cache_write_share_percent\": %9, "
                       "\"prices_as_of\": %10},\n  \"rows\": [")
            .arg(w.inputTokens)
            .arg(w.outputTokens)
            .arg(w.requests)
            .arg(w.period == Workload::Period::Day ? QStringLiteral("day") : QStringLiteral("month"))
            .arg(Workload::DaysPerMonth)
            .arg(percentText(w.cachedShareBasisPoints), w.batch ? QStringLiteral("true") : QStringLiteral("false"),
                 r.baseline ? jsonString(r.baseline->modelId) : QStringLiteral("null"),
                 percentText(w.cacheWriteShareBasisPoints),
                 w.pricesAsOf.isValid() ? jsonString(w.pricesAsOf.toString(Qt::ISODate)) : QStringLiteral("null"));
    const auto boolText = [](bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); };
    for (size_t i = 0; i < r.rows.size(); ++i) {
        const CostRow &row = r.rows[i];
        QStringList notes;
        for (const QString &n : CostCalculator::notes(row, w))
            notes << jsonString(n);
        const QString vs = vsBaseline(r, row);
        out +=
            (i == 0 ? QStringLiteral("\n    {") : QStringLiteral(",\n    {")) +
            QStringLiteral("\"id\": %1, \"name\": %2, \"cost_usd\": %3, \"per_request_usd\": %4, \"input_usd\": %5, "
                           "\"output_usd\": %6, \"exceeds_context\": %7, ")
                .arg(jsonString(row.modelId), jsonString(row.modelName), moneyOrNull(row, row.total),
                     moneyOrNull(row, row.perRequest), moneyOrNull(row, row.inputPerRequest),
                     moneyOrNull(row, row.outputPerRequest), boolText(row.exceedsContext)) +
            QStringLiteral("\"exceeds_max_output\": %1, \"per_day_usd\": %2, \"per_month_usd\": %3, "
                           "\"batch_prices\": %4, \"price_tier_above_input_tokens\": %5, \"cheapest\": %6, "
                           "\"vs_baseline\": %7, \"notes\": [%8], \"price_effective\": %9}")
                .arg(boolText(row.exceedsMaxOutput), moneyOrNull(row, row.perDay), moneyOrNull(row, row.perMonth),
                     boolText(w.batch && row.priced && !row.batchUnavailable),
                     row.tierAboveInputTokens < 0 ? QStringLiteral("null") : QString::number(row.tierAboveInputTokens),
                     boolText(r.isCheapest(row)), vs.isEmpty() ? QStringLiteral("null") : jsonString(vs),
                     notes.join(QLatin1String(", ")),
                     row.priceEffective.isValid() ? jsonString(row.priceEffective.toString(Qt::ISODate))
                                                  : QStringLiteral("null"));
    }
    return out + QStringLiteral("\n  ]\n}\n");
}

QString toCsv(const Report &r)
{
    QString out = QStringLiteral("id,name,cost_usd,per_request_usd,input_usd,output_usd,per_day_usd,per_month_usd,"
                                 "blended_usd_per_mtok,exceeds_context,exceeds_max_output,vs_baseline,notes\n");
    for (const CostRow &row : r.rows) {
        const auto money = [&row](Money m) { return row.priced ? m.toExactString() : QString(); };
        out += QStringList{csvField(row.modelId),
                           csvField(row.modelName),
                           money(row.total),
                           money(row.perRequest),
                           money(row.inputPerRequest),
                           money(row.outputPerRequest),
                           money(row.perDay),
                           money(row.perMonth),
                           money(row.blendedPerMTok),
                           row.exceedsContext ? QStringLiteral("true") : QStringLiteral("false"),
                           row.exceedsMaxOutput ? QStringLiteral("true") : QStringLiteral("false"),
                           csvField(vsBaseline(r, row)),
                           csvField(CostCalculator::notes(row, r.workload).join(QLatin1String("; ")))}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    }
    return out;
}

QString toTable(const Report &r)
{
    const QLocale locale;
    const Workload &w = r.workload;
    QString out = Cost::tr("Tokens per request: %1 input + %2 output. Requests per %4: %3. Cached input: %5%. %6.")
                      .arg(locale.toString(w.inputTokens), locale.toString(w.outputTokens), locale.toString(w.requests),
                           w.period == Workload::Period::Day ? Cost::tr("day") : Cost::tr("month"),
                           percentText(w.cachedShareBasisPoints).replace(QLatin1Char('.'), locale.decimalPoint()),
                           w.batch ? Cost::tr("Batch API prices") : Cost::tr("List prices")) +
                  QLatin1String("\n");
    if (w.cacheWriteShareBasisPoints > 0)
        out += Cost::tr("Input written to the cache: %1%.")
                   .arg(percentText(w.cacheWriteShareBasisPoints).replace(QLatin1Char('.'), locale.decimalPoint())) +
               QLatin1Char('\n');
    if (w.pricesAsOf.isValid())
        out += Cost::tr("Prices as of %1.").arg(w.pricesAsOf.toString(Qt::ISODate)) + QLatin1Char('\n');
    out += QLatin1Char('\n');
    std::vector<QStringList> cells;
    cells.push_back({Cost::tr("Model"), Cost::tr("Per request"), Cost::tr("Input"), Cost::tr("Output"),
                     Cost::tr("Per day"), Cost::tr("Per month"),
                     r.baseline ? Cost::tr("vs. %1").arg(r.baseline->modelName) : QString(), Cost::tr("Notes")});
    for (const CostRow &row : r.rows) {
        const auto money = [&](Money m, bool small) {
            return !row.priced ? Format::notAvailable() : small ? m.toStringTrimmed(locale, 6) : m.toString(locale, 2);
        };
        QString name = row.modelName;
        if (r.isCheapest(row))
            name += QLatin1String(" *");
        cells.push_back({name, money(row.perRequest, true), money(row.inputPerRequest, true),
                         money(row.outputPerRequest, true), money(row.perDay, false), money(row.perMonth, false),
                         vsBaseline(r, row), CostCalculator::notes(row, w).join(QLatin1String("; "))});
    }
    std::vector<qsizetype> widths(cells.front().size(), 0);
    for (const QStringList &line : cells)
        for (qsizetype c = 0; c < line.size(); ++c)
            widths[size_t(c)] = std::max(widths[size_t(c)], line[c].size());
    for (const QStringList &line : cells) {
        QString text;
        for (qsizetype c = 0; c < line.size(); ++c) {
            if (widths[size_t(c)] == 0)
                continue;
            const bool left = c == 0 || c == line.size() - 1;
            text += (c == 0 ? QString() : QStringLiteral("  ")) +
                    (left ? line[c].leftJustified(widths[size_t(c)]) : line[c].rightJustified(widths[size_t(c)]));
        }
        out += text.trimmed() + QLatin1Char('\n');
    }
    if (r.cheapest >= 0)
        out += QLatin1Char('\n') +
               Cost::tr("* cheapest for this workload. A month is %1 days.").arg(Workload::DaysPerMonth) +
               QLatin1Char('\n');
    if (r.baseline) {
        for (const CostRow &row : r.rows)
            if (row.modelId != r.baseline->modelId)
                out += CostCalculator::describe(row.modelName, r.baseline->modelName,
                                                row.priced && r.baseline->priced
                                                    ? CostCalculator::compare(row.total, r.baseline->total)
                                                    : CostComparison{}) +
                       QLatin1String(".\n");
    }
    return out;
}

int Cost::run(const QStringList &arguments)
{
    const QString command = QStringLiteral("cost");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("What a workload costs on each model of the dataset.\n\n"
           "Money in CSV and JSON is US dollars as exact decimal numbers, not rounded (every cost is a whole "
           "number of 1e-16 USD; a monthly workload's per-day figure and the blended price are divided to the "
           "nearest 1e-16 USD); null or empty when a model has no price. The table rounds once, for display. "
           "A month is %1 days.")
            .arg(Workload::DaysPerMonth));
    WorkloadOptions::add(parser);
    parser.addOptions({
        {QStringLiteral("models"), tr("Only these models (comma-separated ids)."), tr("ids")},
        {QStringLiteral("baseline"), tr("Compare every model with this one."), tr("id")},
        {QStringLiteral("format"), tr("Output format: table, csv or json (default table)."), tr("format"),
         QStringLiteral("table")},
    });
    Common::addDataOption(parser);
    if (!Common::parse(parser, arguments, command))
        return ExitUsage;
    const auto usage = [&command](const QString &message) {
        Common::printError(tr("modeldesk %1: %2").arg(command, message));
        return int(ExitUsage);
    };
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));

    Report report;
    const auto workload = WorkloadOptions::read(parser, true);
    if (!workload)
        return usage(workload.error());
    report.workload = workload.value();
    const Workload &w = report.workload;
    const QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return usage(tr("--format: \"%1\" is not table, csv or json").arg(parser.value(QStringLiteral("format"))));

    const auto data = Common::loadData(parser);
    if (!data)
        return usage(data.error());
    const Dataset &dataset = data.value();
    const auto knownIds = [&dataset] {
        QStringList ids;
        for (const ModelInfo &m : dataset.models)
            ids << m.id;
        return ids.join(QLatin1String(", "));
    };
    QStringList wanted;
    if (parser.isSet(QStringLiteral("models"))) {
        for (const QString &part : parser.value(QStringLiteral("models")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString id = part.trimmed();
            if (!dataset.model(id))
                return usage(tr("--models: unknown model id \"%1\" (known: %2)").arg(id, knownIds()));
            wanted << id;
        }
        if (wanted.isEmpty())
            return usage(tr("--models: no model id given"));
    }
    std::vector<CostRow> all = CostCalculator::compute(dataset, w);
    if (parser.isSet(QStringLiteral("baseline"))) {
        const int b = dataset.modelIndex(parser.value(QStringLiteral("baseline")).trimmed());
        if (b < 0)
            return usage(tr("--baseline: unknown model id \"%1\" (known: %2)")
                             .arg(parser.value(QStringLiteral("baseline")), knownIds()));
        report.baseline = &all[size_t(b)];
    }
    for (const CostRow &row : all) {
        if (wanted.isEmpty() || wanted.contains(row.modelId))
            report.rows.push_back(row);
    }
    report.cheapest = CostCalculator::cheapest(report.rows);

    if (format == QLatin1String("json"))
        Common::print(toJson(report));
    else if (format == QLatin1String("csv"))
        Common::print(toCsv(report));
    else
        Common::print(toTable(report));
    return ExitOk;
}

} // namespace

Subcommand costCommand()
{
    return {QStringLiteral("cost"), Cost::tr("What a workload costs on each model (table, CSV or JSON)"), &Cost::run};
}

} // namespace md::cli
