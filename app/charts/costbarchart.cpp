#include "costbarchart.h"

#include "chartmath.h"
#include "chartstyle.h"
#include "core/costtablemodel.h"
#include "core/format.h"
#include "modelcolors.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>
#include <algorithm>
#include <numeric>

namespace md {

namespace {

// 0.25 or 2.5e-3 needs one decimal more than its magnitude says.
bool isHalfStep(double step)
{
    const double scaled = step / std::pow(10.0, std::floor(std::log10(step)));
    return std::abs(scaled - 2.5) < 1e-9;
}

QString moneyLabel(Money m, const QLocale &locale)
{
    // A cent or more reads in cents; smaller amounts (one request) keep their digits.
    return m >= Money::fromMicroDollars(10'000) ? m.toString(locale, 2) : m.toStringTrimmed(locale, 6);
}
} // namespace

CostBarChart::CostBarChart(const CostTableModel *costs, md::ChartTheme theme, QGraphicsItem *parent)
    : CostBarChart(
          costs,
          [theme] {
              ChartOptions o;
              o.theme = theme;
              return o;
          }(),
          parent)
{}

CostBarChart::CostBarChart(const CostTableModel *costs, const ChartOptions &options, QGraphicsItem *parent)
    : ModelChart(costs ? costs->source() : nullptr, options, parent)
    , m_costs(costs)
{
    setLocalizeNumbers(true);
    if (costs)
        connect(costs, &CostTableModel::costsChanged, this, &CostBarChart::refresh);
    refresh();
}

CostBarChart::~CostBarChart() = default;

void CostBarChart::setTheme(md::ChartTheme theme)
{
    ChartOptions o = options();
    o.theme = theme;
    setOptions(o);
}

void CostBarChart::clearBars()
{
    for (const Bar &b : m_bars)
        delete b.label;
    m_bars.clear();
}

std::vector<int> CostBarChart::shownRows(int *total) const
{
    const std::vector<CostRow> &rows = m_costs->rows();
    std::vector<int> shown;
    for (int r = 0; r < int(rows.size()); ++r) {
        if (m_costs->isIncluded(r))
            shown.push_back(r);
    }
    *total = int(shown.size());
    const int capacity = std::min(MaxBars, ChartStyle::capacity(ChartStyle::Layout::Rows, options().size));
    // The cheapest priced models, then kept in the table's order.
    return ChartMath::best(
        shown, capacity,
        [&rows](int r) {
            const CostRow &row = rows[size_t(r)];
            return row.priced ? std::optional<double>(-row.total.toDouble()) : std::nullopt;
        },
        true);
}

QString CostBarChart::subtitleText(int shown, int total, bool anyTooLong) const
{
    const Workload &w = m_costs->workload();
    const bool daily = w.period == Workload::Period::Day;
    // Tokens counted from text differ per model (the table's Tokens column): the subtitle says so.
    QString subtitle =
        m_costs->hasTokenCounter()
            ? (daily ? tr("each model's counted tokens × %1 a day") : tr("each model's counted tokens × %1 a month"))
                  .arg(QLocale().toString(w.requests))
            : (daily ? tr("%1 in + %2 out tokens × %3 a day") : tr("%1 in + %2 out tokens × %3 a month"))
                  .arg(Format::tokensExact(w.inputTokens), Format::tokensExact(w.outputTokens),
                       QLocale().toString(w.requests));
    if (w.pricesAsOf.isValid())
        subtitle += QLatin1Char('\n') + pricesAsOfLine(w.pricesAsOf);
    if (w.batch)
        subtitle += QLatin1Char('\n') + tr("Batch API prices where a model has them");
    if (shown < total)
        subtitle += QLatin1Char('\n') + tr("the %1 cheapest").arg(shown) + QStringLiteral(" · ") +
                    ChartStyle::capNote(shown, total);
    if (anyTooLong)
        subtitle += QLatin1Char('\n') + tr("⚠ request too long for the model");
    return subtitle;
}

void CostBarChart::build()
{
    clearBars();
    m_series = nullptr;
    legend()->hide();
    if (!m_costs)
        return;
    const std::vector<CostRow> &rows = m_costs->rows();
    int total = 0;
    const std::vector<int> shown = shownRows(&total);
    setShownCount(int(shown.size()), total);

    auto *series = new QHorizontalStackedBarSeries(this);
    series->setBarWidth(ChartStyle::BarWidth);
    const int count = int(shown.size());
    const QLocale locale;
    const ChartStyle style = ChartStyle::forTheme(options().theme);
    double maxValue = 0.0;
    bool anyTooLong = false;
    QStringList categories;
    // One set per model, with its value in its own category only: each bar keeps the model's colour.
    for (int i = 0; i < count; ++i) {
        const int rowIndex = shown[size_t(i)];
        const CostRow &row = rows[size_t(rowIndex)];
        const int category = count - 1 - i; // the axis counts from the bottom; the table reads from the top
        auto *set = new QBarSet(row.modelName);
        tagModel(set, row.modelId);
        const QColor color = ModelColors::color(row.modelId);
        set->setColor(color);
        set->setBorderColor(color);
        set->append(QList<qreal>(count, 0.0));
        std::optional<double> dollars;
        QString text = Format::notAvailable();
        const bool cheapest = row.priced && m_costs->isCheapest(rowIndex);
        if (row.priced) {
            dollars = row.total.toDouble();
            set->replace(category, *dollars);
            maxValue = std::max(maxValue, *dollars);
            text = CostTableModel::isFree(row) ? tr("free") : moneyLabel(row.total, locale);
            if (cheapest)
                text = tr("%1 · cheapest").arg(text);
        }
        if (row.exceedsContext || row.exceedsMaxOutput) {
            text = tr("⚠ %1").arg(text);
            anyTooLong = true;
        }
        series->append(set);
        auto *label = new QGraphicsSimpleTextItem(text, this);
        label->setZValue(10);
        label->setBrush(dollars ? style.text : style.mutedText);
        QFont f = font();
        f.setBold(cheapest);
        label->setFont(f);
        m_bars.push_back(Bar{row.modelId, dollars, label, category, cheapest});
    }
    for (int c = count - 1; c >= 0; --c)
        categories << rows[size_t(shown[size_t(c)])].modelName;
    const QString heading =
        m_costs->workload().period == Workload::Period::Day ? tr("Cost per day") : tr("Cost per month");
    setTitle(titleHtml(heading, subtitleText(count, total, anyTooLong)));
    addSeries(series);
    m_series = series;
    m_maxValue = maxValue;
    addAxes(categories);
}

void CostBarChart::addAxes(const QStringList &categories)
{
    auto *yAxis = new QBarCategoryAxis(this);
    yAxis->append(categories);
    yAxis->setGridLineVisible(false);
    auto *xAxis = new QValueAxis(this);
    xAxis->setTickType(QValueAxis::TicksDynamic);
    xAxis->setTickAnchor(0.0);
    xAxis->setRange(0.0, m_maxValue > 0 ? m_maxValue * 1.3 : 1.0); // layoutLabels() widens it to fit the labels
    xAxis->setTitleVisible(false); // the chart's title names the period; the width goes to the bars
    addAxis(yAxis, Qt::AlignLeft);
    addAxis(xAxis, Qt::AlignBottom);
    m_series->attachAxis(yAxis);
    m_series->attachAxis(xAxis);
}

void CostBarChart::fitValueAxis()
{
    const auto horizontal = axes(Qt::Horizontal);
    auto *axis = horizontal.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(horizontal.constFirst());
    const qreal width = plotArea().width();
    if (!axis || width <= 0)
        return;
    // The range must leave room for each label beside its bar: value / range * width + label <= width.
    double range = m_maxValue > 0 ? m_maxValue * 1.05 : 1.0;
    for (const Bar &b : m_bars) {
        const qreal room = width - b.label->boundingRect().width() - 2 * ChartStyle::LabelGap;
        if (b.dollars && room > width * 0.25)
            range = std::max(range, *b.dollars * width / room);
    }
    // A round step so that ticks sit about 90 pixels apart, and the range ends on a tick.
    const double rough = range / std::max(1.0, std::floor(width / 90.0));
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (const double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = f * magnitude;
        if (step >= rough)
            break;
    }
    const double top = std::ceil(range / step - 1e-9) * step;
    const int decimals = step >= 1.0 ? 0 : int(std::ceil(-std::log10(step) - 1e-9)) + (isHalfStep(step) ? 1 : 0);
    axis->setLabelFormat(QStringLiteral("$%.") + QString::number(decimals) + QStringLiteral("f"));
    axis->setTickInterval(step);
    if (!qFuzzyCompare(axis->max(), top))
        axis->setRange(0.0, top);
}

void CostBarChart::layoutLabels()
{
    if (!m_series || m_bars.empty() || m_series->attachedAxes().isEmpty())
        return;
    const QRectF plot = plotArea();
    if (plot.width() <= 0)
        return;
    if (!m_fitting) {
        m_fitting = true; // a new range may move the plot area and call back here
        fitValueAxis();
        if (auto *yAxis = qobject_cast<QBarCategoryAxis *>(axes(Qt::Vertical).value(0)))
            ChartStyle::fitCategoryFont(this, yAxis, plot.height() / qMax<size_t>(1, m_bars.size()));
        m_fitting = false;
    }
    const ChartStyle style = ChartStyle::forTheme(options().theme);
    for (const Bar &b : m_bars) {
        const QPointF end = mapToPosition(QPointF(b.dollars.value_or(0.0), b.category), m_series);
        const QRectF text = b.label->boundingRect();
        qreal x = end.x() + ChartStyle::LabelGap;
        b.label->setBrush(b.dollars ? style.text : style.mutedText);
        // No room beside the bar: the label goes inside it, in a colour that reads on the bar.
        if (x + text.width() > plot.right() && b.dollars &&
            end.x() - plot.left() > text.width() + 2 * ChartStyle::LabelGap) {
            x = end.x() - ChartStyle::LabelGap - text.width();
            b.label->setBrush(ChartStyle::textOn(ModelColors::color(b.modelId)));
        }
        b.label->setPos(x, end.y() - text.height() / 2);
    }
}

QStringList CostBarChart::modelIds() const
{
    QStringList ids;
    for (const Bar &b : m_bars)
        ids << b.modelId;
    return ids;
}

std::vector<std::optional<double>> CostBarChart::values() const
{
    std::vector<std::optional<double>> v;
    v.reserve(m_bars.size());
    for (const Bar &b : m_bars)
        v.push_back(b.dollars);
    return v;
}

QStringList CostBarChart::valueLabelTexts() const
{
    QStringList texts;
    for (const Bar &b : m_bars)
        texts << b.label->text();
    return texts;
}

} // namespace md
