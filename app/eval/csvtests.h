#pragma once

#include "core/result.h"
#include "suite.h"

#include <QCoreApplication>
#include <vector>

namespace md::eval {

// promptfoo's tests.csv: a header row, then one test per row. Columns are vars, except __expected,
// __expected1, ... (a check each, written as assertionFromString() reads it), __description and __threshold.
class CsvTests
{
    Q_DECLARE_TR_FUNCTIONS(CsvTests)

public:
    static Result<std::vector<TestCase>> parse(const QString &text, const QString &path);
    // RFC 4180 rows, each with the 1-based line it starts on.
    struct Row {
        QStringList cells;
        int line = 0;
    };
    static Result<std::vector<Row>> rows(const QString &text, const QString &path);
};

} // namespace md::eval
