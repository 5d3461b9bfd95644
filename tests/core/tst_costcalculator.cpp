#include "core/costcalculator.h"
#include "core/datasetjson.h"

#include <QTest>
#include <limits>

using namespace md;

namespace {
Workload workload(qint64 input, qint64 output, qint64 requests = 1)
{
    Workload w;
    w.inputTokens = input;
    w.outputTokens = output;
    w.requests = requests;
    return w;
}
const QString Mini = QStringLiteral("gpt-4o-mini");
const QString Turbo = QStringLiteral("gpt-3.5-turbo");
const QString Flash = QStringLiteral("gemini-1.5-flash");
} // namespace

// The launch's price claims, checked against the built-in dataset with exact money.
class TestCostCalculator : public QObject
{
    Q_OBJECT

private slots:
    void launchClaims_data();
    void launchClaims();
    void comparison_data();
    void comparison();
    void comparison_nearTheLimitStaysExact_data();
    void comparison_nearTheLimitStaysExact();
    void perScorePoint_nearTheLimitStaysExact();
    void cliMaximumWorkload_comparesExactly();
    void launchSentence_miniVersusTurbo();
    void tier_choosesUpperAbove128K_data();
    void tier_choosesUpperAbove128K();
    void batch_halvesEveryModelWithBatchPrices_data();
    void batch_halvesEveryModelWithBatchPrices();
    void batch_saysWhenModelHasNone();
    void cachedShare_fractionalBasisPointsStayExact();
    void period_dayAndMonthConvertByThirtyDays();
    void limits_warnOnContextAndMaxOutput();
    void cheapest_skipsModelsTheRequestDoesNotFit();
    void billionRequests_stayExact();
    void perScorePoint_data();
    void perScorePoint();
    void moneyFormatting_data();
    void moneyFormatting();
    void exactString_data();
    void exactString();

private:
    const Dataset m_data = DatasetJson::builtIn();
    CostRow cost(const QString &id, Workload w) const { return CostCalculator::compute(*m_data.model(id), w); }
};

void TestCostCalculator::launchClaims_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<qint64>("input");
    QTest::addColumn<qint64>("output");
    QTest::addColumn<QString>("exact");
    QTest::addRow("mini 1M output") << Mini << 0LL << 1'000'000LL << QStringLiteral("0.6");
    QTest::addRow("mini 1M input") << Mini << 1'000'000LL << 0LL << QStringLiteral("0.15");
    QTest::addRow("turbo 1M+1M") << Turbo << 1'000'000LL << 1'000'000LL << QStringLiteral("2");
    QTest::addRow("mini 1M+1M") << Mini << 1'000'000LL << 1'000'000LL << QStringLiteral("0.75");
    QTest::addRow("4o 1M+1M") << QStringLiteral("gpt-4o") << 1'000'000LL << 1'000'000LL << QStringLiteral("20");
    QTest::addRow("mini one token out") << Mini << 0LL << 1LL << QStringLiteral("0.0000006");
}

void TestCostCalculator::launchClaims()
{
    QFETCH(QString, model);
    QFETCH(qint64, input);
    QFETCH(qint64, output);
    QFETCH(QString, exact);
    QCOMPARE(cost(model, workload(input, output)).total.toExactString(), exact);
}

void TestCostCalculator::comparison_data()
{
    QTest::addColumn<qint64>("costMicro");
    QTest::addColumn<qint64>("baseMicro");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("tenths");
    QTest::addRow("input 70 percent cheaper") << 150'000LL << 500'000LL << int(CostComparison::Less) << 700LL;
    QTest::addRow("output 60 percent cheaper") << 600'000LL << 1'500'000LL << int(CostComparison::Less) << 600LL;
    QTest::addRow("same") << 5LL << 5LL << int(CostComparison::Same) << 0LL;
    QTest::addRow("half as much again") << 3LL << 2LL << int(CostComparison::More) << 500LL;
    QTest::addRow("exactly double") << 4LL << 2LL << int(CostComparison::More) << 1000LL;
    QTest::addRow("26.7 times") << 20'000'000LL << 750'000LL << int(CostComparison::Times) << 267LL;
    QTest::addRow("a third less rounds") << 2LL << 3LL << int(CostComparison::Less) << 333LL;
    QTest::addRow("two thirds less rounds up") << 1LL << 3LL << int(CostComparison::Less) << 667LL;
    QTest::addRow("free baseline") << 1LL << 0LL << int(CostComparison::Invalid) << 0LL;
}

void TestCostCalculator::comparison()
{
    QFETCH(qint64, costMicro);
    QFETCH(qint64, baseMicro);
    QFETCH(int, kind);
    QFETCH(qint64, tenths);
    const CostComparison c =
        CostCalculator::compare(Money::fromMicroDollars(costMicro), Money::fromMicroDollars(baseMicro));
    QCOMPARE(int(c.kind), kind);
    QCOMPARE(c.tenths, tenths);
}

void TestCostCalculator::comparison_nearTheLimitStaysExact_data()
{
    QTest::addColumn<qint64>("cost");
    QTest::addColumn<qint64>("base");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("tenths");
    QTest::addRow("half as much again") << 3LL << 2LL << int(CostComparison::More) << 500LL;
    QTest::addRow("exactly double") << 4LL << 2LL << int(CostComparison::More) << 1000LL;
    QTest::addRow("26.7 times") << 20'000'000LL << 750'000LL << int(CostComparison::Times) << 267LL;
    QTest::addRow("a third less") << 2LL << 3LL << int(CostComparison::Less) << 333LL;
    QTest::addRow("two thirds less") << 1LL << 3LL << int(CostComparison::Less) << 667LL;
    QTest::addRow("99.95 percent less rounds up") << 1LL << 2000LL << int(CostComparison::Less) << 1000LL;
    QTest::addRow("99.9 percent less") << 1LL << 1000LL << int(CostComparison::Less) << 999LL;
}

// The same ratios with both amounts times 2^100 (about $1.3e14 each unit of the mantissa): the
// products that once overflowed 128 bits ("-100% less" from $42,515 per 1M) stay exact.
void TestCostCalculator::comparison_nearTheLimitStaysExact()
{
    QFETCH(qint64, cost);
    QFETCH(qint64, base);
    QFETCH(int, kind);
    QFETCH(qint64, tenths);
    const Money::Units scale = Money::Units(1) << 100;
    const CostComparison c = CostCalculator::compare(Money::fromUnits(Money::Units(cost) * scale),
                                                     Money::fromUnits(Money::Units(base) * scale));
    QCOMPARE(int(c.kind), kind);
    QCOMPARE(c.tenths, tenths);
}

void TestCostCalculator::perScorePoint_nearTheLimitStaysExact()
{
    const Money::Units scale = Money::Units(1) << 110;
    const auto perPoint = CostCalculator::perScorePoint(Money::fromUnits(Money::Units(82) * scale), 82.0);
    QVERIFY(perPoint);
    QVERIFY(perPoint->units() == scale);
    QVERIFY(Money::divideRounded(std::numeric_limits<Money::Units>::max(), 2) ==
            std::numeric_limits<Money::Units>::max() / 2 + 1);
}

// The largest workload the options accept against the loader's largest price: every comparison is
// one of the exact kinds, never a wrapped-around negative.
void TestCostCalculator::cliMaximumWorkload_comparesExactly()
{
    Workload w;
    w.inputTokens = 100'000'000;
    w.outputTokens = 100'000'000;
    w.requests = 1'000'000'000'000;
    w.period = Workload::Period::Day;
    ModelInfo dear = *m_data.model(Mini);
    for (PriceEntry &p : dear.prices) {
        p.input = 42'515'000'000;
        p.output = 42'515'000'000;
    }
    const CostRow dearRow = CostCalculator::compute(dear, w);
    QVERIFY(dearRow.priced);
    for (const ModelInfo &m : m_data.models) {
        const CostRow row = CostCalculator::compute(m, w);
        const CostComparison c = CostCalculator::compare(row.perMonth, dearRow.perMonth);
        QCOMPARE(int(c.kind), int(CostComparison::Less));
        QVERIFY(c.tenths > 990 && c.tenths <= 1000);
        const CostComparison back = CostCalculator::compare(dearRow.perMonth, row.perMonth);
        QCOMPARE(int(back.kind), int(CostComparison::Times));
        QVERIFY(back.tenths > 10);
    }
}

void TestCostCalculator::launchSentence_miniVersusTurbo()
{
    const Workload w = workload(1'000'000, 1'000'000);
    const CostRow mini = cost(Mini, w);
    const CostRow turbo = cost(Turbo, w);
    const CostComparison c = CostCalculator::compare(mini.total, turbo.total);
    QCOMPARE(int(c.kind), int(CostComparison::Less));
    QCOMPARE(c.tenths, 625);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(CostCalculator::describe(mini.modelName, turbo.modelName, c, en),
             QStringLiteral("GPT-4o mini costs 62.5% less than GPT-3.5 Turbo for this workload"));
    // Input alone: the launch's "70% cheaper".
    const Workload in = workload(1'000'000, 0);
    QCOMPARE(CostCalculator::describe(QStringLiteral("GPT-4o mini"), QStringLiteral("GPT-3.5 Turbo"),
                                      CostCalculator::compare(cost(Mini, in).total, cost(Turbo, in).total), en),
             QStringLiteral("GPT-4o mini costs 70% less than GPT-3.5 Turbo for this workload"));
}

void TestCostCalculator::tier_choosesUpperAbove128K_data()
{
    QTest::addColumn<qint64>("input");
    QTest::addColumn<qint64>("tier");
    QTest::addColumn<QString>("exact");
    // Newest prices: $0.075 / 1M up to 128K prompt tokens, $0.15 above; output $0.30 / $0.60.
    QTest::addRow("200K prompt") << 200'000LL << 128'000LL << QStringLiteral("0.03");
    QTest::addRow("exactly 128K") << 128'000LL << -1LL << QStringLiteral("0.0096");
    QTest::addRow("one above 128K") << 128'001LL << 128'000LL << QStringLiteral("0.01920015");
    QTest::addRow("100K") << 100'000LL << -1LL << QStringLiteral("0.0075");
}

void TestCostCalculator::tier_choosesUpperAbove128K()
{
    QFETCH(qint64, input);
    QFETCH(qint64, tier);
    QFETCH(QString, exact);
    const CostRow row = cost(Flash, workload(input, 0));
    QCOMPARE(row.tierAboveInputTokens, tier);
    QCOMPARE(row.total.toExactString(), exact);
    // The tier applies to output too: 1M output with a 200K prompt is at $0.60.
    if (tier > 0)
        QCOMPARE(cost(Flash, workload(input, 1'000'000)).outputPerRequest.toExactString(), QStringLiteral("0.6"));
}

void TestCostCalculator::batch_halvesEveryModelWithBatchPrices_data()
{
    QTest::addColumn<QString>("model");
    for (const char *id : {"gpt-4o-mini", "gpt-3.5-turbo", "gpt-4o", "claude-3-haiku-20240307"})
        QTest::addRow("%s", id) << QString::fromLatin1(id);
}

void TestCostCalculator::batch_halvesEveryModelWithBatchPrices()
{
    QFETCH(QString, model);
    Workload w = workload(1'234'567, 765'431, 997);
    const Money full = cost(model, w).total;
    w.batch = true;
    const CostRow batch = cost(model, w);
    QVERIFY(!batch.batchUnavailable);
    QCOMPARE(batch.total * 2, full);
}

void TestCostCalculator::batch_saysWhenModelHasNone()
{
    Workload w = workload(1000, 1000);
    w.batch = true;
    const CostRow row = cost(Flash, w);
    QVERIFY(row.batchUnavailable);
    QVERIFY(row.priced);
    QCOMPARE(row.total, cost(Flash, workload(1000, 1000)).total);
    QVERIFY(CostCalculator::notes(row, w).join(u'|').contains(QLatin1String("no batch prices")));
}

void TestCostCalculator::cachedShare_fractionalBasisPointsStayExact()
{
    Workload w = workload(1'000'000, 0);
    w.cachedShareBasisPoints = 3333; // 33.33%
    // 66.67% at $0.15 + 33.33% at $0.075 = 0.100005 + 0.02499750 = 0.12500250
    const CostRow mini = cost(Mini, w);
    QVERIFY(!mini.cacheUnavailable);
    QCOMPARE(mini.total.toExactString(), QStringLiteral("0.1250025"));
    // No cached price: full input price, and said so.
    const CostRow turbo = cost(Turbo, w);
    QVERIFY(turbo.cacheUnavailable);
    QCOMPARE(turbo.total.toExactString(), QStringLiteral("0.5"));
}

void TestCostCalculator::period_dayAndMonthConvertByThirtyDays()
{
    Workload w = workload(1000, 500, 1000);
    w.period = Workload::Period::Day;
    const CostRow daily = cost(Mini, w);
    QCOMPARE(daily.perDay, daily.total);
    QCOMPARE(daily.perMonth, daily.total * 30);
    w.period = Workload::Period::Month;
    w.requests = 30'000;
    const CostRow monthly = cost(Mini, w);
    QCOMPARE(monthly.perMonth, daily.perMonth);
    QCOMPARE(monthly.perDay, daily.perDay);
    QCOMPARE(monthly.blendedPerMTok.toExactString(), QStringLiteral("0.3"));
}

void TestCostCalculator::limits_warnOnContextAndMaxOutput()
{
    const CostRow turbo = cost(Turbo, workload(16'000, 1'000));
    QVERIFY(turbo.exceedsContext);
    QVERIFY(!turbo.exceedsMaxOutput);
    const CostRow mini = cost(Mini, workload(16'000, 20'000));
    QVERIFY(!mini.exceedsContext);
    QVERIFY(mini.exceedsMaxOutput);
    QVERIFY(!cost(Turbo, workload(15'000, 1'385)).exceedsContext); // exactly the window
}

void TestCostCalculator::cheapest_skipsModelsTheRequestDoesNotFit()
{
    // 180K + 1.5K tokens: GPT-4o mini (128K window) costs the same as Gemini 1.5 Flash's upper tier.
    const std::vector<CostRow> rows = CostCalculator::compute(m_data, workload(180'000, 1'500));
    const int mini = m_data.modelIndex(Mini);
    const int flash = m_data.modelIndex(Flash);
    QCOMPARE(rows[size_t(mini)].total, rows[size_t(flash)].total);
    QCOMPARE(CostCalculator::cheapest(rows), flash);
    QVERIFY(!CostCalculator::isCheapest(rows, flash, mini));
    // When no model can take the request, the cheapest priced one still answers (ties included).
    const std::vector<CostRow> huge = CostCalculator::compute(m_data, workload(2'000'000, 0));
    const int best = CostCalculator::cheapest(huge);
    QVERIFY(best >= 0);
    QVERIFY(CostCalculator::isCheapest(huge, best, mini));
    QVERIFY(CostCalculator::isCheapest(huge, best, flash));
}

void TestCostCalculator::billionRequests_stayExact()
{
    const CostRow row = cost(Mini, workload(1234, 567, 1'000'000'000));
    // 1234 * 0.15 + 567 * 0.60 = 525.3 dollars per 1M requests -> 525,300 dollars per 1e9.
    QCOMPARE(row.total.toExactString(), QStringLiteral("525300"));
    Money sum;
    for (int i = 0; i < 1000; ++i)
        sum += row.perRequest * 1'000'000;
    QCOMPARE(sum, row.total);
    // A billion requests of a million tokens each on the dearest model still fit.
    const CostRow big = cost(QStringLiteral("gpt-4o"), workload(1'000'000, 1'000'000, 1'000'000'000));
    QCOMPARE(big.total.toExactString(), QStringLiteral("20000000000"));
    QCOMPARE(big.perMonth.toString(QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("$20,000,000,000.00"));
}

void TestCostCalculator::perScorePoint_data()
{
    QTest::addColumn<qint64>("monthMicro");
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("exact");
    QTest::addRow("mmlu 82") << 82'000'000LL << 82.0 << QStringLiteral("1");
    QTest::addRow("one decimal") << 100'000'000LL << 80.0 << QStringLiteral("1.25");
    QTest::addRow("missing") << 1LL << -1.0 << QString();
    QTest::addRow("zero") << 1LL << 0.0 << QString();
}

void TestCostCalculator::perScorePoint()
{
    QFETCH(qint64, monthMicro);
    QFETCH(double, score);
    QFETCH(QString, exact);
    const auto perPoint = CostCalculator::perScorePoint(Money::fromMicroDollars(monthMicro),
                                                        score < 0 ? std::nullopt : std::optional<double>(score));
    QCOMPARE(perPoint.has_value(), !exact.isEmpty());
    if (perPoint)
        QCOMPARE(perPoint->toExactString(), exact);
}

void TestCostCalculator::moneyFormatting_data()
{
    QTest::addColumn<qint64>("micro");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addRow("zero") << 0LL << QStringLiteral("en_US") << QStringLiteral("$0.00");
    QTest::addRow("cents") << 600'000LL << QStringLiteral("en_US") << QStringLiteral("$0.60");
    QTest::addRow("half cent rounds up") << 5'000LL << QStringLiteral("en_US") << QStringLiteral("$0.01");
    QTest::addRow("thousands") << 1'234'567'891LL << QStringLiteral("en_US") << QStringLiteral("$1,234.57");
    QTest::addRow("german separators") << 1'234'567'891LL << QStringLiteral("de_DE") << QStringLiteral("$1.234,57");
}

void TestCostCalculator::moneyFormatting()
{
    QFETCH(qint64, micro);
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QCOMPARE(Money::fromMicroDollars(micro).toString(QLocale(locale)), text);
}

void TestCostCalculator::exactString_data()
{
    QTest::addColumn<qint64>("units");
    QTest::addColumn<QString>("exact");
    QTest::addColumn<QString>("trimmed");
    QTest::addRow("one unit") << 1LL << QStringLiteral("0.0000000000000001") << QStringLiteral("$0.00");
    QTest::addRow("75 micro") << 750'000'000'000LL << QStringLiteral("0.000075") << QStringLiteral("$0.000075");
    QTest::addRow("whole") << 30'000'000'000'000'000LL << QStringLiteral("3") << QStringLiteral("$3.00");
    QTest::addRow("negative") << -5'000'000'000'000'000LL << QStringLiteral("-0.5") << QStringLiteral("-$0.50");
}

void TestCostCalculator::exactString()
{
    QFETCH(qint64, units);
    QFETCH(QString, exact);
    QFETCH(QString, trimmed);
    const Money m = Money::fromUnits(units);
    QCOMPARE(m.toExactString(), exact);
    QCOMPARE(m.toStringTrimmed(QLocale(QLocale::English, QLocale::UnitedStates), 6), trimmed);
}

QTEST_GUILESS_MAIN(TestCostCalculator)
#include "tst_costcalculator.moc"
