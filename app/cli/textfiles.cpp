#include "textfiles.h"

#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace md::cli {

Result<QByteArray> TextFiles::read(const QString &path)
{
    using R = Result<QByteArray>;
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return R::failure(tr("standard input cannot be read (%1)").arg(file.errorString()));
    } else {
        const QFileInfo info(path);
        if (!info.exists())
            return R::failure(tr("%1: no such file").arg(path));
        if (info.isDir())
            return R::failure(tr("%1: is a folder, not a file").arg(path));
        if (info.size() > MaxSize)
            return R::failure(tr("%1: larger than %2 MiB").arg(path).arg(MaxSize / MiB));
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return R::failure(tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    }
    // Standard input has no size to check first; read it and check after.
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return R::failure(tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    if (bytes.size() > MaxSize)
        return R::failure(tr("%1: larger than %2 MiB").arg(path).arg(MaxSize / MiB));
    return bytes;
}

} // namespace md::cli
