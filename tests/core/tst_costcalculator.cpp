#include "core/costcalculator.h"
#include "core/datasetjson.h"

#include <QTest>

using namespace md;

class TestCostCalculator : public QObject
{
    Q_OBJECT

private slots:
    void launchClaims_data();
    void launchClaims();
    void tier_choosesUpperAbove128K();
    void batch_usesBatchPricesOrSaysNone();
    void billionRequests_stayExact();
    void moneyFormatting_data();
    void moneyFormatting();

private:
    const Dataset m_data = DatasetJson::builtIn();
    CostRow cost(const QString &id, Workload w) const { return CostCalculator::compute(*m_data.model(id), w); }
};

void TestCostCalculator::launchClaims_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<qint64>("input");
    QTest::addColumn<qint64>("output");
    QTest::addColumn<qint64>("cents");
    QTest::addRow("mini 1M output") << QStringLiteral("gpt-4o-mini") << 0LL << 1'000'000LL << 60LL;
    QTest::addRow("mini 1M input") << QStringLiteral("gpt-4o-mini") << 1'000'000LL << 0LL << 15LL;
    QTest::addRow("turbo 1M+1M") << QStringLiteral("gpt-3.5-turbo") << 1'000'000LL << 1'000'000LL << 200LL;
    QTest::addRow("mini 1M+1M") << QStringLiteral("gpt-4o-mini") << 1'000'000LL << 1'000'000LL << 75LL;
    QTest::addRow("4o 1M+1M") << QStringLiteral("gpt-4o") << 1'000'000LL << 1'000'000LL << 2000LL;
}

void TestCostCalculator::launchClaims()
{
    QFETCH(QString, model);
    QFETCH(qint64, input);
    QFETCH(qint64, output);
    QFETCH(qint64, cents);
    Workload w;
    w.inputTokens = input;
    w.outputTokens = output;
    QCOMPARE(cost(model, w).total.roundedCents(), cents);
}

void TestCostCalculator::tier_choosesUpperAbove128K()
{
    Workload w;
    w.inputTokens = 200'000;
    w.outputTokens = 0;
    const CostRow row = cost(QStringLiteral("gemini-1.5-flash"), w);
    QCOMPARE(row.tierAboveInputTokens, 128'000);
    // Newest price: $0.15 / 1M above 128K -> 200K tokens cost $0.03.
    QCOMPARE(row.total.roundedCents(), 3);
    w.inputTokens = 100'000;
    QCOMPARE(cost(QStringLiteral("gemini-1.5-flash"), w).tierAboveInputTokens, -1);
}

void TestCostCalculator::batch_usesBatchPricesOrSaysNone()
{
    Workload w;
    w.inputTokens = 1'000'000;
    w.outputTokens = 1'000'000;
    const Money full = cost(QStringLiteral("gpt-4o-mini"), w).total;
    w.batch = true;
    const CostRow batch = cost(QStringLiteral("gpt-4o-mini"), w);
    QCOMPARE(batch.total * 2, full);
    QVERIFY(!batch.batchUnavailable);
    QVERIFY(cost(QStringLiteral("gemini-1.5-flash"), w).batchUnavailable);
}

void TestCostCalculator::billionRequests_stayExact()
{
    Workload w;
    w.inputTokens = 1234;
    w.outputTokens = 567;
    w.requests = 1'000'000'000;
    const CostRow row = cost(QStringLiteral("gpt-4o-mini"), w);
    // 1234 * 0.15 + 567 * 0.60 = 525.3 dollars per 1M requests -> 525,300 dollars per 1e9.
    QCOMPARE(row.total.toPlainString(2), QStringLiteral("525300.00"));
    Money sum;
    for (int i = 0; i < 1000; ++i)
        sum += row.perRequest * 1'000'000;
    QCOMPARE(sum, row.total);
}

void TestCostCalculator::moneyFormatting_data()
{
    QTest::addColumn<qint64>("micro");
    QTest::addColumn<QString>("text");
    QTest::addRow("zero") << 0LL << QStringLiteral("$0.00");
    QTest::addRow("cents") << 600'000LL << QStringLiteral("$0.60");
    QTest::addRow("half cent rounds up") << 5'000LL << QStringLiteral("$0.01");
    QTest::addRow("thousands") << 1'234'567'891LL << QStringLiteral("$1,234.57");
}

void TestCostCalculator::moneyFormatting()
{
    QFETCH(qint64, micro);
    QFETCH(QString, text);
    QCOMPARE(Money::fromMicroDollars(micro).toString(QLocale(QLocale::English, QLocale::UnitedStates)), text);
}

QTEST_GUILESS_MAIN(TestCostCalculator)
#include "tst_costcalculator.moc"
