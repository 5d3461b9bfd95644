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

// "above 200K: $2.50 in, $15.00 out, $0.25 cached" for each tier; "none" without.
QString tiersText(const ModelInfo &m)
{
    const PriceEntry *p = m.currentPrice();
    if (!p || p->tiers.empty())
        return DatasetMerge::tr("none");
    QStringList parts;
    for (const PriceTier &t : p->tiers) {
        QStringList prices;
        if (t.input)
            prices << DatasetMerge::tr("%1 in").arg(Format::pricePerMTok(t.input));
        if (t.output)
            prices << DatasetMerge::tr("%1 out").arg(Format::pricePerMTok(t.output));
        if (t.cachedInput)
            prices << DatasetMerge::tr("%1 cached").arg(Format::pricePerMTok(t.cachedInput));
        if (t.cacheWrite)
            prices << DatasetMerge::tr("%1 cache write").arg(Format::pricePerMTok(t.cacheWrite));
        parts << DatasetMerge::tr("above %1: %2")
                     .arg(Format::tokensShort(t.aboveInputTokens), prices.join(QLatin1String(", ")));
    }
    return parts.join(QLatin1String("; "));
}

const std::vector<PriceTier> &tiersOf(const ModelInfo &m)
{
    static const std::vector<PriceTier> none;
    const PriceEntry *p = m.currentPrice();
    return p ? p->tiers : none;
}

// Puts `entry` into the history at its date. An entry of that day from the same list (an import run twice in a
// day) is replaced; one from elsewhere (a launch price, a hand edit) never is: false then, and nothing changes.
bool addPriceEntry(ModelInfo &m, PriceEntry entry)
{
    const auto at = std::lower_bound(m.prices.begin(), m.prices.end(), entry.effective,
                                     [](const PriceEntry &p, const QDate &d) { return p.effective < d; });
    if (at != m.prices.end() && at->effective == entry.effective) {
        if (at->source != entry.source)
            return false;
        *at = std::move(entry);
        return true;
    }
    m.prices.insert(at, std::move(entry));
    return true;
}

// The incoming entries before the newest that the existing history has no entry for on their day.
std::vector<PriceEntry> missingHistory(const ModelInfo &existing, const ModelInfo &incoming)
{
    std::vector<PriceEntry> missing;
    for (size_t i = 0; i + 1 < incoming.prices.size(); ++i) {
        const PriceEntry &e = incoming.prices[i];
        const bool known = std::any_of(existing.prices.cbegin(), existing.prices.cend(),
                                       [&e](const PriceEntry &p) { return p.effective == e.effective; });
        if (!known)
            missing.push_back(e);
    }
    return missing;
}

// The day the list's newest price takes effect: its own date when the list gives one (genai-prices), else the
// import's.
QDate incomingDate(const ModelInfo &incoming, const QDate &fallback)
{
    const PriceEntry *p = incoming.currentPrice();
    return p && p->effective.isValid() ? p->effective : fallback;
}

} // namespace

const QString DatasetMerge::TiersField = QStringLiteral("tiers");
const QString DatasetMerge::HistoryField = QStringLiteral("price_history");

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
    plan.notes = batch.notes;
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
            // Only a model of the current dataset is matched without the prefix; the list's own provider variants
            // ("gemini/gemini-2.5-pro" beside "gemini-2.5-pro") stay separate models under the list's keys.
            const QString bare = target.section(QLatin1Char('/'), -1);
            if (bare != target && byId.value(bare, -1) >= 0 && !claimed.contains(bare)) {
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
        if (incoming.fields.contains(TiersField) && tiersOf(existing) != tiersOf(incoming.info)) {
            FieldChange c;
            c.field = TiersField;
            c.label = tr("Long-prompt prices");
            c.oldText = tiersText(existing);
            c.newText = tiersText(incoming.info);
            c.handEdited = existing.handEdited.contains(TiersField);
            c.apply = !c.handEdited;
            item.changes.push_back(std::move(c));
        }
        if (const auto missing = missingHistory(existing, incoming.info); !missing.empty()) {
            FieldChange c;
            c.field = HistoryField;
            c.label = tr("Price history");
            c.oldText = tr("%n dated entries", nullptr, int(existing.prices.size()));
            QStringList dates;
            for (const PriceEntry &e : missing)
                dates << e.effective.toString(Qt::ISODate);
            c.newText = tr("+ the list's entries of %1").arg(dates.join(QLatin1String(", ")));
            item.changes.push_back(std::move(c));
        }
        if (!item.changes.empty()) {
            // A price of that very day from elsewhere (a launch price) is never replaced: the list's price is
            // then left out, and the preview and the report say so.
            const PriceEntry *newest = existing.currentPrice();
            for (FieldChange &c : item.changes) {
                const ModelField *field = ModelFields::forKey(c.field);
                const bool price = c.field == TiersField || (field && field->kind == ModelField::Price);
                if (price && newest && newest->effective >= incomingDate(incoming.info, batch.effective) &&
                    newest->source != batch.sourceName) {
                    c.apply = false;
                    c.keptDated = true;
                }
            }
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
        const ModelInfo before = m;
        for (const FieldChange &c : item.changes) {
            if (!c.apply)
                continue;
            if (c.field == HistoryField) {
                for (PriceEntry &e : missingHistory(before, item.incoming.info))
                    addPriceEntry(m, std::move(e)); // one of that day from elsewhere is never replaced
                continue;
            }
            if (c.field == TiersField) {
                m.handEdited.remove(c.field);
                newPrice.tiers = tiersOf(item.incoming.info);
                priceChanged = true;
                continue;
            }
            const ModelField *field = ModelFields::forKey(c.field);
            if (!field || !field->has(ModelField::Importable))
                continue;
            // The value is the list's now, not the person's: a later import may update it again.
            m.handEdited.remove(c.field);
            field->copy(item.incoming.info, m, newPrice);
            if (field->has(ModelField::Fact))
                m.factSources.insert(c.field, plan.sourceName);
            priceChanged = priceChanged || field->kind == ModelField::Price;
            if (field->kind == ModelField::Count)
                m.limitChanges.push_back({plan.effective, plan.sourceName, c.field, field->value(before).toLongLong(),
                                          field->value(m).toLongLong()});
        }
        if (!priceChanged)
            continue;
        // A new list price is a new entry of the price history, dated; the older entries stay as they were.
        newPrice.source = plan.sourceName;
        newPrice.effective = incomingDate(item.incoming.info, plan.effective);
        addPriceEntry(m, std::move(newPrice));
    }
    return result;
}

QStringList DatasetMerge::whatChanged(const Dataset &before, const MergePlan &plan)
{
    QStringList down;
    QStringList up;
    QStringList added;
    for (const MergeItem &item : plan.items) {
        if (!item.apply)
            continue;
        if (item.kind == MergeItem::Added) {
            const PriceEntry *p = item.incoming.info.currentPrice();
            added << (p && (p->input || p->output)
                          ? tr("New model: %1 (%2 in, %3 out)")
                                .arg(item.targetId, Format::pricePerMTok(p->input), Format::pricePerMTok(p->output))
                          : tr("New model: %1").arg(item.targetId));
            continue;
        }
        const ModelInfo *old = before.model(item.targetId);
        if (item.kind != MergeItem::Changed || !old)
            continue;
        for (const FieldChange &c : item.changes) {
            const ModelField *field = ModelFields::forKey(c.field);
            if (!c.apply || !field || field->kind != ModelField::Price)
                continue;
            const auto from = field->price(*old);
            const auto to = field->price(item.incoming.info);
            if (!from || !to || *from == *to)
                continue;
            const QString line = (*to < *from ? tr("%1 down: %2 %3 → %4") : tr("%1 up: %2 %3 → %4"))
                                     .arg(field->translatedTitle(), item.targetId, c.oldText, c.newText);
            (*to < *from ? down : up) << line;
        }
    }
    return down + up + added;
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
            else if (c.keptDated)
                line(tr("  kept     %1: %2 %3 (an entry dated %4 is never replaced; the list says %5)")
                         .arg(item.targetId, c.label, c.oldText, plan.effective.toString(Qt::ISODate), c.newText));
            else if (c.handEdited)
                line(tr("  kept     %1: %2 %3 (edited by hand; the list says %4)")
                         .arg(item.targetId, c.label, c.oldText, c.newText));
        }
    }
    for (const ImportSkip &s : plan.skipped)
        line(tr("  skipped  %1: %2").arg(s.entry, s.reason));
    for (const ImportSkip &s : plan.notes)
        line(tr("  note     %1: %2").arg(s.entry, s.reason));
    return out;
}

} // namespace md
