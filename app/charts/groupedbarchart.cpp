#include "groupedbarchart.h"

#include "chartmath.h"
#include "chartstyle.h"
#include "core/datasetmodel.h"
#include "core/format.h"
#include "labelplacer.h"
#include "modelcolors.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QValueAxis>

namespace md {

namespace {
constexpr double BarGroupWidth = 0.84; // share of a category the bars of one benchmark fill
constexpr qreal ColumnLabelGap = 3.0;  // above a column: a little tighter than beside a bar
} // namespace

GroupedBarChart::GroupedBarChart(const DatasetModel *model, const ChartOptions &options, QGraphicsItem *parent)
    : ModelChart(model, options, parent)
{
    refresh();
}

GroupedBarChart::~GroupedBarChart() = default;

void GroupedBarChart::clearLabels()
{
    for (const Label &l : m_labels)
        delete l.item;
    m_labels.clear();
    delete m_note;
    m_note = nullptr;
}

void GroupedBarChart::build()
{
    clearLabels();
    m_series = nullptr;
    const Dataset &data = *dataset();
    const auto selected = ChartMath::selectedModels(data, options());
    const auto benchmarks = ChartMath::selectedBenchmarks(data, options());
    const ChartStyle style = ChartStyle::forTheme(options().theme);
    // Above capacity, the models with the best mean of the scores they report on these benchmarks.
    const int capacity = ChartStyle::capacity(ChartStyle::Layout::GroupedBars, options().size,
                                              int(std::max<size_t>(1, benchmarks.size())));
    const auto meanOf = [&](int m) -> std::optional<double> {
        double sum = 0;
        int n = 0;
        for (int b : benchmarks) {
            if (const auto score = data.models[size_t(m)].score(data.benchmarks[size_t(b)].id)) {
                sum += score->value;
                ++n;
            }
        }
        return n ? std::optional<double>(sum / n) : std::nullopt;
    };
    // Above capacity, a model without any of these scores would be a row of "n/a": left out.
    std::vector<int> candidates = selected;
    if (int(selected.size()) > capacity)
        std::erase_if(candidates, [&](int m) { return !meanOf(m); });
    const auto models = ChartMath::best(candidates, capacity, meanOf, true);
    setShownCount(int(models.size()), int(candidates.size()));

    const int unscored = int(selected.size() - candidates.size());
    setTitle(titleHtml(
        tr("Benchmark scores"),
        subtitle(unscored > 0
                     ? QLatin1Char('\n') + tr("%Ln model(s) without any of these scores not shown", nullptr, unscored)
                     : QString())));
    ChartStyle::placeLegend(this, int(models.size()), options().size);

    m_series = new QBarSeries(this);
    m_series->setBarWidth(BarGroupWidth);
    double maxValue = 0.0;
    bool allPercent = true;
    for (int bi : benchmarks)
        allPercent = allPercent && data.benchmarks[size_t(bi)].unit == QLatin1String("%");

    const QFont labelFont = ChartStyle::labelFont(this);
    for (int mi : models) {
        const ModelInfo &model = data.models[size_t(mi)];
        const bool hidden = isHidden(model.id);
        auto *set = new QBarSet(model.name);
        tagModel(set, model.id);
        // A hidden model keeps its place (the other bars do not jump) but draws nothing.
        const QColor color = hidden ? QColor(Qt::transparent) : ModelColors::color(model.id);
        set->setColor(color);
        set->setBorderColor(color);
        for (int c = 0; c < int(benchmarks.size()); ++c) {
            const auto score = model.score(data.benchmarks[size_t(benchmarks[size_t(c)])].id);
            // The bar set needs a number; a missing score gets 0 height and an "n/a" mark, never a "0.0".
            set->append(score ? score->value : 0.0);
            maxValue = std::max(maxValue, score ? score->value : 0.0);
            if (hidden)
                continue;
            auto *item = new QGraphicsSimpleTextItem(this);
            item->setText(Format::score(score ? std::optional<double>(score->value) : std::nullopt));
            item->setFont(labelFont);
            item->setBrush(score ? style.text : style.mutedText);
            item->setZValue(10);
            m_labels.push_back(Label{item, int(m_series->count()), c, !score, score ? score->value : 0.0});
        }
        m_series->append(set);
    }
    addSeries(m_series);
    connect(m_series, &QBarSeries::hovered, this, &GroupedBarChart::onHovered);

    auto *xAxis = new QBarCategoryAxis(this);
    for (int bi : benchmarks)
        xAxis->append(data.benchmarks[size_t(bi)].name);
    xAxis->setTitleText(tr("Benchmark"));
    auto *yAxis = new QValueAxis(this);
    if (allPercent) {
        yAxis->setRange(0, 100);
        yAxis->setTickCount(6);
        yAxis->setTitleText(tr("Score (%)"));
    } else {
        yAxis->setRange(0, maxValue > 0 ? maxValue * 1.1 : 1.0);
        yAxis->applyNiceNumbers();
        yAxis->setTitleText(tr("Score"));
    }
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    addAxis(xAxis, Qt::AlignBottom);
    addAxis(yAxis, Qt::AlignLeft);
    m_series->attachAxis(xAxis);
    m_series->attachAxis(yAxis);

    m_note = new QGraphicsSimpleTextItem(this);
    m_note->setFont(labelFont);
    m_note->setBrush(style.mutedText);
    // A file cannot be hovered: there the note names what can be done with the chart instead.
    m_note->setText(options().interactive
                        ? tr("Some values are too narrow to label: hover a bar, or show fewer models.")
                        : tr("Some values are too narrow to label: show fewer models, or export larger."));
    m_note->setVisible(false);
}

void GroupedBarChart::layoutLabels()
{
    if (!m_series || m_labels.empty())
        return;
    const QRectF plot = plotArea();
    const int sets = m_series->count();
    const int categories = sets > 0 ? m_series->barSets().constFirst()->count() : 0;
    if (sets == 0 || categories == 0 || plot.width() <= 0 || m_series->attachedAxes().isEmpty())
        return;

    const qreal categoryWidth = plot.width() / categories;
    // Upright names take more height: if the plot moves, plotAreaChanged brings us back here.
    if (auto *axis = qobject_cast<QBarCategoryAxis *>(m_series->attachedAxes().constFirst()))
        ChartStyle::fitCategoryLabels(axis, categoryWidth, ChartStyle::fontScale(options().size) < 1.0);
    const qreal barWidth = categoryWidth * BarGroupWidth / sets;
    const ChartStyle style = ChartStyle::forTheme(options().theme);
    LabelPlacer placer(plot.adjusted(0, -1, 0, 1));
    bool anyValueHidden = false;

    // Reported values first, so an "n/a" mark never pushes a figure out.
    for (const bool missingPass : {false, true}) {
        for (const Label &l : m_labels) {
            if (l.missing != missingPass)
                continue;
            const QRectF text = l.item->boundingRect();
            // Labels stand upright when bars are narrower than the text. A figure must sit on its own
            // bar, so it gives way when even upright it is wider than the bar; the tooltip still has it.
            const bool rotate = text.width() + 2 > barWidth;
            const qreal across = rotate ? text.height() : text.width();
            const qreal along = rotate ? text.width() : text.height();
            const qreal x =
                plot.left() + categoryWidth * (l.category + 0.5 - BarGroupWidth / 2) + barWidth * (l.set + 0.5);
            const qreal barTop = mapToPosition(QPointF(l.category, l.missing ? 0.0 : l.value), m_series).y();
            const bool inside = !l.missing && barTop - ColumnLabelGap - along < plot.top();
            const qreal top = inside ? barTop + ColumnLabelGap : barTop - ColumnLabelGap - along;
            const QRectF box(x - across / 2, top, across, along);
            const bool narrow = !l.missing && across > barWidth + 1;
            const bool shown = !narrow && placer.place(box);
            l.item->setVisible(shown);
            if (!shown) {
                anyValueHidden = anyValueHidden || !l.missing;
                continue;
            }
            l.item->setRotation(rotate ? -90 : 0);
            l.item->setPos(rotate ? QPointF(box.left(), box.bottom()) : box.topLeft());
            if (!l.missing) {
                const QColor barColor = m_series->barSets().at(l.set)->color();
                l.item->setBrush(inside ? ChartStyle::textOn(barColor) : style.text);
            }
        }
    }
    if (m_note) {
        m_note->setVisible(anyValueHidden);
        // Inside the top of the plot: percent bars rarely reach it, and the legend may own the bottom.
        m_note->setPos(plot.left() + 6, plot.top() + 2);
    }
}

void GroupedBarChart::onHovered(bool status, int index, QBarSet *set)
{
    if (!status) {
        emit hoverTextChanged({});
        return;
    }
    const Dataset &data = *dataset();
    const QString id = taggedModel(set);
    const ModelInfo *model = data.model(id);
    const auto benchmarks = ChartMath::selectedBenchmarks(data, options());
    if (!model || isHidden(id) || index < 0 || index >= int(benchmarks.size()))
        return;
    const Benchmark &benchmark = data.benchmarks[size_t(benchmarks[size_t(index)])];
    const auto score = model->score(benchmark.id);
    emit hoverTextChanged(hoverText(model->name, benchmark.name,
                                    score ? Format::score(score->value) : tr("n/a (not reported)"),
                                    score ? score->source : QString()));
}

QStringList GroupedBarChart::valueLabelTexts() const
{
    QStringList texts;
    for (const Label &l : m_labels)
        texts << l.item->text();
    return texts;
}

int GroupedBarChart::visibleLabelCount() const
{
    return int(std::count_if(m_labels.begin(), m_labels.end(), [](const Label &l) { return l.item->isVisible(); }));
}

} // namespace md
