#pragma once

#include "eval/evalrun.h"
#include "eval/runhistory.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace md {

// The Suites page's matrix: a row per test (and prompt), a column per model; each cell the verdict, its
// tooltip the failing check, its reason, latency and cost. Column headers carry the pass rate, total cost and
// p50 latency. It reads the run it is given (which must outlive it, or be replaced with setRun) and marks the
// cells that changed against a compared run.
class SuiteMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuiteMatrixModel)

public:
    enum Role {
        VerdictRole = Qt::UserRole, // int: Verdict
        ChangedRole,                // QString: the compared run's verdict when it differs, else empty
        DetailRole,                 // QString: the detail pane's text (HTML)
        DisagreeRole,               // bool, on any cell of the row: the models' verdicts differ
        FailureRole,                // bool, on any cell of the row: some model failed or erred
    };
    enum Verdict { NotRun, Pass, Fail, Error, Mixed };

    explicit SuiteMatrixModel(QObject *parent = nullptr);
    ~SuiteMatrixModel() override;

    void setRun(const eval::EvalRun *run); // null: empty
    const eval::EvalRun *run() const { return m_run; }
    void setComparison(const eval::EvalRun *other); // null: none
    // A cell of the run was answered, or the run's structure is unchanged but its figures moved.
    void cellUpdated(int cellIndex);
    int changedCount() const { return int(m_changes.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Verdict verdict(int row, int column) const;
    QString tooltip(int row, int column) const;
    QString detail(int row, int column) const;
    std::vector<const eval::Cell *> cellsAt(int row, int column) const;

    const eval::EvalRun *m_run = nullptr;
    QHash<quint64, QString> m_changes; // (row << 32 | column) -> the other run's verdict
};

// "Failures only" and "models disagree" over the matrix's rows.
class SuiteFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuiteFilterProxy)

public:
    explicit SuiteFilterProxy(QObject *parent = nullptr);
    void setFailuresOnly(bool on);
    void setDisagreeOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_failuresOnly = false;
    bool m_disagreeOnly = false;
};

} // namespace md
