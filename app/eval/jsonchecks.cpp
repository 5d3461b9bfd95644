#include "jsonchecks.h"

#include "yamljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace md::eval {

namespace {

const QStringList &checkedKeywords()
{
    static const QStringList k = {
        QStringLiteral("type"),
        QStringLiteral("properties"),
        QStringLiteral("required"),
        QStringLiteral("items"),
        QStringLiteral("enum"),
        QStringLiteral("const"),
        QStringLiteral("minimum"),
        QStringLiteral("maximum"),
        QStringLiteral("exclusiveMinimum"),
        QStringLiteral("exclusiveMaximum"),
        QStringLiteral("minLength"),
        QStringLiteral("maxLength"),
        QStringLiteral("minItems"),
        QStringLiteral("maxItems"),
        QStringLiteral("additionalProperties"),
        QStringLiteral("title"),
        QStringLiteral("description"),
        QStringLiteral("$schema"),
        QStringLiteral("$id"),
        QStringLiteral("default"),
        QStringLiteral("examples"),
        QStringLiteral("$comment"),
    };
    return k;
}

bool isType(const QJsonValue &value, const QString &type)
{
    if (type == QLatin1String("object"))
        return value.isObject();
    if (type == QLatin1String("array"))
        return value.isArray();
    if (type == QLatin1String("string"))
        return value.isString();
    if (type == QLatin1String("number"))
        return value.isDouble();
    if (type == QLatin1String("integer"))
        return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
    if (type == QLatin1String("boolean"))
        return value.isBool();
    if (type == QLatin1String("null"))
        return value.isNull();
    return false;
}

QString show(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

} // namespace

std::optional<QJsonValue> JsonChecks::parse(const QString &text)
{
    // QJsonDocument reads arrays and objects only: wrap the text so a bare value counts as JSON.parse's does.
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("\n]"), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().at(0);
}

std::vector<QJsonValue> JsonChecks::extract(const QString &text)
{
    // As promptfoo finds them: from each "{", the text up to where the braces balance (strings not considered;
    // braces still open at the end are closed), read as YAML, so {ok: true} counts. Objects only.
    std::vector<QJsonValue> found;
    constexpr qsizetype MaxLength = 100000;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('{'))
            continue;
        int open = 1;
        int close = 0;
        qsizetype j = i + 1;
        const qsizetype end = std::min(i + MaxLength, text.size());
        while (j < end && open > close) {
            if (text.at(j) == QLatin1Char('{'))
                ++open;
            if (text.at(j) == QLatin1Char('}'))
                ++close;
            ++j;
            if (open == close || j == text.size() || j == i + MaxLength) {
                QString candidate = text.mid(i, j - i);
                if (open > close)
                    candidate += QString(open - close, QLatin1Char('}'));
                const auto parsed = parseYaml(candidate);
                if (parsed && parsed->isObject()) {
                    found.push_back(*parsed);
                    i = j - 1;
                    break;
                }
                if (open == close)
                    break;
            }
        }
    }
    return found;
}

QString JsonChecks::validate(const QJsonValue &schemaValue, const QJsonValue &value, const QString &path)
{
    if (schemaValue.isBool())
        return schemaValue.toBool() ? QString() : path + QStringLiteral(": no value is allowed here");
    const QJsonObject schema = schemaValue.toObject();
    if (schema.contains(QLatin1String("type"))) {
        const QJsonValue t = schema.value(QLatin1String("type"));
        const QJsonArray types = t.isArray() ? t.toArray() : QJsonArray{t};
        bool any = false;
        QStringList names;
        for (const QJsonValue type : types) {
            names << type.toString();
            any = any || isType(value, type.toString());
        }
        if (!any)
            return QStringLiteral("%1: must be of type %2, got %3")
                .arg(path, names.join(QLatin1Char('|')), show(value));
    }
    if (schema.contains(QLatin1String("enum")) && !schema.value(QLatin1String("enum")).toArray().contains(value))
        return QStringLiteral("%1: must be one of %2").arg(path, show(schema.value(QLatin1String("enum"))));
    if (schema.contains(QLatin1String("const")) && schema.value(QLatin1String("const")) != value)
        return QStringLiteral("%1: must be %2").arg(path, show(schema.value(QLatin1String("const"))));
    if (value.isDouble()) {
        const double d = value.toDouble();
        auto bound = [&](const char *key) { return schema.value(QLatin1String(key)); };
        if (bound("minimum").isDouble() && d < bound("minimum").toDouble())
            return QStringLiteral("%1: must be at least %2").arg(path, show(bound("minimum")));
        if (bound("maximum").isDouble() && d > bound("maximum").toDouble())
            return QStringLiteral("%1: must be at most %2").arg(path, show(bound("maximum")));
        if (bound("exclusiveMinimum").isDouble() && d <= bound("exclusiveMinimum").toDouble())
            return QStringLiteral("%1: must be above %2").arg(path, show(bound("exclusiveMinimum")));
        if (bound("exclusiveMaximum").isDouble() && d >= bound("exclusiveMaximum").toDouble())
            return QStringLiteral("%1: must be below %2").arg(path, show(bound("exclusiveMaximum")));
    }
    if (value.isString()) {
        const qsizetype n = value.toString().toUcs4().size();
        if (schema.value(QLatin1String("minLength")).isDouble() &&
            n < schema.value(QLatin1String("minLength")).toDouble())
            return QStringLiteral("%1: is shorter than %2").arg(path, show(schema.value(QLatin1String("minLength"))));
        if (schema.value(QLatin1String("maxLength")).isDouble() &&
            n > schema.value(QLatin1String("maxLength")).toDouble())
            return QStringLiteral("%1: is longer than %2").arg(path, show(schema.value(QLatin1String("maxLength"))));
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (schema.value(QLatin1String("minItems")).isDouble() &&
            array.size() < schema.value(QLatin1String("minItems")).toDouble())
            return QStringLiteral("%1: has fewer than %2 items")
                .arg(path, show(schema.value(QLatin1String("minItems"))));
        if (schema.value(QLatin1String("maxItems")).isDouble() &&
            array.size() > schema.value(QLatin1String("maxItems")).toDouble())
            return QStringLiteral("%1: has more than %2 items")
                .arg(path, show(schema.value(QLatin1String("maxItems"))));
        if (schema.contains(QLatin1String("items"))) {
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString e = validate(schema.value(QLatin1String("items")), array.at(i),
                                           QStringLiteral("%1[%2]").arg(path).arg(i));
                if (!e.isEmpty())
                    return e;
            }
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue key : schema.value(QLatin1String("required")).toArray()) {
            if (!object.contains(key.toString()))
                return QStringLiteral("%1: must have the property \"%2\"").arg(path, key.toString());
        }
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString sub = path + QLatin1Char('.') + it.key();
            if (properties.contains(it.key())) {
                if (const QString e = validate(properties.value(it.key()), it.value(), sub); !e.isEmpty())
                    return e;
            } else if (schema.contains(QLatin1String("additionalProperties"))) {
                if (const QString e = validate(schema.value(QLatin1String("additionalProperties")), it.value(), sub);
                    !e.isEmpty())
                    return e;
            }
        }
    }
    return {};
}

QStringList JsonChecks::unsupportedKeywords(const QJsonValue &schemaValue)
{
    QStringList out;
    if (!schemaValue.isObject())
        return out;
    const QJsonObject schema = schemaValue.toObject();
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        if (!checkedKeywords().contains(it.key()))
            out << it.key();
    }
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it)
        out << unsupportedKeywords(it.value());
    out << unsupportedKeywords(schema.value(QLatin1String("items")));
    out << unsupportedKeywords(schema.value(QLatin1String("additionalProperties")));
    out.removeDuplicates();
    return out;
}

} // namespace md::eval
