#pragma once

#include "charts/chartoptions.h"
#include "core/result.h"

#include <QWidget>
#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QSpinBox;
class QScrollArea;
class QSplitter;
class QTableView;

namespace md {

class CostBarChart;
class CostFilterProxy;
class CostTableModel;
class DatasetModel;
class ModelPicker;
class ModelSelection;
class WorkloadEditor;

// The price calculator: a workload, its cost on each selected model of the shared model (a
// sortable, searchable table and a bar chart of the cheapest), compared with the cheapest and with
// a baseline model, and per point of a benchmark.
class CalculatorPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalculatorPanel)

public:
    // With a selection of its own (all models of a small dataset).
    explicit CalculatorPanel(DatasetModel *model, QWidget *parent = nullptr);
    // Following the shared selection.
    explicit CalculatorPanel(ModelSelection *selection, QWidget *parent = nullptr);
    ~CalculatorPanel() override;

    CostTableModel *costModel() const { return m_costs; }
    WorkloadEditor *workloadEditor() const { return m_editor; }
    QSpinBox *inputTokensBox() const;
    QSpinBox *outputTokensBox() const;
    QSpinBox *requestsBox() const;
    ModelPicker *baselineBox() const { return m_baseline; }
    CostFilterProxy *tableProxy() const { return m_proxy; }
    QLineEdit *searchBox() const { return m_search; }
    QToolButton *columnsButton() const { return m_columns; }
    QComboBox *benchmarkBox() const { return m_benchmark; }
    QTableView *table() const { return m_table; }
    CostBarChart *chart() const { return m_chart; }
    // From then on the cost chart keeps `theme` (the window's View > Theme) instead of following the palette.
    void setChartTheme(md::ChartTheme theme);
    QChartView *chartView() const { return m_chartView; }
    // Writes the cost chart to `path` (PNG, SVG or PDF by extension) at `size`, in `theme` (else the window's).
    Result<QString> exportChart(const QString &path, QSize size, double scale,
                                std::optional<md::ChartTheme> theme = std::nullopt) const;
    // Tall enough for the forms with their long labels wrapped (the first window gives it this height).
    QSize sizeHint() const override;
    // The sentence above the table: cheapest model, and the selected (or cheapest) one vs. the baseline.
    QString summaryText() const;
    // "From text…": each model's input and output tokens counted in these texts with its own tokenizer instead
    // of the typed numbers; an empty request goes back to the typed numbers.
    void setTextWorkload(const QString &request, const QString &answer);
    bool countsFromText() const;
    QPushButton *fromTextButton() const { return m_fromText; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUp();
    QWidget *buildTableArea();
    QString cheapestSentence() const;
    void fillColumnMenu();
    void fillBenchmarkChoices();
    void updateSummary();
    void showColumnMenu(const QPoint &pos);
    void editTextWorkload();

    DatasetModel *m_model;
    ModelSelection *m_selection;
    CostTableModel *m_costs;
    CostFilterProxy *m_proxy;
    WorkloadEditor *m_editor;
    ModelPicker *m_baseline;
    QLineEdit *m_search;
    QToolButton *m_columns;
    QComboBox *m_benchmark;
    QLabel *m_summary;
    QTableView *m_table;
    CostBarChart *m_chart;
    bool m_themeFollowsPalette = true;
    QChartView *m_chartView;
    QSplitter *m_splitter;
    QScrollArea *m_forms = nullptr;
    QPushButton *m_fromText = nullptr;
    QToolButton *m_clearText = nullptr;
    QLabel *m_textStatus = nullptr;
    QString m_request, m_answer; // the texts of "From text…", kept for the next edit
};

} // namespace md
