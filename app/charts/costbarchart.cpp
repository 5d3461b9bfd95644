#include "costbarchart.h"

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
constexpr qreal LabelGap = 4.0;

// 0.25 or 2.5e-3 needs one decimal more than its magnitude says.
bool isHalfStep(double step)
{
    const double scaled = step / std::pow(10.0, std::floor(std::log10(step)));
    return std::abs(scaled - 2.5) < 1e-9;
}
constexpr qreal BarWidth = 0.7;

QString moneyLabel(Money m, const QLocale &locale)
{
    // A cent or more reads in cents; smaller amounts (one request) keep their digits.
    return m >= Money::fromMicroDollars(10'000) ? m.toString(locale, 2) : m.toStringTrimmed(locale, 6);
}
} // namespace

CostBarChart::CostBarChart(const CostTableModel *costs, md::ChartTheme theme, QGraphicsItem *parent)
    : QChart(parent)
    , m_costs(costs)
    , m_theme(theme)
{
    setAnimationOptions(QChart::NoAnimation);
    setLocalizeNumbers(true);
    legend()->hide();
    connect(this, &QChart::plotAreaChanged, this, &CostBarChart::layoutLabels);
    if (costs)
        connect(costs, &CostTableModel::costsChanged, this, &CostBarChart::refresh);
    refresh();
}

CostBarChart::~CostBarChart() = default;

void CostBarChart::setTheme(md::ChartTheme theme)
{
    m_theme = theme;
    applyTheme();
    layoutLabels();
}

void CostBarChart::clearBars()
{
    for (const Bar &b : m_bars)
        delete b.label;
    m_bars.clear();
}

void CostBarChart::refresh()
{
    clearBars();
    removeAllSeries();
    for (QAbstractAxis *axis : axes())
        removeAxis(axis);
    m_series = nullptr;
    if (!m_costs)
        return;

    const std::vector<CostRow> &rows = m_costs->rows();
    const Workload &w = m_costs->workload();
    std::vector<int> shown(rows.size());
    std::iota(shown.begin(), shown.end(), 0);
    const bool capped = int(rows.size()) > MaxBars;
    if (capped) {
        // The cheapest priced models, then kept in the table's order.
        std::stable_sort(shown.begin(), shown.end(), [&rows](int a, int b) {
            const CostRow &ra = rows[size_t(a)];
            const CostRow &rb = rows[size_t(b)];
            return ra.priced != rb.priced ? ra.priced : ra.priced && ra.total < rb.total;
        });
        shown.resize(MaxBars);
        std::sort(shown.begin(), shown.end());
    }

    const bool daily = w.period == Workload::Period::Day;
    const QString heading = daily ? tr("Cost per day") : tr("Cost per month");
    QString subtitle = (daily ? tr("%1 in + %2 out tokens × %3 a day") : tr("%1 in + %2 out tokens × %3 a month"))
                           .arg(Format::tokensShort(w.inputTokens), Format::tokensShort(w.outputTokens),
                                QLocale().toString(w.requests));
    if (w.batch)
        subtitle += QLatin1Char('\n') + tr("Batch API prices where a model has them");
    if (capped)
        subtitle += QLatin1Char('\n') + tr("the %1 cheapest of %2 models").arg(MaxBars).arg(rows.size());
    auto *series = new QHorizontalStackedBarSeries(this);
    series->setBarWidth(BarWidth);
    const int count = int(shown.size());
    const QLocale locale;
    double maxValue = 0.0;
    bool anyTooLong = false;
    QStringList categories;
    // One set per model, with its value in its own category only: each bar keeps the model's colour.
    for (int i = 0; i < count; ++i) {
        const int rowIndex = shown[size_t(i)];
        const CostRow &row = rows[size_t(rowIndex)];
        const int category = count - 1 - i; // the axis counts from the bottom; the table reads from the top
        auto *set = new QBarSet(row.modelName);
        const QColor color = ModelColors::color(row.modelId);
        set->setColor(color);
        set->setBorderColor(color);
        for (int c = 0; c < count; ++c)
            set->append(0.0);
        std::optional<double> dollars;
        QString text = Format::notAvailable();
        if (row.priced) {
            dollars = row.total.toDouble();
            set->replace(category, *dollars);
            maxValue = std::max(maxValue, *dollars);
            text = moneyLabel(row.total, locale);
            if (m_costs->isCheapest(rowIndex))
                text = tr("%1 · cheapest").arg(text);
        }
        if (row.exceedsContext || row.exceedsMaxOutput) {
            text = tr("⚠ %1").arg(text);
            anyTooLong = true;
        }
        series->append(set);
        auto *label = new QGraphicsSimpleTextItem(text, this);
        label->setZValue(10);
        m_bars.push_back(Bar{row.modelId, dollars, label, category, row.priced && m_costs->isCheapest(rowIndex)});
    }
    for (int c = count - 1; c >= 0; --c)
        categories << rows[size_t(shown[size_t(c)])].modelName;
    if (anyTooLong)
        subtitle += QLatin1Char('\n') + tr("⚠ request too long for the model");
    setTitle(
        QStringLiteral("<b>%1</b><br><span style=\"font-size:small\">%2</span>")
            .arg(heading.toHtmlEscaped(), subtitle.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"))));
    addSeries(series);
    m_series = series;

    auto *yAxis = new QBarCategoryAxis(this);
    yAxis->append(categories);
    yAxis->setGridLineVisible(false);
    auto *xAxis = new QValueAxis(this);
    xAxis->setTickType(QValueAxis::TicksDynamic);
    xAxis->setTickAnchor(0.0);
    m_maxValue = maxValue;
    xAxis->setRange(0.0, maxValue > 0 ? maxValue * 1.3 : 1.0); // layoutLabels() widens it to fit the labels
    xAxis->setTitleVisible(false); // the chart's title names the period; the width goes to the bars
    addAxis(yAxis, Qt::AlignLeft);
    addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(yAxis);
    series->attachAxis(xAxis);
    applyTheme();
    layoutLabels();
}

void CostBarChart::applyTheme()
{
    const bool dark = m_theme == md::ChartTheme::Dark;
    const QColor text = dark ? QColor(0xE8, 0xE8, 0xE8) : QColor(0x20, 0x20, 0x20);
    const QColor grid = dark ? QColor(0x55, 0x55, 0x55) : QColor(0xD8, 0xD8, 0xD8);
    setBackgroundBrush(dark ? QColor(0x26, 0x28, 0x2B) : QColor(Qt::white));
    setBackgroundRoundness(0);
    setTitleBrush(text);
    for (QAbstractAxis *axis : axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    for (const Bar &b : m_bars) {
        b.label->setBrush(b.dollars ? text : (dark ? QColor(0xA0, 0xA0, 0xA0) : QColor(0x70, 0x70, 0x70)));
        QFont f = font();
        f.setBold(b.cheapest);
        b.label->setFont(f);
    }
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
        const qreal room = width - b.label->boundingRect().width() - 2 * LabelGap;
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
        m_fitting = false;
    }
    const bool dark = m_theme == md::ChartTheme::Dark;
    for (const Bar &b : m_bars) {
        const QPointF end = mapToPosition(QPointF(b.dollars.value_or(0.0), b.category), m_series);
        const QRectF text = b.label->boundingRect();
        qreal x = end.x() + LabelGap;
        b.label->setBrush(b.dollars ? (dark ? QColor(0xE8, 0xE8, 0xE8) : QColor(0x20, 0x20, 0x20))
                                    : (dark ? QColor(0xA0, 0xA0, 0xA0) : QColor(0x70, 0x70, 0x70)));
        // No room beside the bar: the label goes inside it, in a colour that reads on the bar.
        if (x + text.width() > plot.right() && b.dollars && end.x() - plot.left() > text.width() + 2 * LabelGap) {
            x = end.x() - LabelGap - text.width();
            const QColor bar = ModelColors::color(b.modelId);
            b.label->setBrush(bar.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white));
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
