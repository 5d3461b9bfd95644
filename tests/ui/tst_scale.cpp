#include "charts/chartfactory.h"
#include "charts/chartstyle.h"
#include "charts/costbarchart.h"
#include "charts/modelchart.h"
#include "charts/rankingchart.h"
#include "charts/valuechart.h"
#include "common/generateddataset.h"
#include "core/costfilterproxy.h"
#include "core/costtablemodel.h"
#include "core/datasetdocument.h"
#include "core/datasetmodel.h"
#include "core/modelfilterproxy.h"
#include "core/modelselection.h"
#include "trial/trialservice.h"
#include "ui/calculatorpanel.h"
#include "ui/chartpanel.h"
#include "ui/mainwindow.h"
#include "ui/modellistpanel.h"
#include "ui/modelpicker.h"
#include "ui/trialcolumn.h"
#include "ui/trialpanel.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace md;

// Every view with the data people import: 3,000 models, a few hundred with scores.
class TestScale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void chart_neverHoldsMoreThanItsCapacity_data();
    void chart_neverHoldsMoreThanItsCapacity();
    void value_missingInOneLine();
    void selection_reachesChartCalculatorAndTrials();
    void legend_andListStayInStep();
    void costTable_sortsAndFilters();
    void summary_namesThreeCheapestAndCountsTheRest();
    void modelList_searchStatusAndTop();
    void picker_searchesThousands();

private:
    DatasetModel m_model;
};

void TestScale::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_model.setDataset(testdata::generatedDataset(3000));
}

void TestScale::chart_neverHoldsMoreThanItsCapacity_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QSize>("size");
    for (const char *spec : {"grouped", "ranking:mmlu", "value", "cost"}) {
        for (const QSize size : {QSize(1200, 700), QSize(700, 450), QSize(2400, 1600)})
            QTest::addRow("%s %dx%d", spec, size.width(), size.height()) << QString::fromLatin1(spec) << size;
    }
}

void TestScale::chart_neverHoldsMoreThanItsCapacity()
{
    QFETCH(QString, spec);
    QFETCH(QSize, size);
    ChartOptions options;
    options.size = size;
    if (spec == QLatin1String("value"))
        options.benchmarkIds = {QStringLiteral("mmlu")};          // no generated model reports all eight
    auto created = ChartFactory::create(spec, &m_model, options); // all 3,000 models asked for
    QVERIFY2(created, qPrintable(created.error()));
    auto *chart = qobject_cast<ModelChart *>(created.value().get());
    QVERIFY(chart);
    const ChartStyle::Layout layout = spec == QLatin1String("value")     ? ChartStyle::Layout::Points
                                      : spec == QLatin1String("grouped") ? ChartStyle::Layout::GroupedBars
                                                                         : ChartStyle::Layout::Rows;
    const int capacity = ChartStyle::capacity(layout, size, spec == QLatin1String("grouped") ? 8 : 1);
    QVERIFY(chart->shownCount() > 0);
    QVERIFY2(chart->shownCount() <= capacity, qPrintable(QString::number(chart->shownCount())));
    QVERIFY(chart->totalCount() > chart->shownCount());
    // What is drawn is what is counted: one bar set or scatter series per model (and a frontier line, and the
    // ranking's one set of all its rows).
    int drawnModels = 0;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            const QList<QBarSet *> sets = bars->barSets();
            drawnModels += int(std::count_if(sets.cbegin(), sets.cend(), [](const QBarSet *set) {
                return !ModelChart::taggedModel(set).isEmpty();
            }));
        } else if (!ModelChart::taggedModel(s).isEmpty())
            ++drawnModels;
    }
    QCOMPARE(drawnModels, chart->shownCount());
    const QString note = QStringLiteral("Showing %1 of %2 models — narrow the selection")
                             .arg(QLocale().toString(chart->shownCount()), QLocale().toString(chart->totalCount()));
    QCOMPARE(chart->capacityNote(), note);
    QVERIFY2(chart->title().contains(note), qPrintable(chart->title()));
    if (auto *ranking = qobject_cast<RankingChart *>(chart)) {
        // Only models with a score, best first; no n/a rows when the list is capped.
        QVERIFY(!ranking->valueLabelTexts().contains(QStringLiteral("n/a")));
        QVERIFY(ranking->rowTexts().constFirst().startsWith(QLatin1String("1. ")));
    }
}

void TestScale::value_missingInOneLine()
{
    ValueChart chart(&m_model);
    QVERIFY2(chart.missingNote().contains(QRegularExpression(QStringLiteral("^[0-9,]+ model(s|\\(s\\))? lack"))),
             qPrintable(chart.missingNote()));
    QVERIFY(!chart.missingNote().contains(QLatin1String("(no ")));
    QVERIFY(chart.plottedModelIds().contains(QStringLiteral("gpt-4o"))); // the launch models still show
}

void TestScale::selection_reachesChartCalculatorAndTrials()
{
    DatasetDocument document(&m_model);
    trial::TrialService trialService(&m_model);
    MainWindow window(&document, &trialService);
    ModelSelection *selection = window.modelSelection();
    int scored = 0;
    for (const ModelInfo &m : m_model.dataset().models)
        scored += m.scores.isEmpty() ? 0 : 1;
    QCOMPARE(selection->selectedCount(), scored); // not all 3,000
    QCOMPARE(window.chartPanel()->options().modelIds.size(), scored);
    QCOMPARE(window.calculatorPanel()->tableProxy()->rowCount(), scored);
    // The Trials page holds the side-by-side panel and the Arena as two modes.
    auto *trials = window.pages()->widget(2)->findChild<TrialPanel *>();
    QVERIFY(trials);
    const QString gpt4o = QStringLiteral("OpenAI\ngpt-4o");
    QVERIFY(trials->column(0)->modelBox()->findData(gpt4o) >= 0);

    QSignalSpy rebuilt(window.chartPanel(), &ChartPanel::chartRebuilt);
    selection->setSelected(QStringLiteral("gpt-4o"), false);
    QVERIFY(rebuilt.wait(2000));
    QVERIFY(!window.chartPanel()->options().modelIds.contains(QStringLiteral("gpt-4o")));
    QCOMPARE(window.calculatorPanel()->tableProxy()->rowCount(), scored - 1);
    QVERIFY(!window.calculatorPanel()->chart()->modelIds().contains(QStringLiteral("gpt-4o")));
    QCOMPARE(trials->column(0)->modelBox()->findData(gpt4o), -1);
    selection->setSelected(QStringLiteral("gpt-4o"), true);
    QVERIFY(trials->column(0)->modelBox()->findData(gpt4o) >= 0);
}

void TestScale::legend_andListStayInStep()
{
    DatasetModel model;
    model.setDataset(testdata::generatedDataset(3000));
    ChartPanel panel(&model);
    QAbstractItemModelTester tester(panel.selection(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *chart = qobject_cast<ModelChart *>(panel.currentChart());
    QVERIFY(chart);
    QSignalSpy rebuilt(&panel, &ChartPanel::chartRebuilt);
    const QString first = panel.options().modelIds.constFirst();
    emit chart->modelToggled(first); // a legend click
    QVERIFY(rebuilt.wait(2000));
    QVERIFY(!panel.selection()->isSelected(first));
    QCOMPARE(panel.options().hiddenModelIds, QStringList{first});
    panel.selection()->setSelected(first, true); // ticked again in the list
    QVERIFY(rebuilt.wait(2000));
    QVERIFY(panel.options().hiddenModelIds.isEmpty());
}

void TestScale::costTable_sortsAndFilters()
{
    CalculatorPanel panel(&m_model);
    ModelSelection selection(&m_model);
    panel.costModel()->setSelection(&selection);
    selection.selectAll();
    CostFilterProxy *proxy = panel.tableProxy();
    QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy->rowCount(), 3000);
    for (int column = 0; column < CostTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            panel.table()->sortByColumn(column, order);
            bool seenNa = false;
            for (int r = 1; r < proxy->rowCount(); ++r) {
                const QModelIndex a = proxy->index(r - 1, column);
                const QModelIndex b = proxy->index(r, column);
                if (column == CostTableModel::ModelColumn || column == CostTableModel::NotesColumn)
                    continue;
                const QVariant va = a.data(CostTableModel::MoneyUnitsRole);
                const QVariant vb = b.data(CostTableModel::MoneyUnitsRole);
                if (order == Qt::AscendingOrder) { // figures first, rising; n/a after them
                    seenNa = seenNa || !va.isValid();
                    QVERIFY2(!seenNa || !vb.isValid(),
                             qPrintable(QStringLiteral("column %1 row %2").arg(column).arg(r)));
                    if (va.isValid() && vb.isValid())
                        QVERIFY(va.toDouble() <= vb.toDouble());
                } else if (va.isValid() && vb.isValid()) {
                    QVERIFY(va.toDouble() >= vb.toDouble());
                }
            }
        }
    }
    panel.table()->sortByColumn(CostTableModel::PerMonthColumn, Qt::AscendingOrder);
    QCOMPARE(proxy->index(0, CostTableModel::PerMonthColumn).data().toString(), QStringLiteral("free"));
    QCOMPARE(proxy->index(proxy->rowCount() - 1, CostTableModel::PerMonthColumn).data().toString(),
             QStringLiteral("n/a"));
    // The same search as the models list: every word, over name, id, vendor and provider.
    panel.searchBox()->setText(QStringLiteral("groq 13"));
    QVERIFY(proxy->rowCount() > 0);
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QString id = proxy->index(r, 0).data(CostTableModel::ModelIdRole).toString();
        QVERIFY2(id.startsWith(QLatin1String("groq/")) && id.contains(QLatin1String("13")), qPrintable(id));
    }
    panel.searchBox()->clear();
    selection.setSelectedIds({QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini")});
    QCOMPARE(proxy->rowCount(), 2);
    QCOMPARE(panel.chart()->modelIds().size(), 2);
    QVERIFY(panel.columnsButton()->isVisible() || !panel.isVisible());
}

void TestScale::summary_namesThreeCheapestAndCountsTheRest()
{
    ModelSelection selection(&m_model);
    CalculatorPanel panel(&selection);
    selection.selectAll();
    int free = 0;
    for (const CostRow &row : panel.costModel()->rows())
        free += CostTableModel::isFree(row) ? 1 : 0;
    QVERIFY(free > 3);
    const QString summary = panel.summaryText();
    QVERIFY2(summary.contains(QStringLiteral("and %1 more at the same price, free.").arg(free - 3)),
             qPrintable(summary));
    QCOMPARE(summary.count(QLatin1String("<b>")), 3);
    // The chart follows the selection and counts what it leaves out.
    QCOMPARE(panel.chart()->modelIds().size(), CostBarChart::MaxBars);
    QVERIFY(panel.chart()->title().contains(QLatin1String("of 3,000 models")));
}

void TestScale::modelList_searchStatusAndTop()
{
    ModelSelection selection(&m_model);
    ModelListPanel list(&selection);
    QVERIFY2(list.statusLabel()->text().startsWith(QLatin1String("433 of 3,000 models selected")),
             qPrintable(list.statusLabel()->text()));
    list.searchBox()->setText(QStringLiteral("mistral"));
    QTRY_VERIFY(list.filter()->rowCount() < 3000);
    for (const QString &id : list.filter()->shownIds())
        QVERIFY2(id.startsWith(QLatin1String("mistral/")), qPrintable(id));
    list.selectNone();
    QCOMPARE(selection.selectedCount(), 0);
    list.selectShown();
    QCOMPARE(selection.selectedIds(), list.filter()->shownIds());
    list.selectTop(5, QStringLiteral("mmlu"));
    QCOMPARE(selection.selectedCount(), 5);
    list.saveSelection(QStringLiteral("My shortlist"));
    QCOMPARE(list.savedNames(), QStringList{QStringLiteral("My shortlist")});
    const QStringList saved = selection.selectedIds();
    selection.clear();
    QVERIFY(list.restoreSelection(QStringLiteral("My shortlist")));
    QCOMPARE(selection.selectedIds(), saved);
}

void TestScale::picker_searchesThousands()
{
    ModelPicker picker(&m_model, true);
    QCOMPARE(picker.count(), 3001); // "None" and every model, without a copy of them
    QVERIFY(picker.setCurrentId(QStringLiteral("gpt-4o")));
    picker.showPopup();
    picker.searchField()->setText(QStringLiteral("Model Groq 13"));
    auto *list = picker.findChild<QListView *>();
    QVERIFY(list);
    QVERIFY(list->model()->rowCount() > 0 && list->model()->rowCount() < 100);
    emit list->activated(list->model()->index(0, 0));
    QVERIFY(picker.currentId().startsWith(QLatin1String("groq/")));
}

QTEST_MAIN(TestScale)
#include "tst_scale.moc"
