// OpenRouter's /api/v1/models listing: {"data": [{"id", "name", "context_length", "pricing": {"prompt": "0.00000015",
// ...}, "top_provider": {...}, "architecture": {...}}]}. Prices are US dollars per token, written as text.
#include "importjson.h"
#include "priceimport.h"

#include <QDateTime>

namespace md {

using namespace importjson;

namespace {

// Errors inside a nested object name the full path ("pricing.prompt: ...").
template <typename Fn> auto nested(const char *prefix, Fn &&fn)
{
    try {
        return fn();
    } catch (const EntryError &e) {
        throw EntryError{QLatin1String(prefix) + QLatin1Char('.') + e.reason};
    }
}

ImportedModel readEntry(const json &entry, const QDate &effective, bool *textOut)
{
    ImportedModel m;
    const auto id = text(entry, "id");
    if (!id || id->trimmed().isEmpty())
        fail("id", PriceImport::tr("is required"));
    m.info.id = id->trimmed();
    // "OpenAI: GPT-4o-mini" names the vendor before the colon.
    const QString name = text(entry, "name").value_or(m.info.id);
    const int colon = name.indexOf(QLatin1String(": "));
    m.info.name = colon > 0 ? name.mid(colon + 2).trimmed() : name;
    m.info.vendor = colon > 0 ? name.left(colon).trimmed() : m.info.id.section(QLatin1Char('/'), 0, 0);
    m.fields << QStringLiteral("name") << QStringLiteral("vendor");
    if (const auto created = tokenCount(entry, "created")) {
        m.info.released = QDateTime::fromSecsSinceEpoch(*created, Qt::UTC).date();
        m.fields << QStringLiteral("release_date");
    }
    if (const auto context = tokenCount(entry, "context_length")) {
        m.info.contextWindow = *context;
        m.fields << QStringLiteral("context_window");
    }
    const json &top = object(entry, "top_provider");
    if (const auto out = nested("top_provider", [&] { return tokenCount(top, "max_completion_tokens"); })) {
        m.info.maxOutputTokens = *out;
        m.fields << QStringLiteral("max_output_tokens");
    }
    const json &arch = object(entry, "architecture");
    m.info.modalities = nested("architecture", [&] { return textList(arch, "input_modalities"); });
    const QStringList outputs = nested("architecture", [&] { return textList(arch, "output_modalities"); });
    if (!m.info.modalities.isEmpty())
        m.fields << QStringLiteral("modalities");
    *textOut = outputs.isEmpty() || outputs.contains(QLatin1String("text"));

    const json &pricing = object(entry, "pricing");
    PriceEntry price;
    price.effective = effective;
    price.source = QStringLiteral("OpenRouter");
    nested("pricing", [&] {
        price.input = perTokenPrice(pricing, "prompt");
        price.output = perTokenPrice(pricing, "completion");
        price.cachedInput = perTokenPrice(pricing, "input_cache_read");
        price.cacheWrite = perTokenPrice(pricing, "input_cache_write");
        return 0;
    });
    if (price.input)
        m.fields << QStringLiteral("input");
    if (price.output)
        m.fields << QStringLiteral("output");
    if (price.cachedInput)
        m.fields << QStringLiteral("cached_input");
    if (price.cacheWrite)
        m.fields << QStringLiteral("cache_write");
    if (price.input || price.output || price.cachedInput || price.cacheWrite)
        m.info.prices.push_back(std::move(price));
    return m;
}

} // namespace

Result<ImportBatch> PriceImport::parseOpenRouter(const QByteArray &data, const QString &origin, const QDate &effective)
{
    Parsed parsed = importjson::parse(data, origin, 1);
    if (!parsed.error.isEmpty())
        return Result<ImportBatch>::failure(parsed.error);
    const json &root = parsed.root;
    if (!root.is_object() || !root.contains("data"))
        return Result<ImportBatch>::failure(
            tr("%1: top level: must be an object with a \"data\" list (OpenRouter's models listing), got %2")
                .arg(origin, describe(root)));
    const json &list = root["data"];
    if (!list.is_array())
        return Result<ImportBatch>::failure(tr("%1: data: must be a list, got %2").arg(origin, describe(list)));

    ImportBatch batch;
    batch.origin = origin;
    batch.sourceName = sourceName(ImportSource::OpenRouter);
    batch.effective = effective;
    QSet<QString> ids;
    for (size_t i = 0; i < list.size(); ++i) {
        const json &entry = list[i];
        QString where = QStringLiteral("data[%1]").arg(i);
        try {
            if (!entry.is_object())
                throw EntryError{tr("must be an object, got %1").arg(describe(entry))};
            if (const auto id = text(entry, "id"))
                where = *id;
            bool producesText = true;
            ImportedModel m = readEntry(entry, effective, &producesText);
            if (ids.contains(m.info.id))
                throw EntryError{tr("id: listed more than once; the first entry was kept")};
            ids.insert(m.info.id);
            if (!producesText) {
                ++batch.otherModes;
                continue;
            }
            batch.models.push_back(std::move(m));
        } catch (const EntryError &e) {
            batch.skipped.push_back({where, e.reason});
        }
    }
    return batch;
}

} // namespace md
