#include "rankingchart.h"

#include "chartmath.h"
#include "chartstyle.h"
#include "core/datasetmodel.h"
#include "core/format.h"
#include "labelplacer.h"
#include "modelcolors.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QValueAxis>

namespace md {

RankingChart::RankingChart(const DatasetModel *model, const QString &benchmarkId, const ChartOptions &options,
                           QGraphicsItem *parent)
    : ModelChart(model, options, parent)
    , m_benchmarkId(benchmarkId)
{
    refresh();
}

RankingChart::~RankingChart() = default;

void RankingChart::build()
{
    for (const Label &l : m_labels) {
        delete l.item;
        delete l.bar;
    }
    m_labels.clear();
    m_rowModelIds.clear();
    m_rowTexts.clear();
    m_series = nullptr;

    const Dataset &data = *dataset();
    const Benchmark *benchmark = data.benchmark(m_benchmarkId);
    if (!benchmark) {
        setTitle(titleHtml(tr("Unknown benchmark \"%1\"").arg(m_benchmarkId), sourceLine()));
        return;
    }
    std::vector<int> shown;
    for (int m : ChartMath::selectedModels(data, options())) {
        if (!isHidden(data.models[size_t(m)].id))
            shown.push_back(m);
    }
    auto entries = ChartMath::rank(data, shown, *benchmark);
    // The models with a score, best first, as many as fit. The ones without are listed after them
    // (n/a, no rank) only while every model fits; else one line of the subtitle counts them.
    const int capacity = ChartStyle::capacity(ChartStyle::Layout::Rows, options().size);
    const auto scored = size_t(std::count_if(entries.begin(), entries.end(), [](const auto &e) { return e.value; }));
    const int unscored = int(entries.size() - scored);
    QString extra;
    if (int(entries.size()) > capacity) {
        entries.resize(scored);
        if (unscored > 0)
            extra = QLatin1Char('\n') +
                    tr("%Ln model(s) without a %1 score not listed", nullptr, unscored).arg(benchmark->name);
    }
    setShownCount(std::min(capacity, int(entries.size())), int(entries.size()));
    entries.resize(std::min(entries.size(), size_t(capacity)));
    setTitle(titleHtml(benchmark->higherIsBetter ? tr("%1 ranking (higher is better)").arg(benchmark->name)
                                                 : tr("%1 ranking (lower is better)").arg(benchmark->name),
                       subtitle(extra)));
    const int rows = int(entries.size());
    const ChartStyle style = ChartStyle::forTheme(options().theme);
    const QFont labelFont = ChartStyle::labelFont(this);

    // The bars are drawn as one set (so the chart costs time in proportion to its rows, not to their square)
    // that is transparent and only answers hover; each row gets a rectangle in its model's colour, placed in
    // layoutLabels(). The legend's entries, one per model (a hidden model's kept, greyed), come from a second
    // series of empty sets, which draws nothing.
    std::vector<int> legendModels;
    legendModels.reserve(size_t(std::max(rows, 0)));
    for (int r = 0; r < rows; ++r)
        legendModels.push_back(entries[size_t(r)].model);
    for (int mi : ChartMath::selectedModels(data, options())) {
        if (isHidden(data.models[size_t(mi)].id))
            legendModels.push_back(mi);
    }
    ChartStyle::placeLegend(this, int(legendModels.size()), options().size);
    legend()->setVisible(!dropsNamingLegend()); // each row is named on the axis
    auto *series = new QHorizontalBarSeries(this);
    series->setBarWidth(ChartStyle::BarWidth);
    m_series = series;
    auto *bars = new QBarSet(QString());
    bars->setColor(Qt::transparent);
    bars->setBorderColor(Qt::transparent);
    auto *legendSeries = new QHorizontalStackedBarSeries(this);
    for (int mi : legendModels) {
        const ModelInfo &model = data.models[size_t(mi)];
        auto *set = new QBarSet(model.name);
        tagModel(set, model.id);
        set->setColor(ModelColors::color(model.id));
        set->setBorderColor(ModelColors::color(model.id));
        legendSeries->append(set);
    }
    double maxValue = 0.0;
    for (int r = 0; r < rows; ++r) {
        const ChartMath::RankEntry &e = entries[size_t(rows - 1 - r)]; // the axis counts from the bottom
        const ModelInfo &model = data.models[size_t(e.model)];
        bars->append(e.value.value_or(0.0));
        maxValue = std::max(maxValue, e.value.value_or(0.0));
        m_rowModelIds << model.id;
        m_rowTexts.prepend(e.rank > 0 ? tr("%1. %2").arg(e.rank).arg(model.name) : tr("– %1").arg(model.name));
        auto *item = new QGraphicsSimpleTextItem(this);
        item->setText(Format::score(e.value));
        item->setFont(labelFont);
        item->setBrush(e.value ? style.text : style.mutedText);
        item->setZValue(10);
        QGraphicsRectItem *bar = nullptr;
        if (e.value) {
            bar = new QGraphicsRectItem(this);
            bar->setBrush(ModelColors::color(model.id));
            bar->setPen(Qt::NoPen);
            bar->setZValue(3.5); // over the grid lines, under the transparent series that answers hover
            bar->setAcceptedMouseButtons(Qt::NoButton);
        }
        m_labels.push_back(Label{item, bar, r, !e.value, e.value.value_or(0.0)});
    }
    series->append(bars);
    addSeries(series);
    addSeries(legendSeries);
    for (QLegendMarker *marker : legend()->markers(series))
        marker->setVisible(false);
    connect(series, &QAbstractBarSeries::hovered, this, &RankingChart::onHovered);

    auto *yAxis = new QBarCategoryAxis(this);
    QStringList bottomUp = m_rowTexts;
    std::reverse(bottomUp.begin(), bottomUp.end());
    yAxis->append(bottomUp);
    yAxis->setTitleText(tr("Model (best first)"));
    yAxis->setGridLineVisible(false);
    auto *xAxis = new QValueAxis(this);
    if (benchmark->unit == QLatin1String("%")) {
        xAxis->setRange(0, 100);
        xAxis->setTickCount(6);
        xAxis->setTitleText(tr("%1 score (%)").arg(benchmark->name));
    } else {
        xAxis->setRange(0, maxValue > 0 ? maxValue * 1.15 : 1.0);
        xAxis->applyNiceNumbers();
        xAxis->setTitleText(benchmark->unit.isEmpty() ? tr("%1 score").arg(benchmark->name)
                                                      : tr("%1 (%2)").arg(benchmark->name, benchmark->unit));
    }
    xAxis->setLabelFormat(QStringLiteral("%.0f"));
    addAxis(xAxis, Qt::AlignBottom);
    addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    legendSeries->attachAxis(xAxis);
    legendSeries->attachAxis(yAxis);
}

void RankingChart::layoutLabels()
{
    if (!m_series || m_labels.empty() || m_series->attachedAxes().isEmpty())
        return;
    const QRectF plot = plotArea();
    if (plot.width() <= 0)
        return;
    const ChartStyle style = ChartStyle::forTheme(options().theme);
    const qreal rowHeight = plot.height() / qMax<qsizetype>(1, m_rowModelIds.size());

    if (auto *yAxis = qobject_cast<QBarCategoryAxis *>(axes(Qt::Vertical).value(0)))
        ChartStyle::fitCategoryFont(this, yAxis, rowHeight);
    LabelPlacer placer(plot.adjusted(0, -1, 1, 1));
    for (const Label &l : m_labels) {
        const QRectF text = l.item->boundingRect();
        const QPointF end = mapToPosition(QPointF(l.missing ? 0.0 : l.value, l.row), m_series);
        if (l.bar) {
            const QPointF start = mapToPosition(QPointF(0.0, l.row), m_series);
            const qreal height = rowHeight * ChartStyle::BarWidth;
            l.bar->setRect(QRectF(start.x(), end.y() - height / 2, std::max<qreal>(0.0, end.x() - start.x()), height));
        }
        // After the bar's end; inside it when the plot ends first.
        bool inside = !l.missing && end.x() + ChartStyle::LabelGap + text.width() > plot.right();
        QRectF box(inside ? end.x() - ChartStyle::LabelGap - text.width() : end.x() + ChartStyle::LabelGap,
                   end.y() - text.height() / 2, text.width(), text.height());
        const bool shown = text.height() <= rowHeight + 2 && placer.place(box);
        l.item->setVisible(shown);
        l.item->setPos(box.topLeft());
        if (shown && !l.missing) {
            const QColor bar = ModelColors::color(m_rowModelIds.at(l.row));
            l.item->setBrush(inside ? ChartStyle::textOn(bar) : style.text);
        }
    }
}

void RankingChart::onHovered(bool status, int index, QBarSet *)
{
    if (!status) {
        emit hoverTextChanged({});
        return;
    }
    const Dataset &data = *dataset();
    if (index < 0 || index >= m_rowModelIds.size())
        return;
    const QString id = m_rowModelIds.at(index);
    const ModelInfo *model = data.model(id);
    const Benchmark *benchmark = data.benchmark(m_benchmarkId);
    if (!model || !benchmark)
        return;
    const auto score = model->score(benchmark->id);
    emit hoverTextChanged(hoverText(model->name, benchmark->name,
                                    score ? Format::score(score->value) : tr("n/a (not reported)"),
                                    score ? score->source : QString()));
}

QStringList RankingChart::rowTexts() const
{
    return m_rowTexts;
}

QStringList RankingChart::valueLabelTexts() const
{
    QStringList texts;
    for (size_t i = m_labels.size(); i-- > 0;) // from the top down, as rowTexts(); m_labels runs bottom up
        texts << m_labels[i].item->text();
    return texts;
}

} // namespace md
