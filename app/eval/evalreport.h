#pragma once

#include "evalrun.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace md::eval {

// A run written out: JSON (README "Command line", eval), CSV, Markdown, a self-contained HTML report and
// the terminal's table. Keys never appear: a run holds none.
class EvalReport
{
    Q_DECLARE_TR_FUNCTIONS(EvalReport)

public:
    static QStringList formats(); // table, json, csv, markdown, html
    static QString render(const EvalRun &run, const QString &format);

    static QJsonObject toJson(const EvalRun &run);
    static QString toCsv(const EvalRun &run);
    static QString toMarkdown(const EvalRun &run);
    static QString toHtml(const EvalRun &run);
    static QString toTable(const EvalRun &run);

    // A test's name in reports: its description, else its vars ("question=What is 2+2?"), else "Test 3".
    static QString testName(const EvalRun &run, int test);
    // "PASS", "FAIL", "ERROR" or "—" (not run) for a cell.
    static QString verdictText(const Cell &cell);
    static double costUsd(const Money &money) { return money.toPlainString(10).toDouble(); }
};

} // namespace md::eval
