#include "modelselection.h"

#include "datasetmodel.h"

#include <algorithm>

namespace md {

ModelSelection::ModelSelection(DatasetModel *source, QObject *parent)
    : QAbstractListModel(parent)
    , m_source(source)
{
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &ModelSelection::beginResetModel);
    connect(source, &QAbstractItemModel::modelReset, this, &ModelSelection::resetFromSource);
    connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first, int last) { beginInsertRows({}, first, last); });
    connect(source, &QAbstractItemModel::rowsInserted, this, &ModelSelection::rowsAdded);
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { beginRemoveRows({}, first, last); });
    connect(source, &QAbstractItemModel::rowsRemoved, this, [this] {
        endRemoveRows();
        emit selectionChanged();
    });
    connect(source, &QAbstractItemModel::dataChanged, this, &ModelSelection::sourceDataChanged);
    // A score column added or removed changes HasScoresRole of every row.
    connect(source, &QAbstractItemModel::columnsInserted, this, &ModelSelection::emitAllChecksChanged);
    connect(source, &QAbstractItemModel::columnsRemoved, this, &ModelSelection::emitAllChecksChanged);
    m_selected = [&] {
        const QStringList ids = defaultSelection(source->dataset());
        return QSet<QString>(ids.cbegin(), ids.cend());
    }();
}

ModelSelection::~ModelSelection() = default;

void ModelSelection::resetFromSource()
{
    // A new dataset: it opens with its default selection.
    const QStringList ids = defaultSelection(m_source->dataset());
    m_selected = QSet<QString>(ids.cbegin(), ids.cend());
    endResetModel();
    emit selectionChanged();
}

void ModelSelection::rowsAdded(const QModelIndex &, int first, int last)
{
    // A model added by hand is one a person wants to see.
    const Dataset &data = m_source->dataset();
    for (int row = first; row <= last; ++row)
        m_selected.insert(data.models[size_t(row)].id);
    endInsertRows();
    emit selectionChanged();
}

void ModelSelection::sourceDataChanged(const QModelIndex &from, const QModelIndex &to)
{
    if (!from.isValid())
        return;
    emit dataChanged(index(from.row()), index(to.row()));
}

void ModelSelection::emitAllChecksChanged()
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

int ModelSelection::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : int(m_source->dataset().models.size());
}

QString ModelSelection::provider(const ModelInfo &model)
{
    const qsizetype slash = model.id.indexOf(QLatin1Char('/'));
    return slash > 0 ? model.id.left(slash) : model.vendor;
}

std::optional<double> ModelSelection::blendedPrice(const ModelInfo &model)
{
    const PriceEntry *price = model.currentPrice();
    if (!price || !price->input || !price->output)
        return std::nullopt;
    return (double(*price->input) * 3 + double(*price->output)) / 4 / 1e6;
}

QVariant ModelSelection::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_source)
        return {};
    const ModelInfo &m = m_source->dataset().models[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return m.name.isEmpty() ? m.id : m.name;
    case Qt::ToolTipRole:
        return m.vendor.isEmpty() ? m.id : tr("%1 (%2)").arg(m.vendor, m.id);
    case Qt::CheckStateRole:
        return m_selected.contains(m.id) ? Qt::Checked : Qt::Unchecked;
    case ModelIdRole:
        return m.id;
    case VendorRole:
        return m.vendor;
    case ProviderRole:
        return provider(m);
    case HasScoresRole:
        return !m.scores.isEmpty();
    case HasPriceRole:
        return blendedPrice(m).has_value();
    case IsFreeRole:
        return blendedPrice(m) == 0.0;
    case ContextWindowRole:
        return m.contextWindow;
    case BlendedPriceRole: {
        const auto price = blendedPrice(m);
        return price ? QVariant(*price) : QVariant();
    }
    case SearchTextRole:
        return QStringList{m.name, m.id, m.vendor, provider(m)}.join(QLatin1Char(' '));
    default:
        return {};
    }
}

bool ModelSelection::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_source)
        return false;
    setSelected(index.data(ModelIdRole).toString(), value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

Qt::ItemFlags ModelSelection::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

QStringList ModelSelection::selectedIds() const
{
    QStringList ids;
    if (!m_source)
        return ids;
    for (const ModelInfo &m : m_source->dataset().models) {
        if (m_selected.contains(m.id))
            ids << m.id;
    }
    return ids;
}

int ModelSelection::selectedCount() const
{
    if (!m_source)
        return 0;
    const auto &models = m_source->dataset().models;
    return int(
        std::count_if(models.begin(), models.end(), [this](const ModelInfo &m) { return m_selected.contains(m.id); }));
}

void ModelSelection::setSelected(const QString &modelId, bool selected)
{
    setSelected(QStringList{modelId}, selected);
}

void ModelSelection::setSelected(const QStringList &modelIds, bool selected)
{
    bool changed = false;
    for (const QString &id : modelIds) {
        if (m_selected.contains(id) == selected)
            continue;
        changed = true;
        if (selected)
            m_selected.insert(id);
        else
            m_selected.remove(id);
    }
    if (!changed)
        return;
    if (modelIds.size() == 1) {
        const int row = m_source ? m_source->rowForModel(modelIds.constFirst()) : -1;
        if (row >= 0)
            emit dataChanged(index(row), index(row), {Qt::CheckStateRole});
    } else {
        emitAllChecksChanged();
    }
    emit selectionChanged();
}

void ModelSelection::setSelectedIds(const QStringList &modelIds)
{
    QSet<QString> wanted(modelIds.cbegin(), modelIds.cend());
    if (wanted == m_selected)
        return;
    m_selected = std::move(wanted);
    emitAllChecksChanged();
    emit selectionChanged();
}

void ModelSelection::selectAll()
{
    QStringList all;
    for (const ModelInfo &m : m_source->dataset().models)
        all << m.id;
    setSelectedIds(all);
}

void ModelSelection::clear()
{
    setSelectedIds({});
}

void ModelSelection::applyDefault()
{
    setSelectedIds(defaultSelection(m_source->dataset()));
}

QStringList ModelSelection::defaultSelection(const Dataset &data)
{
    QStringList ids;
    const bool all = int(data.models.size()) <= SelectAllUpTo;
    for (const ModelInfo &m : data.models) {
        if (all || !m.scores.isEmpty())
            ids << m.id;
    }
    if (!ids.isEmpty())
        return ids;
    std::vector<std::pair<double, QString>> priced;
    for (const ModelInfo &m : data.models) {
        const auto price = blendedPrice(m);
        if (price && *price > 0)
            priced.emplace_back(*price, m.id);
    }
    const size_t n = std::min(priced.size(), size_t(CheapestByDefault));
    std::partial_sort(priced.begin(), priced.begin() + qsizetype(n), priced.end());
    for (size_t i = 0; i < n; ++i)
        ids << priced[i].second;
    return ids;
}

} // namespace md
