// Speed of the data features with a LiteLLM-sized list: about 3,000 entries, 1.5 MB, generated here.
//   import:  parse the price map and plan the merge (goal: under 150 ms)
//   sort / filter: the data view's proxy over 3,000 models (goal: no visible stall)
#include "core/datasetfilterproxy.h"
#include "core/datasetjson.h"
#include "core/datasetmerge.h"
#include "core/datasetmodel.h"
#include "core/priceimport.h"

#include <QTest>

using namespace md;

namespace {
// A LiteLLM-like map: mostly chat models of several providers, some embeddings and image models, the
// sample_spec entry, prices per token as the real file writes them.
QByteArray liteLlmLike(int entries)
{
    const char *providers[] = {"openai", "anthropic", "gemini", "mistral", "bedrock", "groq", "deepseek", "xai"};
    QByteArray out = R"({
    "sample_spec": {"max_tokens": "LEGACY parameter.", "max_input_tokens": "max input tokens", "input_cost_per_token": 0.0000,
        "output_cost_per_token": 0.000, "litellm_provider": "one of https://docs.litellm.ai/docs/providers", "mode": "one of: chat, embedding"})";
    for (int i = 0; i < entries; ++i) {
        const char *provider = providers[i % 8];
        const char *mode = i % 10 == 7 ? "embedding" : (i % 10 == 9 ? "image_generation" : "chat");
        out += QStringLiteral(R"(,
    "%1/model-%2-v%3": {
        "max_tokens": %4,
        "max_input_tokens": %5,
        "max_output_tokens": %4,
        "input_cost_per_token": %6e-07,
        "output_cost_per_token": %7e-06,
        "input_cost_per_token_batches": %8e-07,
        "output_cost_per_token_batches": %9e-07,
        "cache_read_input_token_cost": %10e-08,
        "litellm_provider": "%1",
        "mode": "%11",
        "supports_vision": %12,
        "supports_prompt_caching": true
    })")
                   .arg(QLatin1String(provider))
                   .arg(i)
                   .arg(i % 5)
                   .arg(4096 << (i % 4))
                   .arg(32000 << (i % 6))
                   .arg(1 + i % 50)
                   .arg(1 + i % 30)
                   .arg(5 + i % 40)
                   .arg(5 + i % 90)
                   .arg(1 + i % 70)
                   .arg(QLatin1String(mode))
                   .arg(i % 2 ? QStringLiteral("true") : QStringLiteral("false"))
                   .toUtf8();
    }
    return out + "\n}\n";
}
} // namespace

class BenchData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parseLiteLlm();
    void importLiteLlm();
    void sortByPrice();
    void sortByScore();
    void filter();

private:
    QByteArray m_list;
    DatasetModel m_model;
    DatasetFilterProxy m_proxy;
};

void BenchData::initTestCase()
{
    m_list = liteLlmLike(3000);
    qInfo("LiteLLM-like list: %lld bytes, 3,001 entries", qint64(m_list.size()));
    QVERIFY(m_list.size() > 1'400'000 && m_list.size() < 1'700'000);
    // 3,000 models with scores on the launch benchmarks for the view benchmarks.
    Dataset d = DatasetJson::builtIn();
    auto batch = PriceImport::parseLiteLlm(m_list, QStringLiteral("bench.json"), QDate(2025, 1, 1));
    QVERIFY(batch.ok());
    d = DatasetMerge::apply(d, DatasetMerge::plan(d, batch.value()));
    for (int i = 0; i < int(d.models.size()); ++i)
        for (int b = 0; b < int(d.benchmarks.size()); ++b)
            if ((i + b) % 7 != 0)
                d.models[size_t(i)].scores.insert(d.benchmarks[size_t(b)].id,
                                                  Score{double((i * 37 + b * 11) % 1000) / 10.0, {}});
    while (d.models.size() < 3000) {
        ModelInfo m = d.models.back();
        m.id += QStringLiteral("-x");
        d.models.push_back(m);
    }
    m_model.setDataset(std::move(d));
    m_proxy.setSourceModel(&m_model);
    qInfo("data view: %d models, %d columns", m_model.rowCount(), m_model.columnCount());
}

void BenchData::parseLiteLlm()
{
    QBENCHMARK
    {
        auto batch = PriceImport::parse(ImportSource::LiteLlm, m_list, QStringLiteral("bench.json"), QDate(2025, 1, 1));
        QVERIFY(batch.ok());
    }
}

void BenchData::importLiteLlm()
{
    const Dataset current = DatasetJson::builtIn();
    int models = 0;
    QBENCHMARK
    {
        auto batch = PriceImport::parse(ImportSource::LiteLlm, m_list, QStringLiteral("bench.json"), QDate(2025, 1, 1));
        const MergePlan plan = DatasetMerge::plan(current, batch.value());
        models = int(plan.items.size());
    }
    QCOMPARE(models, 2400);
}

void BenchData::sortByPrice()
{
    QBENCHMARK
    {
        m_proxy.sort(DatasetModel::InputPriceColumn, Qt::AscendingOrder);
        m_proxy.sort(DatasetModel::InputPriceColumn, Qt::DescendingOrder);
    }
    QCOMPARE(m_proxy.rowCount(), 3000);
}

void BenchData::sortByScore()
{
    QBENCHMARK
    {
        m_proxy.sort(DatasetModel::ColumnCount, Qt::AscendingOrder);
        m_proxy.sort(DatasetModel::ColumnCount + 1, Qt::DescendingOrder);
    }
}

void BenchData::filter()
{
    int shown = 0;
    QBENCHMARK
    {
        m_proxy.setSearchText(QStringLiteral("anthropic v3"));
        shown = m_proxy.rowCount();
        m_proxy.setSearchText(QString());
    }
    QVERIFY(shown > 0 && shown < 3000);
}

QTEST_GUILESS_MAIN(BenchData)
#include "bench_data.moc"
