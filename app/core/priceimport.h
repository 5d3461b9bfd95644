#pragma once

#include "dataset.h"
#include "result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <optional>
#include <span>
#include <vector>

namespace md {

// One model as a public price list describes it.
struct ImportedModel {
    ModelInfo info;       // `prices` holds the list price as one entry when the list gives any price
    QSet<QString> fields; // which fields the list gives, by their HandEdit names ("input", "context_window", ...)
};

// An entry of the list that was left out, and why ("sample_spec": "max_tokens: must be ...").
struct ImportSkip {
    QString entry;
    QString reason;
};

enum class ImportSource { LiteLlm, OpenRouter, GenAiPrices, ModelsDev };

struct ImportBatch;

// One price list format: a row of PriceImport::importers(). The import command (--from, its help), the
// File > Import menu and its file dialog all walk that table, so a new format is one row (README "Code layout").
struct Importer {
    using Parse = Result<ImportBatch> (*)(const QByteArray &data, const QString &origin, const QDate &effective);

    ImportSource source;
    const char *name;        // "litellm": what --from takes
    const char *displayName; // "LiteLLM": menus, and the source of the imported price entries
    const char *description; // untranslated (PriceImport context): what the file is
    const char *fileFilter;  // untranslated (PriceImport context): the open dialog's filter
    const char *defaultUrl;  // where the list is published (File > Update Prices, editable in its settings)
    Parse parse;

    QString translatedDescription() const;
    QString translatedFileFilter() const;
};

struct ImportBatch {
    QString origin;     // the file, as named in messages
    QString sourceName; // "LiteLLM", "OpenRouter": the source of the imported price entries
    QDate effective;    // the date the imported prices take effect
    std::vector<ImportedModel> models;
    std::vector<ImportSkip> skipped; // malformed entries: wrong types, negative prices, duplicates
    std::vector<ImportSkip> notes;   // what was read but cannot be priced (an off-peak window, a per-request charge)
    int otherModes = 0;              // entries that are not chat models (embeddings, images, ...), left out on purpose
};

// Reads the public price lists people keep their prices in: LiteLLM's model_prices_and_context_window.json
// (per-token prices, about 3,000 entries) and OpenRouter's /api/v1/models listing (per-token prices as text).
// A file that is not JSON, not UTF-8, truncated, too large or of the wrong shape is refused with a message
// naming the file and the position; a single malformed entry is skipped and reported, never fatal.
class PriceImport
{
    Q_DECLARE_TR_FUNCTIONS(PriceImport)

public:
    static Result<ImportBatch> load(ImportSource source, const QString &path,
                                    const QDate &effective = QDate::currentDate());
    static Result<ImportBatch> parse(ImportSource source, const QByteArray &data, const QString &origin,
                                     const QDate &effective);
    static Result<ImportBatch> parseLiteLlm(const QByteArray &data, const QString &origin, const QDate &effective);
    static Result<ImportBatch> parseOpenRouter(const QByteArray &data, const QString &origin, const QDate &effective);
    static Result<ImportBatch> parseGenAiPrices(const QByteArray &data, const QString &origin, const QDate &effective);
    static Result<ImportBatch> parseModelsDev(const QByteArray &data, const QString &origin, const QDate &effective);

    // "FILE: none of its 3 entries could be read (the first, "x": input: ...)" when every entry of the list
    // was skipped as malformed (none read, none of another mode); empty otherwise.
    static QString nothingReadable(const ImportBatch &batch);

    static std::span<const Importer> importers();
    static const Importer *importer(const QString &name); // "litellm", "openrouter"; nullptr when unknown
    static const Importer &importer(ImportSource source);
    static QString importerNames(); // "litellm or openrouter", for messages and help

    static std::optional<ImportSource> sourceFromName(const QString &name);
    static QString sourceName(ImportSource source);

    // US dollars per token written in decimal ("1.5e-07", "0.00000015") to micro-dollars per 1M tokens,
    // exactly: the decimal digits are shifted, never multiplied in floating point, then rounded half away
    // from zero. nullopt when the text is not a decimal number or does not fit.
    static std::optional<MicroUsdPerMTok> perTokenToMicroPerMTok(QByteArrayView decimal);
    // The same for US dollars per 1M tokens ("0.075", genai-prices' `*_mtok` and models.dev's `cost`).
    static std::optional<MicroUsdPerMTok> perMTokToMicroPerMTok(QByteArrayView decimal);
};

} // namespace md
