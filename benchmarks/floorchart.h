#pragma once
// The launch figures as a bare Qt Charts bar chart: the floor both benchmark programs measure
// ModelDesk against (chartfloor.cpp for export, startup/barechartwindow.cpp for start-up).
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <array>

inline QChart *makeFloorChart()
{
    struct Row {
        const char *name;
        std::array<qreal, 8> values;
    };
    // The launch figures; 0 where ModelDesk shows "n/a".
    const Row rows[] = {
        {"GPT-4o mini", {82.0, 40.2, 79.7, 87.0, 70.2, 87.2, 59.4, 56.7}},
        {"Gemini 1.5 Flash", {77.9, 38.6, 78.4, 75.5, 40.9, 71.5, 56.1, 58.4}},
        {"Claude 3 Haiku", {73.8, 35.7, 78.4, 71.7, 40.9, 75.9, 50.2, 46.4}},
        {"GPT-3.5 Turbo", {69.8, 30.8, 70.2, 56.3, 43.1, 68.0, 0.0, 0.0}},
        {"GPT-4o", {88.7, 53.6, 83.4, 90.5, 76.6, 90.2, 69.1, 63.8}},
    };
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(QStringLiteral("Benchmark scores"));
    auto *series = new QBarSeries;
    for (const Row &row : rows) {
        auto *set = new QBarSet(QString::fromUtf8(row.name));
        for (qreal v : row.values)
            set->append(v);
        series->append(set);
    }
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
    return chart;
}
