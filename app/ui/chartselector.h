#pragma once

#include "charts/chartoptions.h"

#include <QWidget>

class QComboBox;
class QListView;

namespace md {

class DatasetModel;
class SelectionListModel;

// Chooses what the chart panel draws: the kind of chart (from ChartFactory's list), the benchmark
// of a ranking, and the models and benchmarks shown, from checkable lists. Choices are remembered.
class ChartSelector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartSelector)

public:
    explicit ChartSelector(DatasetModel *model, QWidget *parent = nullptr);
    ~ChartSelector() override;

    // The factory spec: "grouped", "ranking:mmlu", "value", ...
    QString spec() const;
    void setSpec(const QString &spec);
    // Ids to show; empty when everything is checked, so models added later show too.
    QStringList modelIds() const;
    QStringList benchmarkIds() const;

    SelectionListModel *modelList() const { return m_models; }
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
    SelectionListModel *m_models;
    SelectionListModel *m_benchmarks;
};

} // namespace md
