#pragma once

#include "core/bytesize.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace md::cli {

// Text files the commands count tokens of (`tokens`, `cost --input-file`).
class TextFiles
{
    Q_DECLARE_TR_FUNCTIONS(TextFiles)

public:
    static constexpr qint64 MaxSize = 256 * MiB;
    // The bytes of a regular file, or of standard input for "-"; a message naming the file otherwise.
    static Result<QByteArray> read(const QString &path);
};

} // namespace md::cli
