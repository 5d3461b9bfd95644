#pragma once

#include "costcalculator.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <functional>

namespace md {

class DatasetModel;
class ModelSelection;

// The price calculator's table: the cost of the current workload on each model of the shared
// DatasetModel, one row per model in the same order. It keeps no prices of its own; any change in
// the source recomputes the rows at once, and the cost chart and the command line read it.
class CostTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostTableModel)

public:
    enum Column {
        // The answers a person looks for first come first; the parts and notes follow.
        ModelColumn,
        PerMonthColumn,
        PerDayColumn,
        PerRequestColumn,
        VsBaselineColumn,
        VsCheapestColumn,
        PerPointColumn,
        BlendedColumn,
        InputColumn,
        OutputColumn,
        NotesColumn,
        TokensColumn, // input + output tokens of the request on this model
        ColumnCount
    };
    enum Role {
        ModelIdRole = Qt::UserRole, // QString, any column
        IsCheapestRole,             // bool, any column
        MoneyUnitsRole,             // double: the money of a cell in 1e-16 USD (for sorting), invalid when n/a
        IsBaselineRole,             // bool, any column
        HasWarningRole,             // bool: the request exceeds the context window or max output
        PricedRole,                 // bool
        IsFreeRole,                 // bool: priced at 0 for input and output (apart from "no price")
        IncludedRole,               // bool: the model is in the selection the table follows
    };

    // A request's tokens on one model, when they are counted from text with the model's tokenizer (the
    // calculator's "From text…") rather than typed in; `estimate` for a model whose tokenizer is not public.
    struct ModelTokens {
        qint64 input = 0;
        qint64 output = 0;
        bool estimate = false;
        bool countsOutput = true; // false: the workload's output tokens stay
    };
    using TokenCounter = std::function<std::optional<ModelTokens>(const ModelInfo &model)>;

    explicit CostTableModel(const DatasetModel *source, QObject *parent = nullptr);

    const DatasetModel *source() const;
    const Workload &workload() const { return m_workload; }
    void setWorkload(const Workload &workload);
    // Replaces the workload's input and output tokens per model with what `counter` answers (an empty
    // function: the workload's numbers for every model).
    void setTokenCounter(TokenCounter counter);
    bool hasTokenCounter() const { return bool(m_counter); }
    // The workload as row `row` is computed with (its own tokens under a counter).
    Workload workloadFor(int row) const;
    // The model the "vs. baseline" column compares with; empty or unknown: none.
    QString baselineModelId() const { return m_baselineId; }
    void setBaselineModelId(const QString &modelId);
    int baselineRow() const { return m_baseline; }
    // The benchmark of the "per point" column; empty or unknown: the column shows n/a.
    QString benchmarkId() const { return m_benchmarkId; }
    void setBenchmarkId(const QString &benchmarkId);

    // The shared selection of models: rows stay one per model, but only selected ones are
    // "included" (what the calculator's views show) and the cheapest is found among them.
    // Without a selection every row is included.
    void setSelection(const ModelSelection *selection);
    bool isIncluded(int row) const;
    int includedCount() const;
    static bool isFree(const CostRow &row) { return row.priced && row.inputPrice == 0 && row.outputPrice == 0; }

    const std::vector<CostRow> &rows() const { return m_rows; }
    int cheapestRow() const { return m_cheapest; } // the first of the cheapest included rows
    bool isCheapest(int row) const;                // true for every included row that ties with the cheapest
    // The included rows that tie with the cheapest, in table order.
    std::vector<int> cheapestRows() const;
    // "GPT-4o mini costs 62.5% less than GPT-3.5 Turbo for this workload", or empty.
    QString baselineSentence(int row) const;
    std::optional<Money> perScorePoint(int row) const;
    QString notesText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // After every recomputation (workload, baseline, benchmark or source change).
    void costsChanged();

private:
    void recompute();
    void rebuild();
    void computeRows();
    void updateIndices();
    QVariant displayData(const CostRow &row, int rowIndex, int column, int role) const;
    QString benchmarkName() const;
    const ModelTokens *countedFor(int row) const; // the counter's tokens for a row, or null

    void selectionChanged();

    QPointer<const DatasetModel> m_source;
    QPointer<const ModelSelection> m_selection;
    Workload m_workload;
    QString m_baselineId;
    QString m_benchmarkId;
    std::vector<CostRow> m_rows;
    TokenCounter m_counter;
    std::vector<std::optional<ModelTokens>> m_counted; // per row, under a counter
    int m_cheapest = -1;
    int m_baseline = -1;
};

} // namespace md
