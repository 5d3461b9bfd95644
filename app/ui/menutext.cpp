#include "menutext.h"

#include <QRegularExpression>

namespace md::MenuText {

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

QString plain(const QString &text)
{
    static const QRegularExpression trailing(QStringLiteral("\\(&[^&]\\)"));
    QString result = text;
    result.remove(trailing);
    QString out;
    out.reserve(result.size());
    for (qsizetype i = 0; i < result.size(); ++i) {
        if (result.at(i) == QLatin1Char('&') && i + 1 < result.size())
            ++i;
        out += result.at(i);
    }
    return out;
}

} // namespace md::MenuText
