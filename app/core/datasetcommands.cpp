#include "datasetcommands.h"

#include "datasetmodel.h"

namespace md {

ReplaceModelCommand::ReplaceModelCommand(DatasetModel *model, ModelInfo after, const QString &text, int column)
    : QUndoCommand(text)
    , m_model(model)
    , m_before(model->dataset().models[size_t(model->rowForModel(after.id))])
    , m_after(std::move(after))
    , m_column(column)
{}

void ReplaceModelCommand::undo()
{
    m_model->replaceModel(m_model->rowForModel(m_after.id), m_before, m_column);
}

void ReplaceModelCommand::redo()
{
    m_model->replaceModel(m_model->rowForModel(m_before.id), m_after, m_column);
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
    DatasetModel::ScoreChanges scores;
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it)
        if (m_model->rowForModel(it.key()) >= 0)
            scores.insert(it.key(), it.value());
    m_model->setScores(m_benchmark.id, scores);
}

void InsertBenchmarkCommand::remove()
{
    const Dataset &data = m_model->dataset();
    m_index = data.benchmarkIndex(m_benchmark.id);
    m_benchmark = data.benchmarks[size_t(m_index)];
    m_scores.clear();
    for (const ModelInfo &m : data.models) {
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

SetBenchmarkScoresCommand::SetBenchmarkScoresCommand(DatasetModel *model, Benchmark benchmark, ScoreChanges scores,
                                                     const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_benchmark(std::move(benchmark))
    , m_after(std::move(scores))
{
    const Dataset &data = model->dataset();
    if (const Benchmark *existing = data.benchmark(m_benchmark.id))
        m_previous = *existing;
    for (auto it = m_after.cbegin(); it != m_after.cend(); ++it) {
        const ModelInfo *m = data.model(it.key());
        m_before.insert(it.key(), m ? m->score(m_benchmark.id) : std::nullopt);
    }
}

void SetBenchmarkScoresCommand::redo()
{
    const int index = m_model->dataset().benchmarkIndex(m_benchmark.id);
    if (index < 0)
        m_model->insertBenchmark(int(m_model->dataset().benchmarks.size()), m_benchmark);
    else
        m_model->replaceBenchmark(index, m_benchmark);
    m_model->setScores(m_benchmark.id, m_after);
}

void SetBenchmarkScoresCommand::undo()
{
    const int index = m_model->dataset().benchmarkIndex(m_benchmark.id);
    if (!m_previous) {
        m_model->removeBenchmark(index); // its scores go with it
        return;
    }
    m_model->setScores(m_benchmark.id, m_before);
    m_model->replaceBenchmark(index, *m_previous);
}

ApplyImportCommand::ApplyImportCommand(DatasetModel *model, const Dataset &merged, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
{
    const Dataset &current = model->dataset();
    for (const ModelInfo &m : merged.models) {
        const ModelInfo *existing = current.model(m.id);
        if (!existing)
            m_added.push_back(m);
        else if (!(*existing == m))
            m_changed.emplace_back(*existing, m);
    }
}

void ApplyImportCommand::redo()
{
    for (const auto &[before, after] : m_changed)
        m_model->replaceModel(m_model->rowForModel(after.id), after);
    for (const ModelInfo &m : m_added)
        m_model->insertModel(m_model->rowCount(), m);
}

void ApplyImportCommand::undo()
{
    for (size_t i = m_added.size(); i-- > 0;) // last added, first removed
        m_model->removeModel(m_model->rowForModel(m_added[i].id));
    for (const auto &[before, after] : m_changed)
        m_model->replaceModel(m_model->rowForModel(before.id), before);
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
