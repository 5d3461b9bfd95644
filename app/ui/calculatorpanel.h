#pragma once

#include "charts/chartoptions.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QSpinBox;
class QSplitter;
class QTableView;

namespace md {

class CostBarChart;
class CostTableModel;
class DatasetModel;
class WorkloadEditor;

// The price calculator: a workload, its cost on each model of the shared model (table and bar
// chart), compared with the cheapest and with a baseline model, and per point of a benchmark.
class CalculatorPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalculatorPanel)

public:
    explicit CalculatorPanel(DatasetModel *model, QWidget *parent = nullptr);
    ~CalculatorPanel() override;

    CostTableModel *costModel() const { return m_costs; }
    WorkloadEditor *workloadEditor() const { return m_editor; }
    QSpinBox *inputTokensBox() const;
    QSpinBox *outputTokensBox() const;
    QSpinBox *requestsBox() const;
    QComboBox *baselineBox() const { return m_baseline; }
    QComboBox *benchmarkBox() const { return m_benchmark; }
    QTableView *table() const { return m_table; }
    CostBarChart *chart() const { return m_chart; }
    // From then on the cost chart keeps `theme` (the window's View > Theme) instead of following the palette.
    void setChartTheme(md::ChartTheme theme);
    QChartView *chartView() const { return m_chartView; }
    // The sentence above the table: cheapest model, and the selected (or cheapest) one vs. the baseline.
    QString summaryText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillModelChoices();
    void fillBenchmarkChoices();
    void updateSummary();
    void showColumnMenu(const QPoint &pos);

    DatasetModel *m_model;
    CostTableModel *m_costs;
    WorkloadEditor *m_editor;
    QComboBox *m_baseline;
    QComboBox *m_benchmark;
    QLabel *m_summary;
    QTableView *m_table;
    CostBarChart *m_chart;
    bool m_themeFollowsPalette = true;
    QChartView *m_chartView;
    QSplitter *m_splitter;
};

} // namespace md
