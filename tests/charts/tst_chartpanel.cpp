#include "charts/groupedbarchart.h"
#include "charts/rankingchart.h"
#include "charts/valuechart.h"
#include "core/datasetdocument.h"
#include "core/datasetjson.h"
#include "core/datasetmodel.h"
#include "core/modelselection.h"
#include "trial/trialservice.h"
#include "ui/chartpanel.h"
#include "ui/chartselector.h"
#include "ui/mainwindow.h"
#include "ui/selectionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace md;

// The chart panel as a person uses it: checkable lists, chart kinds, legend clicks, themes, export.
class TestChartPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void selectionList_followsDatasetAndKeepsChoices_data();
    void selectionList_followsDatasetAndKeepsChoices();
    void selectionList_keepsOneChecked();
    void panel_kindAndListsDriveTheChart();
    void panel_legendClickHidesAndShows();
    void panel_themeAndExport();
    void mainWindow_exportCopyAndThemeActions();
};

void TestChartPanel::init()
{
    QVERIFY2(QSettings().fileName().contains(QLatin1String(".qttest")), qPrintable(QSettings().fileName()));
    QSettings().clear();
}

void TestChartPanel::selectionList_followsDatasetAndKeepsChoices_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("uncheck");
    QTest::addRow("models") << int(SelectionListModel::Kind::Models) << QStringLiteral("gpt-3.5-turbo");
    QTest::addRow("benchmarks") << int(SelectionListModel::Kind::Benchmarks) << QStringLiteral("mmmu");
}

void TestChartPanel::selectionList_followsDatasetAndKeepsChoices()
{
    QFETCH(int, kind);
    QFETCH(QString, uncheck);
    DatasetModel source;
    SelectionListModel list(SelectionListModel::Kind(kind), &source);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&list, &SelectionListModel::checkedChanged);
    source.setDataset(DatasetJson::builtIn());
    const int rows = kind == int(SelectionListModel::Kind::Models) ? 5 : 8;
    QCOMPARE(list.rowCount(), rows);
    QVERIFY(list.allChecked());

    int row = -1;
    for (int r = 0; r < list.rowCount(); ++r) {
        if (list.index(r).data(SelectionListModel::IdRole).toString() == uncheck)
            row = r;
    }
    QVERIFY(row >= 0);
    QVERIFY(list.setData(list.index(row), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(list.index(row).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QCOMPARE(list.checkedIds().size(), rows - 1);
    QVERIFY(!list.checkedIds().contains(uncheck));
    QVERIFY(changed.size() >= 2);

    // A structural edit of the dataset: the choice survives, the new item starts checked.
    if (kind == int(SelectionListModel::Kind::Models)) {
        ModelInfo extra;
        extra.id = QStringLiteral("extra");
        extra.name = QStringLiteral("Extra");
        QVERIFY(source.insertModel(0, extra));
        QVERIFY(source.removeModel(source.rowForModel(QStringLiteral("gpt-4o"))));
    } else {
        Benchmark extra;
        extra.id = QStringLiteral("extra");
        extra.name = QStringLiteral("Extra");
        QVERIFY(source.insertBenchmark(0, extra));
    }
    QVERIFY(list.checkedIds().contains(QStringLiteral("extra")));
    QVERIFY(!list.checkedIds().contains(uncheck));
    source.setDataset(DatasetJson::builtIn());
    QCOMPARE(list.uncheckedIds(), QStringList{uncheck});
}

void TestChartPanel::selectionList_keepsOneChecked()
{
    DatasetModel source;
    source.setDataset(DatasetJson::builtIn());
    SelectionListModel list(SelectionListModel::Kind::Models, &source);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int r = 1; r < list.rowCount(); ++r)
        QVERIFY(list.setData(list.index(r), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!list.setData(list.index(0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(list.checkedIds(), QStringList{QStringLiteral("gpt-4o-mini")});
    list.setUncheckedIds({QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o"), QStringLiteral("gpt-3.5-turbo"),
                          QStringLiteral("gemini-1.5-flash"), QStringLiteral("claude-3-haiku-20240307")});
    QCOMPARE(list.checkedIds().size(), 1);
}

void TestChartPanel::panel_kindAndListsDriveTheChart()
{
    DatasetModel model;
    model.setDataset(DatasetJson::builtIn());
    ChartPanel panel(&model);
    QVERIFY(panel.chart()); // grouped bars by default
    QSignalSpy rebuilt(&panel, &ChartPanel::chartRebuilt);

    ChartSelector *selector = panel.selector();
    selector->setSpec(QStringLiteral("ranking:gpqa"));
    QVERIFY(rebuilt.wait(1000));
    QCOMPARE(panel.spec(), QStringLiteral("ranking:gpqa"));
    auto *ranking = qobject_cast<RankingChart *>(panel.currentChart());
    QVERIFY(ranking);
    QCOMPARE(ranking->rowTexts().first(), QStringLiteral("1. GPT-4o"));

    ModelSelection *models = selector->modelList();
    QVERIFY(models->setData(models->index(4), Qt::Unchecked, Qt::CheckStateRole)); // GPT-4o
    QVERIFY(rebuilt.wait(1000));
    ranking = qobject_cast<RankingChart *>(panel.currentChart());
    QCOMPARE(ranking->rowTexts().first(), QStringLiteral("1. GPT-4o mini"));
    QCOMPARE(ranking->rowTexts().size(), 4);

    selector->setSpec(QStringLiteral("value"));
    QVERIFY(rebuilt.wait(1000));
    QVERIFY(qobject_cast<ValueChart *>(panel.currentChart()));
    QVERIFY(!selector->kindBox()->currentText().isEmpty());
}

void TestChartPanel::panel_legendClickHidesAndShows()
{
    DatasetModel model;
    model.setDataset(DatasetJson::builtIn());
    ChartPanel panel(&model);
    QSignalSpy rebuilt(&panel, &ChartPanel::chartRebuilt);
    emit panel.chart()->legend()->markers().first()->clicked();
    QVERIFY(rebuilt.wait(1000));
    QCOMPARE(panel.options().hiddenModelIds, QStringList{QStringLiteral("gpt-4o-mini")});
    QCOMPARE(panel.chart()->valueLabelTexts().size(), 32);
    emit panel.chart()->legend()->markers().first()->clicked();
    QVERIFY(rebuilt.wait(1000));
    QVERIFY(panel.options().hiddenModelIds.isEmpty());
    QCOMPARE(panel.chart()->valueLabelTexts().size(), 40);
}

void TestChartPanel::panel_themeAndExport()
{
    DatasetModel model;
    model.setDataset(DatasetJson::builtIn());
    ChartPanel panel(&model);
    panel.resize(900, 500);
    panel.setThemeMode(ChartPanel::ThemeMode::Dark);
    QCOMPARE(panel.effectiveTheme(), ChartTheme::Dark);
    QVERIFY(panel.currentChart()->backgroundBrush().color().lightnessF() < 0.3);
    panel.setThemeMode(ChartPanel::ThemeMode::Light);
    QVERIFY(panel.currentChart()->backgroundBrush().color().lightnessF() > 0.9);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("panel.png"));
    const auto written = panel.exportChart(path, QSize(1000, 600), 1.5);
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(QImage(path).size(), QSize(1500, 900));
    QVERIFY(!panel.exportChart(dir.filePath(QStringLiteral("panel.tiff")), QSize(1000, 600), 1.0));
    QVERIFY(!panel.renderForClipboard().isNull());
}

void TestChartPanel::mainWindow_exportCopyAndThemeActions()
{
    DatasetModel model;
    model.setDataset(DatasetJson::builtIn());
    {
        DatasetDocument document(&model);
        trial::TrialService trials(&model);
        MainWindow window(&document, &trials);
        auto *exportAction = window.findChild<QAction *>(QStringLiteral("exportChartAction"));
        QVERIFY(exportAction);
        QCOMPARE(exportAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
        auto *copyAction = window.findChild<QAction *>(QStringLiteral("copyChartAction"));
        QVERIFY(copyAction);
        QCOMPARE(copyAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+C")));
        copyAction->trigger();
        QVERIFY(!QGuiApplication::clipboard()->image().isNull());

        QAction *dark = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            if (!menu->menu())
                continue;
            for (QAction *a : menu->menu()->actions()) {
                if (a->menu() && a->menu()->actions().size() == 3)
                    dark = a->menu()->actions().at(2);
            }
        }
        QVERIFY(dark);
        dark->trigger();
        QCOMPARE(window.chartPanel()->effectiveTheme(), ChartTheme::Dark);
    }
    // Remembered for the next session.
    DatasetDocument againDocument(&model);
    trial::TrialService againTrials(&model);
    MainWindow again(&againDocument, &againTrials);
    QCOMPARE(again.chartPanel()->themeMode(), ChartPanel::ThemeMode::Dark);
}

QTEST_MAIN(TestChartPanel)
#include "tst_chartpanel.moc"
