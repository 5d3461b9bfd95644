#include "core/costtablemodel.h"
#include "core/datasetjson.h"
#include "core/datasetmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace md;

// The calculator's table follows the shared model: every edit there shows here at once.
class TestCostTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void display_launchFigures_data();
    void display_launchFigures();
    void priceEdit_updatesRowAtOnce_data();
    void priceEdit_updatesRowAtOnce();
    void baseline_saysRatioInWords();
    void cheapest_followsEdits();
    void perPoint_followsBenchmarkAndScoreEdits();
    void warnings_markRowsThatExceedLimits();
    void unpricedModel_showsNa();
    void structureChanges_reset();

private:
    const QLocale m_en{QLocale::English, QLocale::UnitedStates};
    std::unique_ptr<DatasetModel> m_model;
    std::unique_ptr<CostTableModel> m_costs;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int row(const char *id) const { return m_model->rowForModel(QString::fromLatin1(id)); }
    QString text(const char *id, int column) const { return m_costs->index(row(id), column).data().toString(); }
};

void TestCostTableModel::init()
{
    QLocale::setDefault(m_en);
    m_model = std::make_unique<DatasetModel>();
    m_costs = std::make_unique<CostTableModel>(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_costs.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setDataset(DatasetJson::builtIn());
    Workload w;
    w.inputTokens = 1'000'000;
    w.outputTokens = 1'000'000;
    w.requests = 1;
    m_costs->setWorkload(w);
}

void TestCostTableModel::cleanup()
{
    m_tester.reset();
    m_costs.reset();
    m_model.reset();
}

void TestCostTableModel::display_launchFigures_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addRow("mini per month") << QByteArray("gpt-4o-mini") << int(CostTableModel::PerMonthColumn)
                                    << QStringLiteral("$0.75");
    QTest::addRow("mini output") << QByteArray("gpt-4o-mini") << int(CostTableModel::OutputColumn)
                                 << QStringLiteral("$0.60");
    QTest::addRow("mini blended") << QByteArray("gpt-4o-mini") << int(CostTableModel::BlendedColumn)
                                  << QStringLiteral("$0.375");
    QTest::addRow("turbo per day") << QByteArray("gpt-3.5-turbo") << int(CostTableModel::PerDayColumn)
                                   << QStringLiteral("$0.07");
    QTest::addRow("4o vs cheapest") << QByteArray("gpt-4o") << int(CostTableModel::VsCheapestColumn)
                                    << QStringLiteral("26.7×");
    // At 1M prompt tokens Flash is on its upper tier and ties with GPT-4o mini: both are cheapest.
    QTest::addRow("flash ties") << QByteArray("gemini-1.5-flash") << int(CostTableModel::VsCheapestColumn)
                                << QStringLiteral("cheapest");
    QTest::addRow("mini ties") << QByteArray("gpt-4o-mini") << int(CostTableModel::VsCheapestColumn)
                               << QStringLiteral("cheapest");
    QTest::addRow("no baseline") << QByteArray("gpt-4o") << int(CostTableModel::VsBaselineColumn)
                                 << QStringLiteral("n/a");
}

void TestCostTableModel::display_launchFigures()
{
    QFETCH(QByteArray, model);
    QFETCH(int, column);
    QFETCH(QString, text);
    QCOMPARE(this->text(model.constData(), column), text);
}

void TestCostTableModel::priceEdit_updatesRowAtOnce_data()
{
    QTest::addColumn<int>("priceColumn");
    QTest::addColumn<bool>("batch");
    QTest::addColumn<double>("dollars");
    QTest::addColumn<QString>("perMonth");
    QTest::addRow("output") << int(DatasetModel::OutputPriceColumn) << false << 1.2 << QStringLiteral("$1.35");
    QTest::addRow("input") << int(DatasetModel::InputPriceColumn) << false << 0.5 << QStringLiteral("$1.10");
    QTest::addRow("batch output") << int(DatasetModel::BatchOutputPriceColumn) << true << 0.1
                                  << QStringLiteral("$0.175");
}

void TestCostTableModel::priceEdit_updatesRowAtOnce()
{
    QFETCH(int, priceColumn);
    QFETCH(bool, batch);
    QFETCH(double, dollars);
    QFETCH(QString, perMonth);
    Workload w = m_costs->workload();
    w.batch = batch;
    m_costs->setWorkload(w);
    QSignalSpy changed(m_costs.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy costs(m_costs.get(), &CostTableModel::costsChanged);
    const int mini = row("gpt-4o-mini");
    QVERIFY(m_model->setData(m_model->index(mini, priceColumn), dollars));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(costs.count(), 1);
    // Batch figures of one request are under a cent: compare the exact amount.
    if (batch)
        QCOMPARE(QStringLiteral("$") + m_costs->rows()[size_t(mini)].perMonth.toExactString(), perMonth);
    else
        QCOMPARE(text("gpt-4o-mini", CostTableModel::PerMonthColumn), perMonth);
}

void TestCostTableModel::baseline_saysRatioInWords()
{
    m_costs->setBaselineModelId(QStringLiteral("gpt-3.5-turbo"));
    QCOMPARE(m_costs->baselineRow(), row("gpt-3.5-turbo"));
    QCOMPARE(m_costs->baselineSentence(row("gpt-4o-mini")),
             QStringLiteral("GPT-4o mini costs 62.5% less than GPT-3.5 Turbo for this workload"));
    QCOMPARE(text("gpt-4o-mini", CostTableModel::VsBaselineColumn), QStringLiteral("62.5% less"));
    QCOMPARE(text("gpt-3.5-turbo", CostTableModel::VsBaselineColumn), QStringLiteral("baseline"));
    QCOMPARE(text("gpt-4o", CostTableModel::VsBaselineColumn), QStringLiteral("10×"));
    QVERIFY(m_costs->index(row("gpt-3.5-turbo"), 0).data(CostTableModel::IsBaselineRole).toBool());
    // Input only: the launch's "70% cheaper".
    Workload w = m_costs->workload();
    w.outputTokens = 0;
    m_costs->setWorkload(w);
    QCOMPARE(text("gpt-4o-mini", CostTableModel::VsBaselineColumn), QStringLiteral("70% less"));
    m_costs->setBaselineModelId(QStringLiteral("no-such-model"));
    QCOMPARE(m_costs->baselineRow(), -1);
    QVERIFY(m_costs->baselineSentence(row("gpt-4o-mini")).isEmpty());
}

void TestCostTableModel::cheapest_followsEdits()
{
    const int flash = row("gemini-1.5-flash");
    QVERIFY(m_costs->isCheapest(flash));
    QVERIFY(m_costs->isCheapest(row("gpt-4o-mini")));
    QVERIFY(!m_costs->isCheapest(row("gpt-4o")));
    const int haiku = row("claude-3-haiku-20240307");
    QVERIFY(m_model->setData(m_model->index(haiku, DatasetModel::InputPriceColumn), 0.01));
    QVERIFY(m_model->setData(m_model->index(haiku, DatasetModel::OutputPriceColumn), 0.01));
    QCOMPARE(m_costs->cheapestRow(), haiku);
    QVERIFY(m_costs->index(haiku, CostTableModel::PerMonthColumn).data(CostTableModel::IsCheapestRole).toBool());
    QVERIFY(!m_costs->index(flash, 0).data(CostTableModel::IsCheapestRole).toBool());
}

void TestCostTableModel::perPoint_followsBenchmarkAndScoreEdits()
{
    QSignalSpy header(m_costs.get(), &QAbstractItemModel::headerDataChanged);
    m_costs->setBenchmarkId(QStringLiteral("mmlu"));
    QVERIFY(header.count() >= 1);
    QCOMPARE(m_costs->headerData(CostTableModel::PerPointColumn, Qt::Horizontal).toString(),
             QStringLiteral("Per MMLU point / month"));
    // $0.75 a month / 82.0 points.
    QCOMPARE(m_costs->perScorePoint(row("gpt-4o-mini"))->toExactString(), QStringLiteral("0.0091463414634146"));
    QCOMPARE(text("gpt-4o-mini", CostTableModel::PerPointColumn), QStringLiteral("$0.0091"));
    QVERIFY(m_model->setScore(row("gpt-4o-mini"), QStringLiteral("mmlu"), 75.0));
    QCOMPARE(text("gpt-4o-mini", CostTableModel::PerPointColumn), QStringLiteral("$0.01"));
    m_costs->setBenchmarkId(QStringLiteral("mmmu"));
    QCOMPARE(text("gpt-3.5-turbo", CostTableModel::PerPointColumn), QStringLiteral("n/a")); // not reported
    QVERIFY(m_model->removeBenchmark(m_model->dataset().benchmarkIndex(QStringLiteral("mmmu"))));
    QCOMPARE(text("gpt-4o-mini", CostTableModel::PerPointColumn), QStringLiteral("n/a"));
}

void TestCostTableModel::warnings_markRowsThatExceedLimits()
{
    Workload w = m_costs->workload();
    w.inputTokens = 200'000;
    w.outputTokens = 5'000;
    m_costs->setWorkload(w);
    for (const char *id : {"gpt-4o-mini", "gpt-3.5-turbo", "gpt-4o", "claude-3-haiku-20240307"})
        QVERIFY2(m_costs->index(row(id), 0).data(CostTableModel::HasWarningRole).toBool(), id);
    QVERIFY(!m_costs->index(row("gemini-1.5-flash"), 0).data(CostTableModel::HasWarningRole).toBool());
    QVERIFY(text("gpt-4o-mini", CostTableModel::NotesColumn).contains(QLatin1String("128,000-token context window")));
    QVERIFY(text("gpt-4o", CostTableModel::NotesColumn).contains(QLatin1String("4,096-token maximum")));
    QVERIFY(text("gemini-1.5-flash", CostTableModel::NotesColumn).contains(QLatin1String("above 128,000 tokens")));
    // A bigger window in the shared model lifts the warning at once.
    QVERIFY(m_model->setData(m_model->index(row("gpt-4o-mini"), DatasetModel::ContextWindowColumn), 1'000'000));
    QVERIFY(!m_costs->index(row("gpt-4o-mini"), 0).data(CostTableModel::HasWarningRole).toBool());
}

void TestCostTableModel::unpricedModel_showsNa()
{
    const int mini = row("gpt-4o-mini");
    QVERIFY(m_model->setData(m_model->index(mini, DatasetModel::OutputPriceColumn), QString()));
    QCOMPARE(text("gpt-4o-mini", CostTableModel::PerMonthColumn), QStringLiteral("n/a"));
    QVERIFY(!m_costs->index(mini, 0).data(CostTableModel::PricedRole).toBool());
    QVERIFY(!m_costs->index(mini, CostTableModel::PerMonthColumn).data(CostTableModel::MoneyUnitsRole).isValid());
    QVERIFY(text("gpt-4o-mini", CostTableModel::NotesColumn).contains(QLatin1String("no input or output price")));
}

void TestCostTableModel::structureChanges_reset()
{
    QSignalSpy reset(m_costs.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_model->removeModel(0));
    QCOMPARE(m_costs->rowCount(), 4);
    ModelInfo extra;
    extra.id = QStringLiteral("free-model");
    extra.name = QStringLiteral("Free");
    QVERIFY(m_model->insertModel(0, extra));
    QCOMPARE(m_costs->rowCount(), 5);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(m_costs->index(0, CostTableModel::PerRequestColumn).data().toString(), QStringLiteral("n/a"));
}

QTEST_GUILESS_MAIN(TestCostTableModel)
#include "tst_costtablemodel.moc"
