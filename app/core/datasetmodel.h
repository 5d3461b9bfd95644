#pragma once

#include "dataset.h"

#include <QAbstractTableModel>

namespace md {

struct ModelField;

// The single source of truth of the application: one row per model; the fixed columns hold the
// model's facts and its current prices, and one further column per benchmark holds the scores.
// Charts, the price calculator and the data view all read this model and edit through it.
class DatasetModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetModel)

public:
    enum Column {
        IdColumn,
        NameColumn,
        VendorColumn,
        ReleasedColumn,
        ContextWindowColumn,
        MaxOutputColumn,
        KnowledgeCutoffColumn,
        ModalitiesColumn,
        InputPriceColumn,
        OutputPriceColumn,
        CachedInputPriceColumn,
        CacheWritePriceColumn,
        BatchInputPriceColumn,
        BatchOutputPriceColumn,
        TokenizerColumn,
        ColumnCount // benchmark score columns follow, one per benchmark in dataset order
    };

    enum Role {
        ModelIdRole = Qt::UserRole, // QString, any column
        BenchmarkIdRole,            // QString, score columns
        SourceRole,                 // QString: where a score, the current price or a fact comes from
        NumericRole,                // double (score, dollars per 1M tokens, token count) or invalid when missing
        IsMissingRole,              // bool: a score or price that was not reported
        HandEditedRole,             // bool: a person typed this value in (ModelInfo::handEdited)
    };

    explicit DatasetModel(QObject *parent = nullptr);

    const Dataset &dataset() const { return m_dataset; }
    void setDataset(Dataset dataset);

    static bool isScoreColumn(int column) { return column >= ColumnCount; }
    static bool isPriceColumn(int column) { return column >= InputPriceColumn && column <= BatchOutputPriceColumn; }
    int benchmarkIndexForColumn(int column) const;
    int columnForBenchmark(const QString &benchmarkId) const;
    int rowForModel(const QString &modelId) const { return m_dataset.modelIndex(modelId); }

    // The record `row` would hold after a person's edit of one cell, marked as edited by hand when it changes;
    // nullopt when the value is refused. The model itself is not touched (the document's command applies it).
    std::optional<ModelInfo> editedModel(int row, int column, const QVariant &value) const;

    // Structured edits. Each emits exactly the change it makes (dataChanged, rows or columns).
    bool setScore(int row, const QString &benchmarkId, std::optional<double> value);
    bool setCurrentPrice(int row, Column priceColumn, std::optional<MicroUsdPerMTok> price);
    // Sets (or, for nullopt, removes) the scores of many models on one benchmark, with one dataChanged over the
    // column. All or nothing: false, and no change, when a model or the benchmark is unknown or a value invalid.
    using ScoreChanges = QHash<QString, std::optional<Score>>; // model id -> score
    bool setScores(const QString &benchmarkId, const ScoreChanges &scores);
    // `changedColumn` names the only cell that differs (a cell edit), so only it is reported as changed.
    bool replaceModel(int row, ModelInfo model, int changedColumn = -1);
    bool insertModel(int row, ModelInfo model);
    bool removeModel(int row);
    bool replaceBenchmark(int index, Benchmark benchmark);
    bool insertBenchmark(int index, Benchmark benchmark);
    bool removeBenchmark(int index);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static std::optional<MicroUsdPerMTok> priceField(const PriceEntry &price, Column column);
    // The ModelInfo::handEdited name of a column's field ("input", "score:mmlu", ...), empty for the id.
    QString fieldKey(int column) const;
    static QString fieldKeyForFact(int column);
    // The header of a fixed column ("Input $/1M"), empty for score columns.
    static QString columnTitle(int column);

private:
    QVariant scoreData(const ModelInfo &model, const Benchmark &benchmark, int role) const;
    QVariant factData(const ModelInfo &model, int column, int role) const;
    QVariant priceData(const ModelInfo &model, const ModelField &field, int role) const;
    static bool applyScore(ModelInfo &model, const Benchmark &benchmark, std::optional<double> value);

    Dataset m_dataset;
};

} // namespace md
