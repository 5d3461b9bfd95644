// Renders the SVG app icon to square PNGs for the hicolor theme at build time:
//   modeldesk_rendericon ICON.svg SIZE OUT.png
// Small sizes come from the same drawing, so the icon never needs committed binaries.
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char **argv)
{
    // Shapes only, no text: no QGuiApplication (and so no display or platform plugin) is needed.
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 4) {
        err << "usage: modeldesk_rendericon ICON.svg SIZE OUT.png\n";
        return 2;
    }
    bool ok = false;
    const int size = args.at(2).toInt(&ok);
    QSvgRenderer renderer(args.at(1));
    if (!ok || size <= 0 || !renderer.isValid()) {
        err << "modeldesk_rendericon: cannot render " << args.at(1) << " at size " << args.at(2) << '\n';
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    if (!image.save(args.at(3), "PNG")) {
        err << "modeldesk_rendericon: cannot write " << args.at(3) << '\n';
        return 1;
    }
    return 0;
}
