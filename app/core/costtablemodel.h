#pragma once

#include "costcalculator.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace md {

class DatasetModel;

// The price calculator's table: the cost of the current workload on each model of the shared
// DatasetModel. It keeps no prices of its own; any change in the source recomputes the rows.
class CostTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostTableModel)

public:
    enum Column { ModelColumn, PerRequestColumn, InputColumn, OutputColumn, TotalColumn, RelativeColumn, ColumnCount };
    enum Role { ModelIdRole = Qt::UserRole, IsCheapestRole, MoneyUnitsRole };

    explicit CostTableModel(const DatasetModel *source, QObject *parent = nullptr);

    const Workload &workload() const { return m_workload; }
    void setWorkload(const Workload &workload);
    const std::vector<CostRow> &rows() const { return m_rows; }
    int cheapestRow() const { return m_cheapest; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void recompute();
    void rebuild();

    QPointer<const DatasetModel> m_source;
    Workload m_workload;
    std::vector<CostRow> m_rows;
    int m_cheapest = -1;
};

} // namespace md
