// LiteLLM's model_prices_and_context_window.json: one object per model key, prices in US dollars per token.
#include "importjson.h"
#include "priceimport.h"

#include <QRegularExpression>
#include <map>

namespace md {

using namespace importjson;

namespace {

// LiteLLM's provider keys, as the vendor names people read. Unknown providers keep their key.
QString vendorName(const QString &provider)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("openai"), QStringLiteral("OpenAI")},
        {QStringLiteral("azure"), QStringLiteral("Azure OpenAI")},
        {QStringLiteral("anthropic"), QStringLiteral("Anthropic")},
        {QStringLiteral("gemini"), QStringLiteral("Google")},
        {QStringLiteral("vertex_ai-language-models"), QStringLiteral("Google")},
        {QStringLiteral("mistral"), QStringLiteral("Mistral AI")},
        {QStringLiteral("deepseek"), QStringLiteral("DeepSeek")},
        {QStringLiteral("groq"), QStringLiteral("Groq")},
        {QStringLiteral("bedrock"), QStringLiteral("Amazon Bedrock")},
        {QStringLiteral("cohere_chat"), QStringLiteral("Cohere")},
        {QStringLiteral("xai"), QStringLiteral("xAI")},
    };
    return names.value(provider, provider);
}

// Every "<price>_above_<N>k_tokens" key (above_128k, _200k, _256k, _272k, _512k, ...): prices for prompts longer
// than N thousand tokens, for input, output, cache reads and cache writes. Variants such as "_priority" are
// other service tiers, not prompt lengths, and stay out.
std::vector<PriceTier> readTiers(const json &entry)
{
    static const QRegularExpression key(QStringLiteral(
        "^(input_cost_per_token|output_cost_per_token|cache_read_input_token_cost|cache_creation_input_token_cost)"
        "_above_([0-9]{1,6})k_tokens$"));
    std::map<qint64, PriceTier> byThreshold;
    for (const auto &[name, value] : entry.items()) {
        const auto match = key.match(QString::fromStdString(name));
        if (!match.hasMatch())
            continue;
        const qint64 above = match.captured(2).toLongLong() * 1000;
        PriceTier &tier = byThreshold[above];
        tier.aboveInputTokens = above;
        const QString price = match.captured(1);
        std::optional<MicroUsdPerMTok> PriceTier::*slot =
            price == QLatin1String("input_cost_per_token")          ? &PriceTier::input
            : price == QLatin1String("output_cost_per_token")       ? &PriceTier::output
            : price == QLatin1String("cache_read_input_token_cost") ? &PriceTier::cachedInput
                                                                    : &PriceTier::cacheWrite;
        tier.*slot = perTokenPrice(entry, name.c_str());
    }
    return tiersInOrder(byThreshold);
}

// Reads every field first, so a malformed entry (the list's own "sample_spec" documents the fields
// with text where numbers go) is reported as malformed, not quietly counted as another mode.
ImportedModel readEntry(const QString &key, const json &entry, const QDate &effective, QString *mode)
{
    if (!entry.is_object())
        throw EntryError{PriceImport::tr("must be an object, got %1").arg(describe(entry))};
    ImportedModel m;
    m.info.id = key;
    m.info.name = key;
    PriceEntry price;
    price.effective = effective;
    price.source = QStringLiteral("LiteLLM");
    price.input = perTokenPrice(entry, "input_cost_per_token");
    price.output = perTokenPrice(entry, "output_cost_per_token");
    price.cachedInput = perTokenPrice(entry, "cache_read_input_token_cost");
    price.cacheWrite = perTokenPrice(entry, "cache_creation_input_token_cost");
    price.batchInput = perTokenPrice(entry, "input_cost_per_token_batches");
    price.batchOutput = perTokenPrice(entry, "output_cost_per_token_batches");
    price.tiers = readTiers(entry);
    const auto maxInput = tokenCount(entry, "max_input_tokens");
    const auto maxOutput = tokenCount(entry, "max_output_tokens");
    const auto maxTokens = tokenCount(entry, "max_tokens"); // legacy: the output limit when no other is given
    const auto provider = text(entry, "litellm_provider");
    *mode = text(entry, "mode").value_or(QString());

    if (maxInput) {
        m.info.contextWindow = *maxInput;
        m.fields << QStringLiteral("context_window");
    }
    if (const auto out = maxOutput ? maxOutput : maxTokens) {
        m.info.maxOutputTokens = *out;
        m.fields << QStringLiteral("max_output_tokens");
    }
    if (provider && !provider->isEmpty()) {
        m.info.vendor = vendorName(*provider);
        m.fields << QStringLiteral("vendor");
    }
    const std::pair<const std::optional<MicroUsdPerMTok> *, const char *> prices[] = {
        {&price.input, "input"},
        {&price.output, "output"},
        {&price.cachedInput, "cached_input"},
        {&price.cacheWrite, "cache_write"},
        {&price.batchInput, "batch_input"},
        {&price.batchOutput, "batch_output"},
    };
    for (const auto &[value, name] : prices) {
        if (value->has_value())
            m.fields << QLatin1String(name);
    }
    if (price.input || price.output || price.cachedInput || price.cacheWrite || price.batchInput || price.batchOutput ||
        !price.tiers.empty()) {
        m.fields << QStringLiteral("tiers"); // the list gives every tier of a priced model: none is none
        m.info.prices.push_back(std::move(price));
    }
    m.info.modalities << QStringLiteral("text");
    return m;
}

} // namespace

Result<ImportBatch> PriceImport::parseLiteLlm(const QByteArray &data, const QString &origin, const QDate &effective)
{
    Parsed parsed = importjson::parse(data, origin, 1);
    if (!parsed.error.isEmpty())
        return Result<ImportBatch>::failure(parsed.error);
    if (!parsed.root.is_object())
        return Result<ImportBatch>::failure(
            tr("%1: top level: must be an object of models by name (LiteLLM's price map), got %2")
                .arg(origin, describe(parsed.root)));

    ImportBatch batch;
    batch.origin = origin;
    batch.sourceName = sourceName(ImportSource::LiteLlm);
    batch.effective = effective;
    batch.models.reserve(parsed.root.size());
    for (const QString &key : std::as_const(parsed.duplicateKeys))
        batch.skipped.push_back({key, tr("the name appears more than once; only its last entry was read")});
    for (const auto &[rawKey, entry] : parsed.root.items()) {
        const QString key = QString::fromStdString(rawKey).trimmed();
        if (key.isEmpty()) {
            batch.skipped.push_back({QStringLiteral("\"\""), tr("an entry without a name")});
            continue;
        }
        try {
            QString mode;
            ImportedModel m = readEntry(key, entry, effective, &mode);
            if (mode != QLatin1String("chat")) {
                ++batch.otherModes;
                continue;
            }
            batch.models.push_back(std::move(m));
        } catch (const EntryError &e) {
            batch.skipped.push_back({key, e.reason});
        }
    }
    return batch;
}

} // namespace md
