#pragma once

#include "modelchart.h"

#include <QPointer>
#include <optional>
#include <vector>

class QAbstractBarSeries;
class QGraphicsSimpleTextItem;

namespace md {

class CostTableModel;

// The calculator's cost per model for the current workload, as horizontal bars in the table's
// order, one colour per model (ModelColors). It reads the CostTableModel (which reads the shared
// DatasetModel) each time the costs change: edit a price and the bars move at once. A model
// without a price gets no bar and an "n/a" label; the cheapest is marked, and so is a model
// whose context window or max output the request exceeds. Only the models the table includes
// (the shared selection) are drawn, at most as many as fit: the cheapest ones.
class CostBarChart final : public ModelChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostBarChart)

public:
    // More models than this show as the cheapest ones only: a bar chart of 3,000 rows says nothing.
    static constexpr int MaxBars = 30;

    explicit CostBarChart(const CostTableModel *costs, md::ChartTheme theme = md::ChartTheme::Light,
                          QGraphicsItem *parent = nullptr);
    CostBarChart(const CostTableModel *costs, const ChartOptions &options, QGraphicsItem *parent = nullptr);
    ~CostBarChart() override;

    void setTheme(md::ChartTheme theme);

    // For tests: the models drawn, top to bottom, their bar values in dollars (nullopt: n/a),
    // and the value labels as drawn.
    QStringList modelIds() const;
    std::vector<std::optional<double>> values() const;
    QStringList valueLabelTexts() const;

protected:
    void build() override;
    void layoutLabels() override;

private:
    struct Bar {
        QString modelId;
        std::optional<double> dollars;
        QGraphicsSimpleTextItem *label;
        int category; // on the axis, counted from the bottom
        bool cheapest;
    };

    std::vector<int> shownRows(int *total) const;
    QString subtitleText(int shown, int total, bool anyTooLong) const;
    void addAxes(const QStringList &categories);
    void fitValueAxis();
    void clearBars();

    QPointer<const CostTableModel> m_costs;
    QAbstractBarSeries *m_series = nullptr;
    std::vector<Bar> m_bars; // top to bottom
    double m_maxValue = 0.0;
    bool m_fitting = false;
};

} // namespace md
