#include "yamljson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <yaml-cpp/yaml.h>

namespace md::eval {

namespace {

class YamlJson
{
    Q_DECLARE_TR_FUNCTIONS(SuiteReader)

public:
    static QJsonValue convert(const YAML::Node &node,
                              const std::function<void(const YAML::Node &, const QString &)> &problem, int depth,
                              int maxDepth)
    {
        if (depth > maxDepth) {
            problem(node, tr("nested more than %1 levels deep").arg(maxDepth));
            return QJsonValue(QJsonValue::Null);
        }
        switch (node.Type()) {
        case YAML::NodeType::Scalar:
            return yamlScalarToJson(node);
        case YAML::NodeType::Sequence: {
            QJsonArray out;
            for (const YAML::Node &item : node)
                out.append(convert(item, problem, depth + 1, maxDepth));
            return out;
        }
        case YAML::NodeType::Map: {
            QJsonObject out;
            for (const auto &pair : node) {
                if (!pair.first.IsScalar()) {
                    problem(pair.first, tr("a key must be text"));
                    continue;
                }
                out.insert(QString::fromStdString(pair.first.Scalar()),
                           convert(pair.second, problem, depth + 1, maxDepth));
            }
            return out;
        }
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            break;
        }
        return QJsonValue(QJsonValue::Null);
    }
};

} // namespace

QJsonValue yamlScalarToJson(const YAML::Node &node)
{
    const QString text = QString::fromStdString(node.Scalar());
    if (node.Tag() == "!")
        return text;
    static const QRegularExpression integer(QStringLiteral(R"(^[-+]?[0-9]+$)"));
    static const QRegularExpression real(QStringLiteral(R"(^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$)"));
    if (text.isEmpty() || text == QLatin1String("~") || text == QLatin1String("null") ||
        text == QLatin1String("Null") || text == QLatin1String("NULL"))
        return QJsonValue(QJsonValue::Null);
    if (text == QLatin1String("true") || text == QLatin1String("True") || text == QLatin1String("TRUE"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("False") || text == QLatin1String("FALSE"))
        return false;
    if (integer.match(text).hasMatch() || real.match(text).hasMatch()) {
        bool ok = false;
        const double d = text.toDouble(&ok);
        if (ok)
            return d;
    }
    return text;
}

QJsonValue yamlToJson(const YAML::Node &node, const std::function<void(const YAML::Node &, const QString &)> &problem,
                      int maxDepth)
{
    return YamlJson::convert(node, problem, 0, maxDepth);
}

std::optional<QJsonValue> parseYaml(const QString &text)
{
    try {
        bool failed = false;
        QJsonValue v = yamlToJson(YAML::Load(text.toStdString()),
                                  [&failed](const YAML::Node &, const QString &) { failed = true; });
        if (failed)
            return std::nullopt;
        return v;
    } catch (const YAML::Exception &) {
        return std::nullopt;
    }
}

} // namespace md::eval
