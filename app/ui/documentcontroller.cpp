#include "documentcontroller.h"

#include "core/datasetdocument.h"
#include "core/datasetexport.h"
#include "core/datasetmerge.h"
#include "core/datasetmodel.h"
#include "core/priceimport.h"
#include "filedialogs.h"
#include "importpreviewdialog.h"
#include "updatepricesdialog.h"

#include <QAction>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QUndoStack>

namespace md {

namespace {
// The QSettings keys of the folders each file dialog remembers.
const QString datasetDirKey = QStringLiteral("paths/lastDatasetDir");
const QString importDirKey = QStringLiteral("paths/lastImportDir");
const QString exportDirKey = QStringLiteral("paths/lastExportDir");

// Offscreen (tests, scripts) nobody can answer a dialog.
bool canAsk()
{
    return !QGuiApplication::platformName().startsWith(QLatin1String("offscreen"));
}
} // namespace

DocumentController::DocumentController(DatasetDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{
    connect(m_document, &DatasetDocument::modifiedChanged, this, &DocumentController::titleChanged);
    connect(m_document, &DatasetDocument::filePathChanged, this, &DocumentController::titleChanged);
}

QString DocumentController::windowTitle() const
{
    return tr("%1[*] — ModelDesk").arg(m_document->displayName());
}

void DocumentController::addFileActions(QMenu *file)
{
    QAction *newAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Dataset"), this,
                                         &DocumentController::newDocument);
    newAction->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Dataset…"), this,
                                    &DocumentController::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a ModelDesk dataset file (JSON)"));
    m_recentMenu = file->addMenu(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &DocumentController::rebuildRecentMenu);
    rebuildRecentMenu();
    QAction *saveAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this,
                                          &DocumentController::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save &As…"), this,
                                            &DocumentController::saveAs);
    saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addSeparator();
    for (const Importer &importer : PriceImport::importers()) {
        const QString name = QLatin1String(importer.displayName);
        file->addAction(tr("Import from %1…").arg(name), this,
                        [this, source = importer.source] { importFrom(int(source)); })
            ->setStatusTip(tr("Merge prices from %1").arg(importer.translatedDescription()));
    }
    file->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Update &Prices…"), this,
                    &DocumentController::updatePrices)
        ->setStatusTip(tr("Fetch a public price list now and review what it would change"));
    file->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export Data…"), this,
                    &DocumentController::exportData)
        ->setStatusTip(tr("Write the dataset as JSON, CSV or a Markdown table"));
}

void DocumentController::addEditActions(QMenu *edit)
{
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    edit->addAction(undo);
    edit->addAction(redo);
}

void DocumentController::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = DatasetDocument::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files[i];
        QAction *a = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
                                             [this, path] { openFile(path); });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void DocumentController::showError(const QString &title, const QString &message)
{
    if (canAsk())
        QMessageBox::warning(m_window, title, message);
    else
        qWarning("%s", qPrintable(message));
}

bool DocumentController::maybeSave()
{
    if (!m_document->isModified())
        return true;
    if (!canAsk())
        return false; // never drop edits without a person saying so
    const auto answer =
        QMessageBox::warning(m_window, tr("Unsaved Changes"),
                             tr("“%1” has changes that are not saved. Save them first?").arg(m_document->displayName()),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void DocumentController::newDocument()
{
    if (maybeSave())
        m_document->newDocument();
}

void DocumentController::chooseAndOpen()
{
    if (!maybeSave())
        return;
    const QString path = FileDialogs::openFile(m_window, tr("Open Dataset"), datasetDirKey,
                                               tr("ModelDesk datasets (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    openFile(path);
}

bool DocumentController::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    const auto result = m_document->open(path);
    if (!result) {
        showError(tr("Cannot open dataset"), result.error());
        return false;
    }
    return true;
}

bool DocumentController::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    const auto result = m_document->save();
    if (!result)
        showError(tr("Cannot save dataset"), result.error());
    return result.ok();
}

bool DocumentController::saveAs()
{
    const QString current = m_document->filePath();
    const QString path = FileDialogs::saveFile(m_window, tr("Save Dataset As"), datasetDirKey,
                                               current.isEmpty() ? QStringLiteral("dataset.json")
                                                                 : QFileInfo(current).absoluteFilePath(),
                                               tr("ModelDesk datasets (*.json)"));
    if (path.isEmpty())
        return false;
    const auto result = m_document->saveAs(path);
    if (!result)
        showError(tr("Cannot save dataset"), result.error());
    return result.ok();
}

void DocumentController::importFrom(int sourceValue)
{
    const auto source = ImportSource(sourceValue);
    const Importer &importer = PriceImport::importer(source);
    const QString name = QLatin1String(importer.displayName);
    const QString path =
        FileDialogs::openFile(m_window, tr("Import from %1").arg(name), importDirKey, importer.translatedFileFilter());
    if (path.isEmpty())
        return;
    const auto batch = PriceImport::load(source, path);
    if (!batch) {
        showError(tr("Cannot import"), batch.error());
        return;
    }
    ImportPreviewDialog dialog(DatasetMerge::plan(m_document->model()->dataset(), batch.value()), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_document->applyImport(dialog.plan(), tr("Import from %1").arg(name));
}

void DocumentController::updatePrices()
{
    if (!m_fetcher)
        m_fetcher = new PriceListFetcher(this);
    UpdatePricesDialog fetch(m_fetcher, m_window);
    const ImportBatch *batch = fetch.exec() == QDialog::Accepted ? fetch.batch() : nullptr;
    if (!batch)
        return;
    const QString name = PriceImport::sourceName(fetch.source());
    const Dataset before = m_document->model()->dataset();
    ImportPreviewDialog preview(DatasetMerge::plan(before, *batch), m_window);
    if (preview.exec() != QDialog::Accepted)
        return;
    const MergePlan plan = preview.plan();
    m_document->applyImport(plan, tr("Update prices from %1").arg(name));
    m_fetcher->remember(fetch.fetched()); // applied: the next update may answer "up to date"
    UpdatePricesDialog::showWhatChanged(DatasetMerge::whatChanged(before, plan), name, m_window);
}

void DocumentController::exportData()
{
    const QString csv = tr("CSV, one row per model (*.csv)");
    const QString markdown = tr("Markdown table (*.md)");
    const QString json = tr("ModelDesk dataset (*.json)");
    QString filter = QSettings().value(QStringLiteral("paths/exportFilter"), csv).toString();
    const QString base = m_document->filePath().isEmpty() ? QStringLiteral("models")
                                                          : QFileInfo(m_document->filePath()).completeBaseName();
    const QString path =
        FileDialogs::saveFile(m_window, tr("Export Data"), exportDirKey, base,
                              csv + QStringLiteral(";;") + markdown + QStringLiteral(";;") + json, &filter);
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("paths/exportFilter"), filter);
    const ExportFormat format = filter == markdown ? ExportFormat::Markdown
                                : filter == json   ? ExportFormat::Json
                                                   : ExportFormat::Csv;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += QLatin1Char('.') + DatasetExport::suffix(format);
    const auto result = DatasetExport::save(m_document->model()->dataset(), format, target);
    if (!result)
        showError(tr("Cannot export"), result.error());
}

void DocumentController::offerRecovery()
{
    const auto pending = DatasetDocument::pendingRecovery();
    if (!pending || !canAsk())
        return;
    const QString from = pending->filePath.isEmpty() ? tr("an unsaved dataset") : pending->filePath;
    const auto answer = QMessageBox::question(
        m_window, tr("Restore Unsaved Changes?"),
        tr("ModelDesk did not close properly. Unsaved changes to %1 from %2 were kept.\n\nRestore them?")
            .arg(from, QLocale().toString(pending->saved.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        DatasetDocument::discardRecovery();
        return;
    }
    const auto restored = m_document->restoreRecovery(*pending);
    if (!restored)
        showError(tr("Cannot restore changes"), restored.error());
}

void DocumentController::discardOnClose()
{
    DatasetDocument::discardRecovery();
}

} // namespace md
