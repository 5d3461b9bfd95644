#pragma once

#include "dataset.h"
#include "priceimport.h"

#include <QCoreApplication>
#include <vector>

namespace md {

// One field an import would change on a model that is already in the dataset.
struct FieldChange {
    QString field;   // HandEdit name: "input", "context_window", ...
    QString label;   // "Input $/1M"
    QString oldText; // as people read it: "$0.15", "128,000", "n/a"
    QString newText;
    bool handEdited = false; // a person typed the current value in
    bool apply = true;       // hand-edited fields start unticked: never overwritten unless a person asks
    bool keptDated = false;  // a price of the import's day from another source (a launch price) is never replaced
};

struct MergeItem {
    enum Kind { Added, Changed, Unchanged };
    Kind kind = Added;
    QString targetId; // the model's id in the current dataset (the imported id when added)
    ImportedModel incoming;
    std::vector<FieldChange> changes; // Changed only
    bool apply = true;                // Added: add the model; Changed: apply the ticked changes
};

// What an import would do to the current dataset, before anything is applied. The preview dialog ticks and
// unticks; apply() then builds the merged dataset in one go, so one undo step undoes the whole import.
struct MergePlan {
    QString origin;
    QString sourceName;
    QDate effective;
    std::vector<MergeItem> items;
    std::vector<ImportSkip> skipped;
    std::vector<ImportSkip> notes; // read but not priced (an off-peak window): listed, never applied
    int otherModes = 0;

    int count(MergeItem::Kind kind) const;
};

class DatasetMerge
{
    Q_DECLARE_TR_FUNCTIONS(DatasetMerge)

public:
    // The FieldChange::field of the long-prompt prices (PriceEntry::tiers), which are no field of the table.
    static const QString TiersField;
    // The FieldChange::field of the older dated entries a list gives (genai-prices' start dates) that the
    // model's history lacks; applied, they join the history at their own dates.
    static const QString HistoryField;

    // Existing models are matched by id, then by the id without its provider prefix ("openai/gpt-4o" ->
    // "gpt-4o") when no entry claims that model by its exact id. For a model already in the dataset only the
    // limits and list prices are compared; names, vendors and dates a list gives are used for new models.
    static MergePlan plan(const Dataset &current, const ImportBatch &batch);
    static Dataset apply(const Dataset &current, const MergePlan &plan);
    // Plain text for the command line: added, updated (old -> new), kept hand edits, skipped with reasons.
    static QString report(const MergePlan &plan);
    // What an applied plan changed, for people: "Input price down: gpt-4o $5.00 → $2.50", "… up: …", "New model: …",
    // cuts first, then rises, then new models. `before` is the dataset the plan was made against.
    static QStringList whatChanged(const Dataset &before, const MergePlan &plan);
};

} // namespace md
