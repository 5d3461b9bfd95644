#pragma once

#include <QMainWindow>

class QMenu;
class QSplitter;
class QTabWidget;

namespace md {

class CalculatorPanel;
class ChartPanel;
class DataView;
class DatasetModel;
class DatasetDocument;
class DocumentController;
class ModelSelection;
class ThemeManager;

namespace trial {
class TrialService;
}

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The application's document (over the shared dataset model) and trial service, made by main(); they must
    // outlive the window. Pages get the document for edits and the models for reads.
    // `selection` is the shared choice of models (AppServices::selection()); without one the window makes its own.
    MainWindow(DatasetDocument *document, trial::TrialService *trials, ModelSelection *selection = nullptr,
               QWidget *parent = nullptr);

    ChartPanel *chartPanel() const { return m_chartPanel; }
    CalculatorPanel *calculatorPanel() const { return m_calculatorPanel; }
    QTabWidget *pages() const { return m_pages; }
    DataView *dataView() const { return m_dataView; }
    DocumentController *documentController() const { return m_document; }
    ModelSelection *modelSelection() const { return m_selection; }
    ThemeManager *themeManager() const { return m_theme; }

    // Adds a page (Overview, Data, Trials, ...) with a Ctrl+<n> shortcut in the View menu.
    void addPage(QWidget *page, const QString &title);

    // Loads a dataset file into the shared model; on failure shows why and keeps the current data.
    bool openDataset(const QString &path);
    void setDatasetPath(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QSize firstSize() const;
    void createMenus();
    void showAbout();
    void showShortcuts();
    void showGettingStarted();
    void exportChart();
    void copyChart();
    void updateTitle();
    void followTheme();

    DatasetModel *m_model;
    DocumentController *m_document;
    ModelSelection *m_selection; // the models every page shows
    ThemeManager *m_theme;
    DataView *m_dataView = nullptr;
    ChartPanel *m_chartPanel;
    CalculatorPanel *m_calculatorPanel;
    QSplitter *m_splitter;
    QTabWidget *m_pages;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};

} // namespace md
