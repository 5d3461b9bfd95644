#pragma once

#include <QDialog>

class QTableView;

namespace md {

namespace trial {
class TrialHistory;
class TrialHistoryModel;
struct TrialRecord;
} // namespace trial

// The kept trials, newest first: open one to read it again, re-run it, export it or delete it.
class TrialHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrialHistoryDialog)

public:
    TrialHistoryDialog(trial::TrialHistoryModel *model, trial::TrialHistory *history, QWidget *parent = nullptr);

signals:
    void openRequested(const md::trial::TrialRecord &record, bool rerun);

private:
    int currentRow() const;
    void exportCurrent();
    void deleteCurrent();

    trial::TrialHistoryModel *m_model;
    trial::TrialHistory *m_history;
    QTableView *m_view;
};

// Asks where to save and writes `record` as Markdown or JSON (by the chosen file type).
void exportTrialRecord(QWidget *parent, const trial::TrialRecord &record);

} // namespace md
