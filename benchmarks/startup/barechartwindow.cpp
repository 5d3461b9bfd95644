// The floor for ModelDesk's start-up: a bare Qt Charts window with the same 5 x 8 bars,
// nothing else. benchmarks/startup.sh times both the same way.
#include "ui/startupprobe.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QValueAxis>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const double scores[5][8] = {{82.0, 40.2, 79.7, 87.0, 70.2, 87.2, 59.4, 56.7},
                                 {77.9, 38.6, 78.4, 75.5, 40.9, 71.5, 56.1, 58.4},
                                 {73.8, 35.7, 78.4, 71.7, 40.9, 75.9, 50.2, 46.4},
                                 {69.8, 30.8, 70.2, 56.3, 43.1, 68.0, 0.0, 0.0},
                                 {88.7, 53.6, 83.4, 90.5, 76.6, 90.2, 69.1, 63.8}};
    auto *series = new QBarSeries;
    for (const auto &row : scores) {
        auto *set = new QBarSet(QStringLiteral("model"));
        for (double v : row)
            set->append(v);
        series->append(set);
    }
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append({QStringLiteral("MMLU"), QStringLiteral("GPQA"), QStringLiteral("DROP"), QStringLiteral("MGSM"),
               QStringLiteral("MATH"), QStringLiteral("HumanEval"), QStringLiteral("MMMU"),
               QStringLiteral("MathVista")});
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QChartView view(chart);
    view.resize(1280, 860);
    if (md::StartupProbe::enabled())
        md::StartupProbe::watch(view.viewport());
    view.show();
    return app.exec();
}
