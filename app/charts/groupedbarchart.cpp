#include "groupedbarchart.h"

#include "modelcolors.h"

#include "core/datasetmodel.h"
#include "core/format.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QValueAxis>

namespace md {

namespace {
constexpr double BarGroupWidth = 0.84; // share of a category the bars of one benchmark fill
constexpr qreal LabelGap = 3.0;

template <typename Item, typename IdOf>
std::vector<int> pick(const std::vector<Item> &items, const QStringList &ids, IdOf idOf)
{
    std::vector<int> picked;
    for (int i = 0; i < int(items.size()); ++i) {
        if (ids.isEmpty() || ids.contains(idOf(items[size_t(i)])))
            picked.push_back(i);
    }
    return picked;
}
} // namespace

GroupedBarChart::GroupedBarChart(const DatasetModel *model, QGraphicsItem *parent)
    : QChart(parent)
    , m_model(model)
{
    setAnimationOptions(QChart::NoAnimation);
    legend()->setAlignment(Qt::AlignBottom);
    connect(this, &QChart::plotAreaChanged, this, &GroupedBarChart::layoutLabels);
    refresh();
}

GroupedBarChart::~GroupedBarChart() = default;

void GroupedBarChart::setOptions(const ChartOptions &options)
{
    m_options = options;
    refresh();
}

void GroupedBarChart::clearLabels()
{
    for (const Label &l : m_labels)
        delete l.item;
    m_labels.clear();
}

void GroupedBarChart::refresh()
{
    clearLabels();
    removeAllSeries();
    for (QAbstractAxis *axis : axes())
        removeAxis(axis);
    m_series = nullptr;
    if (!m_model)
        return;

    const Dataset &data = m_model->dataset();
    const auto models = pick(data.models, m_options.modelIds, [](const ModelInfo &m) { return m.id; });
    const auto benchmarks = pick(data.benchmarks, m_options.benchmarkIds, [](const Benchmark &b) { return b.id; });

    setTitle(QStringLiteral("<b>%1</b><br><span style=\"font-size:small\">%2</span>")
                 .arg(tr("Benchmark scores").toHtmlEscaped(),
                      (data.source.isEmpty() ? data.title : tr("Source: %1").arg(data.source)).toHtmlEscaped()));

    m_series = new QBarSeries(this);
    m_series->setBarWidth(BarGroupWidth);
    double maxValue = 0.0;
    bool allPercent = true;
    for (int bi : benchmarks)
        allPercent = allPercent && data.benchmarks[size_t(bi)].unit == QLatin1String("%");

    for (int mi : models) {
        const ModelInfo &model = data.models[size_t(mi)];
        auto *set = new QBarSet(model.name);
        set->setColor(ModelColors::color(model.id));
        set->setBorderColor(ModelColors::color(model.id));
        for (int c = 0; c < int(benchmarks.size()); ++c) {
            const auto score = model.score(data.benchmarks[size_t(benchmarks[size_t(c)])].id);
            // A missing score is drawn as no bar (0 height) with an "n/a" mark, never as a zero bar label.
            set->append(score ? score->value : 0.0);
            maxValue = std::max(maxValue, score ? score->value : 0.0);
            auto *item = new QGraphicsSimpleTextItem(this);
            item->setText(score ? Format::score(score->value) : Format::notAvailable());
            item->setZValue(10);
            m_labels.push_back(Label{item, int(m_series->count()), c, !score, score ? score->value : 0.0});
        }
        m_series->append(set);
    }
    addSeries(m_series);

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
    applyTheme();
    layoutLabels();
}

void GroupedBarChart::applyTheme()
{
    const bool dark = m_options.theme == md::ChartTheme::Dark;
    const QColor text = dark ? QColor(0xE8, 0xE8, 0xE8) : QColor(0x20, 0x20, 0x20);
    const QColor grid = dark ? QColor(0x55, 0x55, 0x55) : QColor(0xD8, 0xD8, 0xD8);
    setBackgroundBrush(dark ? QColor(0x26, 0x28, 0x2B) : QColor(Qt::white));
    setBackgroundRoundness(0);
    setTitleBrush(text);
    legend()->setLabelColor(text);
    for (QAbstractAxis *axis : axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    for (const Label &l : m_labels)
        l.item->setBrush(l.missing ? (dark ? QColor(0xA0, 0xA0, 0xA0) : QColor(0x70, 0x70, 0x70)) : text);
}

void GroupedBarChart::layoutLabels()
{
    if (!m_series || m_labels.empty())
        return;
    const QRectF plot = plotArea();
    const int sets = m_series->count();
    const int categories = sets > 0 ? m_series->barSets().first()->count() : 0;
    if (sets == 0 || categories == 0 || plot.width() <= 0)
        return;

    QFont font = this->font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.85));
    const qreal categoryWidth = plot.width() / categories;
    const qreal barWidth = categoryWidth * BarGroupWidth / sets;
    const bool dark = m_options.theme == md::ChartTheme::Dark;

    for (const Label &l : m_labels) {
        l.item->setFont(font);
        const QRectF text = l.item->boundingRect();
        // Labels stand upright when bars are narrower than the text, and give way when even that does not fit.
        const bool rotate = text.width() + 2 > barWidth;
        const bool fits = (rotate ? text.height() : text.width()) <= barWidth + 1;
        l.item->setVisible(fits);
        if (!fits)
            continue;
        const qreal x = plot.left() + categoryWidth * (l.category + 0.5 - BarGroupWidth / 2)
            + barWidth * (l.set + 0.5);
        const qreal barTop = m_series->attachedAxes().isEmpty()
            ? plot.bottom()
            : mapToPosition(QPointF(l.category, l.missing ? 0.0 : l.value), m_series).y();
        const qreal extent = rotate ? text.width() : text.height();
        bool inside = barTop - LabelGap - extent < plot.top();
        qreal baseline = inside ? barTop + LabelGap + extent : barTop - LabelGap;
        l.item->setRotation(rotate ? -90 : 0);
        if (rotate)
            l.item->setPos(x - text.height() / 2, baseline);
        else
            l.item->setPos(x - text.width() / 2, baseline - text.height());
        if (!l.missing) {
            const QColor barColor = m_series->barSets().at(l.set)->color();
            l.item->setBrush(inside ? (barColor.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white))
                                    : (dark ? QColor(0xE8, 0xE8, 0xE8) : QColor(0x20, 0x20, 0x20)));
        }
    }
}

QStringList GroupedBarChart::valueLabelTexts() const
{
    QStringList texts;
    for (const Label &l : m_labels)
        texts << l.item->text();
    return texts;
}

} // namespace md
