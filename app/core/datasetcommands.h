#pragma once

#include "dataset.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <optional>
#include <vector>

namespace md {

class DatasetModel;

// Each command finds its model by id when it runs, so rows moved by other commands in between never make it
// touch the wrong model.

// Undo commands over the shared DatasetModel. Nothing changes the model before its command exists: the
// document builds a command and pushes it, and the command's redo() makes the change.

// Replaces one model's whole record (a cell edit with its hand-edited mark, a new price history). The record
// as it is when the command is made is what undo restores.
class ReplaceModelCommand final : public QUndoCommand
{
public:
    // `column` is the one cell a cell edit changes (-1: any field may differ).
    ReplaceModelCommand(DatasetModel *model, ModelInfo after, const QString &text, int column = -1);
    void undo() override;
    void redo() override;

private:
    DatasetModel *m_model;
    ModelInfo m_before;
    ModelInfo m_after;
    int m_column;
};

class InsertModelCommand final : public QUndoCommand
{
public:
    InsertModelCommand(DatasetModel *model, int row, ModelInfo info, bool insert, const QString &text);
    void undo() override;
    void redo() override;

private:
    void add();
    void remove();
    DatasetModel *m_model;
    int m_row;
    ModelInfo m_info;
    bool m_insert; // false: the command removes the model
};

class InsertBenchmarkCommand final : public QUndoCommand
{
public:
    InsertBenchmarkCommand(DatasetModel *model, int index, Benchmark benchmark, bool insert, const QString &text);
    void undo() override;
    void redo() override;

private:
    void add();
    void remove();
    DatasetModel *m_model;
    int m_index;
    Benchmark m_benchmark;
    QHash<QString, Score> m_scores; // model id -> score, restored when a removal is undone
    bool m_insert;
};

// Sets one benchmark's scores for many models (an eval run), adding the benchmark when it is new: one step.
class SetBenchmarkScoresCommand final : public QUndoCommand
{
public:
    using ScoreChanges = QHash<QString, std::optional<Score>>; // model id -> score, nullopt: not reported
    SetBenchmarkScoresCommand(DatasetModel *model, Benchmark benchmark, ScoreChanges scores, const QString &text);
    void undo() override;
    void redo() override;

private:
    DatasetModel *m_model;
    Benchmark m_benchmark;
    std::optional<Benchmark> m_previous; // the benchmark's record before, nullopt when the command adds it
    ScoreChanges m_after;
    ScoreChanges m_before;
};

// Applies an import to the models it touches (replacing the changed ones, appending the added ones) rather
// than resetting the whole model, so views keep their selection and scroll position. One step.
class ApplyImportCommand final : public QUndoCommand
{
public:
    ApplyImportCommand(DatasetModel *model, const Dataset &merged, const QString &text);
    bool isEmpty() const { return m_added.empty() && m_changed.empty(); }
    void undo() override;
    void redo() override;

private:
    DatasetModel *m_model;
    std::vector<ModelInfo> m_added;
    std::vector<std::pair<ModelInfo, ModelInfo>> m_changed; // before, after
};

// Replaces the whole dataset: one step, however many models it touched.
class ReplaceDatasetCommand final : public QUndoCommand
{
public:
    ReplaceDatasetCommand(DatasetModel *model, Dataset before, Dataset after, const QString &text);
    void undo() override;
    void redo() override;

private:
    DatasetModel *m_model;
    Dataset m_before;
    Dataset m_after;
};

} // namespace md
