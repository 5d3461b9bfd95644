#pragma once

#include "trialrecord.h"

#include <QAbstractTableModel>
#include <vector>

namespace md::trial {

// The trial history as a table, newest first: when, the first prompt, the models, whether every answer came.
class TrialHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrialHistoryModel)

public:
    enum Column { StartedColumn, PromptColumn, ModelsColumn, ResultColumn, ColumnCount };
    enum Role { TrialIdRole = Qt::UserRole };

    explicit TrialHistoryModel(QObject *parent = nullptr);

    void setRecords(std::vector<TrialRecord> records);
    // Adds the record at the top, or updates it in place when its id is known.
    void upsert(const TrialRecord &record);
    bool removeTrial(int row);
    const TrialRecord &record(int row) const { return m_records.at(size_t(row)); }
    const std::vector<TrialRecord> &records() const { return m_records; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<TrialRecord> m_records;
};

} // namespace md::trial
