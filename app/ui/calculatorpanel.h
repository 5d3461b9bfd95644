#pragma once

#include <QWidget>

class QSpinBox;
class QTableView;

namespace md {

class CostTableModel;
class DatasetModel;

// The price calculator: a workload (tokens per request, requests per month) and its cost on each model.
class CalculatorPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalculatorPanel)

public:
    explicit CalculatorPanel(DatasetModel *model, QWidget *parent = nullptr);
    ~CalculatorPanel() override;

    CostTableModel *costModel() const { return m_costs; }
    QSpinBox *inputTokensBox() const { return m_inputTokens; }
    QSpinBox *outputTokensBox() const { return m_outputTokens; }
    QSpinBox *requestsBox() const { return m_requests; }

private:
    void updateWorkload();

    CostTableModel *m_costs;
    QSpinBox *m_inputTokens;
    QSpinBox *m_outputTokens;
    QSpinBox *m_requests;
    QTableView *m_table;
};

} // namespace md
