#pragma once

#include <QJsonValue>
#include <QString>
#include <functional>
#include <optional>

namespace YAML {
class Node;
}

namespace md::eval {

// YAML to JSON as promptfoo's js-yaml reads it: plain scalars typed by YAML's core schema (null, booleans,
// numbers), quoted ones kept as text. Deeper than `maxDepth` levels, or a key that is not text, calls
// `problem(node, message)` and leaves that part null.
QJsonValue yamlToJson(const YAML::Node &node, const std::function<void(const YAML::Node &, const QString &)> &problem,
                      int maxDepth = 64);
QJsonValue yamlScalarToJson(const YAML::Node &node);
// `text` read as YAML (a JSON document is YAML too); nullopt when it does not parse.
std::optional<QJsonValue> parseYaml(const QString &text);

} // namespace md::eval
