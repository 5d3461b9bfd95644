#include "charts/groupedbarchart.h"
#include "core/costtablemodel.h"
#include "core/datasetdocument.h"
#include "core/datasetjson.h"
#include "core/datasetmodel.h"
#include "trial/trialservice.h"
#include "ui/calculatorpanel.h"
#include "ui/chartpanel.h"
#include "ui/mainwindow.h"
#include "ui/workloadeditor.h"

#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace md;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void chart_showsLaunchFiguresWithNa();
    void chart_followsScoreEdit();
    void calculator_followsPriceEditAndWorkload();
    void openDataset_badFileKeepsData();
    void firstStart_windowFitsTheScreen();

private:
    static QBarSet *setNamed(GroupedBarChart *chart, const QString &name)
    {
        const auto series = qobject_cast<QBarSeries *>(chart->series().constFirst());
        for (QBarSet *set : series->barSets())
            if (set->label() == name)
                return set;
        return nullptr;
    }
};

void TestMainWindow::chart_showsLaunchFiguresWithNa()
{
    DatasetModel model;
    model.setDataset(DatasetJson::builtIn());
    DatasetDocument document(&model);
    trial::TrialService trials(&model);
    MainWindow window(&document, &trials);
    window.resize(1280, 860); // room for all five models' bars (the first size follows the offscreen screen)
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    GroupedBarChart *chart = window.chartPanel()->chart();
    QBarSet *mini = setNamed(chart, QStringLiteral("GPT-4o mini"));
    QVERIFY(mini);
    QCOMPARE(mini->count(), 8);
    QCOMPARE(mini->at(0), 82.0);
    const QStringList labels = chart->valueLabelTexts();
    QCOMPARE(labels.size(), 40);
    QVERIFY(labels.contains(QStringLiteral("82.0")));
    QCOMPARE(labels.count(QStringLiteral("n/a")), 2);
    QVERIFY(!labels.contains(QStringLiteral("0.0")));
}

void TestMainWindow::chart_followsScoreEdit()
{
    DatasetModel model;
    model.setDataset(DatasetJson::builtIn());
    DatasetDocument document(&model);
    trial::TrialService trials(&model);
    MainWindow window(&document, &trials);
    const int row = model.rowForModel(QStringLiteral("gpt-4o-mini"));
    QVERIFY(model.setData(model.index(row, model.columnForBenchmark(QStringLiteral("mmlu"))), 90.5));
    QTRY_COMPARE(setNamed(window.chartPanel()->chart(), QStringLiteral("GPT-4o mini"))->at(0), 90.5);
    QTRY_VERIFY(window.chartPanel()->chart()->valueLabelTexts().contains(QStringLiteral("90.5")));
}

void TestMainWindow::calculator_followsPriceEditAndWorkload()
{
    DatasetModel model;
    model.setDataset(DatasetJson::builtIn());
    DatasetDocument document(&model);
    trial::TrialService trials(&model);
    MainWindow window(&document, &trials);
    CalculatorPanel *calc = window.calculatorPanel();
    calc->inputTokensBox()->setValue(0);
    calc->outputTokensBox()->setValue(1'000'000);
    calc->requestsBox()->setValue(1);
    calc->workloadEditor()->periodBox()->setCurrentIndex(
        calc->workloadEditor()->periodBox()->findData(int(Workload::Period::Month)));
    CostTableModel *costs = calc->costModel();
    const int row = model.rowForModel(QStringLiteral("gpt-4o-mini"));
    QCOMPARE(costs->index(row, CostTableModel::PerMonthColumn).data().toString(), QStringLiteral("$0.60"));
    QVERIFY(model.setData(model.index(row, DatasetModel::OutputPriceColumn), 1.2));
    QCOMPARE(costs->index(row, CostTableModel::PerMonthColumn).data().toString(), QStringLiteral("$1.20"));
    calc->requestsBox()->setValue(10);
    QCOMPARE(costs->index(row, CostTableModel::PerMonthColumn).data().toString(), QStringLiteral("$12.00"));
}

void TestMainWindow::openDataset_badFileKeepsData()
{
    DatasetModel model;
    model.setDataset(DatasetJson::builtIn());
    DatasetDocument document(&model);
    trial::TrialService trials(&model);
    MainWindow window(&document, &trials);
    const Dataset before = model.dataset();
    // The warning dialog is modal; close it as soon as it appears.
    QTimer::singleShot(0, this, [] {
        if (QWidget *w = QApplication::activeModalWidget())
            w->close();
    });
    QVERIFY(!window.openDataset(QStringLiteral(MODELDESK_TEST_DATA "/does-not-exist.json")));
    QVERIFY(model.dataset() == before);
}

void TestMainWindow::firstStart_windowFitsTheScreen()
{
    QSettings().remove(QStringLiteral("window")); // no saved geometry: a first start
    DatasetModel model;
    model.setDataset(DatasetJson::builtIn());
    DatasetDocument document(&model);
    trial::TrialService trials(&model);
    MainWindow window(&document, &trials);
    const QSize room = window.screen()->availableGeometry().size();
    QVERIFY2(window.width() <= room.width() && window.height() <= room.height(),
             qPrintable(QStringLiteral("%1x%2 on %3x%4")
                            .arg(window.width())
                            .arg(window.height())
                            .arg(room.width())
                            .arg(room.height())));
    // And the window can be that small: nothing in it asks for more (scroll areas and splitters give way).
    const QSize least = window.minimumSizeHint();
    QVERIFY2(least.width() <= 1024 && least.height() <= 700,
             qPrintable(QStringLiteral("%1x%2").arg(least.width()).arg(least.height())));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
