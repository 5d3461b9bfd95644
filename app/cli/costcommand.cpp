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
#include "textfiles.h"
#include "tokens/encoding.h"
#include "tokens/tokencount.h"
#include "workloadoptions.h"

#include <QCommandLineParser>
#include <QHash>
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

// The tokens of a row's request: given by --input-tokens / --output-tokens, or counted from --input-file /
// --output-file with the model's own tokenizer (each model's counts differ, so each row has its workload).
struct RowTokens {
    Workload workload;
    QString source = QStringLiteral("given"); // "given", "tokenizer" or "estimate"
};

struct Report {
    Workload workload;
    bool counted = false;       // the input tokens come from a file, per model
    bool countedOutput = false; // and the output tokens too
    QString inputFile, outputFile;
    std::vector<CostRow> rows;     // the models asked for, in dataset order
    std::vector<RowTokens> tokens; // one per row
    const CostRow *baseline = nullptr;
    int cheapest = -1;
    bool isCheapest(const CostRow &row) const
    {
        return CostCalculator::isCheapest(rows, cheapest, int(&row - rows.data()));
    }
    const RowTokens &tokensOf(const CostRow &row) const { return tokens[size_t(&row - rows.data())]; }
    // "1,234" or "~1,234" for an estimate
    QString tokenText(const CostRow &row, qint64 Workload::*field, const QLocale &locale) const
    {
        const RowTokens &t = tokensOf(row);
        return (t.source == QLatin1String("estimate") ? QStringLiteral("~") : QString()) +
               locale.toString(t.workload.*field);
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
            .arg(r.counted ? QStringLiteral("null") : QString::number(w.inputTokens))
            .arg(r.countedOutput ? QStringLiteral("null") : QString::number(w.outputTokens))
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
        const RowTokens &tokens = r.tokensOf(row);
        for (const QString &n : CostCalculator::notes(row, tokens.workload))
            notes << jsonString(n);
        const QString vs = vsBaseline(r, row);
        out +=
            (i == 0 ? QStringLiteral("\n    {") : QStringLiteral(",\n    {")) +
            QStringLiteral("\"id\": %1, \"name\": %2, \"input_tokens\": %3, \"output_tokens\": %4, "
                           "\"tokens_source\": \"%5\", ")
                .arg(jsonString(row.modelId), jsonString(row.modelName), QString::number(tokens.workload.inputTokens),
                     QString::number(tokens.workload.outputTokens), tokens.source) +
            QStringLiteral("\"cost_usd\": %1, \"per_request_usd\": %2, \"input_usd\": %3, "
                           "\"output_usd\": %4, \"exceeds_context\": %5, ")
                .arg(moneyOrNull(row, row.total), moneyOrNull(row, row.perRequest),
                     moneyOrNull(row, row.inputPerRequest), moneyOrNull(row, row.outputPerRequest),
                     boolText(row.exceedsContext)) +
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
                           csvField(CostCalculator::notes(row, r.tokensOf(row).workload).join(QLatin1String("; ")))}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    }
    return out;
}

QString toTable(const Report &r)
{
    const QLocale locale;
    const Workload &w = r.workload;
    const QString period = w.period == Workload::Period::Day ? Cost::tr("day") : Cost::tr("month");
    const QString cached = percentText(w.cachedShareBasisPoints).replace(QLatin1Char('.'), locale.decimalPoint());
    const QString prices = w.batch ? Cost::tr("Batch API prices") : Cost::tr("List prices");
    QString out =
        (r.counted ? Cost::tr("Tokens per request: counted per model from %1 (~ marks an estimate: the model's "
                              "tokenizer is not public). Requests per %3: %2. Cached input: %4%. %5.")
                         .arg(r.countedOutput ? r.inputFile + QStringLiteral(" + ") + r.outputFile : r.inputFile,
                              locale.toString(w.requests), period, cached, prices)
                   : Cost::tr("Tokens per request: %1 input + %2 output. Requests per %4: %3. Cached input: %5%. %6.")
                         .arg(locale.toString(w.inputTokens), locale.toString(w.outputTokens),
                              locale.toString(w.requests), period, cached, prices)) +
        QLatin1String("\n");
    if (w.cacheWriteShareBasisPoints > 0)
        out += Cost::tr("Input written to the cache: %1%.")
                   .arg(percentText(w.cacheWriteShareBasisPoints).replace(QLatin1Char('.'), locale.decimalPoint())) +
               QLatin1Char('\n');
    if (w.pricesAsOf.isValid())
        out += Cost::tr("Prices as of %1.").arg(w.pricesAsOf.toString(Qt::ISODate)) + QLatin1Char('\n');
    out += QLatin1Char('\n');
    std::vector<QStringList> cells;
    cells.push_back({Cost::tr("Model"), r.counted ? Cost::tr("Tokens in + out") : QString(), Cost::tr("Per request"),
                     Cost::tr("Input"), Cost::tr("Output"), Cost::tr("Per day"), Cost::tr("Per month"),
                     r.baseline ? Cost::tr("vs. %1").arg(r.baseline->modelName) : QString(), Cost::tr("Notes")});
    for (const CostRow &row : r.rows) {
        const auto money = [&](Money m, bool small) {
            return !row.priced ? Format::notAvailable() : small ? m.toStringTrimmed(locale, 6) : m.toString(locale, 2);
        };
        QString name = row.modelName;
        if (r.isCheapest(row))
            name += QLatin1String(" *");
        const QString tokens = r.counted ? r.tokenText(row, &Workload::inputTokens, locale) + QStringLiteral(" + ") +
                                               r.tokenText(row, &Workload::outputTokens, locale)
                                         : QString();
        cells.push_back({name, tokens, money(row.perRequest, true), money(row.inputPerRequest, true),
                         money(row.outputPerRequest, true), money(row.perDay, false), money(row.perMonth, false),
                         vsBaseline(r, row),
                         CostCalculator::notes(row, r.tokensOf(row).workload).join(QLatin1String("; "))});
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
        {QStringLiteral("input-file"),
         tr("Count each model's input tokens in <file> with the model's own tokenizer, instead of --input-tokens "
            "(- reads standard input)."),
         tr("file")},
        {QStringLiteral("output-file"),
         tr("Count each model's output tokens in <file> (a typical answer), instead of --output-tokens."), tr("file")},
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
    report.counted = parser.isSet(QStringLiteral("input-file"));
    report.countedOutput = parser.isSet(QStringLiteral("output-file"));
    if (report.countedOutput && !report.counted)
        return usage(tr("--output-file needs --input-file"));
    if (report.counted && parser.isSet(QStringLiteral("input-tokens")))
        return usage(tr("--input-file and --input-tokens exclude each other"));
    if (report.countedOutput && parser.isSet(QStringLiteral("output-tokens")))
        return usage(tr("--output-file and --output-tokens exclude each other"));
    // With files, --requests defaults to 1 and --output-tokens to 0.
    const auto workload = WorkloadOptions::read(parser, !report.counted);
    if (!workload)
        return usage(workload.error());
    report.workload = workload.value();
    QString inputText, outputText;
    for (const auto &[option, file, text] : {std::tuple{"input-file", &report.inputFile, &inputText},
                                             std::tuple{"output-file", &report.outputFile, &outputText}}) {
        if (!parser.isSet(QLatin1String(option)))
            continue;
        *file = parser.value(QLatin1String(option));
        const auto bytes = TextFiles::read(*file);
        if (!bytes)
            return usage(tr("--%1: %2").arg(QLatin1String(option), bytes.error()));
        *text = tokens::Encoding::textFromUtf8(bytes.value());
    }
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
    // Each model's tokens: one count per tokenizer (the estimate is the same for every model without one).
    std::vector<RowTokens> allTokens;
    QHash<QString, std::pair<tokens::TokenCount, tokens::TokenCount>> counts;
    std::vector<CostRow> all;
    all.reserve(dataset.models.size());
    allTokens.reserve(dataset.models.size());
    for (const ModelInfo &model : dataset.models) {
        RowTokens t{w};
        if (report.counted) {
            const QString key = tokens::Encoding::find(model.tokenizer) ? model.tokenizer : QString();
            if (!counts.contains(key))
                counts.insert(key, {tokens::countText(key, inputText), tokens::countText(key, outputText)});
            const auto &[in, out] = counts.value(key);
            t.workload.inputTokens = in.tokens;
            if (report.countedOutput)
                t.workload.outputTokens = out.tokens;
            t.source = tokens::sourceName(in.source);
        }
        all.push_back(CostCalculator::compute(model, t.workload));
        allTokens.push_back(std::move(t));
    }
    if (parser.isSet(QStringLiteral("baseline"))) {
        const int b = dataset.modelIndex(parser.value(QStringLiteral("baseline")).trimmed());
        if (b < 0)
            return usage(tr("--baseline: unknown model id \"%1\" (known: %2)")
                             .arg(parser.value(QStringLiteral("baseline")), knownIds()));
        report.baseline = &all[size_t(b)];
    }
    for (size_t i = 0; i < all.size(); ++i) {
        if (wanted.isEmpty() || wanted.contains(all[i].modelId)) {
            report.rows.push_back(all[i]);
            report.tokens.push_back(allTokens[i]);
        }
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
