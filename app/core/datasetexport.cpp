#include "datasetexport.h"

#include "datasetjson.h"
#include "modelfields.h"
#include "money.h"

#include <nlohmann/json.hpp>
#include <utility>

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

// A CSV price column says its unit: "input_usd_per_1m".
QString csvHeader(const ModelField &field)
{
    return field.kind == ModelField::Price ? field.jsonKey() + QLatin1String("_usd_per_1m") : field.jsonKey();
}

// Plain figures for programs: ISO dates, bare numbers, empty when not reported.
QString csvValue(const ModelInfo &m, const ModelField &field)
{
    switch (field.kind) {
    case ModelField::Price: {
        const auto p = field.price(m);
        return p ? plainPrice(*p) : QString();
    }
    case ModelField::Date: {
        const QDate d = field.value(m).toDate();
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    }
    case ModelField::Count: {
        const qint64 n = field.value(m).toLongLong();
        return n > 0 ? QString::number(n) : QString();
    }
    case ModelField::Text:
    case ModelField::List:
        return csvField(field.value(m).toString());
    }
    return {};
}

QString markdownValue(const ModelInfo &m, const ModelField &field)
{
    const QString na = DatasetExport::tr("n/a");
    switch (field.kind) {
    case ModelField::Price: {
        const auto p = field.price(m);
        return p ? QLatin1Char('$') + plainPrice(*p, 2) : na;
    }
    case ModelField::Count: {
        const qint64 n = field.value(m).toLongLong();
        return n > 0 ? QString::number(n) : na;
    }
    case ModelField::Date: {
        const QDate d = field.value(m).toDate();
        return d.isValid() ? d.toString(Qt::ISODate) : na;
    }
    case ModelField::Text:
    case ModelField::List: {
        const QString text = field.value(m).toString();
        return text.isEmpty() ? na : markdownCell(text);
    }
    }
    return {};
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QByteArray csv(const Dataset &d, const QDate &asOf)
{
    QStringList header;
    bool pricesBegun = false;
    for (const ModelField &field : ModelFields::all()) {
        if (field.kind == ModelField::Price && !std::exchange(pricesBegun, true))
            header << QStringLiteral("price_effective"); // the date the price columns after it apply from
        if (field.has(ModelField::Csv))
            header << csvHeader(field);
    }
    for (const Benchmark &b : d.benchmarks)
        header << csvField(b.id);
    if (asOf.isValid())
        header << QStringLiteral("prices_as_of");
    QString out = header.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (const ModelInfo &m : d.models) {
        const PriceEntry *p = m.currentPrice();
        QStringList row;
        bool rowPricesBegun = false;
        for (const ModelField &field : ModelFields::all()) {
            if (field.kind == ModelField::Price && !std::exchange(rowPricesBegun, true))
                row << (p ? p->effective.toString(Qt::ISODate) : QString());
            if (field.has(ModelField::Csv))
                row << csvValue(m, field);
        }
        for (const Benchmark &b : d.benchmarks) {
            const auto s = m.score(b.id);
            row << (s ? plainScore(s->value) : QString());
        }
        if (asOf.isValid())
            row << isoDate(asOf);
        out += row.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out.toUtf8();
}

QByteArray markdown(const Dataset &d, const QDate &asOf)
{
    const QString na = DatasetExport::tr("n/a");
    QStringList header;
    QStringList align;
    for (const ModelField &field : ModelFields::all()) {
        if (!field.has(ModelField::Markdown))
            continue;
        header << field.translatedTitle();
        const bool number = field.kind == ModelField::Price || field.kind == ModelField::Count;
        align << (number ? QStringLiteral("---:") : QStringLiteral("---"));
    }
    for (const Benchmark &b : d.benchmarks) {
        header << markdownCell(b.name);
        align << QStringLiteral("---:");
    }
    QString out = QLatin1String("| ") + header.join(QLatin1String(" | ")) + QLatin1String(" |\n| ") +
                  align.join(QLatin1String(" | ")) + QLatin1String(" |\n");
    for (const ModelInfo &m : d.models) {
        QStringList row;
        for (const ModelField &field : ModelFields::all())
            if (field.has(ModelField::Markdown))
                row << markdownValue(m, field);
        for (const Benchmark &b : d.benchmarks) {
            const auto s = m.score(b.id);
            row << (s ? QString::number(s->value, 'f', 1) : na);
        }
        out += QLatin1String("| ") + row.join(QLatin1String(" | ")) + QLatin1String(" |\n");
    }
    if (!d.source.isEmpty())
        out += QLatin1Char('\n') + DatasetExport::tr("Source: %1").arg(markdownCell(d.source)) + QLatin1Char('\n');
    if (asOf.isValid())
        out += QLatin1Char('\n') + DatasetExport::tr("Prices as of %1.").arg(isoDate(asOf)) + QLatin1Char('\n');
    return out.toUtf8();
}

} // namespace

QByteArray DatasetExport::render(const Dataset &dataset, ExportFormat format, const QDate &pricesAsOf)
{
    const Dataset data = dataset.pricedAsOf(pricesAsOf);
    switch (format) {
    case ExportFormat::Json: {
        QByteArray json = DatasetJson::serialize(data);
        if (!pricesAsOf.isValid())
            return json;
        auto root = nlohmann::json::parse(json.constData(), json.constData() + json.size());
        root["prices_as_of"] = isoDate(pricesAsOf).toStdString();
        return QByteArray::fromStdString(root.dump(2)) + '\n';
    }
    case ExportFormat::Csv:
        return csv(data, pricesAsOf);
    case ExportFormat::Markdown:
        return markdown(data, pricesAsOf);
    }
    return {};
}

Result<bool> DatasetExport::save(const Dataset &dataset, ExportFormat format, const QString &path,
                                 const QDate &pricesAsOf)
{
    return DatasetJson::writeFile(render(dataset, format, pricesAsOf), path);
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
