#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace md::eval {

// Nunjucks-style variables as promptfoo's prompts use them, by plain substitution: `{{var}}`, `{{ a.b }}`,
// `{{ list[0] }}`, and the filters `dump` (JSON), `trim`, `upper`, `lower` and `safe` (no escaping is done,
// as promptfoo turns it off). A missing variable renders empty, as in Nunjucks. Other tags (`{% ... %}`)
// stay as written.
class TemplateRender
{
public:
    static QString render(const QString &text, const QJsonObject &vars);
    // A JSON value rendered with the vars: strings rendered, arrays and objects walked.
    static QJsonValue renderValue(const QJsonValue &value, const QJsonObject &vars);
    // How a value reads in text: strings as they are, numbers as JavaScript prints them, objects as JSON.
    static QString toText(const QJsonValue &value);
    static QJsonValue lookup(const QString &path, const QJsonObject &vars);
};

} // namespace md::eval
