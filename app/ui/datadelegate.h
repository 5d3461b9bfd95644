#pragma once

#include <QStyledItemDelegate>

namespace md {

class DatasetDocument;

// Editors that fit each column of the data view: money in dollars per 1M tokens, scores 0–100, token counts
// and dates, each with "n/a" at the bottom of its range for a figure that was not reported. Values go through
// the document, so every edit is one undo step and is remembered as edited by hand.
class DataDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataDelegate)

public:
    explicit DataDelegate(DatasetDocument *document, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    DatasetDocument *m_document;
};

} // namespace md
