#pragma once

#include "core/datasetmerge.h"

#include <QDialog>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace md {

// What an import would change, before anything changes: the models it adds, the values it changes (old → new)
// and what stays the same or was skipped. A person ticks what to apply; values they edited by hand start
// unticked. The result is applied as one undo step by the caller.
class ImportPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewDialog)

public:
    explicit ImportPreviewDialog(MergePlan plan, QWidget *parent = nullptr);

    // The plan with the person's ticks.
    MergePlan plan() const;
    QTreeWidget *tree() const { return m_tree; }
    void setAllChecked(bool checked);

private:
    QTreeWidgetItem *group(const QString &title, int count);
    void updateSummary();

    MergePlan m_plan;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    QTreeWidgetItem *m_added = nullptr;
    QTreeWidgetItem *m_changed = nullptr;
};

} // namespace md
