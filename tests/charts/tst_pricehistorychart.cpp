// The price-history chart: step lines per model over the built-in histories, in each model's colour, the price
// chosen, hover texts naming the entry in force, and the "Prices as of" day ending the lines.
#include "charts/chartfactory.h"
#include "charts/modelcolors.h"
#include "charts/pricehistorychart.h"
#include "core/datasetjson.h"
#include "core/datasetmodel.h"

#include <QDateTime>
#include <QLineSeries>
#include <QTest>

using namespace md;

namespace {
const QString Flash = QStringLiteral("gemini-1.5-flash");

QLineSeries *lineOf(const QChart &chart, const QString &modelId)
{
    for (QAbstractSeries *s : chart.series())
        if (ModelChart::taggedModel(s) == modelId)
            return qobject_cast<QLineSeries *>(s);
    return nullptr;
}

QDate dateOf(const QPointF &p)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(p.x()), Qt::UTC).date();
}
} // namespace

class TestPriceHistoryChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_model.setDataset(DatasetJson::builtIn()); }
    void steps_followTheHistory_data();
    void steps_followTheHistory();
    void everyPricedModel_inItsColour();
    void hover_namesTheEntryInForce();
    void factory_knowsTheKind();

private:
    DatasetModel m_model;
};

void TestPriceHistoryChart::steps_followTheHistory_data()
{
    QTest::addColumn<int>("price");
    QTest::addColumn<double>("launch");
    QTest::addColumn<double>("cut");
    QTest::addRow("input") << int(ChartOptions::HistoryPrice::Input) << 0.35 << 0.075;
    QTest::addRow("output") << int(ChartOptions::HistoryPrice::Output) << 1.05 << 0.30;
    QTest::addRow("blended 3:1") << int(ChartOptions::HistoryPrice::Blended) << 0.525 << 0.13125;
}

void TestPriceHistoryChart::steps_followTheHistory()
{
    QFETCH(int, price);
    QFETCH(double, launch);
    QFETCH(double, cut);
    ChartOptions options;
    options.historyPrice = ChartOptions::HistoryPrice(price);
    options.workload.pricesAsOf = QDate(2025, 1, 1);
    PriceHistoryChart chart(&m_model, options);
    const QLineSeries *line = lineOf(chart, Flash);
    QVERIFY(line);
    const QList<QPointF> points = line->points();
    // Launch price from 2024-05-14, flat to the cut of 2024-08-12, then the cut price to the day asked.
    QCOMPARE(points.size(), 4);
    QCOMPARE(dateOf(points[0]), QDate(2024, 5, 14));
    QVERIFY(qFuzzyCompare(points[0].y(), launch));
    QCOMPARE(dateOf(points[1]), QDate(2024, 8, 12));
    QVERIFY(qFuzzyCompare(points[1].y(), launch));
    QVERIFY(qFuzzyCompare(points[2].y(), cut));
    QCOMPARE(dateOf(points[3]), QDate(2025, 1, 1));
    QVERIFY(qFuzzyCompare(points[3].y(), cut));
}

void TestPriceHistoryChart::everyPricedModel_inItsColour()
{
    PriceHistoryChart chart(&m_model);
    QCOMPARE(chart.plottedModelIds().size(), 5);
    for (const QString &id : chart.plottedModelIds())
        QCOMPARE(lineOf(chart, id)->pen().color(), ModelColors::color(id));
    // A day before any price: nothing to draw, and said so.
    ChartOptions early;
    early.workload.pricesAsOf = QDate(2023, 1, 1);
    PriceHistoryChart none(&m_model, early);
    QVERIFY(none.plottedModelIds().isEmpty());
    QVERIFY2(none.title().contains(QLatin1String("Without this price by then: 5")), qPrintable(none.title()));
}

void TestPriceHistoryChart::hover_namesTheEntryInForce()
{
    PriceHistoryChart chart(&m_model);
    const ModelInfo *flash = m_model.dataset().model(Flash);
    const QString before = chart.hoverAt(*flash, QDate(2024, 7, 18));
    QVERIFY2(before.contains(QLatin1String("from 2024-05-14")) && before.contains(QLatin1String("blog.google")),
             qPrintable(before));
    const QString after = chart.hoverAt(*flash, QDate(2024, 8, 12));
    QVERIFY2(after.contains(QLatin1String("from 2024-08-12")) && after.contains(QLatin1String("$0.13")),
             qPrintable(after));
    QVERIFY(chart.hoverAt(*flash, QDate(2024, 1, 1)).isEmpty());
}

void TestPriceHistoryChart::factory_knowsTheKind()
{
    ChartOptions options;
    options.modelIds = QStringList{Flash};
    const auto chart = ChartFactory::create(QStringLiteral("price-history"), &m_model, options);
    QVERIFY(chart.ok());
    const auto *history = qobject_cast<const PriceHistoryChart *>(chart.value().get());
    QVERIFY(history);
    QCOMPARE(history->plottedModelIds(), QStringList{Flash});
    QVERIFY(ChartFactory::synopsis().contains(QLatin1String("price-history")));
}

QTEST_MAIN(TestPriceHistoryChart)
#include "tst_pricehistorychart.moc"
