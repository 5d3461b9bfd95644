#pragma once

#include "dataset.h"
#include "result.h"

#include <QCoreApplication>
#include <optional>

namespace md {

enum class ExportFormat { Json, Csv, Markdown };

// The dataset for other tools: the ModelDesk JSON format, a CSV with one row per model (facts, current
// prices in US dollars per 1M tokens, one column per benchmark) and a Markdown table ready to paste.
// Numbers are written locale-independently (a dot, no grouping); a missing figure is an empty CSV cell
// and "n/a" in Markdown, never 0.
class DatasetExport
{
    Q_DECLARE_TR_FUNCTIONS(DatasetExport)

public:
    // With a valid `pricesAsOf`, prices are those in force on that day (later entries left out) and the export
    // says the date: "prices_as_of" in JSON, a last CSV column, a line under the Markdown table.
    static QByteArray render(const Dataset &dataset, ExportFormat format, const QDate &pricesAsOf = {});
    static Result<bool> save(const Dataset &dataset, ExportFormat format, const QString &path,
                             const QDate &pricesAsOf = {});                 // atomic
    static std::optional<ExportFormat> formatFromName(const QString &name); // "json", "csv", "markdown"/"md"
    static QString suffix(ExportFormat format);                             // "json", "csv", "md"
};

} // namespace md
