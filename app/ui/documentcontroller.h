#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace md {

class PriceListFetcher;

class DatasetDocument;

// The window's side of the open dataset: File and Edit actions, the questions to ask (save first? restore
// unsaved edits?), file dialogs, import preview and export. The document itself (path, unsaved state, undo,
// recovery) lives in core's DatasetDocument; the main window only adds these actions to its menus.
class DocumentController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentController)

public:
    // `document` is the application's document (made by main); it must outlive the controller.
    DocumentController(DatasetDocument *document, QWidget *window);

    DatasetDocument *document() const { return m_document; }
    void addFileActions(QMenu *file);
    void addEditActions(QMenu *edit);

    bool openFile(const QString &path); // asks to save unsaved changes first; on failure keeps the data
    bool maybeSave();                   // true when it is fine to replace or close the data
    bool save();
    bool saveAs();
    void importFrom(int source); // ImportSource
    void updatePrices();         // File > Update Prices…: fetch a public list, preview, apply, say what changed
    void exportData();
    void offerRecovery();  // at start: restore the edits a crash left behind?
    void discardOnClose(); // the person closed without saving: no recovery copy

    // Title with the [*] placeholder, for QWidget::setWindowTitle.
    QString windowTitle() const;

signals:
    void titleChanged();

private:
    void chooseAndOpen();
    void newDocument();
    void rebuildRecentMenu();
    void showError(const QString &title, const QString &message);

    DatasetDocument *m_document;
    QWidget *m_window;
    QMenu *m_recentMenu = nullptr;
    PriceListFetcher *m_fetcher = nullptr; // created on the first update: nothing is fetched unless asked
};

} // namespace md
