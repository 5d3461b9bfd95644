#include "modelfields.h"

#include "datasetjson.h"
#include "datasetmodel.h"
#include "format.h"

#include <QCoreApplication>
#include <QLocale>

namespace md {

namespace {

using F = ModelField;
const char *const TokenizerNames[] = {"o200k_base", "cl100k_base"};
constexpr int EditableCsv = F::Editable | F::Csv;

// In DatasetModel column order. Titles are translated in the md::DatasetModel context (its headers).
const ModelField Fields[] = {
    {DatasetModel::IdColumn, "id", QT_TRANSLATE_NOOP("md::DatasetModel", "ID"), F::Text,
     F::Required | F::NonEmpty | F::Csv, &ModelInfo::id},
    {DatasetModel::NameColumn, "name", QT_TRANSLATE_NOOP("md::DatasetModel", "Model"), F::Text,
     F::NonEmpty | EditableCsv | F::Markdown, &ModelInfo::name},
    {DatasetModel::VendorColumn, "vendor", QT_TRANSLATE_NOOP("md::DatasetModel", "Vendor"), F::Text,
     EditableCsv | F::Markdown, &ModelInfo::vendor},
    {DatasetModel::ReleasedColumn, "release_date", QT_TRANSLATE_NOOP("md::DatasetModel", "Released"), F::Date,
     EditableCsv | F::Fact, &ModelInfo::released},
    {DatasetModel::ContextWindowColumn, "context_window", QT_TRANSLATE_NOOP("md::DatasetModel", "Context"), F::Count,
     EditableCsv | F::Importable | F::Markdown | F::Fact, &ModelInfo::contextWindow},
    {DatasetModel::MaxOutputColumn, "max_output_tokens", QT_TRANSLATE_NOOP("md::DatasetModel", "Max output"), F::Count,
     EditableCsv | F::Importable | F::Fact, &ModelInfo::maxOutputTokens},
    {DatasetModel::KnowledgeCutoffColumn, "knowledge_cutoff", QT_TRANSLATE_NOOP("md::DatasetModel", "Knowledge cutoff"),
     F::Text, F::Editable | F::Fact, &ModelInfo::knowledgeCutoff},
    {DatasetModel::ModalitiesColumn, "modalities", QT_TRANSLATE_NOOP("md::DatasetModel", "Modalities"), F::List,
     F::Editable | F::Fact, &ModelInfo::modalities},
    {DatasetModel::InputPriceColumn, "input", QT_TRANSLATE_NOOP("md::DatasetModel", "Input $/1M"), F::Price,
     EditableCsv | F::Importable | F::Markdown, &PriceEntry::input},
    {DatasetModel::OutputPriceColumn, "output", QT_TRANSLATE_NOOP("md::DatasetModel", "Output $/1M"), F::Price,
     EditableCsv | F::Importable | F::Markdown, &PriceEntry::output},
    {DatasetModel::CachedInputPriceColumn, "cached_input", QT_TRANSLATE_NOOP("md::DatasetModel", "Cached input $/1M"),
     F::Price, EditableCsv | F::Importable, &PriceEntry::cachedInput},
    {DatasetModel::CacheWritePriceColumn, "cache_write", QT_TRANSLATE_NOOP("md::DatasetModel", "Cache write $/1M"),
     F::Price, EditableCsv | F::Importable, &PriceEntry::cacheWrite},
    {DatasetModel::BatchInputPriceColumn, "batch_input", QT_TRANSLATE_NOOP("md::DatasetModel", "Batch input $/1M"),
     F::Price, EditableCsv | F::Importable, &PriceEntry::batchInput},
    {DatasetModel::BatchOutputPriceColumn, "batch_output", QT_TRANSLATE_NOOP("md::DatasetModel", "Batch output $/1M"),
     F::Price, EditableCsv | F::Importable, &PriceEntry::batchOutput},
    {DatasetModel::TokenizerColumn, "tokenizer", QT_TRANSLATE_NOOP("md::DatasetModel", "Tokenizer"), F::Text,
     F::Editable | F::Importable, &ModelInfo::tokenizer, TokenizerNames},
};
static_assert(std::size(Fields) == DatasetModel::ColumnCount, "one field per fixed DatasetModel column");

template <typename T> T ModelInfo::*member(const ModelField::Access &access)
{
    const auto *m = std::get_if<T ModelInfo::*>(&access);
    return m ? *m : nullptr;
}

QStringList splitList(const QString &text)
{
    QStringList list;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            list << part.trimmed();
    return list;
}

} // namespace

QString ModelField::translatedTitle() const
{
    return QCoreApplication::translate("md::DatasetModel", title);
}

std::optional<MicroUsdPerMTok> *ModelField::priceSlot(PriceEntry &entry) const
{
    const auto *m = std::get_if<std::optional<MicroUsdPerMTok> PriceEntry::*>(&access);
    return m ? &(entry.**m) : nullptr;
}

std::optional<MicroUsdPerMTok> ModelField::price(const PriceEntry &entry) const
{
    const auto *slot = priceSlot(const_cast<PriceEntry &>(entry));
    return slot ? *slot : std::nullopt;
}

std::optional<MicroUsdPerMTok> ModelField::price(const ModelInfo &model) const
{
    const PriceEntry *entry = model.currentPrice();
    return entry ? price(*entry) : std::nullopt;
}

QVariant ModelField::value(const ModelInfo &model) const
{
    switch (kind) {
    case Text:
        return model.*member<QString>(access);
    case Date:
        return model.*member<QDate>(access);
    case Count:
        return model.*member<qint64>(access);
    case List:
        return (model.*member<QStringList>(access)).join(QLatin1String(", "));
    case Price: {
        const auto p = price(model);
        return p ? QVariant(dollarsFromMicroUsd(*p)) : QVariant();
    }
    }
    return {};
}

bool ModelField::setValue(ModelInfo &model, const QVariant &value) const
{
    switch (kind) {
    case Text: {
        QString text = value.toString().trimmed();
        if (has(NonEmpty) && text.isEmpty())
            return false;
        if (!choices.empty()) {
            if (text == QLatin1String("none") || ModelFields::isMissingInput(text))
                text.clear();
            else if (!allows(text))
                return false;
        }
        model.*member<QString>(access) = text;
        return true;
    }
    case Date: {
        const QDate d =
            value.userType() == QMetaType::QDate ? value.toDate() : QDate::fromString(value.toString(), Qt::ISODate);
        if (!d.isValid() && !ModelFields::isMissingInput(value))
            return false;
        model.*member<QDate>(access) = d;
        return true;
    }
    case Count: {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok || n < 0)
            return false;
        model.*member<qint64>(access) = n;
        return true;
    }
    case List:
        model.*member<QStringList>(access) = splitList(value.toString());
        return true;
    case Price: {
        std::optional<MicroUsdPerMTok> micro;
        if (!ModelFields::isMissingInput(value)) {
            const auto dollars = ModelFields::toDouble(value);
            if (!dollars || *dollars < 0)
                return false;
            micro = microUsdFromDollars(*dollars);
        }
        if (model.prices.empty()) {
            if (!micro)
                return true;
            PriceEntry entry;
            entry.effective = QDate::currentDate();
            model.prices.push_back(entry);
        }
        *priceSlot(*model.currentPrice()) = micro;
        return true;
    }
    }
    return false;
}

bool ModelField::sameValue(const ModelInfo &a, const ModelInfo &b) const
{
    return kind == Price ? price(a) == price(b) : value(a) == value(b);
}

void ModelField::copy(const ModelInfo &from, ModelInfo &to, PriceEntry &entry) const
{
    if (kind == Price)
        *priceSlot(entry) = price(from);
    else
        std::visit(
            [&](auto pointer) {
                if constexpr (!std::is_same_v<decltype(pointer), std::optional<MicroUsdPerMTok> PriceEntry::*>)
                    to.*pointer = from.*pointer;
            },
            access);
}

bool ModelField::allows(const QString &text) const
{
    if (choices.empty() || text.isEmpty())
        return true;
    for (const char *choice : choices)
        if (text == QLatin1String(choice))
            return true;
    return false;
}

namespace ModelFields {

std::span<const char *const> tokenizerNames()
{
    return TokenizerNames;
}

QString tokenizerForModelId(const QString &modelId)
{
    // OpenAI's models by their API id, as tiktoken maps them (model.py); price lists may prefix a provider.
    QString id = modelId.trimmed().toLower();
    for (const QLatin1String prefix : {QLatin1String("openai/"), QLatin1String("azure/"), QLatin1String("ft:")})
        if (id.startsWith(prefix))
            id = id.mid(prefix.size());
    static const char *const o200k[] = {"gpt-4o", "chatgpt-4o", "gpt-4.1", "gpt-4.5", "gpt-5", "o1", "o3", "o4-mini"};
    static const char *const cl100k[] = {"gpt-4", "gpt-3.5-turbo", "gpt-35-turbo", "text-embedding-3-",
                                         "text-embedding-ada-002"};
    const auto matches = [&id](const char *prefix) {
        const QLatin1String p(prefix);
        // A family ends at the id's end or at a separator: "o1-mini" is o1, "o1x" is not.
        return id.startsWith(p) && (id.size() == p.size() || p.back() == '-' || !id.at(p.size()).isLetterOrNumber());
    };
    for (const char *prefix : o200k)
        if (matches(prefix))
            return QStringLiteral("o200k_base");
    for (const char *prefix : cl100k)
        if (matches(prefix))
            return QStringLiteral("cl100k_base");
    return {};
}

std::span<const ModelField> all()
{
    return Fields;
}

const ModelField *forColumn(int column)
{
    for (const ModelField &f : Fields)
        if (f.column == column)
            return &f;
    return nullptr;
}

const ModelField *forKey(const QString &key)
{
    for (const ModelField &f : Fields)
        if (key == QLatin1String(f.key))
            return &f;
    return nullptr;
}

bool isMissingInput(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    if (value.userType() == QMetaType::QString) {
        const QString s = value.toString().trimmed();
        return s.isEmpty() || s == Format::notAvailable() || s == QLatin1String("n/a") || s == QLatin1String("-");
    }
    return false;
}

std::optional<double> toDouble(const QVariant &value)
{
    bool ok = false;
    QString text = value.toString().trimmed();
    text.remove(QLatin1Char('$'));
    double d = value.userType() == QMetaType::QString ? QLocale().toDouble(text, &ok) : value.toDouble(&ok);
    if (!ok && value.userType() == QMetaType::QString)
        d = text.toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

} // namespace ModelFields

} // namespace md
