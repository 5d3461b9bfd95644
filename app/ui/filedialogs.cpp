#include "filedialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace md::FileDialogs {

QString startFolder(const QString &key, QStandardPaths::StandardLocation fallback)
{
    QString last = QSettings().value(key).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString standard = QStandardPaths::writableLocation(fallback);
    return standard.isEmpty() ? QDir::homePath() : standard;
}

QString startPath(const QString &key, const QString &fileName, QStandardPaths::StandardLocation fallback)
{
    if (!fileName.isEmpty() && QFileInfo(fileName).isAbsolute())
        return fileName;
    const QString folder = startFolder(key, fallback);
    return fileName.isEmpty() ? folder : QDir(folder).filePath(fileName);
}

void remember(const QString &key, const QString &chosenFile)
{
    QSettings().setValue(key, QFileInfo(chosenFile).absolutePath());
}

QString openFile(QWidget *parent, const QString &title, const QString &key, const QString &filter)
{
    const QString path = QFileDialog::getOpenFileName(parent, title, startFolder(key), filter);
    if (!path.isEmpty())
        remember(key, path);
    return path;
}

QString saveFile(QWidget *parent, const QString &title, const QString &key, const QString &fileName,
                 const QString &filter, QString *selectedFilter, QStandardPaths::StandardLocation fallback)
{
    const QString path =
        QFileDialog::getSaveFileName(parent, title, startPath(key, fileName, fallback), filter, selectedFilter);
    if (!path.isEmpty())
        remember(key, path);
    return path;
}

} // namespace md::FileDialogs
