#pragma once

#include "modelchart.h"

namespace md {

struct ModelInfo;

// Prices through time: one step line per model (its colour as everywhere) over the dates of its price history,
// flat until the next entry and on to the "Prices as of" day (or today). The price drawn is input, output or
// blended (ChartOptions::historyPrice); hovering a line names the entry in force there, its date and source.
class PriceHistoryChart final : public ModelChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceHistoryChart)

public:
    explicit PriceHistoryChart(const DatasetModel *model, const ChartOptions &options = {},
                               QGraphicsItem *parent = nullptr);
    ~PriceHistoryChart() override;

    QStringList plottedModelIds() const { return m_plotted; }
    // The price a line shows for one entry, in dollars per 1M tokens; nullopt when the entry lacks it.
    static std::optional<double> priceOf(const PriceEntry &entry, ChartOptions::HistoryPrice which, int inputWeight,
                                         int outputWeight);
    // The hover text at `date` on the line of `model`, for the panel's tooltip (and tests).
    QString hoverAt(const ModelInfo &model, const QDate &date) const;

protected:
    void build() override;

private:
    QString priceName() const;
    QStringList m_plotted;
};

} // namespace md
