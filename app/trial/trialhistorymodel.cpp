#include "trialhistorymodel.h"

#include <QLocale>

namespace md::trial {

TrialHistoryModel::TrialHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TrialHistoryModel::setRecords(std::vector<TrialRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

void TrialHistoryModel::upsert(const TrialRecord &record)
{
    for (size_t i = 0; i < m_records.size(); ++i) {
        if (m_records[i].id == record.id) {
            m_records[i] = record;
            emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
            return;
        }
    }
    beginInsertRows({}, 0, 0);
    m_records.insert(m_records.begin(), record);
    endInsertRows();
}

bool TrialHistoryModel::removeTrial(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    beginRemoveRows({}, row, row);
    m_records.erase(m_records.begin() + row);
    endRemoveRows();
    return true;
}

int TrialHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int TrialHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrialHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrialRecord &r = m_records[size_t(index.row())];
    if (role == TrialIdRole)
        return r.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case StartedColumn:
        return QLocale().toString(r.started.toLocalTime(), QLocale::ShortFormat);
    case PromptColumn: {
        const QString prompt = r.turns.empty() ? QString() : r.turns.front().prompt;
        return role == Qt::ToolTipRole ? prompt : prompt.simplified().left(120);
    }
    case ModelsColumn: {
        QStringList labels;
        for (const ColumnSpec &c : r.columns)
            labels << c.label;
        return labels.join(QStringLiteral(", "));
    }
    case ResultColumn: {
        int answers = 0;
        int failed = 0;
        for (const TrialTurn &turn : r.turns) {
            for (const TrialAnswer &a : turn.answers) {
                ++answers;
                failed += a.ok() ? 0 : 1;
            }
        }
        if (failed == 0)
            return tr("✓ All answered");
        return tr("✗ %1 of %2 failed").arg(QLocale().toString(failed), QLocale().toString(answers));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TrialHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case StartedColumn:
        return tr("Started");
    case PromptColumn:
        return tr("Prompt");
    case ModelsColumn:
        return tr("Models");
    case ResultColumn:
        return tr("Result");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace md::trial
