#pragma once

#include "dataset.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace md {

class DatasetModel;

// Undo commands over the shared DatasetModel. Each finds its model by id when it runs, so rows moved by
// other commands in between never make it touch the wrong model.

// Replaces one model's whole record (any cell edit, including its hand-edited marks).
class ReplaceModelCommand final : public QUndoCommand
{
public:
    ReplaceModelCommand(DatasetModel *model, ModelInfo before, ModelInfo after, const QString &text);
    void undo() override;
    void redo() override;

private:
    DatasetModel *m_model;
    ModelInfo m_before;
    ModelInfo m_after;
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

// Replaces the whole dataset (an import): one step, however many models it touched.
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
