#include "subcommand.h"

namespace md::cli {

Subcommand trialCommand(); // trialcommand.cpp

// The table of headless commands. Each lives in its own file and registers here.
const std::vector<Subcommand> &subcommands()
{
    static const std::vector<Subcommand> list = {
        trialCommand(),
    };
    return list;
}

} // namespace md::cli
