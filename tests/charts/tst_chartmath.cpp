#include "charts/chartmath.h"
#include "charts/modelcolors.h"
#include "core/datasetjson.h"
#include "core/format.h"

#include <QTest>

using namespace md;

Q_DECLARE_METATYPE(std::vector<ChartMath::ValuePoint>)
Q_DECLARE_METATYPE(std::vector<int>)
Q_DECLARE_METATYPE(std::optional<double>)

// The pure figures behind the charts: frontier, blended price, means, ranks, labels and colours.
class TestChartMath : public QObject
{
    Q_OBJECT

private slots:
    void paretoFrontier_data();
    void paretoFrontier();
    void blendedPrice_weightsInputAndOutput_data();
    void blendedPrice_weightsInputAndOutput();
    void meanScore_missingWhenAnyIsMissing();
    void rank_putsMissingLastWithoutRank();
    void scoreLabel_oneDecimalOrNa_data();
    void scoreLabel_oneDecimalOrNa();
    void colors_stableById_data();
    void colors_stableById();
    void colors_distinctForManyModels();
};

void TestChartMath::paretoFrontier_data()
{
    using P = ChartMath::ValuePoint;
    QTest::addColumn<std::vector<P>>("points");
    QTest::addColumn<bool>("higherIsBetter");
    QTest::addColumn<std::vector<int>>("expected");
    QTest::addRow("empty") << std::vector<P>{} << true << std::vector<int>{};
    QTest::addRow("one") << std::vector<P>{{1.0, 50.0}} << true << std::vector<int>{0};
    // The launch: Flash 0.13/63.8, mini 0.26/74.4, Haiku 0.5/62.7, 3.5 Turbo 0.75/56.4, 4o 7.5/80.5.
    QTest::addRow("launch") << std::vector<P>{{0.2625, 74.4}, {0.13125, 63.8}, {0.5, 62.7}, {0.75, 56.4}, {7.5, 80.5}}
                            << true << std::vector<int>{1, 0, 4};
    QTest::addRow("dominated by cheaper and better")
        << std::vector<P>{{2.0, 60.0}, {1.0, 70.0}} << true << std::vector<int>{1};
    QTest::addRow("same price keeps the better")
        << std::vector<P>{{1.0, 60.0}, {1.0, 70.0}} << true << std::vector<int>{1};
    QTest::addRow("same score keeps the cheaper")
        << std::vector<P>{{2.0, 70.0}, {1.0, 70.0}} << true << std::vector<int>{1};
    QTest::addRow("all on the frontier") << std::vector<P>{{3.0, 90.0}, {1.0, 50.0}, {2.0, 70.0}} << true
                                         << std::vector<int>{1, 2, 0};
    QTest::addRow("lower is better") << std::vector<P>{{1.0, 10.0}, {2.0, 5.0}, {3.0, 8.0}} << false
                                     << std::vector<int>{0, 1};
}

void TestChartMath::paretoFrontier()
{
    QFETCH(std::vector<ChartMath::ValuePoint>, points);
    QFETCH(bool, higherIsBetter);
    QFETCH(std::vector<int>, expected);
    QCOMPARE(ChartMath::paretoFrontier(points, higherIsBetter), expected);
}

void TestChartMath::blendedPrice_weightsInputAndOutput_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("inputWeight");
    QTest::addColumn<int>("outputWeight");
    QTest::addColumn<double>("expected");
    QTest::addRow("mini 3:1") << QStringLiteral("gpt-4o-mini") << 3 << 1 << 0.2625;
    QTest::addRow("4o 3:1") << QStringLiteral("gpt-4o") << 3 << 1 << 7.5;
    QTest::addRow("mini output only") << QStringLiteral("gpt-4o-mini") << 0 << 1 << 0.6;
    QTest::addRow("flash after the cut") << QStringLiteral("gemini-1.5-flash") << 3 << 1 << 0.13125;
}

void TestChartMath::blendedPrice_weightsInputAndOutput()
{
    QFETCH(QString, model);
    QFETCH(int, inputWeight);
    QFETCH(int, outputWeight);
    QFETCH(double, expected);
    const Dataset data = DatasetJson::builtIn();
    const auto price = ChartMath::blendedPrice(*data.model(model), inputWeight, outputWeight);
    QVERIFY(price);
    QCOMPARE(*price, expected);
    ModelInfo unpriced;
    QVERIFY(!ChartMath::blendedPrice(unpriced, 3, 1));
}

void TestChartMath::meanScore_missingWhenAnyIsMissing()
{
    const Dataset data = DatasetJson::builtIn();
    const ModelInfo &turbo = *data.model(QStringLiteral("gpt-3.5-turbo"));
    QVERIFY(!ChartMath::meanScore(turbo, {QStringLiteral("mmlu"), QStringLiteral("mmmu")}));
    QCOMPARE(*ChartMath::meanScore(turbo, {QStringLiteral("mmlu"), QStringLiteral("gpqa")}), (69.8 + 30.8) / 2);
    QVERIFY(!ChartMath::meanScore(turbo, {}));
}

void TestChartMath::rank_putsMissingLastWithoutRank()
{
    const Dataset data = DatasetJson::builtIn();
    std::vector<int> all(data.models.size());
    std::iota(all.begin(), all.end(), 0);
    const auto entries = ChartMath::rank(data, all, *data.benchmark(QStringLiteral("mmmu")));
    QCOMPARE(entries.size(), size_t(5));
    QCOMPARE(data.models[size_t(entries[0].model)].id, QStringLiteral("gpt-4o"));
    QCOMPARE(entries[0].rank, 1);
    QCOMPARE(data.models[size_t(entries[1].model)].id, QStringLiteral("gpt-4o-mini"));
    QCOMPARE(data.models[size_t(entries[4].model)].id, QStringLiteral("gpt-3.5-turbo"));
    QVERIFY(!entries[4].value);
    QCOMPARE(entries[4].rank, 0); // never ranked as a zero
    // Ties share a rank: Flash and Haiku both have MATH 40.9.
    const auto math = ChartMath::rank(data, all, *data.benchmark(QStringLiteral("math")));
    QCOMPARE(math[3].rank, math[4].rank);
    QCOMPARE(math[3].rank, 4);
}

void TestChartMath::scoreLabel_oneDecimalOrNa_data()
{
    QTest::addColumn<std::optional<double>>("value");
    QTest::addColumn<QString>("expected");
    QTest::addRow("whole") << std::optional<double>(82.0) << QStringLiteral("82.0");
    QTest::addRow("one decimal") << std::optional<double>(40.9) << QStringLiteral("40.9");
    QTest::addRow("rounds") << std::optional<double>(59.44) << QStringLiteral("59.4");
    QTest::addRow("rounds up") << std::optional<double>(99.96) << QStringLiteral("100.0");
    QTest::addRow("zero is a score") << std::optional<double>(0.0) << QStringLiteral("0.0");
    QTest::addRow("missing") << std::optional<double>() << QStringLiteral("n/a");
}

void TestChartMath::scoreLabel_oneDecimalOrNa()
{
    QFETCH(std::optional<double>, value);
    QFETCH(QString, expected);
    QCOMPARE(Format::score(value, QLocale::c()), expected);
}

void TestChartMath::colors_stableById_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");
    // Pinned launch models, and hashed ids: these must never change between sessions or versions.
    QTest::addRow("gpt-4o-mini") << QStringLiteral("gpt-4o-mini") << QStringLiteral("#0072b2");
    QTest::addRow("gemini-1.5-flash") << QStringLiteral("gemini-1.5-flash") << QStringLiteral("#e69f00");
    QTest::addRow("claude-3-haiku") << QStringLiteral("claude-3-haiku-20240307") << QStringLiteral("#cc79a7");
    QTest::addRow("gpt-3.5-turbo") << QStringLiteral("gpt-3.5-turbo") << QStringLiteral("#7f7f7f");
    QTest::addRow("gpt-4o") << QStringLiteral("gpt-4o") << QStringLiteral("#009e73");
    QTest::addRow("hashed") << QStringLiteral("test-model-01") << QStringLiteral("#a55b1e");
}

void TestChartMath::colors_stableById()
{
    QFETCH(QString, id);
    QFETCH(QString, expected);
    QCOMPARE(ModelColors::color(id).name(), expected);
    QCOMPARE(ModelColors::color(QString(id)), ModelColors::color(id));
}

void TestChartMath::colors_distinctForManyModels()
{
    QSet<QRgb> colors;
    for (int i = 1; i <= 30; ++i)
        colors.insert(ModelColors::color(QStringLiteral("test-model-%1").arg(i, 2, 10, QLatin1Char('0'))).rgb());
    QVERIFY2(colors.size() >= 28, qPrintable(QString::number(colors.size())));
}

QTEST_GUILESS_MAIN(TestChartMath)
#include "tst_chartmath.moc"
