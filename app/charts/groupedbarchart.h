#pragma once

#include "modelchart.h"

#include <vector>

class QBarSeries;
class QBarSet;
class QGraphicsSimpleTextItem;

namespace md {

// Benchmarks on the category axis, one bar set per model. Value labels (one decimal, "n/a" where a
// score was not reported) are laid out by hand so they never clip, collide or sit on the axis; a
// missing score is a gap with an "n/a" mark, never a zero bar.
class GroupedBarChart final : public ModelChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupedBarChart)

public:
    explicit GroupedBarChart(const DatasetModel *model, const ChartOptions &options = {},
                             QGraphicsItem *parent = nullptr);
    ~GroupedBarChart() override;

    // Label texts, one per bar of a shown model in set-major order (drawn or not), for tests.
    QStringList valueLabelTexts() const;
    // How many labels are drawn (the others did not fit), for tests.
    int visibleLabelCount() const;

protected:
    void build() override;
    void layoutLabels() override;

private:
    struct Label {
        QGraphicsSimpleTextItem *item;
        int set;
        int category;
        bool missing;
        double value;
    };
    void clearLabels();
    void onHovered(bool status, int index, QBarSet *set);

    QBarSeries *m_series = nullptr;
    std::vector<Label> m_labels;
    QGraphicsSimpleTextItem *m_note = nullptr;
};

} // namespace md
