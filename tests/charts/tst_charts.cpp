#include "charts/chartexporter.h"
#include "charts/chartfactory.h"
#include "charts/chartstyle.h"
#include "charts/groupedbarchart.h"
#include "charts/modelcolors.h"
#include "charts/rankingchart.h"
#include "charts/valuechart.h"
#include "core/datasetjson.h"
#include "core/datasetmodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>

using namespace md;

// The charts as drawn: labels, n/a marks, colours, legend and hover, with 5 and with 30 models.
class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void factory_parse_data();
    void factory_parse();
    void labels_neverOverlapOrClip_data();
    void labels_neverOverlapOrClip();
    void grouped_missingIsNaNotZero();
    void ranking_missingLastWithoutRank();
    void value_frontierAndMissing();
    void colors_sameInEveryChart();
    void legendClick_hidesModel();
    void hover_namesModelBenchmarkValueSource();
    void smallExport_namesWholeLegendBelowNoHoverHint_data();
    void smallExport_namesWholeLegendBelowNoHoverHint();

private:
    DatasetModel m_launch;
    DatasetModel m_thirty;
};

void TestCharts::initTestCase()
{
    m_launch.setDataset(DatasetJson::builtIn());
    auto thirty = DatasetJson::load(QStringLiteral(MODELDESK_TEST_DATA "/thirty-models.json"));
    QVERIFY2(thirty, qPrintable(thirty.error()));
    QCOMPARE(thirty->models.size(), size_t(30));
    m_thirty.setDataset(std::move(thirty).value());
}

void TestCharts::factory_parse_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("error"); // empty: valid
    QTest::addRow("grouped") << QStringLiteral("grouped") << QString();
    QTest::addRow("ranking") << QStringLiteral("ranking:mmlu") << QString();
    QTest::addRow("value") << QStringLiteral("value") << QString();
    QTest::addRow("ranking without id") << QStringLiteral("ranking") << QStringLiteral("needs a benchmark");
    QTest::addRow("ranking unknown id") << QStringLiteral("ranking:nope")
                                        << QStringLiteral("unknown benchmark \"nope\"");
    QTest::addRow("argument not taken") << QStringLiteral("value:mmlu") << QStringLiteral("takes no argument");
    QTest::addRow("unknown kind") << QStringLiteral("pie") << QStringLiteral("unknown chart \"pie\"");
    QTest::addRow("empty") << QString() << QStringLiteral("unknown chart");
}

void TestCharts::factory_parse()
{
    QFETCH(QString, spec);
    QFETCH(QString, error);
    const auto parsed = ChartFactory::parse(spec, m_launch.dataset());
    QCOMPARE(parsed.ok(), error.isEmpty());
    if (parsed) {
        QCOMPARE(parsed->text(), spec);
        auto chart = ChartFactory::create(spec, &m_launch, {});
        QVERIFY(chart);
        QVERIFY(chart.value());
    } else {
        QVERIFY2(parsed.error().contains(error), qPrintable(parsed.error()));
    }
}

void TestCharts::labels_neverOverlapOrClip_data()
{
    QTest::addColumn<bool>("thirty");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("theme");
    for (const QString &spec : {QStringLiteral("grouped"), QStringLiteral("ranking:mmlu"), QStringLiteral("value")}) {
        for (const bool thirty : {false, true}) {
            for (const QSize size : {QSize(1200, 700), QSize(640, 400)})
                QTest::addRow("%s, %d models, %dx%d", qPrintable(spec), thirty ? 30 : 5, size.width(), size.height())
                    << thirty << spec << size << int(thirty ? ChartTheme::Dark : ChartTheme::Light);
        }
    }
}

void TestCharts::labels_neverOverlapOrClip()
{
    QFETCH(bool, thirty);
    QFETCH(QString, spec);
    QFETCH(QSize, size);
    QFETCH(int, theme);
    ChartOptions options;
    options.theme = ChartTheme(theme);
    auto chart = ChartFactory::create(spec, thirty ? &m_thirty : &m_launch, options);
    QVERIFY(chart);
    QChart *c = chart.value().get();
    ChartExporter::renderImage(c, size); // lays the chart out at that size
    const QRectF plot = c->plotArea();
    QList<QRectF> drawn;
    for (QGraphicsItem *item : c->childItems()) {
        auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item);
        if (!text || !text->isVisible())
            continue;
        const QRectF r = text->mapRectToParent(text->boundingRect());
        QVERIFY2(plot.adjusted(-1.5, -1.5, 1.5, 1.5).contains(r),
                 qPrintable(QStringLiteral("\"%1\" leaves the plot").arg(text->text())));
        for (const QRectF &other : std::as_const(drawn))
            QVERIFY2(!other.intersects(r),
                     qPrintable(QStringLiteral("\"%1\" overlaps another label").arg(text->text())));
        drawn << r;
    }
    // Thirty ranking rows in 400 pixels leave no room for figures; the tooltips still have them.
    if (!thirty || size.height() >= 700)
        QVERIFY(!drawn.isEmpty());
}

void TestCharts::grouped_missingIsNaNotZero()
{
    GroupedBarChart chart(&m_launch);
    ChartExporter::renderImage(&chart, QSize(1200, 700));
    const QStringList labels = chart.valueLabelTexts();
    QCOMPARE(labels.size(), 40);
    QCOMPARE(labels.count(QStringLiteral("n/a")), 2);
    QVERIFY(!labels.contains(QStringLiteral("0.0")));
    QCOMPARE(chart.visibleLabelCount(), 40); // five models: every value is labelled
    QVERIFY(labels.contains(QStringLiteral("82.0")));
}

void TestCharts::ranking_missingLastWithoutRank()
{
    RankingChart chart(&m_launch, QStringLiteral("mathvista"));
    const QStringList rows = chart.rowTexts();
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.first(), QStringLiteral("1. GPT-4o"));
    QCOMPARE(rows.at(1), QStringLiteral("2. Gemini 1.5 Flash")); // 58.4 beats mini's 56.7 here
    QCOMPARE(rows.last(), QStringLiteral("– GPT-3.5 Turbo"));
    const QStringList values = chart.valueLabelTexts();
    QCOMPARE(values.first(), QStringLiteral("63.8"));
    QCOMPARE(values.last(), QStringLiteral("n/a"));
    QVERIFY(!values.contains(QStringLiteral("0.0")));
}

void TestCharts::value_frontierAndMissing()
{
    ValueChart chart(&m_launch);
    // Default: the mean of the benchmarks every model reports, so GPT-3.5 Turbo is plotted.
    QCOMPARE(chart.plottedModelIds().size(), 5);
    QCOMPARE(chart.frontierModelIds(), QStringList({QStringLiteral("gemini-1.5-flash"), QStringLiteral("gpt-4o-mini"),
                                                    QStringLiteral("gpt-4o")}));
    QVERIFY(chart.missingNote().isEmpty());

    ChartOptions options;
    options.benchmarkIds = {QStringLiteral("mmlu"), QStringLiteral("mmmu")};
    chart.setOptions(options);
    QVERIFY(!chart.plottedModelIds().contains(QStringLiteral("gpt-3.5-turbo")));
    QVERIFY2(chart.missingNote().contains(QLatin1String("GPT-3.5 Turbo (no MMMU score)")),
             qPrintable(chart.missingNote()));

    options.benchmarkIds = {QStringLiteral("mmlu")};
    chart.setOptions(options);
    QCOMPARE(chart.frontierModelIds(), QStringList({QStringLiteral("gemini-1.5-flash"), QStringLiteral("gpt-4o-mini"),
                                                    QStringLiteral("gpt-4o")}));
}

void TestCharts::colors_sameInEveryChart()
{
    const QString id = QStringLiteral("gpt-4o-mini");
    const QColor expected = ModelColors::color(id);
    GroupedBarChart grouped(&m_launch);
    const auto *bars = qobject_cast<QBarSeries *>(grouped.series().constFirst());
    QCOMPARE(bars->barSets().constFirst()->color(), expected);
    // Reordered models keep their colours.
    ChartOptions options;
    options.modelIds = {QStringLiteral("gpt-4o"), QStringLiteral("gemini-1.5-flash")};
    grouped.setOptions(options);
    bars = qobject_cast<QBarSeries *>(grouped.series().constFirst());
    QCOMPARE(bars->barSets().at(0)->label(), QStringLiteral("Gemini 1.5 Flash"));
    QCOMPARE(bars->barSets().at(0)->color(), ModelColors::color(QStringLiteral("gemini-1.5-flash")));
    ValueChart value(&m_launch);
    bool found = false;
    for (QAbstractSeries *s : value.series()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(s);
            scatter && scatter->name() == QLatin1String("GPT-4o mini")) {
            QCOMPARE(scatter->color(), expected);
            found = true;
        }
    }
    QVERIFY(found);
}

void TestCharts::legendClick_hidesModel()
{
    GroupedBarChart chart(&m_launch);
    QSignalSpy toggled(&chart, &ModelChart::modelToggled);
    const auto markers = chart.legend()->markers();
    QCOMPARE(markers.size(), 5);
    emit markers.first()->clicked();
    QVERIFY(toggled.wait(1000));
    QCOMPARE(toggled.constFirst().constFirst().toString(), QStringLiteral("gpt-4o-mini"));

    ChartOptions options;
    options.hiddenModelIds = {QStringLiteral("gpt-4o-mini")};
    chart.setOptions(options);
    QCOMPARE(chart.valueLabelTexts().size(), 32);  // its labels are gone
    QCOMPARE(chart.legend()->markers().size(), 5); // its legend entry stays, to bring it back
    ChartExporter::renderImage(&chart, QSize(1200, 700));
    QVERIFY(chart.legend()->markers().first()->isVisible());
    const auto *bars = qobject_cast<QBarSeries *>(chart.series().constFirst());
    QCOMPARE(bars->barSets().constFirst()->color().alpha(), 0);

    ValueChart value(&m_launch, options);
    QVERIFY(!value.frontierModelIds().contains(QStringLiteral("gpt-4o-mini")));
}

void TestCharts::hover_namesModelBenchmarkValueSource()
{
    GroupedBarChart chart(&m_launch);
    QSignalSpy hover(&chart, &ModelChart::hoverTextChanged);
    auto *bars = qobject_cast<QBarSeries *>(chart.series().constFirst());
    emit bars->hovered(true, 0, bars->barSets().constFirst());
    QCOMPARE(hover.size(), 1);
    const QString text = hover.constFirst().constFirst().toString();
    for (const QString &part :
         {QStringLiteral("GPT-4o mini"), QStringLiteral("MMLU"), QStringLiteral("82.0"), QStringLiteral("openai.com")})
        QVERIFY2(text.contains(part), qPrintable(text));
    // GPT-3.5 Turbo on MMMU: n/a, not 0.
    emit bars->hovered(true, 6, bars->barSets().at(3));
    QVERIFY2(hover.last().constFirst().toString().contains(QLatin1String("n/a")),
             qPrintable(hover.last().constFirst().toString()));
    emit bars->hovered(false, 6, bars->barSets().at(3));
    QVERIFY(hover.last().constFirst().toString().isEmpty());
}

void TestCharts::smallExport_namesWholeLegendBelowNoHoverHint_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QSize>("size");
    for (const QString &spec : {QStringLiteral("grouped"), QStringLiteral("ranking:mmlu"), QStringLiteral("value")}) {
        for (const QSize size : {QSize(480, 300), QSize(600, 350)})
            QTest::addRow("%s %dx%d", qPrintable(spec), size.width(), size.height()) << spec << size;
    }
}

void TestCharts::smallExport_namesWholeLegendBelowNoHoverHint()
{
    QFETCH(QString, spec);
    QFETCH(QSize, size);
    ChartOptions options;
    options.size = size; // a file: not interactive
    auto created = ChartFactory::create(spec, &m_launch, options);
    QVERIFY(created);
    QChart *c = created.value().get();
    ChartExporter::renderImage(c, size);
    QVERIFY(ChartStyle::fontScale(size) < 1.0);
    const QRectF plot = c->plotArea();
    for (QAbstractAxis *axis : c->axes()) {
        auto *categories = qobject_cast<QBarCategoryAxis *>(axis);
        if (!categories || axis->orientation() != Qt::Horizontal)
            continue;
        // Each name fits its column across, or the names stand upright.
        const QFontMetricsF metrics(categories->labelsFont());
        const qreal column = plot.width() / categories->count();
        for (const QString &name : categories->categories())
            QVERIFY2(categories->labelsAngle() == -90 || metrics.horizontalAdvance(name) + 6 <= column,
                     qPrintable(name));
    }
    // The legend is below, or left out where the chart names each model itself.
    if (c->legend()->isVisible())
        QCOMPARE(c->legend()->alignment(), Qt::Alignment(Qt::AlignBottom));
    else
        QVERIFY(spec != QLatin1String("grouped"));
    for (QGraphicsItem *item : c->childItems()) {
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            QVERIFY2(!text->text().contains(QLatin1String("hover")), qPrintable(text->text()));
    }
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
