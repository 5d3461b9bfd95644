// models.dev's api.json: {"anthropic": {"id": "anthropic", "name": "Anthropic", "models": {"claude-3-haiku-20240307":
// {"id", "name", "release_date": "2024-03-13", "knowledge": "2023-08-31", "modalities": {"input": ["text", "image"],
// "output": ["text"]}, "cost": {"input": 0.25, "output": 1.25, "cache_read": 0.03, "cache_write": 0.3,
// "tiers": [{"tier": {"type": "context", "size": 200000}, "input": 2.5, ...}], "context_over_200k": {...}},
// "limit": {"context": 200000, "output": 4096}}}}}. Prices are US dollars per 1M tokens, as numbers.
#include "importjson.h"
#include "priceimport.h"

#include <map>

namespace md {

using namespace importjson;

namespace {

std::optional<MicroUsdPerMTok> perMTokPrice(const json &cost, const char *field)
{
    const auto it = cost.find(field);
    if (it == cost.end() || it->is_null())
        return std::nullopt;
    const std::string decimal = it->is_number() ? it->dump() : std::string();
    const auto micro = PriceImport::perMTokToMicroPerMTok(QByteArrayView(decimal.data(), qsizetype(decimal.size())));
    if (!micro)
        fail(field, PriceImport::tr("must be a price in US dollars per 1M tokens, got %1").arg(describe(*it)));
    if (*micro < 0)
        fail(field, PriceImport::tr("must not be negative, got %1").arg(describe(*it)));
    return micro;
}

// Errors inside a nested object name the full path ("cost.tiers[0].input: ...").
template <typename Fn> auto nested(const QString &prefix, Fn &&fn)
{
    try {
        return fn();
    } catch (const EntryError &e) {
        throw EntryError{prefix + QLatin1Char('.') + e.reason};
    }
}

PriceTier readTier(const json &rates, qint64 above)
{
    PriceTier t;
    t.aboveInputTokens = above;
    t.input = perMTokPrice(rates, "input");
    t.output = perMTokPrice(rates, "output");
    t.cachedInput = perMTokPrice(rates, "cache_read");
    t.cacheWrite = perMTokPrice(rates, "cache_write");
    return t;
}

// "cost.tiers" gives each threshold exactly; "context_over_200k" is models.dev's older field for one tier above
// 200K (its build derives it from "tiers", so it is read only when "tiers" is absent).
std::vector<PriceTier> readCostTiers(const json &cost)
{
    std::map<qint64, PriceTier> byThreshold;
    const auto tiers = cost.find("tiers");
    if (tiers != cost.end() && !tiers->is_null()) {
        if (!tiers->is_array())
            fail("tiers", PriceImport::tr("must be a list, got %1").arg(describe(*tiers)));
        for (int i = 0; i < int(tiers->size()); ++i) {
            const json &t = (*tiers)[size_t(i)];
            nested(QStringLiteral("tiers[%1]").arg(i), [&] {
                if (!t.is_object())
                    fail("tier", PriceImport::tr("must be an object, got %1").arg(describe(t)));
                const json &tier = object(t, "tier");
                const auto type = text(tier, "type").value_or(QStringLiteral("context"));
                if (type != QLatin1String("context"))
                    fail("tier", PriceImport::tr("a tier of type %1 cannot be priced").arg(type));
                const auto size = nested(QStringLiteral("tier"), [&] { return tokenCount(tier, "size"); });
                if (!size)
                    fail("tier", PriceImport::tr("needs a \"size\""));
                byThreshold[*size] = readTier(t, *size);
                return 0;
            });
        }
    } else if (cost.contains("context_over_200k") && !cost["context_over_200k"].is_null()) {
        const json &over = object(cost, "context_over_200k");
        byThreshold[200'000] = nested(QStringLiteral("context_over_200k"), [&] { return readTier(over, 200'000); });
    }
    return tiersInOrder(byThreshold);
}

// "2024-03-13", or "2024-03" (the first of the month, the list gives no day).
QDate dateOf(const QString &text)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    return day.isValid() ? day : QDate::fromString(text + QLatin1String("-01"), Qt::ISODate);
}

ImportedModel readModel(const QString &provider, const QString &vendor, const QString &key, const json &entry,
                        const QDate &effective, bool *textOut)
{
    if (!entry.is_object())
        throw EntryError{PriceImport::tr("must be an object, got %1").arg(describe(entry))};
    ImportedModel m;
    const QString id = text(entry, "id").value_or(key).trimmed();
    m.info.id = provider + QLatin1Char('/') + (id.isEmpty() ? key : id);
    m.info.name = text(entry, "name").value_or(id);
    if (m.info.name.trimmed().isEmpty())
        m.info.name = id;
    m.info.vendor = vendor;
    m.fields << QStringLiteral("vendor");

    if (const auto released = text(entry, "release_date")) {
        m.info.released = dateOf(*released);
        if (!m.info.released.isValid())
            fail("release_date", PriceImport::tr("must be a date (YYYY-MM-DD or YYYY-MM), got %1").arg(*released));
        m.fields << QStringLiteral("release_date");
    }
    if (const auto cutoff = text(entry, "knowledge")) {
        if (!dateOf(*cutoff).isValid())
            fail("knowledge", PriceImport::tr("must be a date (YYYY-MM-DD or YYYY-MM), got %1").arg(*cutoff));
        m.info.knowledgeCutoff = *cutoff;
        m.fields << QStringLiteral("knowledge_cutoff");
    }
    const json &modalities = object(entry, "modalities");
    const QStringList in = nested(QStringLiteral("modalities"), [&] { return textList(modalities, "input"); });
    const QStringList out = nested(QStringLiteral("modalities"), [&] { return textList(modalities, "output"); });
    for (const QString &x : in + out)
        if (!m.info.modalities.contains(x))
            m.info.modalities << x;
    if (!m.info.modalities.isEmpty())
        m.fields << QStringLiteral("modalities");
    // A model that writes no text (speech, images, embeddings) is not a chat model.
    *textOut = out.isEmpty() || out.contains(QLatin1String("text"));

    const json &limit = object(entry, "limit");
    nested(QStringLiteral("limit"), [&] {
        if (const auto context = tokenCount(limit, "context"); context && *context > 0) {
            m.info.contextWindow = *context;
            m.fields << QStringLiteral("context_window");
        }
        if (const auto output = tokenCount(limit, "output"); output && *output > 0) {
            m.info.maxOutputTokens = *output;
            m.fields << QStringLiteral("max_output_tokens");
        }
        return 0;
    });

    const json &cost = object(entry, "cost");
    PriceEntry price;
    price.effective = effective;
    price.source = QStringLiteral("models.dev");
    nested(QStringLiteral("cost"), [&] {
        price.input = perMTokPrice(cost, "input");
        price.output = perMTokPrice(cost, "output");
        price.cachedInput = perMTokPrice(cost, "cache_read");
        price.cacheWrite = perMTokPrice(cost, "cache_write");
        price.tiers = readCostTiers(cost);
        return 0;
    });
    const std::pair<bool, const char *> given[] = {
        {price.input.has_value(), "input"},
        {price.output.has_value(), "output"},
        {price.cachedInput.has_value(), "cached_input"},
        {price.cacheWrite.has_value(), "cache_write"},
    };
    for (const auto &[has, name] : given)
        if (has)
            m.fields << QLatin1String(name);
    if (price.input || price.output || price.cachedInput || price.cacheWrite || !price.tiers.empty()) {
        m.fields << QStringLiteral("tiers");
        m.info.prices.push_back(std::move(price));
    }
    return m;
}

} // namespace

Result<ImportBatch> PriceImport::parseModelsDev(const QByteArray &data, const QString &origin, const QDate &effective)
{
    Parsed parsed = importjson::parse(data, origin, 1);
    if (!parsed.error.isEmpty())
        return Result<ImportBatch>::failure(parsed.error);
    if (!parsed.root.is_object())
        return Result<ImportBatch>::failure(
            tr("%1: top level: must be an object of providers by id (models.dev's api.json), got %2")
                .arg(origin, describe(parsed.root)));

    ImportBatch batch;
    batch.origin = origin;
    batch.sourceName = sourceName(ImportSource::ModelsDev);
    batch.effective = effective;
    for (const QString &key : std::as_const(parsed.duplicateKeys))
        batch.skipped.push_back({key, tr("the name appears more than once; only its last entry was read")});
    QSet<QString> seen;
    for (const auto &[rawProvider, provider] : parsed.root.items()) {
        const QString providerId = QString::fromStdString(rawProvider).trimmed();
        const auto models = provider.is_object() ? provider.find("models") : provider.end();
        if (!provider.is_object() || models == provider.end() || !models->is_object()) {
            batch.skipped.push_back({providerId, tr("a provider must be an object with an object of \"models\"")});
            continue;
        }
        QString vendor = providerId;
        if (const auto name = provider.find("name"); name != provider.end() && name->is_string())
            vendor = QString::fromStdString(name->get<std::string>());
        for (const auto &[rawKey, entry] : models->items()) {
            const QString name = providerId + QLatin1Char('/') + QString::fromStdString(rawKey);
            try {
                bool text = true;
                ImportedModel m =
                    readModel(providerId, vendor, QString::fromStdString(rawKey), entry, effective, &text);
                if (!text) {
                    ++batch.otherModes;
                    continue;
                }
                if (seen.contains(m.info.id)) {
                    batch.skipped.push_back({name, tr("the same model as an earlier entry (%1)").arg(m.info.id)});
                    continue;
                }
                seen.insert(m.info.id);
                batch.models.push_back(std::move(m));
            } catch (const EntryError &e) {
                batch.skipped.push_back({name, e.reason});
            }
        }
    }
    return batch;
}

} // namespace md
