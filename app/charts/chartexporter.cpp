#include "chartexporter.h"

#include <QChart>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScreen>
#include <QSvgGenerator>

namespace md {

namespace {

// Puts the chart in a scene of its own for the time of one render, laid out at `size`.
class Stage
{
public:
    Stage(QChart *chart, QSize size)
        : m_chart(chart)
        , m_previous(chart->scene())
    {
        if (m_previous)
            m_previous->removeItem(chart);
        m_oldGeometry = chart->geometry();
        m_scene.addItem(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        // Lay out now (axes, plot area, hand-placed labels) rather than on the next event loop turn.
        if (chart->layout())
            chart->layout()->activate();
        m_scene.setSceneRect(QRectF(QPointF(0, 0), size));
        // The chart draws its background a few pixels inside its geometry; the scene fills the rest,
        // so no file gets a white or transparent frame.
        m_scene.setBackgroundBrush(chart->backgroundBrush());
    }
    ~Stage()
    {
        m_scene.removeItem(m_chart);
        if (m_previous) {
            m_previous->addItem(m_chart);
            m_chart->setGeometry(m_oldGeometry);
        }
    }
    Q_DISABLE_COPY_MOVE(Stage)

    void render(QPainter *painter, const QRectF &target) { m_scene.render(painter, target, m_scene.sceneRect()); }

private:
    QChart *m_chart;
    QGraphicsScene *m_previous;
    QRectF m_oldGeometry;
    QGraphicsScene m_scene;
};

// Fonts are given in points; a vector device must count the pixels per inch the screen layout used,
// or text comes out a different size than the layout planned for.
int layoutDpi()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? qRound(screen->logicalDotsPerInch()) : 96;
}

// Draws the chart onto a vector device (SVG, PDF): text stays text.
bool drawVector(QChart *chart, const QSize &size, QPaintDevice *device)
{
    Stage stage(chart, size);
    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    stage.render(&painter, QRectF(QPointF(0, 0), size));
    return painter.end();
}

} // namespace

Result<ChartExporter::Format> ChartExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return Result<Format>::failure(suffix.isEmpty()
                                       ? tr("%1: no file extension; use .png, .svg or .pdf").arg(path)
                                       : tr("%1: unknown extension \".%2\"; use .png, .svg or .pdf").arg(path, suffix));
}

Result<QSize> ChartExporter::parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,6})\\s*[xX]\\s*(\\d{1,6})\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return Result<QSize>::failure(tr("invalid size \"%1\"; expected WIDTHxHEIGHT, e.g. 1200x700").arg(text));
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < MinSide || size.height() < MinSide || size.width() > MaxSide || size.height() > MaxSide)
        return Result<QSize>::failure(
            tr("size \"%1\" out of range; each side must be %2 to %3 pixels").arg(text).arg(MinSide).arg(MaxSide));
    return size;
}

Result<double> ChartExporter::parseScale(const QString &text)
{
    bool ok = false;
    const double scale = text.trimmed().toDouble(&ok);
    if (!ok || !(scale >= 0.25 && scale <= MaxScale))
        return Result<double>::failure(
            tr("invalid scale \"%1\"; expected a number from 0.25 to %2").arg(text).arg(MaxScale));
    return scale;
}

QImage ChartExporter::renderImage(QChart *chart, QSize size, double scale)
{
    QImage image(QSize(qRound(size.width() * scale), qRound(size.height() * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::transparent);
    Stage stage(chart, size);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    stage.render(&painter, QRectF(QPointF(0, 0), size));
    return image;
}

Result<QString> ChartExporter::exportChart(QChart *chart, const QString &path, QSize size, double scale)
{
    const auto format = formatForPath(path);
    if (!format)
        return Result<QString>::failure(format.error());
    if (qint64(size.width() * scale) * qint64(size.height() * scale) > MaxPixels)
        return Result<QString>::failure(tr("%1: %2x%3 at scale %4 is too large an image")
                                            .arg(path)
                                            .arg(size.width())
                                            .arg(size.height())
                                            .arg(scale));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<QString>::failure(tr("cannot write %1: %2").arg(path, file.errorString()));

    bool drawn = true;
    switch (format.value()) {
    case Format::Png:
        drawn = renderImage(chart, size, scale).save(&file, "PNG");
        break;
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setResolution(layoutDpi());
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(chart->title().isEmpty()
                         ? tr("ModelDesk chart")
                         : QString(chart->title()).remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
        svg.setDescription(tr("Exported by ModelDesk"));
        drawn = drawVector(chart, size, &svg);
        break;
    }
    case Format::Pdf: {
        QPdfWriter pdf(&file);
        const int dpi = layoutDpi();
        pdf.setResolution(dpi);
        // One page exactly the chart's size, no margins: the PDF is the chart, ready to place in a report.
        pdf.setPageSize(QPageSize(QSizeF(size.width() * 72.0 / dpi, size.height() * 72.0 / dpi), QPageSize::Point,
                                  QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setCreator(QStringLiteral("ModelDesk"));
        pdf.setTitle(tr("ModelDesk chart"));
        drawn = drawVector(chart, size, &pdf);
        break;
    }
    }
    if (!drawn) {
        file.cancelWriting();
        return Result<QString>::failure(tr("cannot draw the chart into %1").arg(path));
    }
    if (!file.commit())
        return Result<QString>::failure(tr("cannot write %1: %2").arg(path, file.errorString()));
    return path;
}

} // namespace md
