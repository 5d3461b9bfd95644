#include "pricehistorychart.h"

#include "chartmath.h"
#include "chartstyle.h"
#include "core/datasetmodel.h"
#include "core/format.h"
#include "modelcolors.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>
#include <cmath>

namespace md {

namespace {
qreal msecs(const QDate &date)
{
    return qreal(date.startOfDay(Qt::UTC).toMSecsSinceEpoch());
}

QDate dateAt(qreal msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(msecsSinceEpoch), Qt::UTC).date();
}
} // namespace

PriceHistoryChart::PriceHistoryChart(const DatasetModel *model, const ChartOptions &options, QGraphicsItem *parent)
    : ModelChart(model, options, parent)
{
    refresh();
}

PriceHistoryChart::~PriceHistoryChart() = default;

std::optional<double> PriceHistoryChart::priceOf(const PriceEntry &entry, ChartOptions::HistoryPrice which,
                                                 int inputWeight, int outputWeight)
{
    switch (which) {
    case ChartOptions::HistoryPrice::Input:
        return entry.input ? std::optional<double>(double(*entry.input) / 1e6) : std::nullopt;
    case ChartOptions::HistoryPrice::Output:
        return entry.output ? std::optional<double>(double(*entry.output) / 1e6) : std::nullopt;
    case ChartOptions::HistoryPrice::Blended:
        break;
    }
    if (!entry.input || !entry.output || inputWeight + outputWeight <= 0)
        return std::nullopt;
    return (double(*entry.input) * inputWeight + double(*entry.output) * outputWeight) / (inputWeight + outputWeight) /
           1e6;
}

QString PriceHistoryChart::priceName() const
{
    switch (options().historyPrice) {
    case ChartOptions::HistoryPrice::Input:
        return tr("Input, USD per 1M tokens");
    case ChartOptions::HistoryPrice::Output:
        return tr("Output, USD per 1M tokens");
    case ChartOptions::HistoryPrice::Blended:
        break;
    }
    return tr("Blended %1:%2, USD per 1M tokens").arg(options().inputWeight).arg(options().outputWeight);
}

QString PriceHistoryChart::hoverAt(const ModelInfo &model, const QDate &date) const
{
    const PriceEntry *p = model.priceOn(date);
    if (!p)
        return {};
    const auto price = priceOf(*p, options().historyPrice, options().inputWeight, options().outputWeight);
    return hoverText(model.name.isEmpty() ? model.id : model.name,
                     tr("from %1").arg(p->effective.toString(Qt::ISODate)),
                     price ? Format::pricePerMTok(qRound64(*price * 1e6)) : Format::notAvailable(), p->source);
}

void PriceHistoryChart::build()
{
    m_plotted.clear();
    const Dataset &data = *dataset();
    const ChartOptions &opts = options();
    const QDate end = opts.workload.pricesAsOf.isValid() ? opts.workload.pricesAsOf : QDate::currentDate();
    auto models = ChartMath::selectedModels(data, opts);
    // Above capacity: the models with the longest histories, which is what this chart is for.
    const int capacity = ChartStyle::capacity(ChartStyle::Layout::Points, opts.size);
    const int total = int(models.size());
    models = ChartMath::best(
        models, capacity,
        [&data](int m) { return std::optional<double>(double(data.models[size_t(m)].prices.size())); }, true);
    setShownCount(int(models.size()), total);

    QDate first = end;
    double top = 0.0;
    int unpriced = 0;
    for (int mi : models) {
        const ModelInfo &model = data.models[size_t(mi)];
        auto *line = new QLineSeries(this);
        line->setName(model.name.isEmpty() ? model.id : model.name);
        line->setPen(QPen(ModelColors::color(model.id), 2.5));
        tagModel(line, model.id);
        std::optional<double> previous;
        for (const PriceEntry &entry : model.prices) {
            if (entry.effective > end)
                break;
            const auto price = priceOf(entry, opts.historyPrice, opts.inputWeight, opts.outputWeight);
            if (!price)
                continue;
            const qreal x = msecs(entry.effective);
            if (previous)
                line->append(x, *previous); // the step: flat until this entry, then straight to its price
            line->append(x, *price);
            previous = price;
            first = std::min(first, entry.effective);
            top = std::max(top, *price);
        }
        if (!previous) {
            ++unpriced;
            delete line;
            continue;
        }
        line->append(msecs(end), *previous);
        line->setVisible(!isHidden(model.id));
        connect(line, &QLineSeries::hovered, this, [this, id = model.id](const QPointF &point, bool state) {
            const ModelInfo *m = state ? dataset()->model(id) : nullptr;
            emit hoverTextChanged(m ? hoverAt(*m, dateAt(point.x())) : QString());
        });
        addSeries(line);
        m_plotted << model.id;
    }

    QString extra;
    if (const QString asOf = pricesAsOfLine(opts.workload.pricesAsOf); !asOf.isEmpty())
        extra += QLatin1Char('\n') + asOf;
    if (unpriced > 0)
        extra += QLatin1Char('\n') + tr("Without this price by then: %1").arg(unpriced);
    setTitle(ChartStyle::titleHtml(tr("Prices through time"), subtitle(extra)));
    ChartStyle::placeLegend(this, int(m_plotted.size()));

    auto *xAxis = new QDateTimeAxis(this);
    xAxis->setFormat(QStringLiteral("yyyy-MM"));
    xAxis->setTitleText(tr("Date the price took effect"));
    // A month of margin each side, so the first step and the last are not on the frame.
    xAxis->setRange(first.addMonths(-1).startOfDay(Qt::UTC), end.addMonths(1).startOfDay(Qt::UTC));
    xAxis->setTickCount(7);
    auto *yAxis = new QValueAxis(this);
    yAxis->setRange(0.0, top > 0 ? top * 1.1 : 1.0);
    yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(QStringLiteral("$%.2f"));
    yAxis->setTitleText(priceName());
    addAxis(xAxis, Qt::AlignBottom);
    addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : series()) {
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
}

} // namespace md
