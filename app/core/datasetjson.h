#pragma once

#include "bytesize.h"
#include "dataset.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace md {

// Reads and writes the ModelDesk dataset format (resources/dataset.schema.json, README "Dataset format").
// Every error names the file and the JSON position or field path, e.g.
// "prices.json: models[2].prices[0].input: must be a number of at least 0, got \"abc\"".
class DatasetJson
{
    Q_DECLARE_TR_FUNCTIONS(DatasetJson)

public:
    static constexpr qint64 MaxFileSize = 64 * MiB;

    // `origin` names the data in messages (a file name, or ":/data/..." for the built-in set).
    static Result<Dataset> parse(const QByteArray &json, const QString &origin);
    static Result<Dataset> load(const QString &path);
    static QByteArray serialize(const Dataset &dataset);
    // Atomic: a failed save leaves an existing file untouched.
    static Result<bool> save(const Dataset &dataset, const QString &path);

    // Shared by the importers and exporters: a file of at most MaxFileSize bytes, an atomic write
    // (QSaveFile), and "FILE: line L, column C: not valid JSON (reason)" for a parser's byte offset.
    static Result<QByteArray> readFile(const QString &path);
    static Result<bool> writeFile(const QByteArray &data, const QString &path);
    static QString syntaxError(const QByteArray &data, qint64 byteOffset, const char *what, const QString &origin);

    // The dataset compiled into the binary: the GPT-4o mini launch figures of July 2024.
    static Dataset builtIn();
    static QString builtInPath();
};

// Converts between micro-dollars per 1M tokens and the dollar figures people write in files.
MicroUsdPerMTok microUsdFromDollars(double dollars);
double dollarsFromMicroUsd(MicroUsdPerMTok micro);

} // namespace md
