#include "subcommand.h"

#include "exportchartcommand.h"

namespace md::cli {

Subcommand costCommand(); // costcommand.cpp

// The table of headless commands. Each lives in its own file and registers here.
const std::vector<Subcommand> &subcommands()
{
    static const std::vector<Subcommand> list = {
        exportChartCommand(),
        costCommand(),
    };
    return list;
}

} // namespace md::cli
