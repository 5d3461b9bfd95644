#pragma once

#include <QSortFilterProxyModel>

namespace md {

class CostTableModel;

// The calculator's table as shown: only the models of the shared selection (the cost model's
// included rows) that match the search (name, id, vendor, provider; every word), sortable on
// every column by the exact amounts, with "n/a" after every figure whichever way it is sorted.
class CostFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostFilterProxy)

public:
    explicit CostFilterProxy(CostTableModel *costs, QObject *parent = nullptr);

    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    CostTableModel *m_costs;
    QStringList m_words;
};

} // namespace md
