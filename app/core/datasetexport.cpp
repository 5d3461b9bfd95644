#include "datasetexport.h"

#include "datasetjson.h"
#include "money.h"

namespace md {

namespace {

// "0.15", "0.075", "15": exact, no trailing zeros; `minDecimals` 2 gives "0.60" and "15.00" for people.
QString plainPrice(MicroUsdPerMTok micro, int minDecimals = 0)
{
    QString s = Money::fromMicroDollars(micro).toPlainString(6);
    while (s.endsWith(QLatin1Char('0')) && s.size() - s.indexOf(QLatin1Char('.')) - 1 > minDecimals)
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

QString plainScore(double value)
{
    return QString::number(value, 'g', 12);
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')) &&
        !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString markdownCell(QString value)
{
    value.replace(QLatin1Char('|'), QLatin1String("\\|"));
    value.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return value;
}

using PriceGetter = std::optional<MicroUsdPerMTok> PriceEntry::*;
const std::pair<const char *, PriceGetter> PriceColumns[] = {
    {"input_usd_per_1m", &PriceEntry::input},
    {"output_usd_per_1m", &PriceEntry::output},
    {"cached_input_usd_per_1m", &PriceEntry::cachedInput},
    {"batch_input_usd_per_1m", &PriceEntry::batchInput},
    {"batch_output_usd_per_1m", &PriceEntry::batchOutput},
};

QByteArray csv(const Dataset &d)
{
    QStringList header = {QStringLiteral("id"),
                          QStringLiteral("name"),
                          QStringLiteral("vendor"),
                          QStringLiteral("release_date"),
                          QStringLiteral("context_window"),
                          QStringLiteral("max_output_tokens"),
                          QStringLiteral("price_effective")};
    for (const auto &[name, getter] : PriceColumns)
        header << QLatin1String(name);
    for (const Benchmark &b : d.benchmarks)
        header << csvField(b.id);
    QString out = header.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (const ModelInfo &m : d.models) {
        const PriceEntry *p = m.currentPrice();
        QStringList row = {csvField(m.id),
                           csvField(m.name),
                           csvField(m.vendor),
                           m.released.isValid() ? m.released.toString(Qt::ISODate) : QString(),
                           m.contextWindow > 0 ? QString::number(m.contextWindow) : QString(),
                           m.maxOutputTokens > 0 ? QString::number(m.maxOutputTokens) : QString(),
                           p ? p->effective.toString(Qt::ISODate) : QString()};
        for (const auto &[name, getter] : PriceColumns)
            row << (p && (p->*getter) ? plainPrice(*(p->*getter)) : QString());
        for (const Benchmark &b : d.benchmarks) {
            const auto s = m.score(b.id);
            row << (s ? plainScore(s->value) : QString());
        }
        out += row.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out.toUtf8();
}

QByteArray markdown(const Dataset &d)
{
    const QString na = DatasetExport::tr("n/a");
    QStringList header = {DatasetExport::tr("Model"), DatasetExport::tr("Vendor"), DatasetExport::tr("Context"),
                          DatasetExport::tr("Input $/1M"), DatasetExport::tr("Output $/1M")};
    for (const Benchmark &b : d.benchmarks)
        header << markdownCell(b.name);
    QStringList align = {QStringLiteral("---"), QStringLiteral("---")};
    while (align.size() < header.size())
        align << QStringLiteral("---:");
    QString out = QLatin1String("| ") + header.join(QLatin1String(" | ")) + QLatin1String(" |\n| ") +
                  align.join(QLatin1String(" | ")) + QLatin1String(" |\n");
    for (const ModelInfo &m : d.models) {
        const PriceEntry *p = m.currentPrice();
        const auto price = [&](PriceGetter g) {
            return p && (p->*g) ? QLatin1Char('$') + plainPrice(*(p->*g), 2) : na;
        };
        QStringList row = {markdownCell(m.name), markdownCell(m.vendor.isEmpty() ? na : m.vendor),
                           m.contextWindow > 0 ? QString::number(m.contextWindow) : na, price(&PriceEntry::input),
                           price(&PriceEntry::output)};
        for (const Benchmark &b : d.benchmarks) {
            const auto s = m.score(b.id);
            row << (s ? QString::number(s->value, 'f', 1) : na);
        }
        out += QLatin1String("| ") + row.join(QLatin1String(" | ")) + QLatin1String(" |\n");
    }
    if (!d.source.isEmpty())
        out += QLatin1Char('\n') + DatasetExport::tr("Source: %1").arg(markdownCell(d.source)) + QLatin1Char('\n');
    return out.toUtf8();
}

} // namespace

QByteArray DatasetExport::render(const Dataset &dataset, ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json:
        return DatasetJson::serialize(dataset);
    case ExportFormat::Csv:
        return csv(dataset);
    case ExportFormat::Markdown:
        return markdown(dataset);
    }
    return {};
}

Result<bool> DatasetExport::save(const Dataset &dataset, ExportFormat format, const QString &path)
{
    return DatasetJson::writeFile(render(dataset, format), path);
}

std::optional<ExportFormat> DatasetExport::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("json"))
        return ExportFormat::Json;
    if (n == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (n == QLatin1String("markdown") || n == QLatin1String("md"))
        return ExportFormat::Markdown;
    return std::nullopt;
}

QString DatasetExport::suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    }
    return {};
}

} // namespace md
