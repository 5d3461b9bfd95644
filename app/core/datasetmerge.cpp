#include "datasetmerge.h"

#include "format.h"
#include "modelfields.h"

#include <algorithm>

namespace md {

namespace {

QString textOf(const ModelInfo &m, const ModelField &field)
{
    if (field.kind == ModelField::Price)
        return Format::pricePerMTok(field.price(m));
    return Format::tokens(field.value(m).toLongLong());
}

} // namespace

int MergePlan::count(MergeItem::Kind kind) const
{
    return int(std::count_if(items.cbegin(), items.cend(), [kind](const MergeItem &i) { return i.kind == kind; }));
}

MergePlan DatasetMerge::plan(const Dataset &current, const ImportBatch &batch)
{
    MergePlan plan;
    plan.origin = batch.origin;
    plan.sourceName = batch.sourceName;
    plan.effective = batch.effective;
    plan.skipped = batch.skipped;
    plan.otherModes = batch.otherModes;

    QHash<QString, int> byId;
    for (int i = 0; i < int(current.models.size()); ++i)
        byId.insert(current.models[size_t(i)].id, i);
    QSet<QString> claimed;
    for (const ImportedModel &m : batch.models)
        if (byId.contains(m.info.id))
            claimed.insert(m.info.id);

    plan.items.reserve(batch.models.size());
    for (const ImportedModel &incoming : batch.models) {
        MergeItem item;
        item.incoming = incoming;
        QString target = incoming.info.id;
        if (!byId.contains(target)) {
            const QString bare = target.section(QLatin1Char('/'), -1);
            if (bare != target && byId.contains(bare) && !claimed.contains(bare)) {
                target = bare;
                claimed.insert(bare);
            }
        }
        item.targetId = target;
        const auto found = byId.constFind(target);
        if (found == byId.constEnd()) {
            item.kind = MergeItem::Added;
            byId.insert(target, -1); // a later entry with the same id would be a duplicate
            plan.items.push_back(std::move(item));
            continue;
        }
        if (*found < 0) {
            plan.skipped.push_back({incoming.info.id, tr("the same model as an earlier entry (%1)").arg(target)});
            continue;
        }
        const ModelInfo &existing = current.models[size_t(*found)];
        for (const ModelField &field : ModelFields::all()) {
            const QString key = field.jsonKey();
            if (!field.has(ModelField::Importable) || !incoming.fields.contains(key) ||
                field.sameValue(existing, incoming.info))
                continue;
            FieldChange c;
            c.field = key;
            c.label = field.translatedTitle();
            c.oldText = textOf(existing, field);
            c.newText = textOf(incoming.info, field);
            c.handEdited = existing.handEdited.contains(key);
            c.apply = !c.handEdited;
            item.changes.push_back(std::move(c));
        }
        item.kind = item.changes.empty() ? MergeItem::Unchanged : MergeItem::Changed;
        item.apply = item.kind == MergeItem::Changed;
        plan.items.push_back(std::move(item));
    }
    return plan;
}

Dataset DatasetMerge::apply(const Dataset &current, const MergePlan &plan)
{
    Dataset result = current;
    for (const MergeItem &item : plan.items) {
        if (!item.apply)
            continue;
        if (item.kind == MergeItem::Added) {
            if (result.modelIndex(item.targetId) < 0)
                result.models.push_back(item.incoming.info);
            continue;
        }
        const int row = result.modelIndex(item.targetId);
        if (item.kind != MergeItem::Changed || row < 0)
            continue;
        ModelInfo &m = result.models[size_t(row)];
        PriceEntry newPrice;
        bool priceChanged = false;
        if (const PriceEntry *p = m.currentPrice())
            newPrice = *p;
        for (const FieldChange &c : item.changes) {
            const ModelField *field = ModelFields::forKey(c.field);
            if (!c.apply || !field || !field->has(ModelField::Importable))
                continue;
            // The value is the list's now, not the person's: a later import may update it again.
            m.handEdited.remove(c.field);
            field->copy(item.incoming.info, m, newPrice);
            priceChanged = priceChanged || field->kind == ModelField::Price;
        }
        if (!priceChanged)
            continue;
        // A new list price starts a new entry of the price history; the older entries stay as they were.
        newPrice.source = plan.sourceName;
        if (m.prices.empty() || m.prices.back().effective < plan.effective) {
            newPrice.effective = plan.effective;
            m.prices.push_back(std::move(newPrice));
        } else {
            newPrice.effective = m.prices.back().effective;
            m.prices.back() = std::move(newPrice);
        }
    }
    return result;
}

QString DatasetMerge::report(const MergePlan &plan)
{
    const int updated = int(std::count_if(plan.items.cbegin(), plan.items.cend(), [](const MergeItem &i) {
        return i.apply && i.kind == MergeItem::Changed &&
               std::any_of(i.changes.cbegin(), i.changes.cend(), [](const FieldChange &c) { return c.apply; });
    }));
    QString out;
    const auto line = [&out](const QString &s) { out += s + QLatin1Char('\n'); };
    line(tr("Import from %1 (%2): %3 added, %4 updated, %5 unchanged, %6 skipped, %7 not chat models")
             .arg(plan.sourceName, plan.origin)
             .arg(plan.count(MergeItem::Added))
             .arg(updated)
             .arg(plan.count(MergeItem::Unchanged))
             .arg(plan.skipped.size())
             .arg(plan.otherModes));
    for (const MergeItem &item : plan.items) {
        if (item.kind == MergeItem::Added && item.apply)
            line(tr("  added    %1").arg(item.targetId));
    }
    for (const MergeItem &item : plan.items) {
        if (item.kind != MergeItem::Changed)
            continue;
        for (const FieldChange &c : item.changes) {
            if (c.apply && item.apply)
                line(tr("  updated  %1: %2 %3 -> %4").arg(item.targetId, c.label, c.oldText, c.newText));
            else if (c.handEdited)
                line(tr("  kept     %1: %2 %3 (edited by hand; the list says %4)")
                         .arg(item.targetId, c.label, c.oldText, c.newText));
        }
    }
    for (const ImportSkip &s : plan.skipped)
        line(tr("  skipped  %1: %2").arg(s.entry, s.reason));
    return out;
}

} // namespace md
