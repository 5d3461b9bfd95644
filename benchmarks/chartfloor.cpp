// The floor for benchmarks/export-speed.sh: the least a Qt Charts program can do to draw the same
// bars as `modeldesk export-chart --chart grouped` (5 models x 8 benchmarks, axes, legend, title) to
// a 1200x700 PNG. No dataset file, no labels, no theme: whatever ModelDesk adds costs time above this.
#include "floorchart.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("floor.png");

    QChart *chart = makeFloorChart();

    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(0, 0, 1200, 700);
    QImage image(1200, 700, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(0, 0, 1200, 700), QRectF(0, 0, 1200, 700));
    painter.end();
    return image.save(out, "PNG") ? 0 : 1;
}
