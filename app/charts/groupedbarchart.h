#pragma once

#include "chartoptions.h"

#include <QChart>
#include <QPointer>

#include <vector>

class QBarSeries;
class QGraphicsSimpleTextItem;

namespace md {

class DatasetModel;

// Benchmarks on the category axis, one bar set per model. Reads the shared model on refresh();
// it holds no figures of its own beyond what is drawn. Value labels (one decimal, "n/a" for a
// score that was not reported) are laid out by hand so they never clip or sit on the axis.
class GroupedBarChart final : public QChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupedBarChart)

public:
    explicit GroupedBarChart(const DatasetModel *model, QGraphicsItem *parent = nullptr);
    ~GroupedBarChart() override;

    void setOptions(const ChartOptions &options);
    const ChartOptions &options() const { return m_options; }

    // Rebuilds the series from the model.
    void refresh();

    // Label texts as drawn, for tests: one per visible bar, in set-major order.
    QStringList valueLabelTexts() const;

private:
    struct Label {
        QGraphicsSimpleTextItem *item;
        int set;
        int category;
        bool missing;
        double value;
    };

    void applyTheme();
    void layoutLabels();
    void clearLabels();

    QPointer<const DatasetModel> m_model;
    ChartOptions m_options;
    QBarSeries *m_series = nullptr;
    std::vector<Label> m_labels;
};

} // namespace md
