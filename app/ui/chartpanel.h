#pragma once

#include <QWidget>

class QChartView;

namespace md {

class DatasetModel;
class GroupedBarChart;

// Shows the benchmark chart of the shared model and redraws it whenever the model changes.
class ChartPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    explicit ChartPanel(DatasetModel *model, QWidget *parent = nullptr);

    GroupedBarChart *chart() const { return m_chart; }
    QChartView *view() const { return m_view; }

private:
    void scheduleRefresh();

    DatasetModel *m_model;
    GroupedBarChart *m_chart;
    QChartView *m_view;
    bool m_refreshPending = false;
};

} // namespace md
