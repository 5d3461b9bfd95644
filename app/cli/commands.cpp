#include "exportchartcommand.h"
#include "subcommand.h"

namespace md::cli {

Subcommand costCommand();       // costcommand.cpp
Subcommand trialCommand();      // trialcommand.cpp
Subcommand importCommand();     // importcommand.cpp
Subcommand exportDataCommand(); // exportdatacommand.cpp
Subcommand tokensCommand();     // tokenscommand.cpp
Subcommand arenaCommand();      // arenacommand.cpp
Subcommand evalCommand();       // evalcommand.cpp

// The table of headless commands. Each lives in its own file and registers here.
const std::vector<Subcommand> &subcommands()
{
    static const std::vector<Subcommand> list = {
        exportChartCommand(), costCommand(),   trialCommand(), importCommand(),
        exportDataCommand(),  tokensCommand(), arenaCommand(), evalCommand(),
    };
    return list;
}

} // namespace md::cli
