#include "format.h"

#include "money.h"

#include <utility>

namespace md {

QString Format::notAvailable()
{
    return tr("n/a", "a figure that was not reported");
}

QString Format::score(std::optional<double> value, const QLocale &locale)
{
    return value ? locale.toString(*value, 'f', 1) : notAvailable();
}

QString Format::pricePerMTok(std::optional<MicroUsdPerMTok> price, const QLocale &locale)
{
    if (!price)
        return notAvailable();
    // Show as many decimals as the price has, but at least two: $0.15, $0.075, $15.00.
    int decimals = 6;
    qint64 micro = *price;
    while (decimals > 2 && micro % 10 == 0) {
        micro /= 10;
        --decimals;
    }
    // Money formats every dollar amount of the app the same way, exactly (no double on the way).
    return Money::fromMicroDollars(*price).toString(locale, decimals);
}

QString Format::tokens(qint64 count, const QLocale &locale)
{
    return count > 0 ? locale.toString(count) : notAvailable();
}

QString Format::tokensExact(qint64 count, const QLocale &locale)
{
    if (count <= 0)
        return locale.toString(count);
    // K and M as in tokensShort, with one decimal at most and only when it loses nothing.
    for (const auto &[unit, suffix] : {std::pair<qint64, char>{1'000'000, 'M'}, std::pair<qint64, char>{1000, 'K'}}) {
        if (count >= unit && count % (unit / 10) == 0) {
            const qint64 tenths = count / (unit / 10);
            return (tenths % 10 == 0 ? locale.toString(tenths / 10) : locale.toString(double(tenths) / 10.0, 'f', 1)) +
                   QLatin1Char(suffix);
        }
    }
    return locale.toString(count);
}

QString Format::tokensShort(qint64 count, const QLocale &locale)
{
    // K and M stay as they are in every language: it is how context windows are quoted everywhere.
    if (count <= 0)
        return notAvailable();
    if (count >= 1'000'000 && count % 1'000'000 == 0)
        return locale.toString(count / 1'000'000) + QLatin1Char('M');
    if (count >= 1'048'576 && count % 1'048'576 == 0)
        return locale.toString(count / 1'048'576) + QLatin1Char('M');
    if (count >= 1000)
        return locale.toString(qRound64(double(count) / 1000.0)) + QLatin1Char('K');
    return locale.toString(count);
}

} // namespace md
