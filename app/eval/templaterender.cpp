#include "templaterender.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace md::eval {

QString TemplateRender::toText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)) && qAbs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QJsonValue TemplateRender::lookup(const QString &path, const QJsonObject &vars)
{
    // a.b, a["b"], a[0]
    static const QRegularExpression part(
        QStringLiteral(R"(([A-Za-z_$][\w$]*)|\[\s*(\d+)\s*\]|\[\s*["']([^"']*)["']\s*\])"));
    QJsonValue current = vars;
    qsizetype pos = 0;
    auto it = part.globalMatch(path);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        // Only dots and whitespace may sit between the parts.
        if (!path.mid(pos, m.capturedStart() - pos).trimmed().remove(QLatin1Char('.')).isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        pos = m.capturedEnd();
        if (!m.captured(1).isEmpty() || !m.captured(3).isEmpty()) {
            const QString key = m.captured(1).isEmpty() ? m.captured(3) : m.captured(1);
            if (!current.isObject())
                return QJsonValue(QJsonValue::Undefined);
            current = current.toObject().value(key);
        } else {
            if (!current.isArray())
                return QJsonValue(QJsonValue::Undefined);
            current = current.toArray().at(m.captured(2).toInt());
        }
    }
    if (!path.mid(pos).trimmed().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return current;
}

QString TemplateRender::render(const QString &text, const QJsonObject &vars)
{
    static const QRegularExpression expression(QStringLiteral(R"(\{\{-?\s*(.*?)\s*-?\}\})"),
                                               QRegularExpression::DotMatchesEverythingOption);
    if (!text.contains(QLatin1String("{{")))
        return text;
    QString out;
    qsizetype last = 0;
    auto it = expression.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        QStringList pipeline = m.captured(1).split(QLatin1Char('|'));
        QJsonValue value = lookup(pipeline.takeFirst().trimmed(), vars);
        QString rendered = toText(value);
        for (const QString &rawFilter : pipeline) {
            const QString filter = rawFilter.trimmed();
            if (filter == QLatin1String("dump"))
                rendered = value.isString()
                               ? QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                                     .mid(1)
                                     .chopped(1)
                               : toText(value);
            else if (filter == QLatin1String("trim"))
                rendered = rendered.trimmed();
            else if (filter == QLatin1String("upper"))
                rendered = rendered.toUpper();
            else if (filter == QLatin1String("lower"))
                rendered = rendered.toLower();
            // "safe" and anything else: as it is
        }
        out += rendered;
    }
    out += QStringView(text).mid(last);
    return out;
}

QJsonValue TemplateRender::renderValue(const QJsonValue &value, const QJsonObject &vars)
{
    if (value.isString())
        return render(value.toString(), vars);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue v : value.toArray())
            out.append(renderValue(v, vars));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), renderValue(it.value(), vars));
        return out;
    }
    return value;
}

} // namespace md::eval
