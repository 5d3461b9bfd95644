#include "chartstyle.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLegend>
#include <QLocale>
#include <QPalette>
#include <cmath>

namespace md {

ChartStyle ChartStyle::forTheme(ChartTheme theme)
{
    if (theme == ChartTheme::Dark)
        return {QColor(0x26, 0x28, 0x2B), QColor(0xE8, 0xE8, 0xE8), QColor(0xA8, 0xA8, 0xA8), QColor(0x4A, 0x4D, 0x52),
                QColor(0xF0, 0xF0, 0xF0)};
    return {QColor(Qt::white), QColor(0x20, 0x20, 0x20), QColor(0x6A, 0x6A, 0x6A), QColor(0xDD, 0xDD, 0xDD),
            QColor(0x30, 0x30, 0x30)};
}

void ChartStyle::apply(QChart *chart, ChartTheme theme)
{
    const ChartStyle style = forTheme(theme);
    chart->setBackgroundBrush(style.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(style.text);
    chart->legend()->setLabelColor(style.text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(style.text);
        axis->setTitleBrush(style.text);
        axis->setGridLineColor(style.grid);
        QPen minor(style.grid.lighter(theme == ChartTheme::Dark ? 70 : 106), 0.6);
        axis->setMinorGridLinePen(minor);
        axis->setLinePenColor(style.grid);
    }
}

QFont ChartStyle::labelFont(const QChart *chart)
{
    QFont font = chart->font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.85));
    return font;
}

void ChartStyle::placeLegend(QChart *chart, int modelCount, QSize size)
{
    constexpr int RightFrom = 9;
    constexpr int SmallFrom = 17;
    // On a small chart a column on the right would take a third of the width: the legend goes below.
    const bool small = size.isValid() && fontScale(size) < 1.0;
    chart->legend()->setAlignment(modelCount >= RightFrom && !small ? Qt::AlignRight : Qt::AlignBottom);
    QFont font = chart->font();
    if (modelCount >= SmallFrom)
        font.setPointSizeF(std::max(6.5, font.pointSizeF() * 0.8));
    chart->legend()->setFont(font);
}

QString ChartStyle::titleHtml(const QString &title, const QString &subtitle)
{
    return QStringLiteral(
               "<p align=\"center\" style=\"margin:0\"><b>%1</b><br><span style=\"font-size:small\">%2</span></p>")
        .arg(title.toHtmlEscaped(), subtitle.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
}

bool ChartStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

ChartTheme ChartStyle::themeFor(const QPalette &palette)
{
    return isDark(palette) ? ChartTheme::Dark : ChartTheme::Light;
}

QColor ChartStyle::textOn(const QColor &bar)
{
    return bar.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
}

int ChartStyle::capacity(Layout layout, QSize size, int barsPerModel)
{
    constexpr int Most = 200; // even on a wall-sized export, nothing is built for thousands of items
    switch (layout) {
    case Layout::Rows: // title, axis and margins take about 160 pixels; a row needs 18
        return std::clamp((size.height() - 160) / 18, 5, Most);
    case Layout::Points: // 30 points on the default 1200x700, more on a larger chart
        return std::clamp(int(30 * std::sqrt(double(size.width()) * size.height() / (1200.0 * 700.0))), 10, Most);
    case Layout::GroupedBars: // a bar needs 9 pixels of the plot's width
        return std::clamp((size.width() - 250) / 9 / std::max(1, barsPerModel), 1, Most);
    }
    return 30;
}

QString ChartStyle::capNote(int shown, int total)
{
    if (shown >= total)
        return {};
    return QCoreApplication::translate("ChartStyle", "Showing %1 of %2 models — narrow the selection")
        .arg(QLocale().toString(shown), QLocale().toString(total));
}

} // namespace md

namespace md {

bool ChartStyle::fitCategoryLabels(QBarCategoryAxis *axis, qreal categoryWidth, bool small)
{
    const QFontMetricsF metrics(axis->labelsFont());
    qreal widest = 0;
    for (const QString &category : axis->categories())
        widest = std::max(widest, metrics.horizontalAdvance(category));
    // Qt Charts gives an upright-less label about width / (count + 1) less its padding, not the whole category.
    const int count = int(axis->count());
    const qreal room = categoryWidth * count / (count + 1) - 12;
    const int angle = widest > room ? -90 : 0;
    if (axis->labelsAngle() == angle)
        return false;
    axis->setLabelsAngle(angle);
    axis->setTitleVisible(angle == 0 || !small);
    return true;
}

qreal ChartStyle::fontScale(QSize size)
{
    const qreal byWidth = std::clamp((size.width() - 480) / (800.0 - 480.0), 0.0, 1.0);
    const qreal byHeight = std::clamp((size.height() - 300) / (450.0 - 300.0), 0.0, 1.0);
    return 0.75 + 0.25 * std::min(byWidth, byHeight);
}

void ChartStyle::scaleFonts(QChart *chart, const QFont &titleBase, qreal scale)
{
    const auto scaled = [scale](QFont font) {
        font.setPointSizeF(std::max(6.0, font.pointSizeF() * scale));
        return font;
    };
    chart->setTitleFont(scaled(titleBase));
    if (scale >= 1.0)
        return;
    // Chinese characters blur below about 8 points (bold axis titles most): they shrink less.
    const auto wide = [](const QString &text) {
        return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x2E80; });
    };
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(scaled(axis->labelsFont()));
        QFont title = scaled(axis->titleFont());
        if (wide(axis->titleText()))
            title.setPointSizeF(std::max(8.0, title.pointSizeF()));
        axis->setTitleFont(title);
    }
}

QString ChartStyle::wrapLines(const QString &text, const QFont &font, qreal width)
{
    if (width <= 0)
        return text;
    const QFontMetricsF metrics(font);
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        QString current;
        for (const QString &word : line.split(QLatin1Char(' '))) {
            const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
            if (!current.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
                out << current;
                current = word;
            } else {
                current = candidate;
            }
        }
        out << current;
    }
    return out.join(QLatin1Char('\n'));
}

void ChartStyle::fitCategoryFont(const QChart *chart, QBarCategoryAxis *axis, qreal rowHeight)
{
    const QFont base = chart->font();
    const qreal fullHeight = QFontMetricsF(base).height();
    const qreal wanted =
        std::clamp(std::floor(base.pointSizeF() * (rowHeight - 10) / fullHeight * 2) / 2, 6.0, base.pointSizeF());
    if (qFuzzyCompare(axis->labelsFont().pointSizeF(), wanted))
        return;
    QFont small = base;
    small.setPointSizeF(wanted);
    // Lays out again later and comes back to the caller if the plot moves.
    axis->setLabelsFont(small);
}

} // namespace md
