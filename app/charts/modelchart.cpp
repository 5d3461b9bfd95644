#include "modelchart.h"

#include "chartstyle.h"
#include "core/datasetmodel.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>

namespace md {

namespace {
const char *const ModelIdProperty = "modelDeskModelId";
}

ModelChart::ModelChart(const DatasetModel *model, const ChartOptions &options, QGraphicsItem *parent)
    : QChart(parent)
    , m_model(model)
    , m_options(options)
{
    setAnimationOptions(QChart::NoAnimation);
    legend()->setAlignment(Qt::AlignBottom);
    m_baseFont = font();
    m_baseTitleFont = titleFont();
    connect(this, &QChart::plotAreaChanged, this, [this] {
        if (fitLegend())
            return; // laid out again, and back here
        layoutLabels();
    });
}

ModelChart::~ModelChart() = default;

void ModelChart::setOptions(const ChartOptions &options)
{
    m_options = options;
    refresh();
}

void ModelChart::refresh()
{
    removeAllSeries();
    for (QAbstractAxis *axis : axes()) {
        removeAxis(axis);
        delete axis;
    }
    if (!m_model)
        return;
    // In the window the width is what the layout gives (a narrow cost chart reads fine): there type shrinks
    // only on a low window. A file of a given size shrinks it by both sides.
    const qreal scale =
        ChartStyle::fontScale(m_options.interactive ? QSize(800, m_options.size.height()) : m_options.size);
    QFont font = m_baseFont;
    font.setPointSizeF(std::max(6.0, font.pointSizeF() * scale));
    setFont(font); // value labels and legends take their sizes from it
    build();
    m_legendAlignment = legend()->alignment();
    ChartStyle::apply(this, m_options.theme);
    ChartStyle::scaleFonts(this, m_baseTitleFont, scale);
    bindLegend();
    layoutLabels();
}

const Dataset *ModelChart::dataset() const
{
    return m_model ? &m_model->dataset() : nullptr;
}

QString ModelChart::sourceLine() const
{
    const Dataset *data = dataset();
    if (!data)
        return {};
    return data->source.isEmpty() ? data->title : tr("Source: %1").arg(data->source);
}

QString ModelChart::pricesAsOfLine(const QDate &date)
{
    return date.isValid() ? tr("Prices as of %1").arg(date.toString(Qt::ISODate)) : QString();
}

QString ModelChart::capacityNote() const
{
    return ChartStyle::capNote(m_shown, m_total);
}

QString ModelChart::subtitle(const QString &extra) const
{
    QString text = sourceLine() + extra;
    const QString note = capacityNote();
    if (!note.isEmpty())
        text += QLatin1Char('\n') + note;
    return text;
}

QString ModelChart::titleHtml(const QString &title, const QString &subtitle) const
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.83); // the "small" of the title's HTML
    return ChartStyle::titleHtml(title, ChartStyle::wrapLines(subtitle, small, m_options.size.width() - 40));
}

bool ModelChart::dropsNamingLegend() const
{
    return !m_options.interactive && ChartStyle::fontScale(m_options.size) < 1.0;
}

QString ModelChart::hoverText(const QString &model, const QString &what, const QString &value, const QString &source)
{
    QString text =
        QStringLiteral("<b>%1</b><br>%2: %3").arg(model.toHtmlEscaped(), what.toHtmlEscaped(), value.toHtmlEscaped());
    if (!source.isEmpty())
        text +=
            QStringLiteral("<br><small>") + tr("Source: %1").arg(source).toHtmlEscaped() + QStringLiteral("</small>");
    return text;
}

void ModelChart::tagModel(QObject *object, const QString &modelId)
{
    object->setProperty(ModelIdProperty, modelId);
}

QString ModelChart::taggedModel(const QObject *object)
{
    return object ? object->property(ModelIdProperty).toString() : QString();
}

QString ModelChart::modelIdOf(QLegendMarker *marker)
{
    if (auto *bar = qobject_cast<QBarLegendMarker *>(marker))
        return taggedModel(bar->barset());
    return taggedModel(marker->series());
}

bool ModelChart::fitLegend()
{
    // A row of entries under the plot elides names once it is wider than the chart: then a column.
    // Decided again at every size, so a chart that grows gets its row back.
    if (m_legendAlignment != Qt::AlignBottom || size().width() <= 0 || !legend()->isVisible())
        return false;
    if (!m_options.interactive && ChartStyle::fontScale(m_options.size) < 1.0)
        return false; // a small file: below, never a column taking a third of the width
    const QFontMetricsF metrics(legend()->font());
    qreal needed = 0;
    for (QLegendMarker *marker : legend()->markers())
        needed += metrics.horizontalAdvance(marker->label()) + 2.5 * metrics.height() + 8;
    const Qt::Alignment wanted = needed <= size().width() - 40 ? Qt::AlignBottom : Qt::AlignRight;
    if (legend()->alignment() == wanted)
        return false;
    legend()->setAlignment(wanted);
    return true;
}

void ModelChart::bindLegend()
{
    const ChartStyle style = ChartStyle::forTheme(m_options.theme);
    for (QLegendMarker *marker : legend()->markers()) {
        const QString id = modelIdOf(marker);
        if (id.isEmpty())
            continue;
        // A hidden model's entry stays, greyed, so a second click brings it back.
        marker->setVisible(true);
        if (isHidden(id)) {
            marker->setLabelBrush(style.mutedText);
            QColor faded = marker->brush().color();
            faded.setAlphaF(0.25);
            marker->setBrush(faded);
            marker->setPen(Qt::NoPen);
        }
        // Queued: the click handler rebuilds the chart, which deletes this marker.
        connect(
            marker, &QLegendMarker::clicked, this, [this, id] { emit modelToggled(id); }, Qt::QueuedConnection);
    }
}

} // namespace md
