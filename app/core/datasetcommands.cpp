#include "datasetcommands.h"

#include "datasetmodel.h"

namespace md {

ReplaceModelCommand::ReplaceModelCommand(DatasetModel *model, ModelInfo before, ModelInfo after, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void ReplaceModelCommand::undo()
{
    m_model->replaceModel(m_model->rowForModel(m_after.id), m_before);
}

void ReplaceModelCommand::redo()
{
    m_model->replaceModel(m_model->rowForModel(m_before.id), m_after);
}

InsertModelCommand::InsertModelCommand(DatasetModel *model, int row, ModelInfo info, bool insert, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_row(row)
    , m_info(std::move(info))
    , m_insert(insert)
{}

void InsertModelCommand::add()
{
    m_model->insertModel(qBound(0, m_row, m_model->rowCount()), m_info);
}

void InsertModelCommand::remove()
{
    const int row = m_model->rowForModel(m_info.id);
    m_info = m_model->dataset().models[size_t(row)]; // the model as it is now, edits included
    m_model->removeModel(row);
}

void InsertModelCommand::undo()
{
    m_insert ? remove() : add();
}

void InsertModelCommand::redo()
{
    m_insert ? add() : remove();
}

InsertBenchmarkCommand::InsertBenchmarkCommand(DatasetModel *model, int index, Benchmark benchmark, bool insert,
                                               const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_index(index)
    , m_benchmark(std::move(benchmark))
    , m_insert(insert)
{}

void InsertBenchmarkCommand::add()
{
    m_model->insertBenchmark(qBound(0, m_index, int(m_model->dataset().benchmarks.size())), m_benchmark);
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it) {
        const int row = m_model->rowForModel(it.key());
        if (row < 0)
            continue;
        ModelInfo m = m_model->dataset().models[size_t(row)];
        m.scores.insert(m_benchmark.id, it.value());
        m_model->replaceModel(row, std::move(m));
    }
}

void InsertBenchmarkCommand::remove()
{
    const Dataset &d = m_model->dataset();
    m_index = d.benchmarkIndex(m_benchmark.id);
    m_benchmark = d.benchmarks[size_t(m_index)];
    m_scores.clear();
    for (const ModelInfo &m : d.models) {
        if (const auto s = m.score(m_benchmark.id))
            m_scores.insert(m.id, *s);
    }
    m_model->removeBenchmark(m_index);
}

void InsertBenchmarkCommand::undo()
{
    m_insert ? remove() : add();
}

void InsertBenchmarkCommand::redo()
{
    m_insert ? add() : remove();
}

ReplaceDatasetCommand::ReplaceDatasetCommand(DatasetModel *model, Dataset before, Dataset after, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void ReplaceDatasetCommand::undo()
{
    m_model->setDataset(m_before);
}

void ReplaceDatasetCommand::redo()
{
    m_model->setDataset(m_after);
}

} // namespace md
