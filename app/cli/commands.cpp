#include "subcommand.h"

namespace md::cli {

Subcommand importCommand();     // importcommand.cpp
Subcommand exportDataCommand(); // exportdatacommand.cpp

// The table of headless commands. Each lives in its own file and registers here.
const std::vector<Subcommand> &subcommands()
{
    static const std::vector<Subcommand> list = {
        importCommand(),
        exportDataCommand(),
    };
    return list;
}

} // namespace md::cli
