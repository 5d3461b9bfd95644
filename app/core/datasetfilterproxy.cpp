#include "datasetfilterproxy.h"

#include "datasetmodel.h"

namespace md {

DatasetFilterProxy::DatasetFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void DatasetFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_dataset = qobject_cast<DatasetModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void DatasetFilterProxy::setSearchText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool DatasetFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty() || sourceParent.isValid() || !m_dataset)
        return true;
    // Straight from the dataset: with 3,000 models a search must not format every cell.
    const ModelInfo &m = m_dataset->dataset().models[size_t(sourceRow)];
    for (const QString &word : m_words) {
        if (!m.id.contains(word, Qt::CaseInsensitive) && !m.name.contains(word, Qt::CaseInsensitive) &&
            !m.vendor.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool DatasetFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(DatasetModel::NumericRole);
    const QVariant r = right.data(DatasetModel::NumericRole);
    const bool numeric = DatasetModel::isScoreColumn(left.column()) || DatasetModel::isPriceColumn(left.column()) ||
                         left.column() == DatasetModel::ContextWindowColumn ||
                         left.column() == DatasetModel::MaxOutputColumn;
    if (numeric) {
        const bool lMissing = !l.isValid() || (l.toDouble() == 0 && !DatasetModel::isScoreColumn(left.column()) &&
                                               !DatasetModel::isPriceColumn(left.column()));
        const bool rMissing = !r.isValid() || (r.toDouble() == 0 && !DatasetModel::isScoreColumn(right.column()) &&
                                               !DatasetModel::isPriceColumn(right.column()));
        if (lMissing != rMissing) // missing last, whichever way the column is sorted
            return sortOrder() == Qt::AscendingOrder ? rMissing : lMissing;
        if (lMissing)
            return false;
        return l.toDouble() < r.toDouble();
    }
    if (left.column() == DatasetModel::ReleasedColumn)
        return left.data(Qt::EditRole).toDate() < right.data(Qt::EditRole).toDate();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace md
