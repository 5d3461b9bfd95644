#pragma once

#include "core/costcalculator.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>

class QCommandLineParser;

namespace md::cli {

// The workload options `cost` and `export-chart --chart cost` share: --input-tokens, --output-tokens,
// --requests, --per, --cached-share, --batch. Errors name the option and the bad value.
class WorkloadOptions
{
    Q_DECLARE_TR_FUNCTIONS(WorkloadOptions)

public:
    // Upper bounds keep every product well inside 128 bits (see money.h) and catch typos.
    static constexpr qint64 MaxTokens = 100'000'000;
    static constexpr qint64 MaxRequests = 1'000'000'000'000;

    static void add(QCommandLineParser &parser); // with --as-of
    // --as-of YYYY-MM-DD alone (export-data): an invalid QDate when not given.
    static void addAsOf(QCommandLineParser &parser);
    static Result<QDate> readAsOf(const QCommandLineParser &parser);
    // With `required`, the three counts must be given; otherwise missing ones keep `defaults`.
    static Result<Workload> read(const QCommandLineParser &parser, bool required, const Workload &defaults = {});
    // "12.5" or "12.5%" -> 1250 basis points, exactly (no binary floating point on the way).
    static Result<qint64> shareBasisPoints(const QString &text, const QString &option = QStringLiteral("cached-share"));
};

} // namespace md::cli
