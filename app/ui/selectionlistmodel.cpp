#include "selectionlistmodel.h"

#include "charts/modelcolors.h"
#include "core/datasetmodel.h"

namespace md {

SelectionListModel::SelectionListModel(Kind kind, DatasetModel *source, QObject *parent)
    : QAbstractListModel(parent)
    , m_kind(kind)
    , m_source(source)
{
    // Structure follows the dataset: models are its rows, benchmarks its score columns.
    connect(source, &QAbstractItemModel::modelReset, this, &SelectionListModel::resetFromSource);
    connect(source, &QAbstractItemModel::rowsInserted, this, &SelectionListModel::resetFromSource);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &SelectionListModel::resetFromSource);
    connect(source, &QAbstractItemModel::columnsInserted, this, &SelectionListModel::resetFromSource);
    connect(source, &QAbstractItemModel::columnsRemoved, this, &SelectionListModel::resetFromSource);
    connect(source, &QAbstractItemModel::dataChanged, this, &SelectionListModel::namesChanged);
    connect(source, &QAbstractItemModel::headerDataChanged, this, &SelectionListModel::namesChanged);
}

void SelectionListModel::resetFromSource()
{
    beginResetModel();
    endResetModel();
    emit checkedChanged();
}

void SelectionListModel::namesChanged()
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

int SelectionListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_source)
        return 0;
    const Dataset &data = m_source->dataset();
    return int(m_kind == Kind::Models ? data.models.size() : data.benchmarks.size());
}

QString SelectionListModel::idAt(int row) const
{
    const Dataset &data = m_source->dataset();
    return m_kind == Kind::Models ? data.models[size_t(row)].id : data.benchmarks[size_t(row)].id;
}

QVariant SelectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_source)
        return {};
    const Dataset &data = m_source->dataset();
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return m_kind == Kind::Models ? data.models[size_t(row)].name : data.benchmarks[size_t(row)].name;
    case Qt::ToolTipRole:
        if (m_kind == Kind::Models)
            return tr("%1 (%2)").arg(data.models[size_t(row)].vendor, data.models[size_t(row)].id);
        return data.benchmarks[size_t(row)].description;
    case Qt::DecorationRole:
        return m_kind == Kind::Models ? QVariant(ModelColors::color(idAt(row))) : QVariant();
    case Qt::CheckStateRole:
        return m_unchecked.contains(idAt(row)) ? Qt::Unchecked : Qt::Checked;
    case IdRole:
        return idAt(row);
    default:
        return {};
    }
}

bool SelectionListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_source)
        return false;
    const QString id = idAt(index.row());
    const bool check = value.value<Qt::CheckState>() == Qt::Checked;
    if (check == !m_unchecked.contains(id))
        return true;
    if (!check && checkedIds().size() <= 1)
        return false;
    if (check)
        m_unchecked.remove(id);
    else
        m_unchecked.insert(id);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

Qt::ItemFlags SelectionListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

QStringList SelectionListModel::checkedIds() const
{
    QStringList ids;
    for (int row = 0; row < rowCount(); ++row) {
        if (!m_unchecked.contains(idAt(row)))
            ids << idAt(row);
    }
    return ids;
}

bool SelectionListModel::allChecked() const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (m_unchecked.contains(idAt(row)))
            return false;
    }
    return true;
}

QStringList SelectionListModel::uncheckedIds() const
{
    QStringList ids(m_unchecked.cbegin(), m_unchecked.cend());
    ids.sort();
    return ids;
}

void SelectionListModel::setUncheckedIds(const QStringList &ids)
{
    m_unchecked = QSet<QString>(ids.cbegin(), ids.cend());
    // Never leave nothing checked, whatever was remembered.
    if (rowCount() > 0 && checkedIds().isEmpty())
        m_unchecked.remove(idAt(0));
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::CheckStateRole});
    emit checkedChanged();
}

void SelectionListModel::setAllChecked()
{
    setUncheckedIds({});
}

} // namespace md
