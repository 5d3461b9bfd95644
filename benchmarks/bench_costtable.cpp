#include "core/costtablemodel.h"
#include "core/datasetmodel.h"

#include <QTest>

using namespace md;

// Recomputing the calculator's table for a full public price list (3,000 models) must feel
// instant: the goal is under 5 ms per workload change. Prints the figure; asserts nothing on time.
class BenchCostTable : public QObject
{
    Q_OBJECT

private slots:
    void recompute3000Models();
};

namespace {
Dataset syntheticPriceList(int count)
{
    Dataset data;
    Benchmark mmlu;
    mmlu.id = QStringLiteral("mmlu");
    mmlu.name = QStringLiteral("MMLU");
    data.benchmarks.push_back(mmlu);
    data.models.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        ModelInfo m;
        m.id = QStringLiteral("model-%1").arg(i);
        m.name = QStringLiteral("Model %1").arg(i);
        m.contextWindow = 8192 << (i % 8);
        m.maxOutputTokens = 4096;
        PriceEntry p;
        p.input = 50'000 + i * 37;
        p.output = 200'000 + i * 91;
        if (i % 2 == 0)
            p.cachedInput = *p.input / 2;
        if (i % 3 == 0) {
            p.batchInput = *p.input / 2;
            p.batchOutput = *p.output / 2;
        }
        if (i % 5 == 0)
            p.tiers.push_back(PriceTier{128'000, *p.input * 2, *p.output * 2, std::nullopt, std::nullopt});
        m.prices.push_back(p);
        if (i % 4 != 0)
            m.scores.insert(mmlu.id, Score{50.0 + i % 40, QString()});
        data.models.push_back(std::move(m));
    }
    return data;
}
} // namespace

void BenchCostTable::recompute3000Models()
{
    DatasetModel model;
    model.setDataset(syntheticPriceList(3000));
    CostTableModel costs(&model);
    costs.setBenchmarkId(QStringLiteral("mmlu"));
    costs.setBaselineModelId(QStringLiteral("model-10"));
    Workload w = costs.workload();
    w.cachedShareBasisPoints = 2500;
    qint64 step = 0;
    QBENCHMARK
    {
        // A new workload each time, as when a person types into a spin box.
        w.inputTokens = 1000 + (++step % 200'000);
        w.batch = step % 2 == 0;
        costs.setWorkload(w);
    }
    QCOMPARE(costs.rowCount(), 3000);
}

QTEST_GUILESS_MAIN(BenchCostTable)
#include "bench_costtable.moc"
