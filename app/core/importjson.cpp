#include "importjson.h"

#include "jsonfile.h"
#include "priceimport.h"

namespace md::importjson {

QString describe(const json &value)
{
    return JsonFile::describe(value);
}

void fail(const char *field, const QString &message)
{
    throw EntryError{QLatin1String(field) + QLatin1String(": ") + message};
}

std::optional<MicroUsdPerMTok> perTokenPrice(const json &object, const char *field)
{
    const auto it = object.find(field);
    if (it == object.end() || it->is_null())
        return std::nullopt;
    std::string decimal;
    if (it->is_number())
        decimal = it->dump();
    else if (it->is_string())
        decimal = it->get<std::string>(); // OpenRouter writes prices as text
    else
        fail(field, PriceImport::tr("must be a price per token, got %1").arg(describe(*it)));
    const auto micro = PriceImport::perTokenToMicroPerMTok(QByteArrayView(decimal.data(), qsizetype(decimal.size())));
    if (!micro)
        fail(field, PriceImport::tr("must be a price per token, got %1").arg(describe(*it)));
    if (*micro < 0)
        fail(field, PriceImport::tr("must not be negative, got %1").arg(describe(*it)));
    return micro;
}

std::optional<qint64> tokenCount(const json &object, const char *field)
{
    const auto it = object.find(field);
    if (it == object.end() || it->is_null())
        return std::nullopt;
    if (it->is_number_integer() && it->get<qint64>() >= 0)
        return it->get<qint64>();
    // Some lists write 128000.0; a whole number is still a count.
    if (it->is_number_float() && it->get<double>() >= 0 && it->get<double>() < 1e15 &&
        it->get<double>() == double(qint64(it->get<double>())))
        return qint64(it->get<double>());
    fail(field, PriceImport::tr("must be a whole number of at least 0, got %1").arg(describe(*it)));
}

std::optional<QString> text(const json &object, const char *field)
{
    const auto it = object.find(field);
    if (it == object.end() || it->is_null())
        return std::nullopt;
    if (!it->is_string())
        fail(field, PriceImport::tr("must be text, got %1").arg(describe(*it)));
    return QString::fromStdString(it->get<std::string>());
}

const json &object(const json &entry, const char *field)
{
    static const json empty = json::object();
    const auto it = entry.find(field);
    if (it == entry.end() || it->is_null())
        return empty;
    if (!it->is_object())
        fail(field, PriceImport::tr("must be an object, got %1").arg(describe(*it)));
    return *it;
}

QStringList textList(const json &object, const char *field)
{
    QStringList list;
    const auto it = object.find(field);
    if (it == object.end() || it->is_null())
        return list;
    if (!it->is_array())
        fail(field, PriceImport::tr("must be a list, got %1").arg(describe(*it)));
    for (const json &x : *it) {
        if (!x.is_string())
            fail(field, PriceImport::tr("must be a list of text, got %1").arg(describe(x)));
        list << QString::fromStdString(x.get<std::string>());
    }
    return list;
}

std::vector<PriceTier> tiersInOrder(const std::map<qint64, PriceTier> &byStart)
{
    std::vector<PriceTier> tiers;
    tiers.reserve(byStart.size());
    for (const auto &entry : byStart)
        tiers.push_back(entry.second);
    return tiers;
}

Parsed parse(const QByteArray &data, const QString &origin, int keyDepth)
{
    JsonFile::Parsed parsed = JsonFile::parse(data, origin, keyDepth);
    return {std::move(parsed.root), std::move(parsed.duplicateKeys), std::move(parsed.error)};
}

} // namespace md::importjson
