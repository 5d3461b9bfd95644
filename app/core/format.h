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
};

} // namespace md
