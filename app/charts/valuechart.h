#pragma once

#include "chartmath.h"
#include "modelchart.h"

#include <vector>

class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;

namespace md {

struct ModelInfo;

// Score (one benchmark, or the mean of the selected ones) against blended price per 1M tokens on a
// log axis; each model a labelled point, the Pareto frontier (no other model both cheaper and better)
// a dashed line. Models without a price or a score are listed under the plot as n/a, not drawn at 0.
class ValueChart final : public ModelChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValueChart)

public:
    explicit ValueChart(const DatasetModel *model, const ChartOptions &options = {}, QGraphicsItem *parent = nullptr);
    ~ValueChart() override;

    // Model ids on the frontier, cheapest first; ids drawn; the n/a note; for tests.
    QStringList frontierModelIds() const { return m_frontierIds; }
    QStringList plottedModelIds() const;
    QString missingNote() const;
    int visibleLabelCount() const;

protected:
    void build() override;
    void layoutLabels() override;

private:
    struct Point {
        QString modelId;
        QString name;
        double price;
        double score;
        QScatterSeries *series;
        QGraphicsSimpleTextItem *label;
    };
    void clearItems();
    QScatterSeries *addPoint(const ModelInfo &model, const ChartMath::ValuePoint &point, const QString &scoreName,
                             const QStringList &benchmarkIds);
    QString pointHover(const ModelInfo &m, const ChartMath::ValuePoint &point, const QString &scoreName,
                       const QStringList &benchmarkIds) const;
    void addFrontier(bool higherIsBetter);
    void addAxes(bool percent, const QString &scoreName);

    std::vector<Point> m_points;
    QStringList m_frontierIds;
    QGraphicsSimpleTextItem *m_note = nullptr;
    QString m_noteText; // unwrapped
    QLineSeries *m_frontier = nullptr;
};

} // namespace md
