#pragma once

#include <QStringList>

namespace md {

enum class ChartTheme { Light, Dark };

// What a chart shows: empty lists mean "all models" / "all benchmarks", in dataset order.
struct ChartOptions {
    QStringList modelIds;
    QStringList benchmarkIds;
    // Models switched off from the legend: they keep their legend entry (to switch them back on)
    // but draw nothing.
    QStringList hiddenModelIds;
    ChartTheme theme = ChartTheme::Light;
    // Blended price per 1M tokens weights input and output tokens 3:1 unless told otherwise.
    int inputWeight = 3;
    int outputWeight = 1;
};

} // namespace md
