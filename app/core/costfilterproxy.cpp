#include "costfilterproxy.h"

#include "costtablemodel.h"
#include "datasetmodel.h"
#include "modelselection.h"

namespace md {

CostFilterProxy::CostFilterProxy(CostTableModel *costs, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_costs(costs)
{
    setSourceModel(costs);
    setDynamicSortFilter(true);
    // Which rows are included changes with the selection, not with a cell: filter again then.
    connect(costs, &CostTableModel::costsChanged, this, &CostFilterProxy::invalidateFilter);
}

void CostFilterProxy::setSearchText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool CostFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_costs->isIncluded(sourceRow))
        return false;
    if (m_words.isEmpty())
        return true;
    // The table's rows are the dataset's, in the same order.
    const auto &models = m_costs->source()->dataset().models;
    if (sourceRow >= int(models.size()))
        return false;
    const ModelInfo &m = models[size_t(sourceRow)];
    const QString text = QStringList{m.name, m.id, m.vendor, ModelSelection::provider(m)}.join(QLatin1Char(' '));
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&text](const QString &w) { return text.contains(w, Qt::CaseInsensitive); });
}

bool CostFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int column = left.column();
    if (column == CostTableModel::ModelColumn || column == CostTableModel::NotesColumn)
        return QString::localeAwareCompare(left.data().toString(), right.data().toString()) < 0;
    const QVariant a = left.data(CostTableModel::MoneyUnitsRole);
    const QVariant b = right.data(CostTableModel::MoneyUnitsRole);
    // n/a sorts last ascending and first descending: it is never a figure between others.
    if (a.isValid() != b.isValid())
        return !a.isValid() ? false : true;
    if (!a.isValid())
        return left.row() < right.row();
    return a.toDouble() < b.toDouble();
}

} // namespace md
