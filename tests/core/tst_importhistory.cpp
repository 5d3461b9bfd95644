// Imports never rewrite history, and LiteLLM's map is read losslessly: tier prices, cache reads and writes,
// batch prices, provider variants. Data: tests/data/litellm-excerpt.json (real entries, see its README).
#include "core/costcalculator.h"
#include "core/datasetjson.h"
#include "core/datasetmerge.h"
#include "core/priceimport.h"

#include <QTest>

using namespace md;

namespace {
const QDate ImportDay(2026, 3, 15);

QString fixture(const char *name)
{
    return QStringLiteral(MODELDESK_FIXTURES "/") + QLatin1String(name);
}

ImportBatch excerpt(const QDate &day = ImportDay)
{
    auto batch = PriceImport::load(ImportSource::LiteLlm, fixture("litellm-excerpt.json"), day);
    Q_ASSERT(batch.ok());
    return std::move(batch).value();
}

const ImportedModel *imported(const ImportBatch &batch, const QString &id)
{
    for (const ImportedModel &m : batch.models)
        if (m.info.id == id)
            return &m;
    return nullptr;
}

std::optional<MicroUsdPerMTok> micro(double dollars)
{
    return dollars < 0 ? std::nullopt : std::optional<MicroUsdPerMTok>(qRound64(dollars * 1e6));
}

Dataset importedInto(const Dataset &current, const ImportBatch &batch)
{
    return DatasetMerge::apply(current, DatasetMerge::plan(current, batch));
}
} // namespace

class TestImportHistory : public QObject
{
    Q_OBJECT

private slots:
    void liteLlm_readsEveryTier_data();
    void liteLlm_readsEveryTier();
    void liteLlm_readsCacheWriteAndBatch();
    void liteLlm_longPromptUsesTheListsTier();
    void liteLlm_providerVariantsStaySeparateModels();
    void import_keepsLaunchPricesAndAddsADatedEntry();
    void import_unchangedPriceIsNotRepeated();
    void import_sameDayAsALaunchPriceNeverReplacesIt();
    void import_changedLimitIsKeptWithItsDate();
    void import_tiersChangeIsProposedAndApplied();
};

void TestImportHistory::liteLlm_readsEveryTier_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("above");
    QTest::addColumn<double>("input"); // dollars per 1M tokens, -1 when absent
    QTest::addColumn<double>("output");
    QTest::addColumn<double>("cached");
    QTest::addColumn<double>("cacheWrite");
    QTest::addRow("200K gemini") << QStringLiteral("gemini/gemini-2.5-pro") << 200'000LL << 2.5 << 15.0 << 0.25 << -1.0;
    QTest::addRow("200K vertex with cache write")
        << QStringLiteral("gemini-2.5-pro") << 200'000LL << 2.5 << 15.0 << 0.25 << 0.25;
    QTest::addRow("128K grok") << QStringLiteral("xai/grok-4-0709") << 128'000LL << 6.0 << 30.0 << -1.0 << -1.0;
    QTest::addRow("272K gpt-5.4") << QStringLiteral("gpt-5.4") << 272'000LL << 5.0 << 22.5 << 0.5 << -1.0;
    QTest::addRow("256K qwen") << QStringLiteral("openrouter/qwen/qwen3.5-plus-02-15") << 256'000LL << 0.5 << 3.0
                               << -1.0 << -1.0;
}

void TestImportHistory::liteLlm_readsEveryTier()
{
    QFETCH(QString, id);
    QFETCH(qint64, above);
    QFETCH(double, input);
    QFETCH(double, output);
    QFETCH(double, cached);
    QFETCH(double, cacheWrite);
    const ImportBatch batch = excerpt();
    const ImportedModel *m = imported(batch, id);
    QVERIFY(m);
    const PriceEntry *p = m->info.currentPrice();
    QVERIFY(p);
    QCOMPARE(p->tiers.size(), size_t(1)); // the "_priority" prices are a service tier, not a prompt length
    const PriceTier &t = p->tiers.front();
    QCOMPARE(t.aboveInputTokens, above);
    QCOMPARE(t.input, micro(input));
    QCOMPARE(t.output, micro(output));
    QCOMPARE(t.cachedInput, micro(cached));
    QCOMPARE(t.cacheWrite, micro(cacheWrite));
}

void TestImportHistory::liteLlm_readsCacheWriteAndBatch()
{
    const ImportBatch batch = excerpt();
    const PriceEntry *haiku = imported(batch, QStringLiteral("claude-3-haiku-20240307"))->info.currentPrice();
    QCOMPARE(haiku->cachedInput, micro(0.03));
    QCOMPARE(haiku->cacheWrite, micro(0.30));
    const PriceEntry *gpt4o = imported(batch, QStringLiteral("gpt-4o"))->info.currentPrice();
    QCOMPARE(gpt4o->batchInput, micro(1.25));
    QCOMPARE(gpt4o->batchOutput, micro(5.0));
    QVERIFY(imported(batch, QStringLiteral("claude-3-haiku-20240307"))->fields.contains(QStringLiteral("cache_write")));
    QCOMPARE(batch.otherModes, 1); // the embedding model
    QVERIFY(batch.skipped.empty());
}

void TestImportHistory::liteLlm_longPromptUsesTheListsTier()
{
    // 300K prompt tokens at $2.50 and 1K output tokens at $15.00: $0.765 by LiteLLM's own prices.
    const ImportBatch batch = excerpt();
    Workload w;
    w.inputTokens = 300'000;
    w.outputTokens = 1000;
    const CostRow row = CostCalculator::compute(imported(batch, QStringLiteral("gemini/gemini-2.5-pro"))->info, w);
    QCOMPARE(row.total.toExactString(), QStringLiteral("0.765"));
    QCOMPARE(row.tierAboveInputTokens, 200'000);
}

void TestImportHistory::liteLlm_providerVariantsStaySeparateModels()
{
    const Dataset merged = importedInto(DatasetJson::builtIn(), excerpt());
    const MergePlan plan = DatasetMerge::plan(DatasetJson::builtIn(), excerpt());
    QVERIFY(plan.skipped.empty()); // nothing folded away, whatever its prices
    const ModelInfo *usGov =
        merged.model(QStringLiteral("bedrock/us-gov-west-1/anthropic.claude-3-haiku-20240307-v1:0"));
    const ModelInfo *bedrock = merged.model(QStringLiteral("anthropic.claude-3-haiku-20240307-v1:0"));
    QVERIFY(usGov && bedrock);
    QCOMPARE(usGov->currentPrice()->input, micro(0.30));
    QCOMPARE(usGov->currentPrice()->output, micro(1.50));
    QCOMPARE(bedrock->currentPrice()->input, micro(0.25));
    QVERIFY(merged.model(QStringLiteral("gemini/gemini-2.5-pro")) && merged.model(QStringLiteral("gemini-2.5-pro")));
    QCOMPARE(merged.models.size(), DatasetJson::builtIn().models.size() + 7);
}

void TestImportHistory::import_keepsLaunchPricesAndAddsADatedEntry()
{
    const Dataset current = DatasetJson::builtIn();
    const Dataset merged = importedInto(current, excerpt());
    const ModelInfo *gpt4o = merged.model(QStringLiteral("gpt-4o"));
    QCOMPARE(gpt4o->prices.size(), size_t(2));
    QVERIFY(gpt4o->prices.front() == current.model(QStringLiteral("gpt-4o"))->prices.front()); // $5 / $15 launch
    QCOMPARE(gpt4o->prices.back().effective, ImportDay);
    QCOMPARE(gpt4o->prices.back().source, QStringLiteral("LiteLLM"));
    QCOMPARE(gpt4o->prices.back().input, micro(2.5));
    QCOMPARE(gpt4o->priceOn(QDate(2024, 7, 18))->input, micro(5.0)); // the launch day still prices at launch
    QVERIFY(DatasetJson::parse(DatasetJson::serialize(merged), QStringLiteral("merged")).ok());
}

void TestImportHistory::import_unchangedPriceIsNotRepeated()
{
    const Dataset once = importedInto(DatasetJson::builtIn(), excerpt());
    // The same list a month later: nothing changed, so no entry is added anywhere.
    const Dataset twice = importedInto(once, excerpt(ImportDay.addMonths(1)));
    QVERIFY(twice == once);
    // Claude 3 Haiku's list price equals its newest entry (cache write included): no new entry.
    QCOMPARE(once.model(QStringLiteral("claude-3-haiku-20240307"))->prices.size(), size_t(3));
}

void TestImportHistory::import_sameDayAsALaunchPriceNeverReplacesIt()
{
    const Dataset current = DatasetJson::builtIn();
    const MergePlan plan = DatasetMerge::plan(current, excerpt(QDate(2024, 5, 13))); // GPT-4o's launch day
    const Dataset merged = DatasetMerge::apply(current, plan);
    QVERIFY(merged.model(QStringLiteral("gpt-4o"))->prices == current.model(QStringLiteral("gpt-4o"))->prices);
    QVERIFY2(DatasetMerge::report(plan).contains(QLatin1String("is never replaced")),
             qPrintable(DatasetMerge::report(plan)));
}

void TestImportHistory::import_changedLimitIsKeptWithItsDate()
{
    const Dataset merged = importedInto(DatasetJson::builtIn(), excerpt());
    const ModelInfo *gpt4o = merged.model(QStringLiteral("gpt-4o"));
    QCOMPARE(gpt4o->maxOutputTokens, 16384);
    QCOMPARE(gpt4o->limitChanges.size(), size_t(1));
    const LimitChange &c = gpt4o->limitChanges.front();
    QCOMPARE(c.field, QStringLiteral("max_output_tokens"));
    QCOMPARE(c.from, 4096);
    QCOMPARE(c.to, 16384);
    QCOMPARE(c.date, ImportDay);
    QCOMPARE(c.source, QStringLiteral("LiteLLM"));
    // Saved and read back.
    const auto reread = DatasetJson::parse(DatasetJson::serialize(merged), QStringLiteral("merged"));
    QVERIFY(reread.ok());
    QVERIFY(reread.value().model(QStringLiteral("gpt-4o"))->limitChanges == gpt4o->limitChanges);
}

void TestImportHistory::import_tiersChangeIsProposedAndApplied()
{
    Dataset current;
    ModelInfo pro;
    pro.id = QStringLiteral("gemini/gemini-2.5-pro");
    pro.vendor = QStringLiteral("Google");
    pro.contextWindow = 1'048'576; // as the list says: only the tiers differ
    pro.maxOutputTokens = 65'535;
    PriceEntry old;
    old.effective = QDate(2025, 6, 17);
    old.source = QStringLiteral("LiteLLM");
    old.input = micro(1.25);
    old.output = micro(10.0);
    old.cachedInput = micro(0.125);
    pro.prices.push_back(old); // imported before tiers were read: none
    current.models.push_back(pro);
    const MergePlan plan = DatasetMerge::plan(current, excerpt());
    const auto item = std::find_if(plan.items.cbegin(), plan.items.cend(),
                                   [&pro](const MergeItem &i) { return i.targetId == pro.id; });
    QVERIFY(item != plan.items.cend());
    QCOMPARE(item->kind, MergeItem::Changed);
    QCOMPARE(item->changes.size(), size_t(1));
    QCOMPARE(item->changes.front().field, DatasetMerge::TiersField);
    QVERIFY2(DatasetMerge::report(plan).contains(QLatin1String("Long-prompt prices none -> above 200K: $2.50 in")),
             qPrintable(DatasetMerge::report(plan)));
    const Dataset merged = DatasetMerge::apply(current, plan);
    const ModelInfo *m = merged.model(pro.id);
    QCOMPARE(m->prices.size(), size_t(2));
    QCOMPARE(m->currentPrice()->tiers.size(), size_t(1));
    QVERIFY(m->prices.front().tiers.empty());
}

QTEST_GUILESS_MAIN(TestImportHistory)
#include "tst_importhistory.moc"
