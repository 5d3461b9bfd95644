#pragma once

// Helpers the price-list readers share (private to app/core; nlohmann stays out of public headers).

#include "dataset.h"
#include "datasetjson.h"

#include <QCoreApplication>
#include <QSet>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace md::importjson {

using nlohmann::json;

// A field of one entry with the wrong type or value; the entry is skipped with this reason.
struct EntryError {
    QString reason;
};

QString describe(const json &value);
[[noreturn]] void fail(const char *field, const QString &message);

// Optional fields; absent or null gives nullopt, anything else of the wrong type throws EntryError.
std::optional<MicroUsdPerMTok> perTokenPrice(const json &object, const char *field);
std::optional<qint64> tokenCount(const json &object, const char *field);
std::optional<QString> text(const json &object, const char *field);
// An object field; absent or null gives an empty object.
const json &object(const json &entry, const char *field);
// A list of text; absent or null gives an empty list.
QStringList textList(const json &object, const char *field);

// A model's price tiers, read keyed by the prompt size where each starts, in that order.
std::vector<PriceTier> tiersInOrder(const std::map<qint64, PriceTier> &byStart);

// Parses `data` through JsonFile::parse (encoding, nesting limit, every nlohmann error), reporting keys seen
// twice at `keyDepth`. Throws nothing: returns the error message naming `origin` and the position.
struct Parsed {
    json root;
    QStringList duplicateKeys;
    QString error;
};
Parsed parse(const QByteArray &data, const QString &origin, int keyDepth);

} // namespace md::importjson
