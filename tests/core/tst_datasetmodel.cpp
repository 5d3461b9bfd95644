#include "core/costtablemodel.h"
#include "core/datasetjson.h"
#include "core/datasetmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace md;

class TestDatasetModel : public QObject
{
    Q_OBJECT

private slots:
    void layout_oneRowPerModelOneColumnPerBenchmark();
    void missingScore_isNaNotZero();
    void editScore_emitsOneCellChange();
    void editScore_refusesOutOfRange_data();
    void editScore_refusesOutOfRange();
    void editPrice_updatesNewestEntry();
    void structure_insertAndRemove();
    void costTable_followsPriceEdits();
    void costTable_highlightsCheapest();
};

void TestDatasetModel::layout_oneRowPerModelOneColumnPerBenchmark()
{
    DatasetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDataset(DatasetJson::builtIn());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), DatasetModel::ColumnCount + 8);
    const int mmlu = model.columnForBenchmark(QStringLiteral("mmlu"));
    QCOMPARE(model.headerData(mmlu, Qt::Horizontal).toString(), QStringLiteral("MMLU"));
    const int mini = model.rowForModel(QStringLiteral("gpt-4o-mini"));
    QCOMPARE(model.index(mini, mmlu).data(DatasetModel::NumericRole).toDouble(), 82.0);
    QCOMPARE(model.index(mini, DatasetModel::InputPriceColumn).data(DatasetModel::NumericRole).toDouble(), 0.15);
    QCOMPARE(model.index(mini, DatasetModel::NameColumn).data().toString(), QStringLiteral("GPT-4o mini"));
}

void TestDatasetModel::missingScore_isNaNotZero()
{
    DatasetModel model;
    model.setDataset(DatasetJson::builtIn());
    const QModelIndex cell = model.index(model.rowForModel(QStringLiteral("gpt-3.5-turbo")),
                                         model.columnForBenchmark(QStringLiteral("mmmu")));
    QCOMPARE(cell.data().toString(), QStringLiteral("n/a"));
    QVERIFY(!cell.data(DatasetModel::NumericRole).isValid());
    QVERIFY(cell.data(DatasetModel::IsMissingRole).toBool());
}

void TestDatasetModel::editScore_emitsOneCellChange()
{
    DatasetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDataset(DatasetJson::builtIn());
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex cell = model.index(0, model.columnForBenchmark(QStringLiteral("gpqa")));
    QVERIFY(model.setData(cell, 41.5));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toModelIndex(), cell);
    QCOMPARE(cell.data().toString(), QStringLiteral("41.5"));
    // Clearing a score makes it n/a again.
    QVERIFY(model.setData(cell, QString()));
    QCOMPARE(cell.data().toString(), QStringLiteral("n/a"));
}

void TestDatasetModel::editScore_refusesOutOfRange_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addRow("over 100") << QVariant(100.5);
    QTest::addRow("negative") << QVariant(-1.0);
    QTest::addRow("text") << QVariant(QStringLiteral("abc"));
}

void TestDatasetModel::editScore_refusesOutOfRange()
{
    QFETCH(QVariant, value);
    DatasetModel model;
    model.setDataset(DatasetJson::builtIn());
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex cell = model.index(0, model.columnForBenchmark(QStringLiteral("mmlu")));
    QVERIFY(!model.setData(cell, value));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(cell.data(DatasetModel::NumericRole).toDouble(), 82.0);
}

void TestDatasetModel::editPrice_updatesNewestEntry()
{
    DatasetModel model;
    model.setDataset(DatasetJson::builtIn());
    const int flash = model.rowForModel(QStringLiteral("gemini-1.5-flash"));
    QVERIFY(model.setData(model.index(flash, DatasetModel::InputPriceColumn), 0.1));
    const ModelInfo &m = model.dataset().models[size_t(flash)];
    QCOMPARE(*m.currentPrice()->input, 100'000);
    QCOMPARE(*m.prices.front().input, 350'000); // history untouched
}

void TestDatasetModel::structure_insertAndRemove()
{
    DatasetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDataset(DatasetJson::builtIn());
    ModelInfo extra;
    extra.id = QStringLiteral("llama-3-8b");
    extra.name = QStringLiteral("Llama 3 8B");
    QVERIFY(model.insertModel(5, extra));
    QVERIFY(!model.insertModel(0, extra)); // duplicate id
    QCOMPARE(model.rowCount(), 6);
    Benchmark ifeval;
    ifeval.id = QStringLiteral("ifeval");
    ifeval.name = QStringLiteral("IFEval");
    QVERIFY(model.insertBenchmark(0, ifeval));
    QCOMPARE(model.columnCount(), DatasetModel::ColumnCount + 9);
    QVERIFY(model.setScore(5, QStringLiteral("ifeval"), 70.0));
    QVERIFY(model.removeBenchmark(0));
    QVERIFY(!model.dataset().models[5].score(QStringLiteral("ifeval")));
    QVERIFY(model.removeModel(5));
    QCOMPARE(model.rowCount(), 5);
}

void TestDatasetModel::costTable_followsPriceEdits()
{
    DatasetModel model;
    model.setDataset(DatasetJson::builtIn());
    CostTableModel costs(&model);
    QAbstractItemModelTester tester(&costs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Workload w;
    w.inputTokens = 1'000'000;
    w.outputTokens = 0;
    w.requests = 1;
    costs.setWorkload(w);
    const int mini = model.rowForModel(QStringLiteral("gpt-4o-mini"));
    QCOMPARE(costs.rows()[size_t(mini)].total.roundedCents(), 15);
    QSignalSpy spy(&costs, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(mini, DatasetModel::InputPriceColumn), 0.30));
    QVERIFY(spy.count() >= 1);
    QCOMPARE(costs.rows()[size_t(mini)].total.roundedCents(), 30);
    QVERIFY(model.removeModel(0));
    QCOMPARE(costs.rowCount(), 4);
}

void TestDatasetModel::costTable_highlightsCheapest()
{
    DatasetModel model;
    model.setDataset(DatasetJson::builtIn());
    CostTableModel costs(&model);
    const int cheapest = costs.cheapestRow();
    QVERIFY(cheapest >= 0);
    QVERIFY(costs.index(cheapest, 0).data(CostTableModel::IsCheapestRole).toBool());
    for (int r = 0; r < costs.rowCount(); ++r)
        QVERIFY(costs.rows()[size_t(cheapest)].total <= costs.rows()[size_t(r)].total);
}

QTEST_GUILESS_MAIN(TestDatasetModel)
#include "tst_datasetmodel.moc"
