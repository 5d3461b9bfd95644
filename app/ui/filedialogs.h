#pragma once

#include <QStandardPaths>
#include <QString>

class QWidget;

namespace md {

// Every file dialog of the window starts in the folder last used for its kind of file (remembered in
// QSettings under `key`), else in the person's Documents folder: never at "/".
namespace FileDialogs {

// The folder to start in: the remembered one if it still exists, else `fallback`.
QString startFolder(const QString &key, QStandardPaths::StandardLocation fallback = QStandardPaths::DocumentsLocation);
// `fileName` inside startFolder(); an absolute `fileName` is kept as it is.
QString startPath(const QString &key, const QString &fileName,
                  QStandardPaths::StandardLocation fallback = QStandardPaths::DocumentsLocation);
// Remembers the folder of `chosenFile` for `key`.
void remember(const QString &key, const QString &chosenFile);

// QFileDialog::getOpenFileName / getSaveFileName starting as above, remembering the folder chosen.
QString openFile(QWidget *parent, const QString &title, const QString &key, const QString &filter);
QString saveFile(QWidget *parent, const QString &title, const QString &key, const QString &fileName,
                 const QString &filter, QString *selectedFilter = nullptr,
                 QStandardPaths::StandardLocation fallback = QStandardPaths::DocumentsLocation);

} // namespace FileDialogs

} // namespace md
