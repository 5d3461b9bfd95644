// Prices as of a day: the entry in force at each boundary of the built-in histories, the launch claims of
// 2024-07-18, and cache writes.
#include "core/costcalculator.h"
#include "core/datasetjson.h"

#include <QTest>

using namespace md;

namespace {
const QString Mini = QStringLiteral("gpt-4o-mini");
const QString Flash = QStringLiteral("gemini-1.5-flash");
const QString Haiku = QStringLiteral("claude-3-haiku-20240307");

Workload workload(qint64 input, qint64 output, const QDate &asOf = {})
{
    Workload w;
    w.inputTokens = input;
    w.outputTokens = output;
    w.pricesAsOf = asOf;
    return w;
}

CostRow cost(const QString &id, const Workload &w)
{
    static const Dataset data = DatasetJson::builtIn();
    const ModelInfo *m = data.model(id);
    Q_ASSERT(m);
    return CostCalculator::compute(*m, w);
}
} // namespace

class TestPriceAsOf : public QObject
{
    Q_OBJECT

private slots:
    void entryInForce_atEachBoundary_data();
    void entryInForce_atEachBoundary();
    void launchDay_miniIsCheaperThanFlashAndHaiku_data();
    void launchDay_miniIsCheaperThanFlashAndHaiku();
    void newest_flashIsCheaperAfterItsCut();
    void beforeTheFirstEntry_noPriceYetAndSaid();
    void cacheWrite_billsTheWrittenShare();
    void cacheWrite_missingPriceFallsBackToInputAndSaysSo();
    void pricedAsOf_dropsLaterEntries();
};

void TestPriceAsOf::entryInForce_atEachBoundary_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("effective");
    QTest::addColumn<bool>("hasCache");
    QTest::addColumn<bool>("hasBatch");
    // Claude 3 Haiku: no cache or batch prices at its launch; caching from 2024-08-14, batches from 2024-10-08.
    QTest::addRow("haiku launch day") << Haiku << QDate(2024, 3, 13) << QDate(2024, 3, 13) << false << false;
    QTest::addRow("haiku day before caching") << Haiku << QDate(2024, 8, 13) << QDate(2024, 3, 13) << false << false;
    QTest::addRow("haiku caching day") << Haiku << QDate(2024, 8, 14) << QDate(2024, 8, 14) << true << false;
    QTest::addRow("haiku day before batches") << Haiku << QDate(2024, 10, 7) << QDate(2024, 8, 14) << true << false;
    QTest::addRow("haiku batches day") << Haiku << QDate(2024, 10, 8) << QDate(2024, 10, 8) << true << true;
    QTest::addRow("haiku newest") << Haiku << QDate() << QDate(2024, 10, 8) << true << true;
    QTest::addRow("mini launch") << Mini << QDate(2024, 7, 18) << QDate(2024, 7, 18) << false << true;
    QTest::addRow("mini day before caching") << Mini << QDate(2024, 9, 30) << QDate(2024, 7, 18) << false << true;
    QTest::addRow("mini caching day") << Mini << QDate(2024, 10, 1) << QDate(2024, 10, 1) << true << true;
    QTest::addRow("flash day before cut") << Flash << QDate(2024, 8, 11) << QDate(2024, 5, 14) << false << false;
    QTest::addRow("flash cut day") << Flash << QDate(2024, 8, 12) << QDate(2024, 8, 12) << false << false;
}

void TestPriceAsOf::entryInForce_atEachBoundary()
{
    QFETCH(QString, model);
    QFETCH(QDate, day);
    QFETCH(QDate, effective);
    QFETCH(bool, hasCache);
    QFETCH(bool, hasBatch);
    const Dataset data = DatasetJson::builtIn();
    const PriceEntry *p = data.model(model)->priceOn(day);
    QVERIFY(p);
    QCOMPARE(p->effective, effective);
    QCOMPARE(p->cachedInput.has_value(), hasCache);
    QCOMPARE(p->batchInput.has_value(), hasBatch);

    Workload w = workload(1000, 1000, day);
    w.cachedShareBasisPoints = 5000;
    w.batch = true;
    const CostRow row = cost(model, w);
    QCOMPARE(row.priceEffective, effective);
    QCOMPARE(row.batchUnavailable, !hasBatch);
    QCOMPARE(row.cacheUnavailable, !hasCache || hasBatch); // batch prices do not stack with the cache
}

void TestPriceAsOf::launchDay_miniIsCheaperThanFlashAndHaiku_data()
{
    QTest::addColumn<qint64>("input");
    QTest::addColumn<qint64>("output");
    QTest::addRow("chat 1000+500") << 1000LL << 500LL;
    QTest::addRow("1M in") << 1'000'000LL << 0LL;
    QTest::addRow("1M out") << 0LL << 1'000'000LL;
    QTest::addRow("long prompt 100K+1K") << 100'000LL << 1000LL;
}

void TestPriceAsOf::launchDay_miniIsCheaperThanFlashAndHaiku()
{
    QFETCH(qint64, input);
    QFETCH(qint64, output);
    const Workload w = workload(input, output, QDate(2024, 7, 18));
    const CostRow mini = cost(Mini, w);
    const CostRow flash = cost(Flash, w);
    const CostRow haiku = cost(Haiku, w);
    QVERIFY(mini.priced && flash.priced && haiku.priced);
    QVERIFY2(mini.total < flash.total, qPrintable(mini.total.toExactString() + u" vs " + flash.total.toExactString()));
    QVERIFY2(mini.total < haiku.total, qPrintable(mini.total.toExactString() + u" vs " + haiku.total.toExactString()));
    QCOMPARE(flash.priceEffective, QDate(2024, 5, 14)); // before Google's cut of 2024-08-12
}

void TestPriceAsOf::newest_flashIsCheaperAfterItsCut()
{
    // What ModelDesk said before prices had a day: the newest entries make Flash the cheaper one.
    const Workload w = workload(1000, 500);
    QVERIFY(cost(Flash, w).total < cost(Mini, w).total);
    QCOMPARE(cost(Flash, w).inputPrice, 75'000);
}

void TestPriceAsOf::beforeTheFirstEntry_noPriceYetAndSaid()
{
    const Workload w = workload(1000, 500, QDate(2024, 7, 17));
    const CostRow mini = cost(Mini, w);
    QVERIFY(!mini.priced);
    QVERIFY(mini.noPriceYet);
    QVERIFY(CostCalculator::notes(mini, w).join(u'|').contains(QLatin1String("no price yet")));
    QVERIFY(cost(Haiku, w).priced); // launched in March
}

void TestPriceAsOf::cacheWrite_billsTheWrittenShare()
{
    Workload w = workload(1'000'000, 0);
    w.cachedShareBasisPoints = 5000;     // 50% read at $0.03
    w.cacheWriteShareBasisPoints = 2000; // 20% written at $0.30
    // 30% at $0.25 + 50% at $0.03 + 20% at $0.30 = 0.075 + 0.015 + 0.06
    const CostRow haiku = cost(Haiku, w);
    QVERIFY(!haiku.cacheWriteUnavailable);
    QCOMPARE(haiku.cacheWritePrice, 300'000);
    QCOMPARE(haiku.total.toExactString(), QStringLiteral("0.15"));
    // A write share never takes more than what the read share leaves.
    w.cacheWriteShareBasisPoints = 9000;
    QCOMPARE(cost(Haiku, w).total.toExactString(), QStringLiteral("0.165")); // 50% read + 50% written
}

void TestPriceAsOf::cacheWrite_missingPriceFallsBackToInputAndSaysSo()
{
    Workload w = workload(1'000'000, 0);
    w.cacheWriteShareBasisPoints = 5000;
    const CostRow mini = cost(Mini, w);
    QVERIFY(mini.cacheWriteUnavailable);
    QCOMPARE(mini.total.toExactString(), QStringLiteral("0.15"));
    QVERIFY(CostCalculator::notes(mini, w).join(u'|').contains(QLatin1String("no cache-write price")));
    // Before 2024-08-14 Claude 3 Haiku had no cache-write price either.
    w.pricesAsOf = QDate(2024, 7, 18);
    QVERIFY(cost(Haiku, w).cacheWriteUnavailable);
}

void TestPriceAsOf::pricedAsOf_dropsLaterEntries()
{
    const Dataset data = DatasetJson::builtIn();
    const Dataset launch = data.pricedAsOf(QDate(2024, 7, 18));
    QCOMPARE(launch.model(Haiku)->prices.size(), size_t(1));
    QCOMPARE(launch.model(Flash)->currentPrice()->input, 350'000);
    QCOMPARE(launch.models.size(), data.models.size());
    QVERIFY(data.pricedAsOf(QDate()) == data);
    QVERIFY(data.pricedAsOf(QDate(2020, 1, 1)).model(Mini)->prices.empty());
}

QTEST_GUILESS_MAIN(TestPriceAsOf)
#include "tst_priceasof.moc"
