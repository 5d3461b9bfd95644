#pragma once

namespace md::cli {

// The whole program: `modeldesk [--data FILE]` opens the window; `modeldesk COMMAND ...` runs a
// headless command. Returns the process exit code.
int run(int argc, char **argv);

} // namespace md::cli
