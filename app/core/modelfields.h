#pragma once

#include "dataset.h"

#include <QVariant>
#include <span>
#include <variant>

namespace md {

// The one table of a model's fields: its JSON key (also its hand-edit name), its DatasetModel column, its
// header, its kind and where it lives in ModelInfo. The model, the merge, the exports, the JSON reader and
// writer and the editors all walk it; a new field is one row here (README "Code layout").
struct ModelField {
    enum Kind {
        Text,  // QString ModelInfo::*
        Date,  // QDate ModelInfo::*, invalid when unknown
        Count, // qint64 ModelInfo::* (tokens), 0 when unknown
        List,  // QStringList ModelInfo::*, written "a, b" in a cell
        Price, // std::optional<MicroUsdPerMTok> PriceEntry::* of the current price
    };
    enum Flag {
        NoFlags = 0,
        Required = 1 << 0,   // the JSON reader refuses a model without it (the id)
        NonEmpty = 1 << 1,   // an empty value is refused
        Editable = 1 << 2,   // a person may type it in the data view; it is then marked as edited by hand
        Importable = 1 << 3, // a price list import may update it on a model already in the dataset
        Csv = 1 << 4,        // a column of the CSV export
        Markdown = 1 << 5,   // a column of the Markdown export
        Fact = 1 << 6,       // a fact about the model that carries its source (ModelInfo::factSources)
    };
    using Access = std::variant<QString ModelInfo::*, QDate ModelInfo::*, qint64 ModelInfo::*, QStringList ModelInfo::*,
                                std::optional<MicroUsdPerMTok> PriceEntry::*>;

    int column;        // DatasetModel::Column
    const char *key;   // "context_window"
    const char *title; // untranslated header, translated in the md::DatasetModel context
    Kind kind;
    int flags;
    Access access;
    std::span<const char *const> choices = {}; // a Text field limited to these values (or empty)

    bool has(Flag flag) const { return (flags & flag) != 0; }
    bool allows(const QString &text) const; // empty, or one of `choices` when the field has them
    QString jsonKey() const { return QLatin1String(key); }
    QString translatedTitle() const;

    // The field's value as an editor holds it: QString, QDate, qint64, "a, b" or dollars (invalid when n/a).
    QVariant value(const ModelInfo &model) const;
    // Sets the field from an editor's value; false when the value is not valid for it (the model is then as
    // it was). A price goes into the current price entry, which is created (effective today) when missing.
    bool setValue(ModelInfo &model, const QVariant &value) const;
    bool sameValue(const ModelInfo &a, const ModelInfo &b) const;
    // Copies the field from `from`; a price into `price` (the entry the caller is building).
    void copy(const ModelInfo &from, ModelInfo &to, PriceEntry &price) const;

    std::optional<MicroUsdPerMTok> price(const PriceEntry &entry) const;
    std::optional<MicroUsdPerMTok> price(const ModelInfo &model) const; // of the current price entry
    std::optional<MicroUsdPerMTok> *priceSlot(PriceEntry &entry) const; // nullptr for a field that is no price
};

namespace ModelFields {
std::span<const ModelField> all();
// The tokenizers a model may name (app/tokens counts with them); any other model's counts are estimates.
std::span<const char *const> tokenizerNames();
// The tokenizer of an OpenAI model by its API id ("gpt-4o-mini-2024-07-18", "openai/gpt-4o"), or empty.
QString tokenizerForModelId(const QString &modelId);
const ModelField *forColumn(int column);
const ModelField *forKey(const QString &key);
// An empty cell, "n/a" or "-" in an editor means "not reported".
bool isMissingInput(const QVariant &value);
// A number typed by a person in this locale ("1,5", "$0.15") or a QVariant number.
std::optional<double> toDouble(const QVariant &value);
} // namespace ModelFields

} // namespace md
