#pragma once

// The guarded read and parse every JSON file reader shares (the dataset loader and the price-list importers):
// a bounded read of a regular file, a check of the text encoding, a nesting limit, duplicate keys, and every
// nlohmann exception turned into a message naming the file. Private to app/core: nlohmann stays out of
// public headers.

#include "bytesize.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace md {

class JsonFile
{
    Q_DECLARE_TR_FUNCTIONS(JsonFile)

public:
    static constexpr qint64 MaxFileSize = 64 * MiB;
    static constexpr int MaxDepth = 256;

    // A regular file of at most MaxFileSize bytes, read through the cap (the size a pipe or a device reports
    // is not trusted). "FILE: not a regular file", "FILE: the file is larger than 64 MiB", ... A reader with a
    // smaller limit of its own (suite files: 16 MiB) passes it, and nothing past it is read.
    static Result<QByteArray> read(const QString &path, qint64 maxBytes = MaxFileSize);

    // Refuses UTF-16 and UTF-32 (by their byte order marks or the pattern of NUL bytes); an empty message when
    // the data may be UTF-8.
    static QString encodingError(const QByteArray &data, const QString &origin);

    // Every key seen twice in one object at `keyDepth` (1: the top-level object), or at any depth when
    // keyDepth is AnyDepth. The parser itself would silently keep the last.
    static constexpr int AnyDepth = -1;
    struct Parsed {
        nlohmann::json root;
        QStringList duplicateKeys;
        QString error; // names `origin`; empty on success
    };
    // Throws nothing. Skips a UTF-8 byte order mark.
    static Parsed parse(const QByteArray &data, const QString &origin, int keyDepth);

    // Streaming: each element of the top-level arrays named in `keys` is handed to `element` (the array's key,
    // the element's index, the element) as soon as it is complete, then dropped, so a large file never holds
    // its whole tree at once; those arrays are left empty in `root`. `element` must not throw.
    struct Stream {
        std::vector<std::string> keys;
        std::function<void(const std::string &key, std::size_t index, nlohmann::json &&element)> element;
    };
    static Parsed parse(const QByteArray &data, const QString &origin, int keyDepth, const Stream &stream);

    // The same, read from a file in small pieces as it is parsed (the checks of read() included), so a large file
    // is never held as text: only the tree outside the streamed arrays and one piece of text are in memory.
    static Parsed parseFile(const QString &path, int keyDepth, const Stream &stream);

    // A short JSON text for messages: scalars and small values in full, anything else cut to `limit` characters.
    // Never serialises more than a bounded part of a value.
    static QString describe(const nlohmann::json &value, int limit = 40);

private:
    // Opens a regular file of at most MaxFileSize bytes; the message when it cannot.
    static QString open(const QString &path, QFile &file, qint64 maxBytes = MaxFileSize);
    static QString tooLargeMessage(const QString &origin, qint64 maxBytes = MaxFileSize);
};

} // namespace md
