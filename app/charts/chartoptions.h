#pragma once

#include <QStringList>

namespace md {

enum class ChartTheme { Light, Dark };

// What a chart shows: empty lists mean "all models" / "all benchmarks", in dataset order.
struct ChartOptions {
    QStringList modelIds;
    QStringList benchmarkIds;
    ChartTheme theme = ChartTheme::Light;
};

} // namespace md
