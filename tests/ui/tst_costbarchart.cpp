#include "charts/costbarchart.h"
#include "core/costtablemodel.h"
#include "core/datasetjson.h"
#include "core/datasetmodel.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QTest>

using namespace md;

// The cost chart reads the calculator's table, which reads the shared model: no copy in between.
class TestCostBarChart : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bars_followTableOrderAndCosts();
    void priceEdit_movesBarAtOnce();
    void unpricedModel_isNaNotZero();
    void warningsAndCheapest_areMarked();
    void manyModels_showCheapestOnly();
    void subtitle_tokenCountsAreNotRounded_data();
    void subtitle_tokenCountsAreNotRounded();
    void render_lightAndDark_data();
    void render_lightAndDark();

private:
    std::unique_ptr<DatasetModel> m_model;
    std::unique_ptr<CostTableModel> m_costs;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<CostBarChart> m_chart;
    std::optional<double> valueOf(const QString &id) const
    {
        const int i = int(m_chart->modelIds().indexOf(id));
        return i < 0 ? std::nullopt : m_chart->values()[size_t(i)];
    }
};

void TestCostBarChart::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_model = std::make_unique<DatasetModel>();
    m_model->setDataset(DatasetJson::builtIn());
    m_costs = std::make_unique<CostTableModel>(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_costs.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    Workload w;
    w.inputTokens = 1'000'000;
    w.outputTokens = 1'000'000;
    w.requests = 1;
    m_costs->setWorkload(w);
    m_chart = std::make_unique<CostBarChart>(m_costs.get(), md::ChartTheme::Light);
    m_chart->resize(800, 500);
}

void TestCostBarChart::cleanup()
{
    m_chart.reset();
    m_tester.reset();
    m_costs.reset();
    m_model.reset();
}

void TestCostBarChart::bars_followTableOrderAndCosts()
{
    QStringList tableOrder;
    for (int r = 0; r < m_costs->rowCount(); ++r)
        tableOrder << m_costs->index(r, 0).data(CostTableModel::ModelIdRole).toString();
    QCOMPARE(m_chart->modelIds(), tableOrder);
    QCOMPARE(valueOf(QStringLiteral("gpt-4o-mini")), 0.75);
    QCOMPARE(valueOf(QStringLiteral("gpt-4o")), 20.0);
    // The axis reads top to bottom like the table (a category axis counts from the bottom).
    const auto axis = qobject_cast<QBarCategoryAxis *>(m_chart->axes(Qt::Vertical).constFirst());
    QVERIFY(axis);
    QCOMPARE(axis->categories().constLast(), QStringLiteral("GPT-4o mini"));
}

void TestCostBarChart::priceEdit_movesBarAtOnce()
{
    const int mini = m_model->rowForModel(QStringLiteral("gpt-4o-mini"));
    QVERIFY(m_model->setData(m_model->index(mini, DatasetModel::OutputPriceColumn), 1.2));
    QCOMPARE(valueOf(QStringLiteral("gpt-4o-mini")), 1.35);
    // 1M + 1M tokens are too long for GPT-4o mini: the label says so beside the amount.
    QCOMPARE(m_chart->valueLabelTexts()[m_chart->modelIds().indexOf(QStringLiteral("gpt-4o-mini"))],
             QStringLiteral("⚠ $1.35"));
    QVERIFY(m_chart->title().contains(QStringLiteral("⚠ request too long for the model")));
    Workload w = m_costs->workload();
    w.requests = 10;
    m_costs->setWorkload(w);
    QCOMPARE(valueOf(QStringLiteral("gpt-4o-mini")), 13.5);
}

void TestCostBarChart::unpricedModel_isNaNotZero()
{
    const int turbo = m_model->rowForModel(QStringLiteral("gpt-3.5-turbo"));
    QVERIFY(m_model->setData(m_model->index(turbo, DatasetModel::InputPriceColumn), QString()));
    QCOMPARE(valueOf(QStringLiteral("gpt-3.5-turbo")), std::nullopt);
    const QStringList labels = m_chart->valueLabelTexts();
    QCOMPARE(labels[m_chart->modelIds().indexOf(QStringLiteral("gpt-3.5-turbo"))], QStringLiteral("⚠ n/a"));
    QVERIFY(!labels.contains(QStringLiteral("$0.00")));
}

void TestCostBarChart::warningsAndCheapest_areMarked()
{
    Workload w = m_costs->workload();
    w.inputTokens = 10'000;
    w.outputTokens = 1'000;
    m_costs->setWorkload(w);
    const QStringList labels = m_chart->valueLabelTexts();
    // Flash: 10K * 0.075 + 1K * 0.30 per 1M tokens.
    QCOMPARE(labels[m_chart->modelIds().indexOf(QStringLiteral("gemini-1.5-flash"))],
             QStringLiteral("$0.00105 · cheapest"));
    for (const QString &label : labels)
        QVERIFY2(!label.startsWith(QStringLiteral("⚠")), qPrintable(label));
    w.inputTokens = 150'000;
    m_costs->setWorkload(w);
    QVERIFY(m_chart->valueLabelTexts()[m_chart->modelIds().indexOf(QStringLiteral("gpt-4o-mini"))].startsWith(
        QStringLiteral("⚠")));
}

void TestCostBarChart::manyModels_showCheapestOnly()
{
    Dataset data = DatasetJson::builtIn();
    for (int i = 0; i < 40; ++i) {
        ModelInfo m;
        m.id = QStringLiteral("extra-%1").arg(i);
        m.name = QStringLiteral("Extra %1").arg(i);
        PriceEntry p;
        p.input = 100'000 * (i + 1);
        p.output = 100'000 * (i + 1);
        m.prices.push_back(p);
        data.models.push_back(m);
    }
    m_model->setDataset(data);
    QCOMPARE(m_chart->modelIds().size(), CostBarChart::MaxBars);
    QVERIFY(m_chart->modelIds().contains(QStringLiteral("gpt-4o-mini")));
    QVERIFY(!m_chart->modelIds().contains(QStringLiteral("extra-39")));
    QVERIFY2(m_chart->title().contains(QStringLiteral("the 30 cheapest · Showing 30 of 45 models")),
             qPrintable(m_chart->title()));
}

void TestCostBarChart::subtitle_tokenCountsAreNotRounded_data()
{
    QTest::addColumn<qint64>("input");
    QTest::addColumn<qint64>("output");
    QTest::addColumn<QString>("expected");
    QTest::addRow("one and a half thousand") << qint64(2000) << qint64(1500) << QStringLiteral("2K in + 1.5K out");
    QTest::addRow("odd count") << qint64(1234) << qint64(999) << QStringLiteral("1,234 in + 999 out");
    QTest::addRow("millions") << qint64(2'500'000) << qint64(1'000'000) << QStringLiteral("2.5M in + 1M out");
}

void TestCostBarChart::subtitle_tokenCountsAreNotRounded()
{
    QFETCH(qint64, input);
    QFETCH(qint64, output);
    QFETCH(QString, expected);
    Workload w = m_costs->workload();
    w.inputTokens = input;
    w.outputTokens = output;
    m_costs->setWorkload(w);
    QVERIFY2(m_chart->title().contains(expected), qPrintable(m_chart->title()));
}

void TestCostBarChart::render_lightAndDark_data()
{
    QTest::addColumn<int>("theme");
    QTest::addRow("light") << int(md::ChartTheme::Light);
    QTest::addRow("dark") << int(md::ChartTheme::Dark);
}

void TestCostBarChart::render_lightAndDark()
{
    QFETCH(int, theme);
    m_chart->setTheme(md::ChartTheme(theme));
    QChartView view(m_chart.release());
    view.resize(800, 500);
    const QImage image = view.grab().toImage();
    QVERIFY(!image.isNull());
    const QColor corner = image.pixelColor(20, 20); // inside the chart, outside the plot
    QCOMPARE(corner.lightnessF() < 0.5, theme == int(md::ChartTheme::Dark));
    // Every value label sits inside the chart, right of the model names: none is clipped.
    const QRectF bounds = view.chart()->rect();
    const QRectF plot = view.chart()->plotArea();
    for (QGraphicsItem *item : view.chart()->childItems()) {
        if (auto *label = dynamic_cast<QGraphicsSimpleTextItem *>(item)) {
            const QRectF r = label->mapRectToParent(label->boundingRect());
            QVERIFY2(bounds.contains(r) && r.left() >= plot.left() - 1 && r.right() <= plot.right() + 1,
                     qPrintable(label->text()));
        }
    }
    m_chart = std::make_unique<CostBarChart>(m_costs.get());
}

QTEST_MAIN(TestCostBarChart)
#include "tst_costbarchart.moc"
