// The floor for ModelDesk's start-up: a bare Qt Charts window with the same 5 x 8 bars,
// nothing else. benchmarks/startup.sh times both the same way.
#include "../floorchart.h"
#include "ui/startupprobe.h"

#include <QApplication>
#include <QChartView>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QChartView view(makeFloorChart());
    view.resize(1280, 860);
    if (md::StartupProbe::enabled())
        md::StartupProbe::watch(view.viewport());
    view.show();
    return app.exec();
}
