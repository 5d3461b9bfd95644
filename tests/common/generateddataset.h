#pragma once

#include "core/datasetjson.h"

#include <QString>

// A dataset of the size people import (LiteLLM's map has about 2,300 chat models; with other lists,
// 3,000): the built-in launch models and benchmarks, then generated models of eight providers.
// One in seven has scores (so more models have scores than any chart can draw), one in thirteen
// is free (price 0), one in eleven has no price. Deterministic: the same dataset every run.
namespace md::testdata {

inline Dataset generatedDataset(int models = 3000)
{
    Dataset data = DatasetJson::builtIn();
    static const char *const providers[] = {"openai",  "anthropic", "gemini",   "mistral",
                                            "bedrock", "groq",      "deepseek", "xai"};
    static const char *const vendors[] = {"OpenAI",         "Anthropic", "Google",   "Mistral AI",
                                          "Amazon Bedrock", "Groq",      "DeepSeek", "xAI"};
    for (int i = int(data.models.size()); i < models; ++i) {
        ModelInfo m;
        const int p = i % 8;
        m.id = QStringLiteral("%1/model-%2").arg(QLatin1String(providers[p])).arg(i);
        m.name = QStringLiteral("Model %1 %2").arg(QLatin1String(vendors[p])).arg(i);
        m.vendor = QLatin1String(vendors[p]);
        m.contextWindow = qint64(8192) << (i % 6);
        m.maxOutputTokens = 4096;
        m.modalities << QStringLiteral("text");
        if (i % 11 != 0) {
            PriceEntry price;
            price.effective = QDate(2024, 7, 1);
            price.source = QStringLiteral("generated");
            const bool free = i % 13 == 0;
            price.input = free ? 0 : MicroUsdPerMTok(50'000 + (i * 7919) % 15'000'000);
            price.output = free ? 0 : MicroUsdPerMTok(150'000 + (i * 104'729) % 60'000'000);
            m.prices.push_back(price);
        }
        if (i % 7 == 0) {
            for (size_t b = 0; b < data.benchmarks.size(); ++b) {
                if ((i + int(b)) % 5 == 4)
                    continue; // not every model reports every benchmark
                m.scores.insert(data.benchmarks[b].id,
                                Score{20.0 + double((i * 37 + int(b) * 11) % 700) / 10.0, QStringLiteral("generated")});
            }
        }
        data.models.push_back(std::move(m));
    }
    data.title = QStringLiteral("Generated %1 models").arg(models);
    return data;
}

} // namespace md::testdata
