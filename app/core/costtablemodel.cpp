#include "costtablemodel.h"

#include "datasetmodel.h"
#include "format.h"

#include <QFont>
#include <QPalette>

namespace md {

CostTableModel::CostTableModel(const DatasetModel *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    m_workload.inputTokens = 1000;
    m_workload.outputTokens = 500;
    m_workload.requests = 100'000;
    // Values change in place: recompute and report changed cells. Structure changes: reset.
    connect(source, &QAbstractItemModel::dataChanged, this, &CostTableModel::recompute);
    connect(source, &QAbstractItemModel::modelReset, this, &CostTableModel::rebuild);
    connect(source, &QAbstractItemModel::rowsInserted, this, &CostTableModel::rebuild);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &CostTableModel::rebuild);
    connect(source, &QAbstractItemModel::rowsMoved, this, &CostTableModel::rebuild);
    rebuild();
}

void CostTableModel::setWorkload(const Workload &workload)
{
    if (workload == m_workload)
        return;
    m_workload = workload;
    recompute();
}

void CostTableModel::rebuild()
{
    beginResetModel();
    m_rows = m_source ? CostCalculator::compute(m_source->dataset(), m_workload) : std::vector<CostRow>{};
    m_cheapest = CostCalculator::cheapest(m_rows);
    endResetModel();
}

void CostTableModel::recompute()
{
    if (!m_source || m_source->dataset().models.size() != m_rows.size()) {
        rebuild();
        return;
    }
    m_rows = CostCalculator::compute(m_source->dataset(), m_workload);
    m_cheapest = CostCalculator::cheapest(m_rows);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CostTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CostTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CostTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CostRow &row = m_rows[size_t(index.row())];
    const bool cheapest = index.row() == m_cheapest;
    switch (role) {
    case ModelIdRole:
        return row.modelId;
    case IsCheapestRole:
        return cheapest;
    case Qt::FontRole:
        if (cheapest) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        return cheapest ? QVariant(QColor(0x2E, 0xA0, 0x43, 60)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == ModelColumn ? QVariant() : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (!row.priced)
            return tr("%1 has no input or output price in the dataset").arg(row.modelName);
        if (row.exceedsContext)
            return tr("The request (%1 tokens) is longer than %2's context window")
                .arg(QLocale().toString(m_workload.inputTokens + m_workload.outputTokens))
                .arg(row.modelName);
        return cheapest ? tr("Cheapest for this workload") : QVariant();
    case MoneyUnitsRole:
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    if (index.column() == ModelColumn)
        return role == Qt::DisplayRole ? QVariant(row.modelName) : QVariant();
    if (!row.priced)
        return role == Qt::DisplayRole ? QVariant(Format::notAvailable()) : QVariant();
    const Money *amount = nullptr;
    switch (index.column()) {
    case PerRequestColumn:
        amount = &row.perRequest;
        break;
    case InputColumn:
        amount = &row.inputPerRequest;
        break;
    case OutputColumn:
        amount = &row.outputPerRequest;
        break;
    case TotalColumn:
        amount = &row.total;
        break;
    case RelativeColumn: {
        if (m_cheapest < 0 || role != Qt::DisplayRole)
            return {};
        const Money base = m_rows[size_t(m_cheapest)].total;
        if (base.units() == 0)
            return cheapest ? QVariant(tr("cheapest")) : QVariant(Format::notAvailable());
        return cheapest ? tr("cheapest") : tr("%1×").arg(QLocale().toString(double(row.total.units()) / double(base.units()), 'f', 1));
    }
    default:
        return {};
    }
    if (role == MoneyUnitsRole)
        return QVariant::fromValue(double(amount->units()));
    const bool perRequest = index.column() != TotalColumn;
    return amount->toString(QLocale(), perRequest ? 6 : 2);
}

QVariant CostTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ModelColumn:
        return tr("Model");
    case PerRequestColumn:
        return tr("Per request");
    case InputColumn:
        return tr("Input / request");
    case OutputColumn:
        return tr("Output / request");
    case TotalColumn:
        return tr("Total");
    case RelativeColumn:
        return tr("vs. cheapest");
    default:
        return {};
    }
}

} // namespace md
