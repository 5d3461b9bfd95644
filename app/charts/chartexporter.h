#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

class QChart;

namespace md {

// Draws a chart off screen, at a size of its own (not the window's), to PNG, SVG or PDF.
// SVG (QSvgGenerator) and PDF (QPdfWriter) are vector, with text as text.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    enum class Format { Png, Svg, Pdf };

    static constexpr QSize DefaultSize{1200, 700};
    static constexpr int MinSide = 200;
    static constexpr int MaxSide = 10000;
    static constexpr double MaxScale = 8.0;
    static constexpr qint64 MaxPixels = 100'000'000; // about 400 MB of image: beyond that, refuse

    // The format from the file name's extension (case-insensitive).
    static Result<Format> formatForPath(const QString &path);
    // "1200x700" (also "1200X700"); each side between MinSide and MaxSide.
    static Result<QSize> parseSize(const QString &text);
    // A device pixel ratio: "2" draws a 1200x700 chart as a 2400x1400 PNG with the same layout.
    static Result<double> parseScale(const QString &text);

    // Lays `chart` out at `size` (logical pixels) and renders it to an image of size * scale.
    static QImage renderImage(QChart *chart, QSize size, double scale = 1.0);
    // Writes `chart` to `path` in the format of its extension. The file is replaced only once the
    // whole chart is written. Returns the path written.
    static Result<QString> exportChart(QChart *chart, const QString &path, QSize size = DefaultSize,
                                       double scale = 1.0);
};

} // namespace md
