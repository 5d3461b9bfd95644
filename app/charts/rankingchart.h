#pragma once

#include "modelchart.h"

#include <vector>

class QAbstractBarSeries;
class QBarSet;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

namespace md {

// One benchmark, models sorted best first in horizontal bars. A model without a score is listed
// last with an "n/a" mark and no rank; it is never ranked as a zero.
class RankingChart final : public ModelChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RankingChart)

public:
    RankingChart(const DatasetModel *model, const QString &benchmarkId, const ChartOptions &options = {},
                 QGraphicsItem *parent = nullptr);
    ~RankingChart() override;

    // Category texts from the top (best) down, e.g. "1. GPT-4o", for tests.
    QStringList rowTexts() const;
    QStringList valueLabelTexts() const;

protected:
    void build() override;
    void layoutLabels() override;

private:
    struct Label {
        QGraphicsSimpleTextItem *item;
        QGraphicsRectItem *bar; // the model's coloured bar; none without a score
        int row;                // category index, 0 = bottom
        bool missing;
        double value;
    };
    void onHovered(bool status, int index, QBarSet *set);

    QString m_benchmarkId;
    QAbstractBarSeries *m_series = nullptr;
    std::vector<Label> m_labels;
    QStringList m_rowModelIds; // bottom up, as the axis holds them
    QStringList m_rowTexts;
};

} // namespace md
