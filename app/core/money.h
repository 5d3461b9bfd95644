#pragma once

#include "dataset.h"

#include <QLocale>
#include <QString>
#include <optional>

namespace md {

// An exact amount of US dollars. The unit is 1e-16 USD: a token count times a price in
// micro-dollars per 1M tokens is 1e-12 USD, and the extra four digits carry a cache share
// given in basis points, so every cost the calculator forms is an integer and sums never drift.
// 128 bits hold a billion requests of a million tokens at any list price with room to spare.
class Money
{
public:
    __extension__ using Units = __int128; // GCC and Clang; the standard has no 128-bit integer
    __extension__ using UnsignedUnits = unsigned __int128;
    static constexpr Units UnitsPerDollar = Units(10'000'000'000'000'000LL); // 1e16
    static constexpr Units UnitsPerCent = UnitsPerDollar / 100;

    constexpr Money() = default;
    static constexpr Money fromUnits(Units units) { return Money(units); }
    static constexpr Money fromMicroDollars(qint64 micro) { return Money(Units(micro) * 10'000'000'000LL); }
    // Cost of `tokens` at `price`, with `basisPoints` (0..10000) of them counted.
    static constexpr Money forTokens(qint64 tokens, MicroUsdPerMTok price, qint64 basisPoints = 10'000)
    {
        return Money(Units(tokens) * Units(price) * Units(basisPoints));
    }

    constexpr Units units() const { return m_units; }
    // Rounded once, half away from zero, to whole cents (for display) or micro-dollars (for JSON).
    qint64 roundedCents() const { return qint64(roundTo(UnitsPerCent)); }
    Units roundedTo(Units unit) const { return roundTo(unit); }
    double toDouble() const { return double(m_units) / double(UnitsPerDollar); }

    // "$1,234.57" in the locale's format; `decimals` > 2 shows small amounts (a single request).
    QString toString(const QLocale &locale = {}, int decimals = 2) const;
    // "1234.57" with a dot, for CSV and JSON.
    QString toPlainString(int decimals = 2) const;
    // Like toString, rounded to `maxDecimals` but without trailing zeros beyond two: "$0.000075".
    QString toStringTrimmed(const QLocale &locale = {}, int maxDecimals = 6) const;
    // The exact amount in dollars with a dot and no trailing zeros ("0.6", "525300", "0.000075"):
    // every amount is a whole number of 1e-16 USD, so this loses nothing.
    QString toExactString() const { return trimZeros(toPlainString(16), 0); }

    constexpr Money operator+(Money o) const { return Money(m_units + o.m_units); }
    constexpr Money operator-(Money o) const { return Money(m_units - o.m_units); }
    constexpr Money operator*(qint64 n) const { return Money(m_units * Units(n)); }
    // Divides, rounding half away from zero to a whole unit (1e-16 USD): the only place a sum
    // may be rounded before display, far below any figure shown.
    Money dividedBy(qint64 divisor) const { return Money(divideRounded(m_units, Units(divisor))); }
    static Units divideRounded(Units numerator, Units denominator);
    // a * scale / b, rounded half away from zero, exact at every value of a and b (a >= 0, b > 0);
    // nullopt when the result does not fit.
    static std::optional<Units> mulDivRounded(Units a, qint64 scale, Units b);
    Money &operator+=(Money o)
    {
        m_units += o.m_units;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(Units units)
        : m_units(units)
    {}
    static QString trimZeros(QString plain, int minDecimals);
    static QString withLocale(const QString &plain, const QLocale &locale);
    Units roundTo(Units unit) const;

    Units m_units = 0;
};

} // namespace md
