#include "priceimport.h"

#include "datasetjson.h"
#include "modelfields.h"

#include <nlohmann/json.hpp>

namespace md {

namespace {

const Importer Importers[] = {
    {ImportSource::LiteLlm, "litellm", "LiteLLM",
     QT_TRANSLATE_NOOP("PriceImport", "LiteLLM's model_prices_and_context_window.json"),
     QT_TRANSLATE_NOOP("PriceImport", "LiteLLM price map (model_prices_and_context_window.json *.json);;All files (*)"),
     "https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json",
     &PriceImport::parseLiteLlm},
    {ImportSource::OpenRouter, "openrouter", "OpenRouter",
     QT_TRANSLATE_NOOP("PriceImport", "a saved OpenRouter /api/v1/models response"),
     QT_TRANSLATE_NOOP("PriceImport", "OpenRouter models listing (*.json);;All files (*)"),
     "https://openrouter.ai/api/v1/models", &PriceImport::parseOpenRouter},
    {ImportSource::GenAiPrices, "genai-prices", "genai-prices",
     QT_TRANSLATE_NOOP("PriceImport", "pydantic's genai-prices prices/data.json"),
     QT_TRANSLATE_NOOP("PriceImport", "genai-prices data (data.json *.json);;All files (*)"),
     "https://raw.githubusercontent.com/pydantic/genai-prices/main/prices/data.json", &PriceImport::parseGenAiPrices},
    {ImportSource::ModelsDev, "models-dev", "models.dev", QT_TRANSLATE_NOOP("PriceImport", "models.dev's api.json"),
     QT_TRANSLATE_NOOP("PriceImport", "models.dev catalogue (api.json *.json);;All files (*)"),
     "https://models.dev/api.json", &PriceImport::parseModelsDev},
};

// A decimal number times 10^scale, exactly, rounded half away from zero (see perTokenToMicroPerMTok).
std::optional<MicroUsdPerMTok> decimalToMicro(QByteArrayView text, int scale);

} // namespace

QString Importer::translatedDescription() const
{
    return QCoreApplication::translate("PriceImport", description);
}

QString Importer::translatedFileFilter() const
{
    return QCoreApplication::translate("PriceImport", fileFilter);
}

std::span<const Importer> PriceImport::importers()
{
    return Importers;
}

const Importer *PriceImport::importer(const QString &name)
{
    for (const Importer &i : Importers)
        if (name.trimmed().compare(QLatin1String(i.name), Qt::CaseInsensitive) == 0)
            return &i;
    return nullptr;
}

const Importer &PriceImport::importer(ImportSource source)
{
    for (const Importer &i : Importers)
        if (i.source == source)
            return i;
    Q_UNREACHABLE();
}

QString PriceImport::importerNames()
{
    QStringList names;
    for (const Importer &i : Importers)
        names << QLatin1String(i.name);
    const QString last = names.takeLast();
    return names.isEmpty() ? last : tr("%1 or %2").arg(names.join(QLatin1String(", ")), last);
}

Result<ImportBatch> PriceImport::load(ImportSource source, const QString &path, const QDate &effective)
{
    auto bytes = DatasetJson::readFile(path);
    if (!bytes)
        return Result<ImportBatch>::failure(bytes.error());
    return parse(source, bytes.value(), path, effective);
}

Result<ImportBatch> PriceImport::parse(ImportSource source, const QByteArray &data, const QString &origin,
                                       const QDate &effective)
{
    // The importers parse through JsonFile::parse, which refuses files over DatasetJson::MaxFileSize, and
    // catch their entries' errors; this is the guard for any nlohmann error an entry's reading lets through.
    try {
        auto batch = importer(source).parse(data, origin, effective);
        if (batch.ok()) {
            // The lists name no tokenizer; OpenAI's models have a public one, known by their id.
            ImportBatch filled = std::move(batch).value();
            for (ImportedModel &m : filled.models) {
                // Every fact a list gives carries the list as its source, as its prices do.
                for (const ModelField &field : ModelFields::all())
                    if (field.has(ModelField::Fact) && m.fields.contains(field.jsonKey()))
                        m.info.factSources.insert(field.jsonKey(), filled.sourceName);
                m.info.tokenizer = ModelFields::tokenizerForModelId(m.info.id);
                if (!m.info.tokenizer.isEmpty())
                    m.fields.insert(QStringLiteral("tokenizer"));
            }
            return filled;
        }
        return batch;
    } catch (const nlohmann::json::exception &e) {
        return Result<ImportBatch>::failure(tr("%1: cannot be read (%2)").arg(origin, QString::fromUtf8(e.what())));
    }
}

QString PriceImport::nothingReadable(const ImportBatch &batch)
{
    if (!batch.models.empty() || batch.otherModes > 0 || batch.skipped.empty())
        return QString();
    const ImportSkip &first = batch.skipped.front();
    return tr("%1: none of its %n entries could be read (the first, %2: %3)", nullptr, int(batch.skipped.size()))
        .arg(batch.origin, first.entry.left(80), first.reason);
}

std::optional<ImportSource> PriceImport::sourceFromName(const QString &name)
{
    const Importer *i = importer(name);
    return i ? std::optional(i->source) : std::nullopt;
}

QString PriceImport::sourceName(ImportSource source)
{
    return QLatin1String(importer(source).displayName);
}

std::optional<MicroUsdPerMTok> PriceImport::perTokenToMicroPerMTok(QByteArrayView text)
{
    return decimalToMicro(text, 12); // per token: micro-dollars per 1M tokens = value * 10^12
}

std::optional<MicroUsdPerMTok> PriceImport::perMTokToMicroPerMTok(QByteArrayView text)
{
    return decimalToMicro(text, 6); // per 1M tokens: micro-dollars = value * 10^6
}

namespace {

std::optional<MicroUsdPerMTok> decimalToMicro(QByteArrayView text, int scale)
{
    // value = digits * 10^exponent; the result is value * 10^scale.
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool negative = false;
    if (i < n && (text[i] == '-' || text[i] == '+'))
        negative = text[i++] == '-';
    QByteArray digits;
    int exponent = 0;
    bool seenDigit = false;
    bool seenDot = false;
    for (; i < n; ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            seenDigit = true;
            if (!(digits.isEmpty() && c == '0'))
                digits += c;
            if (seenDot)
                --exponent;
        } else if (c == '.' && !seenDot) {
            seenDot = true;
        } else {
            break;
        }
    }
    if (!seenDigit)
        return std::nullopt;
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool expNegative = false;
        if (i < n && (text[i] == '-' || text[i] == '+'))
            expNegative = text[i++] == '-';
        int e = 0;
        bool any = false;
        for (; i < n && text[i] >= '0' && text[i] <= '9'; ++i) {
            any = true;
            e = qMin(e * 10 + (text[i] - '0'), 10'000);
        }
        if (!any)
            return std::nullopt;
        exponent += expNegative ? -e : e;
    }
    if (i != n)
        return std::nullopt;
    if (digits.isEmpty())
        return 0;
    const int shift = exponent + scale;
    qint64 result = 0;
    qsizetype whole = digits.size() + shift; // digits before the decimal point after shifting
    if (whole > 18)
        return std::nullopt; // beyond a trillion dollars per 1M tokens: not a price
    for (qsizetype k = 0; k < whole; ++k)
        result = result * 10 + (k < digits.size() ? digits[k] - '0' : 0);
    const qsizetype next = whole; // the first dropped digit decides the rounding
    if (next >= 0 && next < digits.size() && digits[next] >= '5')
        ++result;
    return negative ? -result : result;
}

} // namespace

} // namespace md
