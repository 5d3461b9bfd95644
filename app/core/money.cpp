#include "money.h"

#include <limits>

namespace md {

Money::Units Money::roundTo(Units unit) const
{
    return divideRounded(m_units, unit);
}

Money::Units Money::divideRounded(Units numerator, Units denominator)
{
    if (denominator == 0)
        return 0;
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    // Half away from zero, also for odd d, without forming 2n (which overflows near the type's limit).
    using U = UnsignedUnits;
    const U n = numerator < 0 ? U(0) - U(numerator) : U(numerator);
    const U d = U(denominator);
    U q = n / d;
    const U r = n % d;
    if (r >= d - r)
        ++q;
    return numerator < 0 ? -Units(q) : Units(q);
}

std::optional<Money::Units> Money::mulDivRounded(Units a, qint64 scale, Units b)
{
    if (a < 0 || scale < 0 || b <= 0)
        return std::nullopt;
    // a * scale / b exactly: the whole part by division, the remainder's share by binary long
    // division over the bits of scale, so nothing wider than 128 bits is ever formed.
    using U = UnsignedUnits;
    const U ua = U(a), ub = U(b), us = U(scale);
    const U whole = ua / ub;
    const U rem = ua % ub;
    U q = 0, r = 0; // rem * scale = q * b + r, r < b
    for (int bit = 62; bit >= 0; --bit) {
        q <<= 1;
        r <<= 1; // r < b < 2^127: 2r fits
        if (r >= ub) {
            r -= ub;
            ++q;
        }
        if ((us >> bit) & 1) {
            r += rem;
            if (r >= ub) {
                r -= ub;
                ++q;
            }
        }
    }
    if (r >= ub - r)
        ++q;
    const U limit = U(std::numeric_limits<Units>::max());
    if (us != 0 && whole > (limit - q) / us)
        return std::nullopt;
    return Units(whole * us + q);
}

QString Money::trimZeros(QString plain, int minDecimals)
{
    const int dot = plain.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return plain;
    int end = plain.size();
    while (end > dot + 1 + minDecimals && plain.at(end - 1) == QLatin1Char('0'))
        --end;
    if (end == dot + 1)
        end = dot; // "525300." -> "525300"
    return plain.left(end);
}

namespace {
// Digits of a non-negative 128-bit integer; QString::number stops at 64 bits.
QString digits(Money::Units v)
{
    if (v == 0)
        return QStringLiteral("0");
    QString s;
    while (v > 0) {
        s.prepend(QChar(u'0' + int(v % 10)));
        v /= 10;
    }
    return s;
}

Money::Units pow10(int n)
{
    Money::Units p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}
} // namespace

QString Money::toPlainString(int decimals) const
{
    decimals = qBound(0, decimals, 16);
    const Units scaled = roundTo(UnitsPerDollar / pow10(decimals));
    const bool negative = scaled < 0;
    QString s = digits(negative ? -scaled : scaled);
    if (decimals > 0) {
        if (s.size() <= decimals)
            s.prepend(QString(decimals - s.size() + 1, u'0'));
        s.insert(s.size() - decimals, QLatin1Char('.'));
    }
    return negative ? QLatin1Char('-') + s : s;
}

QString Money::toStringTrimmed(const QLocale &locale, int maxDecimals) const
{
    return withLocale(trimZeros(toPlainString(maxDecimals), 2), locale);
}

QString Money::toString(const QLocale &locale, int decimals) const
{
    return withLocale(toPlainString(decimals), locale);
}

QString Money::withLocale(const QString &plain, const QLocale &locale)
{
    // Group the whole dollars with the locale's separators, keep the rounded decimals exact.
    const bool negative = plain.startsWith(QLatin1Char('-'));
    const QString body = negative ? plain.mid(1) : plain;
    const int dot = body.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? body : body.left(dot);
    QString grouped;
    for (int i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            grouped += locale.groupSeparator();
        grouped += whole.at(i);
    }
    if (dot >= 0)
        grouped += locale.decimalPoint() + body.mid(dot + 1);
    return (negative ? locale.negativeSign() : QString()) + QLatin1Char('$') + grouped;
}

} // namespace md
