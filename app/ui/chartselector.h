#pragma once

#include "charts/chartoptions.h"

#include <QWidget>

class QComboBox;
class QListView;

namespace md {

class DatasetModel;
class ModelListPanel;
class ModelSelection;
class SelectionListModel;

// Chooses what the chart panel draws: the kind of chart (from ChartFactory's list, found by name),
// the benchmark of a ranking, the models (the shared ModelSelection, in a searchable list) and the
// benchmarks shown. Choices are remembered.
class ChartSelector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartSelector)

public:
    explicit ChartSelector(ModelSelection *selection, QWidget *parent = nullptr);
    ~ChartSelector() override;

    // The factory spec: "grouped", "ranking:mmlu", "value", ...
    QString spec() const;
    void setSpec(const QString &spec);
    // The selected models, in dataset order (may be empty: nothing is selected).
    QStringList modelIds() const;
    // Benchmarks to show; empty when everything is checked, so benchmarks added later show too.
    QStringList benchmarkIds() const;

    ModelSelection *modelList() const { return m_models; }
    ModelListPanel *modelPanel() const { return m_modelPanel; }
    SelectionListModel *benchmarkList() const { return m_benchmarks; }
    QComboBox *kindBox() const { return m_kind; }

signals:
    void changed();

private:
    void fillBenchmarks();
    void updateArgument();
    void save() const;

    DatasetModel *m_model;
    QComboBox *m_kind;
    QComboBox *m_benchmark;
    ModelSelection *m_models;
    ModelListPanel *m_modelPanel;
    SelectionListModel *m_benchmarks;
};

} // namespace md
