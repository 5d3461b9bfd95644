#pragma once

#include "chartoptions.h"

#include <QColor>
#include <QFont>

class QBarCategoryAxis;
class QChart;
class QPalette;

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
    static void placeLegend(QChart *chart, int modelCount, QSize size = {});
    // Title in bold with smaller subtitle lines under it (the data source; lines split at '\n').
    static QString titleHtml(const QString &title, const QString &subtitle);

    // Whether a widget palette is a dark one: the charts then follow with their dark theme.
    static bool isDark(const QPalette &palette);
    static ChartTheme themeFor(const QPalette &palette);
    // The colour of a label drawn on a bar of `bar`'s colour.
    static QColor textOn(const QColor &bar);

    // How many items a chart of `size` can show readably: rows of horizontal bars, points of a
    // scatter plot, or models of grouped bars with `barsPerModel` bars each.
    enum class Layout { Rows, Points, GroupedBars };
    static int capacity(Layout layout, QSize size, int barsPerModel = 1);
    // Rows of a ranking keep this height; the GUI scrolls when more are shown than fit.
    static constexpr int RowHeight = 20;
    // Pixels between a bar's end (or a point) and its value label; the share of a row a horizontal bar fills.
    static constexpr qreal LabelGap = 4.0;
    static constexpr qreal BarWidth = 0.7;
    // "Showing 30 of 412 models — narrow the selection", or empty when all are shown.
    static QString capNote(int shown, int total);
    // Qt Charts elides a category label taller than its row to "...": with many rows, shrink the
    // names until they fit. Only the axis' width changes with it, so the rows keep their height.
    static void fitCategoryFont(const QChart *chart, QBarCategoryAxis *axis, qreal rowHeight);
    // Category names under columns stand upright when the widest is wider than a category, instead of being
    // elided to "M…" (MMLU, MGSM and MMMU would read alike). True when it changed the axis (a new layout follows).
    // On a small chart the axis title ("Benchmark", plain from the names) then makes room for them: Qt Charts
    // gives the axes at most 40% of the height and elides what does not fit.
    static bool fitCategoryLabels(QBarCategoryAxis *axis, qreal categoryWidth, bool small = false);
    // Small charts (an export of 480x300, a low window) draw every text smaller so that it stays whole:
    // 1 from 800x450 up, down to 0.75.
    static qreal fontScale(QSize size);
    // Scales the chart's title, axis and legend fonts from `base` sizes by `scale` (after the axes are added).
    static void scaleFonts(QChart *chart, const QFont &titleBase, qreal scale);
    // The subtitle's lines wrapped at word boundaries to `width` pixels of `font` (no wrap when width <= 0).
    static QString wrapLines(const QString &text, const QFont &font, qreal width);
};

} // namespace md
