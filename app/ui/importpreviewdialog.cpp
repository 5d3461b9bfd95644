#include "importpreviewdialog.h"

#include "core/format.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace md {

namespace {
constexpr int ItemRole = Qt::UserRole;       // index into MergePlan::items
constexpr int ChangeRole = Qt::UserRole + 1; // index into MergeItem::changes

QString priceSummary(const ModelInfo &m)
{
    const PriceEntry *p = m.currentPrice();
    if (!p)
        return Format::notAvailable();
    return ImportPreviewDialog::tr("%1 in / %2 out per 1M, context %3")
        .arg(Format::pricePerMTok(p->input), Format::pricePerMTok(p->output), Format::tokensShort(m.contextWindow));
}
} // namespace

ImportPreviewDialog::ImportPreviewDialog(MergePlan plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(std::move(plan))
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Import from %1").arg(m_plan.sourceName));
    setObjectName(QStringLiteral("ImportPreviewDialog"));
    m_summary->setWordWrap(true);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Model / field"), tr("Current"), tr("Imported")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);

    m_added = group(tr("Added"), m_plan.count(MergeItem::Added));
    m_changed = group(tr("Changed"), m_plan.count(MergeItem::Changed));
    QTreeWidgetItem *unchanged = group(tr("Unchanged"), m_plan.count(MergeItem::Unchanged));
    QTreeWidgetItem *skipped = group(tr("Skipped"), int(m_plan.skipped.size()));
    skipped->setDisabled(false); // still lists the entries of other modes
    for (QTreeWidgetItem *g : {m_added, m_changed})
        g->setFlags(g->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);

    for (int i = 0; i < int(m_plan.items.size()); ++i) {
        const MergeItem &item = m_plan.items[size_t(i)];
        const ModelInfo &in = item.incoming.info;
        if (item.kind == MergeItem::Unchanged) {
            auto *row = new QTreeWidgetItem(unchanged, {item.targetId, priceSummary(in), QString()});
            row->setData(0, ItemRole, i);
            continue;
        }
        QTreeWidgetItem *parentItem = item.kind == MergeItem::Added ? m_added : m_changed;
        auto *row = new QTreeWidgetItem(parentItem);
        row->setData(0, ItemRole, i);
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        if (item.kind == MergeItem::Added) {
            row->setText(0, in.name == item.targetId ? item.targetId : tr("%1 (%2)").arg(in.name, item.targetId));
            row->setText(1, Format::notAvailable());
            row->setText(2, priceSummary(in));
            row->setCheckState(0, item.apply ? Qt::Checked : Qt::Unchecked);
            continue;
        }
        row->setText(0, item.targetId == in.id ? item.targetId : tr("%1 (from %2)").arg(item.targetId, in.id));
        for (int c = 0; c < int(item.changes.size()); ++c) {
            const FieldChange &change = item.changes[size_t(c)];
            auto *field = new QTreeWidgetItem(row, {change.label, change.oldText, change.newText});
            field->setData(0, ItemRole, i);
            field->setData(0, ChangeRole, c);
            field->setFlags(field->flags() | Qt::ItemIsUserCheckable);
            field->setCheckState(0, item.apply && change.apply ? Qt::Checked : Qt::Unchecked);
            if (change.handEdited) {
                field->setText(0, tr("%1 — edited by hand").arg(change.label));
                field->setToolTip(0, tr("You typed this value in. It is kept unless you tick it."));
                QFont italic = field->font(1);
                italic.setItalic(true);
                field->setFont(1, italic);
            }
        }
        row->setExpanded(true);
    }
    // Reasons are long ("input_cost_per_token: must not be negative, got -1e-06"): one spanned line each.
    for (const ImportSkip &s : m_plan.skipped) {
        auto *row = new QTreeWidgetItem(skipped, {tr("%1 — %2").arg(s.entry, s.reason)});
        row->setToolTip(0, row->text(0));
        row->setFirstColumnSpanned(true);
    }
    // What the list gives but ModelDesk cannot price (an off-peak window, a per-request charge): said, not applied.
    if (!m_plan.notes.empty()) {
        QTreeWidgetItem *notes = group(tr("Not imported"), int(m_plan.notes.size()));
        notes->setDisabled(false);
        for (const ImportSkip &n : m_plan.notes) {
            auto *row = new QTreeWidgetItem(notes, {tr("%1 — %2").arg(n.entry, n.reason)});
            row->setToolTip(0, row->text(0));
            row->setFirstColumnSpanned(true);
        }
        notes->setExpanded(m_plan.notes.size() <= 20);
    }
    if (m_plan.otherModes > 0) {
        auto *row = new QTreeWidgetItem(
            skipped, {tr("%1 entries that are not chat models (embeddings, images, audio, ...) were left out")
                          .arg(m_plan.otherModes)});
        row->setFirstColumnSpanned(true);
    }
    m_added->setExpanded(m_plan.count(MergeItem::Added) <= 50);
    m_changed->setExpanded(true);
    skipped->setExpanded(m_plan.skipped.size() <= 20);
    m_tree->resizeColumnToContents(0);
    m_tree->setColumnWidth(0, qBound(220, m_tree->columnWidth(0) + 24, 420));
    m_tree->setColumnWidth(1, 260);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    QPushButton *all = buttons->addButton(tr("Select All"), QDialogButtonBox::ResetRole);
    QPushButton *none = buttons->addButton(tr("Select None"), QDialogButtonBox::ResetRole);
    connect(all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::itemChanged, this, &ImportPreviewDialog::updateSummary);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(900, 620);
    updateSummary();
}

QTreeWidgetItem *ImportPreviewDialog::group(const QString &title, int count)
{
    auto *item = new QTreeWidgetItem(m_tree, {tr("%1 (%2)").arg(title).arg(count)});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFirstColumnSpanned(true);
    if (count == 0)
        item->setDisabled(true);
    return item;
}

void ImportPreviewDialog::setAllChecked(bool checked)
{
    for (QTreeWidgetItem *g : {m_added, m_changed}) {
        if (g->childCount() > 0)
            g->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
    }
}

MergePlan ImportPreviewDialog::plan() const
{
    MergePlan result = m_plan;
    for (int i = 0; i < m_added->childCount(); ++i) {
        const QTreeWidgetItem *row = m_added->child(i);
        result.items[size_t(row->data(0, ItemRole).toInt())].apply = row->checkState(0) == Qt::Checked;
    }
    for (int i = 0; i < m_changed->childCount(); ++i) {
        const QTreeWidgetItem *row = m_changed->child(i);
        MergeItem &item = result.items[size_t(row->data(0, ItemRole).toInt())];
        item.apply = row->checkState(0) != Qt::Unchecked;
        for (int c = 0; c < row->childCount(); ++c) {
            const QTreeWidgetItem *field = row->child(c);
            item.changes[size_t(field->data(0, ChangeRole).toInt())].apply = field->checkState(0) == Qt::Checked;
        }
    }
    return result;
}

void ImportPreviewDialog::updateSummary()
{
    int added = 0;
    int changes = 0;
    for (int i = 0; i < m_added->childCount(); ++i)
        added += m_added->child(i)->checkState(0) == Qt::Checked;
    for (int i = 0; i < m_changed->childCount(); ++i)
        for (int c = 0; c < m_changed->child(i)->childCount(); ++c)
            changes += m_changed->child(i)->child(c)->checkState(0) == Qt::Checked;
    m_summary->setText(tr("<b>%1</b> — %2 models to add, %3 changed values to apply; %4 models unchanged, %5 entries "
                          "skipped as malformed. Values you edited by hand (in italics) are kept unless you tick them.")
                           .arg(m_plan.origin.section(QLatin1Char('/'), -1).toHtmlEscaped())
                           .arg(added)
                           .arg(changes)
                           .arg(m_plan.count(MergeItem::Unchanged))
                           .arg(m_plan.skipped.size()));
}

} // namespace md
