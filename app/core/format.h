#pragma once

#include "dataset.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <optional>

namespace md {

// How figures read everywhere in the application (tables, chart labels, exports).
class Format
{
    Q_DECLARE_TR_FUNCTIONS(Format)

public:
    static QString notAvailable();                                                                 // "n/a"
    static QString score(std::optional<double> value, const QLocale &locale = {});                 // "82.0" or "n/a"
    static QString pricePerMTok(std::optional<MicroUsdPerMTok> price, const QLocale &locale = {}); // "$0.15"
    static QString tokens(qint64 count, const QLocale &locale = {});      // "128,000" or "n/a" for 0
    static QString tokensShort(qint64 count, const QLocale &locale = {}); // "128K", "1M"
    // Never rounded: "1K", "1.5K", "2M", "2.5M" when that is exact, else every digit ("1,234").
    static QString tokensExact(qint64 count, const QLocale &locale = {});
};

} // namespace md
