#pragma once

#include "core/costcalculator.h"

#include <QSize>
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
    // The size the chart is drawn at (the export size, or the view's): it decides how many bars or
    // points are readable, and a chart draws at most that many (the best ones by its own order).
    QSize size{1200, 700};
    // Drawn in the window, where the pointer can hover: only then may a chart say "hover a bar".
    bool interactive = false;
    // Blended price per 1M tokens weights input and output tokens 3:1 unless told otherwise.
    int inputWeight = 3;
    int outputWeight = 1;
    // The price-history chart's price: input, output, or blended by the weights above.
    enum class HistoryPrice { Input, Output, Blended };
    HistoryPrice historyPrice = HistoryPrice::Blended;
    // The cost chart's workload: 1,000 input and 500 output tokens, 100,000 requests a month by default.
    Workload workload = defaultWorkload();

    static Workload defaultWorkload()
    {
        Workload w;
        w.inputTokens = 1000;
        w.outputTokens = 500;
        w.requests = 100'000;
        return w;
    }
};

} // namespace md
