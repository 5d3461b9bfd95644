#pragma once

#include "chartoptions.h"

#include <QColor>
#include <QFont>

class QChart;

namespace md {

// The colours and fonts every chart shares, so a chart kind added later looks like the others.
struct ChartStyle {
    QColor background;
    QColor text;
    QColor mutedText; // "n/a" marks, notes
    QColor grid;
    QColor frontier;

    static ChartStyle forTheme(ChartTheme theme);
    // Background, title, legend and axes of `chart` (call after the axes are added).
    static void apply(QChart *chart, ChartTheme theme);
    // The font of value labels and point names: a little smaller than the chart's own.
    static QFont labelFont(const QChart *chart);
    // Legend under the plot for a few models, a column on the right (smaller type for many) otherwise.
    static void placeLegend(QChart *chart, int modelCount);
    // Title in bold with a smaller subtitle line under it (the data source).
    static QString titleHtml(const QString &title, const QString &subtitle);
};

} // namespace md
