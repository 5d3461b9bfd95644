#include "mainwindow.h"

#include "aboutdialog.h"
#include "calculatorpanel.h"
#include "chartpanel.h"
#include "dataview.h"
#include "documentcontroller.h"

#include "core/datasetdocument.h"
#include "core/datasetjson.h"
#include "core/datasetmodel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>

namespace md {

MainWindow::MainWindow(DatasetModel *model, QWidget *parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_document(new DocumentController(model, this))
    , m_chartPanel(new ChartPanel(model))
    , m_calculatorPanel(new CalculatorPanel(model))
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
    addPage(m_splitter, tr("&Overview"));
    m_dataView = new DataView(m_document->document());
    addPage(m_dataView, tr("&Data"));
    connect(m_document, &DocumentController::titleChanged, this, &MainWindow::updateTitle);
    statusBar();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 860);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_pages->setCurrentIndex(settings.value(QStringLiteral("window/page"), 0).toInt());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    updateTitle();
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
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this,
                                    &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = m_helpMenu;
    QAction *about = help->addAction(tr("&About ModelDesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

bool MainWindow::openDataset(const QString &path)
{
    if (!m_document->openFile(path))
        return false;
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 5000);
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
