// pydantic's genai-prices prices/data.json: [{"id": "openai", "name": "OpenAI", "models": [{"id": "o3",
// "context_window": 200000, "prices": PRICES}]}], where PRICES is one set {"input_mtok": 2, "output_mtok": 8,
// "cache_read_mtok": 0.5, "cache_write_mtok": ...} or a list of sets each under a "constraint": none (the price
// before any dated one), {"start_date": "2025-06-10"} (a price from that day) or {"start_time", "end_time"} (a
// time of day, such as DeepSeek's off-peak window). A price is a number of US dollars per 1M tokens or
// {"base": 1.25, "tiers": [{"start": 200000, "price": 2.5}]}: above `start` prompt tokens the tier's price applies.
#include "format.h"
#include "importjson.h"
#include "priceimport.h"

#include <map>

namespace md {

using namespace importjson;

namespace {

// One price of a set: the base price and the tier prices by threshold.
void readPrice(const json &set, const char *field, std::optional<MicroUsdPerMTok> PriceEntry::*base,
               std::optional<MicroUsdPerMTok> PriceTier::*tierSlot, PriceEntry &entry,
               std::map<qint64, PriceTier> &tiers)
{
    const auto it = set.find(field);
    if (it == set.end() || it->is_null())
        return;
    const auto toMicro = [field](const json &value, const QString &where) {
        if (!value.is_number())
            fail(field,
                 PriceImport::tr("%1must be a price in US dollars per 1M tokens, got %2").arg(where, describe(value)));
        const std::string decimal = value.dump();
        const auto micro =
            PriceImport::perMTokToMicroPerMTok(QByteArrayView(decimal.data(), qsizetype(decimal.size())));
        if (!micro)
            fail(field,
                 PriceImport::tr("%1must be a price in US dollars per 1M tokens, got %2").arg(where, describe(value)));
        if (*micro < 0)
            fail(field, PriceImport::tr("%1must not be negative, got %2").arg(where, describe(value)));
        return *micro;
    };
    if (!it->is_object()) {
        entry.*base = toMicro(*it, QString());
        return;
    }
    const auto b = it->find("base");
    if (b == it->end())
        fail(field, PriceImport::tr("a tiered price needs \"base\""));
    entry.*base = toMicro(*b, QStringLiteral("base: "));
    const auto t = it->find("tiers");
    if (t == it->end() || t->is_null())
        return;
    if (!t->is_array())
        fail(field, PriceImport::tr("tiers: must be a list, got %1").arg(describe(*t)));
    for (const json &tier : *t) {
        if (!tier.is_object())
            fail(field, PriceImport::tr("tiers: must be a list of {start, price}, got %1").arg(describe(tier)));
        const auto start = tokenCount(tier, "start");
        const auto price = tier.find("price");
        if (!start || price == tier.end())
            fail(field, PriceImport::tr("tiers: each needs \"start\" and \"price\""));
        PriceTier &slot = tiers[*start];
        slot.aboveInputTokens = *start;
        slot.*tierSlot = toMicro(*price, QStringLiteral("tiers: "));
    }
}

// One set of prices as a price entry (its date is set by the caller). The fields ModelDesk has no column for
// (audio, requests) are reported as notes by the caller.
PriceEntry readSet(const json &set)
{
    if (!set.is_object())
        fail("prices", PriceImport::tr("must be an object of prices, got %1").arg(describe(set)));
    PriceEntry entry;
    entry.source = QStringLiteral("genai-prices");
    std::map<qint64, PriceTier> tiers;
    readPrice(set, "input_mtok", &PriceEntry::input, &PriceTier::input, entry, tiers);
    readPrice(set, "output_mtok", &PriceEntry::output, &PriceTier::output, entry, tiers);
    readPrice(set, "cache_read_mtok", &PriceEntry::cachedInput, &PriceTier::cachedInput, entry, tiers);
    readPrice(set, "cache_write_mtok", &PriceEntry::cacheWrite, &PriceTier::cacheWrite, entry, tiers);
    entry.tiers = tiersInOrder(tiers);
    return entry;
}

bool hasTokenPrice(const PriceEntry &e)
{
    return e.input || e.output || e.cachedInput || e.cacheWrite;
}

QString priceText(const PriceEntry &e)
{
    QStringList parts;
    if (e.input)
        parts << PriceImport::tr("%1 in").arg(Format::pricePerMTok(e.input));
    if (e.output)
        parts << PriceImport::tr("%1 out").arg(Format::pricePerMTok(e.output));
    return parts.join(QLatin1String(", "));
}

struct Read {
    ImportedModel model;
    std::vector<QString> notes;
};

Read readModel(const QString &provider, const QString &vendor, const json &entry, const QDate &effective)
{
    if (!entry.is_object())
        throw EntryError{PriceImport::tr("must be an object, got %1").arg(describe(entry))};
    Read r;
    ImportedModel &m = r.model;
    const auto id = text(entry, "id");
    if (!id || id->trimmed().isEmpty())
        fail("id", PriceImport::tr("is required"));
    // The same id appears under several providers (Claude 3 Haiku on Anthropic and on Google's Vertex): each is
    // a model of its own under "<provider>/<id>"; the merge still finds "claude-3-haiku" by the id alone.
    m.info.id = provider + QLatin1Char('/') + id->trimmed();
    m.info.name = text(entry, "name").value_or(id->trimmed());
    m.info.vendor = vendor;
    m.fields << QStringLiteral("vendor");
    if (const auto window = tokenCount(entry, "context_window")) {
        m.info.contextWindow = *window;
        m.fields << QStringLiteral("context_window");
    }

    const auto prices = entry.find("prices");
    if (prices == entry.end() || prices->is_null())
        fail("prices", PriceImport::tr("is required"));
    std::optional<PriceEntry> undated;
    std::map<QDate, PriceEntry> dated;
    QStringList extra; // price fields of a kind ModelDesk has no column for
    const auto readOne = [&](const json &set, const json *constraint, int index) {
        const QString where = index < 0 ? QString() : QStringLiteral("prices[%1].").arg(index);
        const json &priceSet = constraint ? set.value("prices", json()) : set;
        PriceEntry e;
        try {
            e = readSet(priceSet);
        } catch (const EntryError &err) {
            throw EntryError{where + err.reason};
        }
        if (priceSet.is_object())
            for (const auto &[key, value] : priceSet.items())
                if (key != "input_mtok" && key != "output_mtok" && key != "cache_read_mtok" &&
                    key != "cache_write_mtok" && !extra.contains(QString::fromStdString(key)))
                    extra << QString::fromStdString(key);
        if (!constraint || constraint->is_null()) {
            if (undated)
                r.notes.push_back(PriceImport::tr("%1a second price without a constraint was left out").arg(where));
            else
                undated = std::move(e);
            return;
        }
        // Errors of the constraint name where it is: "prices[1].constraint: ...".
        QDate day;
        try {
            if (!constraint->is_object())
                fail("constraint", PriceImport::tr("must be an object, got %1").arg(describe(*constraint)));
            if (constraint->contains("start_time") || constraint->contains("end_time")) {
                // Priced by the hour of the day: ModelDesk prices by date, so the window is listed, never applied.
                const QString from = text(*constraint, "start_time").value_or(QStringLiteral("?"));
                const QString to = text(*constraint, "end_time").value_or(QStringLiteral("?"));
                r.notes.push_back(PriceImport::tr("a price for the hours %1 to %2 (%3) was not imported: ModelDesk "
                                                  "prices by date, not by time of day; the imported price is the one "
                                                  "outside those hours")
                                      .arg(from, to, priceText(e)));
                return;
            }
            const auto start = text(*constraint, "start_date");
            day = start ? QDate::fromString(*start, Qt::ISODate) : QDate();
            if (!day.isValid() || constraint->size() != 1)
                fail("constraint",
                     PriceImport::tr("%1must be {\"start_date\": \"YYYY-MM-DD\"} or a time of day, got %2")
                         .arg(QString(), describe(*constraint)));
            if (dated.count(day))
                fail("constraint", PriceImport::tr("%1a second price from %2").arg(QString(), *start));
        } catch (const EntryError &err) {
            throw EntryError{where + err.reason};
        }
        e.effective = day;
        dated.emplace(day, std::move(e));
    };
    if (prices->is_array()) {
        for (int i = 0; i < int(prices->size()); ++i) {
            const json &item = (*prices)[size_t(i)];
            if (!item.is_object())
                fail("prices", PriceImport::tr("[%1]: must be an object, got %2").arg(i).arg(describe(item)));
            const auto c = item.find("constraint");
            static const json none;
            readOne(item, c == item.end() ? &none : &*c, i);
        }
    } else {
        readOne(*prices, nullptr, -1);
    }
    if (!extra.isEmpty())
        r.notes.push_back(PriceImport::tr("its %1 prices were left out (ModelDesk prices text tokens)")
                              .arg(extra.join(QLatin1String(", "))));

    // The price without a constraint is the one before the first dated price; the list gives no start for it,
    // so it is dated the day before (the only day the list vouches for), or the import's day when that is earlier.
    if (undated) {
        undated->effective = dated.empty() ? effective : qMin(effective, dated.begin()->first.addDays(-1));
        if (!dated.count(undated->effective))
            dated.emplace(undated->effective, std::move(*undated));
    }
    for (auto &[day, e] : dated)
        if (hasTokenPrice(e))
            m.info.prices.push_back(std::move(e));
    if (m.info.prices.empty())
        throw EntryError{PriceImport::tr("gives no price per token")};
    const PriceEntry &newest = m.info.prices.back();
    const std::pair<bool, const char *> given[] = {
        {newest.input.has_value(), "input"},
        {newest.output.has_value(), "output"},
        {newest.cachedInput.has_value(), "cached_input"},
        {newest.cacheWrite.has_value(), "cache_write"},
    };
    for (const auto &[has, name] : given)
        if (has)
            m.fields << QLatin1String(name);
    m.fields << QStringLiteral("tiers");
    m.info.modalities << QStringLiteral("text");
    return r;
}

} // namespace

Result<ImportBatch> PriceImport::parseGenAiPrices(const QByteArray &data, const QString &origin, const QDate &effective)
{
    Parsed parsed = importjson::parse(data, origin, 0); // a list: no keys to check at the top
    if (!parsed.error.isEmpty())
        return Result<ImportBatch>::failure(parsed.error);
    if (!parsed.root.is_array())
        return Result<ImportBatch>::failure(
            tr("%1: top level: must be a list of providers (genai-prices' data.json), got %2")
                .arg(origin, describe(parsed.root)));

    ImportBatch batch;
    batch.origin = origin;
    batch.sourceName = sourceName(ImportSource::GenAiPrices);
    batch.effective = effective;
    QSet<QString> seen;
    for (int p = 0; p < int(parsed.root.size()); ++p) {
        const json &provider = parsed.root[size_t(p)];
        const QString where = QStringLiteral("[%1]").arg(p);
        if (!provider.is_object()) {
            batch.skipped.push_back({where, tr("a provider must be an object, got %1").arg(describe(provider))});
            continue;
        }
        QString providerId;
        QString vendor;
        try {
            providerId = text(provider, "id").value_or(QString()).trimmed();
            vendor = text(provider, "name").value_or(providerId);
        } catch (const EntryError &e) {
            batch.skipped.push_back({where, e.reason});
            continue;
        }
        const auto models = provider.find("models");
        if (providerId.isEmpty() || models == provider.end() || !models->is_array()) {
            batch.skipped.push_back(
                {providerId.isEmpty() ? where : providerId, tr("a provider needs an \"id\" and a list of \"models\"")});
            continue;
        }
        for (int i = 0; i < int(models->size()); ++i) {
            const json &entry = (*models)[size_t(i)];
            QString name = providerId + QStringLiteral(".models[%1]").arg(i);
            if (entry.is_object() && entry.value("id", json()).is_string())
                name = providerId + QLatin1Char('/') + QString::fromStdString(entry["id"].get<std::string>());
            try {
                Read r = readModel(providerId, vendor, entry, effective);
                if (seen.contains(r.model.info.id)) {
                    batch.skipped.push_back(
                        {name, tr("the name appears more than once; only its first entry was read")});
                    continue;
                }
                seen.insert(r.model.info.id);
                for (const QString &note : r.notes)
                    batch.notes.push_back({r.model.info.id, note});
                batch.models.push_back(std::move(r.model));
            } catch (const EntryError &e) {
                batch.skipped.push_back({name, e.reason});
            }
        }
    }
    return batch;
}

} // namespace md
