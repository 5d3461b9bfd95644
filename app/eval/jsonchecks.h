#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace md::eval {

// JSON for is-json and contains-json, and the part of JSON Schema ModelDesk checks: type (also a list of
// types), properties, required, items, enum, const, minimum, maximum, exclusiveMinimum, exclusiveMaximum,
// minLength, maxLength, minItems, maxItems, additionalProperties (true/false/a schema). Annotations
// (title, description, $schema, $id, default, examples) are ignored. Any other keyword ($ref, oneOf, anyOf,
// allOf, not, pattern, format, ...) is refused when the suite is read, so no check passes by being ignored.
class JsonChecks
{
public:
    // The whole text as JSON, as JavaScript's JSON.parse reads it (any value, surrounding whitespace).
    static std::optional<QJsonValue> parse(const QString &text);
    // Every object found in `text` (an answer with prose and a ```json block, say), read leniently as promptfoo
    // reads them (as YAML: {ok: true} counts; arrays do not).
    static std::vector<QJsonValue> extract(const QString &text);
    // Empty when `value` matches `schema`, else the first mismatch, e.g. "$.age: must be at least 0".
    static QString validate(const QJsonValue &schema, const QJsonValue &value,
                            const QString &path = QStringLiteral("$"));
    // Keywords of `schema` (nested ones too) that validate() does not check.
    static QStringList unsupportedKeywords(const QJsonValue &schema);
};

} // namespace md::eval
