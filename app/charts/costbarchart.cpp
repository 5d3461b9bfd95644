#include "costbarchart.h"

#include "modelcolors.h"

#include "core/costtablemodel.h"
#include "core/format.h"

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
    QString subtitle = (daily ? tr("%1 input + %2 output tokens per request · requests per day: %3")
                              : tr("%1 input + %2 output tokens per request · requests per month: %3"))
                           .arg(Format::tokensShort(w.inputTokens), Format::tokensShort(w.outputTokens),
                                QLocale().toString(w.requests));
    if (w.batch)
        subtitle += tr(", Batch API");
    if (capped)
        subtitle += tr(" — the %1 cheapest of %2 models").arg(MaxBars).arg(rows.size());
    setTitle(QStringLiteral("<b>%1</b><br><span style=\"font-size:small\">%2</span>")
                 .arg(heading.toHtmlEscaped(), subtitle.toHtmlEscaped()));

    auto *series = new QHorizontalStackedBarSeries(this);
    series->setBarWidth(BarWidth);
    const int count = int(shown.size());
    const QLocale locale;
    double maxValue = 0.0;
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
        if (row.exceedsContext || row.exceedsMaxOutput)
            text = tr("⚠ %1 · too long for this model").arg(text);
        series->append(set);
        auto *label = new QGraphicsSimpleTextItem(text, this);
        label->setZValue(10);
        m_bars.push_back(Bar{row.modelId, dollars, label, category, row.priced && m_costs->isCheapest(rowIndex)});
    }
    for (int c = count - 1; c >= 0; --c)
        categories << rows[size_t(shown[size_t(c)])].modelName;
    addSeries(series);
    m_series = series;

    auto *yAxis = new QBarCategoryAxis(this);
    yAxis->append(categories);
    yAxis->setGridLineVisible(false);
    auto *xAxis = new QValueAxis(this);
    // Room on the right for the longest label beside the longest bar.
    xAxis->setRange(0.0, maxValue > 0 ? maxValue * 1.45 : 1.0);
    xAxis->applyNiceNumbers();
    const double top = xAxis->max();
    xAxis->setLabelFormat(top >= 10 ? QStringLiteral("$%.0f") : top >= 0.1 ? QStringLiteral("$%.2f") : QStringLiteral("$%.4f"));
    xAxis->setTitleText(daily ? tr("US dollars per day") : tr("US dollars per month"));
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

void CostBarChart::layoutLabels()
{
    if (!m_series || m_bars.empty() || m_series->attachedAxes().isEmpty())
        return;
    const QRectF plot = plotArea();
    if (plot.width() <= 0)
        return;
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
