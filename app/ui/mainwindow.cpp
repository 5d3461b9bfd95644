#include "mainwindow.h"

#include "aboutdialog.h"
#include "arenapanel.h"
#include "calculatorpanel.h"
#include "chartpanel.h"
#include "core/datasetdocument.h"
#include "core/datasetjson.h"
#include "core/datasetmodel.h"
#include "core/modelselection.h"
#include "dataview.h"
#include "documentcontroller.h"
#include "exportchartdialog.h"
#include "gettingstarteddialog.h"
#include "languagemenu.h"
#include "shortcutsdialog.h"
#include "suitepanel.h"
#include "thememanager.h"
#include "trialpanel.h"
#include "workloadeditor.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QWhatsThis>

namespace md {

MainWindow::MainWindow(DatasetDocument *document, trial::TrialService *trials, ModelSelection *selection,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_model(document->model())
    , m_document(new DocumentController(document, this))
    , m_selection(selection ? selection : new ModelSelection(m_model, this))
    , m_theme(new ThemeManager(this))
    , m_chartPanel(new ChartPanel(m_selection))
    , m_calculatorPanel(new CalculatorPanel(m_selection))
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_pages(new QTabWidget(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_splitter->setObjectName(QStringLiteral("MainSplitter"));
    m_splitter->addWidget(m_chartPanel);
    m_splitter->addWidget(m_calculatorPanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_pages->setDocumentMode(true);
    m_pages->setObjectName(QStringLiteral("Pages"));
    setCentralWidget(m_pages);
    createMenus();
    followTheme();
    // One "Prices as of" day for the calculator and the charts above it.
    m_chartPanel->setPricesAsOf(m_calculatorPanel->workloadEditor()->workload().pricesAsOf);
    connect(m_calculatorPanel->workloadEditor(), &WorkloadEditor::workloadChanged, m_chartPanel,
            [this](const Workload &w) { m_chartPanel->setPricesAsOf(w.pricesAsOf); });
    addPage(m_splitter, tr("&Overview"));
    m_dataView = new DataView(m_document->document());
    addPage(m_dataView, tr("&Data"));
    connect(m_document, &DocumentController::titleChanged, this, &MainWindow::updateTitle);
    auto *trialPage = new TrialPanel(trials);
    trialPage->setModelSelection(m_selection);
    auto *arenaPage = new ArenaPanel(trials, document);
    arenaPage->setModelSelection(m_selection);
    auto *trialModes = new QTabWidget;
    trialModes->setObjectName(QStringLiteral("TrialModes"));
    trialModes->setDocumentMode(true);
    trialModes->addTab(trialPage, tr("Side by Side"));
    trialModes->addTab(arenaPage, tr("Arena"));
    trialModes->setCurrentIndex(QSettings().value(QStringLiteral("window/trialMode"), 0).toInt());
    connect(trialModes, &QTabWidget::currentChanged, this,
            [](int index) { QSettings().setValue(QStringLiteral("window/trialMode"), index); });
    addPage(trialModes, tr("&Trials"));
    addPage(new SuitePanel(trials, m_document->document(), m_selection), tr("&Suites"));
    statusBar();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(firstSize());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_pages->setCurrentIndex(settings.value(QStringLiteral("window/page"), 0).toInt());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray())) {
        // First start: the calculator gets the height its form needs, the chart the rest.
        const int calculator = m_calculatorPanel->sizeHint().height();
        m_splitter->setSizes({qMax(320, height() - calculator), calculator});
    }
    updateTitle();
}

// 1280x860 where the screen has room; on a smaller one (a 1024x700 laptop panel) the screen's free area, so the
// first window is never larger than the screen it opens on.
QSize MainWindow::firstSize() const
{
    QSize size(1280, 860);
    if (const QScreen *s = screen() ? screen() : QGuiApplication::primaryScreen()) {
        const QSize room = s->availableGeometry().size();
        const QSize frame = frameGeometry().size() - geometry().size(); // the title bar and borders, once known
        size = size.boundedTo(room - frame);
    }
    return size;
}

// Every chart follows the one theme owner (View > Theme, --theme or the system's), like the rest of the window.
void MainWindow::followTheme()
{
    const auto applyCharts = [this](ChartTheme theme) {
        m_chartPanel->setThemeMode(theme == ChartTheme::Dark ? ChartPanel::ThemeMode::Dark
                                                             : ChartPanel::ThemeMode::Light);
        m_calculatorPanel->setChartTheme(theme);
    };
    applyCharts(m_theme->chartTheme());
    connect(m_theme, &ThemeManager::chartThemeChanged, this, applyCharts);
}

void MainWindow::addPage(QWidget *page, const QString &title)
{
    const int index = m_pages->addTab(page, title);
    if (index < 9) {
        QAction *show = m_viewMenu->addAction(title, this, [this, page] { m_pages->setCurrentWidget(page); });
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_helpMenu = menuBar()->addMenu(tr("&Help"));

    QMenu *file = m_fileMenu;
    m_document->addFileActions(file); // New, Open, Recent, Save, Save As, Import, Export
    m_document->addEditActions(m_editMenu);
    QAction *exportChart = file->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("Export &Chart…"),
                                           this, &MainWindow::exportChart);
    exportChart->setObjectName(QStringLiteral("exportChartAction"));
    exportChart->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportChart->setStatusTip(tr("Save the chart as PNG, SVG or PDF at a size of your choice"));
    file->addSeparator();
    QAction *quit =
        file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QAction *copyChart = m_editMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy Chart"), this,
                                               &MainWindow::copyChart);
    copyChart->setObjectName(QStringLiteral("copyChartAction"));
    copyChart->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    copyChart->setStatusTip(tr("Copy the chart to the clipboard as an image"));

    m_theme->addMenu(m_viewMenu);
    m_viewMenu->addMenu(new LanguageMenu(this));
    m_viewMenu->addSeparator();

    QMenu *help = m_helpMenu;
    QAction *gettingStarted = help->addAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("&Getting Started"),
                                              this, &MainWindow::showGettingStarted);
    gettingStarted->setObjectName(QStringLiteral("gettingStartedAction"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setStatusTip(tr("List the shortcut of every action"));
    QAction *whatsThis = help->addAction(tr("&What's This?"), this, [] { QWhatsThis::enterWhatsThisMode(); });
    whatsThis->setObjectName(QStringLiteral("whatsThisAction"));
    whatsThis->setShortcut(QKeySequence::WhatsThis);
    whatsThis->setStatusTip(tr("Click a field to learn what it means (the calculator's inputs explain themselves)"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About ModelDesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

bool MainWindow::openDataset(const QString &path)
{
    if (!m_document->openFile(path))
        return false;
    statusBar()->showMessage(tr("Opened %1: %n model(s)", nullptr, m_model->rowCount()).arg(QFileInfo(path).fileName()),
                             5000);
    return true;
}

void MainWindow::setDatasetPath(const QString &path)
{
    m_document->document()->setPath(path);
    updateTitle();
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_document->windowTitle());
    setWindowModified(m_document->document()->isModified());
}

void MainWindow::exportChart()
{
    ExportChartDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto written =
        dialog.which() == ExportChartDialog::Which::Cost
            ? m_calculatorPanel->exportChart(dialog.path(), dialog.chartSize(), dialog.scale(), dialog.theme())
            : m_chartPanel->exportChart(dialog.path(), dialog.chartSize(), dialog.scale(), dialog.theme());
    if (!written) {
        QMessageBox::warning(this, tr("Cannot export chart"), written.error());
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(written.value()).fileName()), 5000);
}

void MainWindow::copyChart()
{
    QGuiApplication::clipboard()->setImage(m_chartPanel->renderForClipboard());
    statusBar()->showMessage(tr("Chart copied to the clipboard"), 3000);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this, this);
    dialog.exec();
}

void MainWindow::showGettingStarted()
{
    GettingStartedDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_model->dataset(), this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_document->maybeSave()) {
        event->ignore();
        return;
    }
    m_document->discardOnClose();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/page"), m_pages->currentIndex());
    event->accept();
}

} // namespace md
