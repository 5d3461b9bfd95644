#include "valuechart.h"

#include "chartmath.h"
#include "chartstyle.h"
#include "core/datasetmodel.h"
#include "core/format.h"
#include "labelplacer.h"
#include "modelcolors.h"

#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QSet>
#include <QValueAxis>
#include <cmath>
#include <numeric>

namespace md {

namespace {
constexpr qreal MarkerSize = 11.0;
} // namespace

ValueChart::ValueChart(const DatasetModel *model, const ChartOptions &options, QGraphicsItem *parent)
    : ModelChart(model, options, parent)
{
    refresh();
}

ValueChart::~ValueChart() = default;

void ValueChart::clearItems()
{
    for (const Point &p : m_points)
        delete p.label;
    m_points.clear();
    m_frontierIds.clear();
    delete m_note;
    m_note = nullptr;
    m_frontier = nullptr; // the chart deleted it with the other series
}

namespace {
// What the chart plots: which benchmarks the score is the mean of, and how it is named.
struct ScoreChoice {
    QStringList ids;
    QStringList names;
    bool percent = true;
    bool higherIsBetter = true;
    QString name;
};

ScoreChoice chooseBenchmarks(const Dataset &data, const ChartOptions &opts, const std::vector<int> &models)
{
    // Without a choice of benchmarks, the mean runs over those every model shown reports, so that one
    // unreported score does not drop a model from the chart; a chosen list is taken as it is.
    std::vector<int> benchmarks = ChartMath::selectedBenchmarks(data, opts);
    if (opts.benchmarkIds.isEmpty()) {
        std::vector<int> common;
        for (int b : benchmarks) {
            const QString &id = data.benchmarks[size_t(b)].id;
            // Models without any score (most of an imported price list) do not decide.
            if (std::all_of(models.begin(), models.end(), [&](int m) {
                    const ModelInfo &model = data.models[size_t(m)];
                    return model.scores.isEmpty() || model.score(id).has_value();
                }))
                common.push_back(b);
        }
        if (!common.empty())
            benchmarks = common;
    }
    ScoreChoice c;
    for (int b : benchmarks) {
        const Benchmark &benchmark = data.benchmarks[size_t(b)];
        c.ids << benchmark.id;
        c.names << benchmark.name;
        c.percent = c.percent && benchmark.unit == QLatin1String("%");
        c.higherIsBetter = benchmark.higherIsBetter; // one benchmark decides; a mean assumes higher is better
    }
    if (c.ids.size() != 1)
        c.higherIsBetter = true;
    c.name = c.ids.size() == 1 ? ValueChart::tr("%1 score").arg(c.names.constFirst())
                               : ValueChart::tr("Mean score of %n benchmarks", nullptr, int(c.ids.size()));
    return c;
}
} // namespace

void ValueChart::build()
{
    clearItems();
    const Dataset &data = *dataset();
    const ChartOptions &opts = options();
    const auto models = ChartMath::selectedModels(data, opts);
    const ScoreChoice choice = chooseBenchmarks(data, opts, models);

    // Every selected model with both a price and a score is a candidate; above capacity the chart
    // plots the frontier first, then the best scores.
    std::vector<ChartMath::ValuePoint> candidates;
    std::vector<int> candidateModels;
    QStringList missing;
    int missingCount = 0;
    for (int mi : models) {
        const ModelInfo &model = data.models[size_t(mi)];
        const auto price =
            ChartMath::blendedPrice(model, opts.inputWeight, opts.outputWeight, opts.workload.pricesAsOf);
        const auto score = ChartMath::meanScore(model, choice.ids);
        if (price && score && *price > 0) {
            candidates.push_back({*price, *score});
            candidateModels.push_back(mi);
            continue;
        }
        if (++missingCount > 3)
            continue; // the note counts them instead of naming thousands
        QStringList unreported;
        for (const QString &id : choice.ids) {
            if (!model.score(id))
                unreported << data.benchmark(id)->name;
        }
        missing << (!price || *price <= 0
                        ? tr("%1 (no price)").arg(model.name)
                        : tr("%1 (no %2 score)").arg(model.name, QLocale().createSeparatedList(unreported)));
    }
    const int capacity = ChartStyle::capacity(ChartStyle::Layout::Points, opts.size);
    std::vector<int> picked(candidates.size());
    std::iota(picked.begin(), picked.end(), 0);
    if (int(picked.size()) > capacity) {
        const auto frontier = ChartMath::paretoFrontier(candidates, choice.higherIsBetter);
        const QSet<int> onFrontier(frontier.begin(), frontier.end());
        const double sign = choice.higherIsBetter ? 1.0 : -1.0;
        picked = ChartMath::best(
            picked, capacity,
            [&](int i) {
                return std::optional<double>(sign * candidates[size_t(i)].score + (onFrontier.contains(i) ? 1e9 : 0));
            },
            true);
    }
    setShownCount(int(picked.size()), int(candidates.size()));

    QString extra;
    if (choice.ids.size() > 1)
        extra += QStringLiteral(" · ") + tr("mean of %1").arg(QLocale().createSeparatedList(choice.names));
    extra += QStringLiteral(" · ") + tr("list prices, input:output %1:%2").arg(opts.inputWeight).arg(opts.outputWeight);
    if (const QString asOf = pricesAsOfLine(opts.workload.pricesAsOf); !asOf.isEmpty())
        extra += QLatin1Char('\n') + asOf;
    if (dropsNamingLegend()) // the legend is left out, and with it the frontier's entry
        extra += QStringLiteral(" · ") + tr("dashed line: Pareto frontier");
    setTitle(titleHtml(tr("Score against price"), subtitle(extra)));
    ChartStyle::placeLegend(this, int(picked.size()), options().size);
    legend()->setVisible(!dropsNamingLegend()); // each point is named beside it

    std::vector<QScatterSeries *> pending; // added after the frontier line, so points sit on top of it
    for (int i : picked) {
        const ModelInfo &model = data.models[size_t(candidateModels[size_t(i)])];
        pending.push_back(addPoint(model, candidates[size_t(i)], choice.name, choice.ids));
    }
    addFrontier(choice.higherIsBetter);
    for (QScatterSeries *series : pending)
        addSeries(series);
    addAxes(choice.percent, choice.name);

    const ChartStyle style = ChartStyle::forTheme(opts.theme);
    m_note = new QGraphicsSimpleTextItem(this);
    m_note->setFont(ChartStyle::labelFont(this));
    m_note->setBrush(style.mutedText);
    m_note->setZValue(10);
    if (missingCount > 3)
        m_noteText =
            choice.ids.size() == 1
                ? tr("%Ln model(s) lack a %1 score or a price", nullptr, missingCount).arg(choice.names.constFirst())
                : tr("%Ln model(s) lack one of these scores or a price", nullptr, missingCount);
    else
        m_noteText = missing.isEmpty() ? QString() : tr("n/a, not plotted: %1").arg(missing.join(QStringLiteral(", ")));
    m_note->setText(m_noteText);
    m_note->setVisible(!m_noteText.isEmpty());
}

QScatterSeries *ValueChart::addPoint(const ModelInfo &model, const ChartMath::ValuePoint &point,
                                     const QString &scoreName, const QStringList &benchmarkIds)
{
    const ChartStyle style = ChartStyle::forTheme(options().theme);
    auto *series = new QScatterSeries(this);
    series->setName(model.name);
    tagModel(series, model.id);
    series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    series->setMarkerSize(MarkerSize);
    series->setColor(ModelColors::color(model.id));
    series->setBorderColor(style.background);
    series->append(point.price, point.score);
    auto *label = new QGraphicsSimpleTextItem(model.name, this);
    label->setFont(ChartStyle::labelFont(this));
    label->setBrush(style.text);
    label->setZValue(10);
    const bool hidden = isHidden(model.id);
    series->setVisible(!hidden);
    label->setVisible(!hidden);
    m_points.push_back(Point{model.id, model.name, point.price, point.score, series, label});
    connect(series, &QScatterSeries::hovered, this,
            [this, id = model.id, point, scoreName, benchmarkIds](const QPointF &, bool state) {
                if (!state) {
                    emit hoverTextChanged({});
                    return;
                }
                if (const ModelInfo *m = dataset()->model(id))
                    emit hoverTextChanged(pointHover(*m, point, scoreName, benchmarkIds));
            });
    return series;
}

QString ValueChart::pointHover(const ModelInfo &m, const ChartMath::ValuePoint &point, const QString &scoreName,
                               const QStringList &benchmarkIds) const
{
    QStringList sources;
    for (const QString &b : benchmarkIds) {
        const auto s = m.score(b);
        if (s && !s->source.isEmpty() && !sources.contains(s->source))
            sources << s->source;
    }
    const PriceEntry *p = m.priceOn(options().workload.pricesAsOf);
    QString text = hoverText(m.name, scoreName, Format::score(point.score), sources.join(QStringLiteral(", ")));
    text +=
        QStringLiteral("<br>") +
        tr("Blended price: %1 per 1M tokens").arg(Format::pricePerMTok(qRound64(point.price * 1e6))).toHtmlEscaped();
    if (p && !p->source.isEmpty())
        text += QStringLiteral("<br><small>") + tr("Price source: %1").arg(p->source).toHtmlEscaped() +
                QStringLiteral("</small>");
    return text;
}

void ValueChart::addFrontier(bool higherIsBetter)
{
    std::vector<ChartMath::ValuePoint> visible;
    std::vector<size_t> visibleIndex;
    for (size_t i = 0; i < m_points.size(); ++i) {
        if (!isHidden(m_points[i].modelId)) {
            visible.push_back({m_points[i].price, m_points[i].score});
            visibleIndex.push_back(i);
        }
    }
    const auto frontier = ChartMath::paretoFrontier(visible, higherIsBetter);
    for (int f : frontier)
        m_frontierIds << m_points[visibleIndex[size_t(f)]].modelId;
    if (frontier.size() < 2)
        return;
    auto *line = new QLineSeries(this);
    m_frontier = line;
    line->setName(tr("Pareto frontier (nothing cheaper and better)"));
    line->setPen(QPen(ChartStyle::forTheme(options().theme).frontier, 1.5, Qt::DashLine));
    for (int f : frontier)
        line->append(visible[size_t(f)].price, visible[size_t(f)].score);
    addSeries(line);
}

void ValueChart::addAxes(bool percent, const QString &scoreName)
{
    double minPrice = 0.1, maxPrice = 10.0, minScore = 0.0, maxScore = 100.0;
    if (!m_points.empty()) {
        minPrice = maxPrice = m_points.front().price;
        minScore = maxScore = m_points.front().score;
        for (const Point &p : m_points) {
            minPrice = std::min(minPrice, p.price);
            maxPrice = std::max(maxPrice, p.price);
            minScore = std::min(minScore, p.score);
            maxScore = std::max(maxScore, p.score);
        }
    }
    // Decades around the prices so the log axis always shows at least two labelled ticks.
    auto *xAxis = new QLogValueAxis(this);
    xAxis->setBase(10.0);
    // A hair wider than the decades, or rounding can drop the label of the first one.
    xAxis->setRange(std::pow(10.0, std::floor(std::log10(minPrice))) * 0.999,
                    std::pow(10.0, std::ceil(std::log10(maxPrice * 1.0001))) * 1.001);
    xAxis->setMinorTickCount(8);
    xAxis->setLabelFormat(QStringLiteral("$%g"));
    xAxis->setTitleText(tr("Blended price per 1M tokens, USD (log scale)"));
    auto *yAxis = new QValueAxis(this);
    double low = std::floor((minScore - 4) / 10) * 10;
    double high = std::ceil((maxScore + 4) / 10) * 10;
    if (percent) {
        low = std::max(0.0, low);
        high = std::min(100.0, high);
    }
    yAxis->setRange(low, high);
    yAxis->setTickCount(int((high - low) / 10) + 1 <= 11 ? int((high - low) / 10) + 1 : 6);
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setTitleText(percent ? tr("%1 (%)").arg(scoreName) : scoreName);
    addAxis(xAxis, Qt::AlignBottom);
    addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : series()) {
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
}

void ValueChart::layoutLabels()
{
    const QRectF plot = plotArea();
    if (plot.width() <= 0 || axes().isEmpty())
        return;
    LabelPlacer placer(plot);
    if (m_note && m_note->isVisible()) {
        // Wrapped to the plot's width, at its bottom right: low scores at high prices are the corner
        // value charts leave empty.
        const QFontMetricsF metrics(m_note->font());
        QString wrapped;
        QString line;
        for (const QString &word : m_noteText.split(QLatin1Char(' '))) {
            const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > plot.width() - 12) {
                wrapped += line + QLatin1Char('\n');
                line = word;
            } else {
                line = candidate;
            }
        }
        m_note->setText(wrapped + line);
        const QRectF r = m_note->boundingRect();
        m_note->setPos(plot.right() - r.width() - 6, plot.bottom() - r.height() - 4);
        placer.reserve(QRectF(m_note->pos(), r.size()));
    }
    std::vector<QPointF> centres;
    for (const Point &p : m_points) {
        centres.push_back(mapToPosition(QPointF(p.price, p.score), p.series));
        if (p.series->isVisible()) {
            const qreal r = MarkerSize / 2 + 1;
            placer.reserve(QRectF(centres.back() - QPointF(r, r), QSizeF(2 * r, 2 * r)));
        }
    }
    // Names keep off the frontier line too: sample it every few pixels.
    if (m_frontier && m_frontier->isVisible()) {
        const auto points = m_frontier->points();
        for (qsizetype i = 1; i < points.size(); ++i) {
            const QPointF a = mapToPosition(points[i - 1], m_frontier);
            const QPointF b = mapToPosition(points[i], m_frontier);
            const int steps = std::max(1, int(QLineF(a, b).length() / 4));
            for (int k = 0; k <= steps; ++k) {
                const QPointF p = a + (b - a) * (double(k) / steps);
                placer.reserve(QRectF(p - QPointF(1.5, 1.5), QSizeF(3, 3)));
            }
        }
    }
    // Frontier models first: they are the ones the chart is about.
    std::vector<size_t> order(m_points.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_partition(order.begin(), order.end(),
                          [this](size_t i) { return m_frontierIds.contains(m_points[i].modelId); });
    for (size_t i : order) {
        const Point &p = m_points[i];
        if (!p.series->isVisible()) {
            p.label->setVisible(false);
            continue;
        }
        const QSizeF s = p.label->boundingRect().size();
        const QPointF c = centres[i];
        const qreal d = MarkerSize / 2 + ChartStyle::LabelGap;
        const QRectF candidates[] = {
            QRectF(QPointF(c.x() + d, c.y() - s.height() / 2), s),             // right
            QRectF(QPointF(c.x() - d - s.width(), c.y() - s.height() / 2), s), // left
            QRectF(QPointF(c.x() - s.width() / 2, c.y() - d - s.height()), s), // above
            QRectF(QPointF(c.x() - s.width() / 2, c.y() + d), s),              // below
            QRectF(QPointF(c.x() + d * 0.7, c.y() - d * 0.7 - s.height()), s), // above right
            QRectF(QPointF(c.x() + d * 0.7, c.y() + d * 0.7), s),              // below right
            QRectF(QPointF(c.x() - d * 0.7 - s.width(), c.y() - d * 0.7 - s.height()), s),
            QRectF(QPointF(c.x() - d * 0.7 - s.width(), c.y() + d * 0.7), s),
        };
        bool placed = false;
        for (const QRectF &r : candidates) {
            if (placer.place(r)) {
                p.label->setPos(r.topLeft());
                placed = true;
                break;
            }
        }
        // No free place: the point keeps its colour, legend entry and tooltip, but no name.
        p.label->setVisible(placed);
    }
}

QStringList ValueChart::plottedModelIds() const
{
    QStringList ids;
    for (const Point &p : m_points)
        ids << p.modelId;
    return ids;
}

QString ValueChart::missingNote() const
{
    return m_noteText;
}

int ValueChart::visibleLabelCount() const
{
    return int(std::count_if(m_points.begin(), m_points.end(), [](const Point &p) { return p.label->isVisible(); }));
}

} // namespace md
