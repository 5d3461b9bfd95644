#pragma once

namespace md {
class AppServices;
}

namespace md::cli {

class WindowLauncher;

// What was decided before the QApplication existed.
struct Startup {
    bool windowWithoutDisplay = false; // the window was asked for, but there is no display to show it on
};

// Before the QApplication exists: headless commands, --help and --version draw offscreen and need no display.
Startup prepareEnvironment(int argc, char **argv);
// Names the application (QSettings, data folders, icon); before the services are made.
void describeApplication();

// The whole program once the application and the services exist: `modeldesk [--data FILE] [--theme NAME]`
// opens the window through `window`; `modeldesk COMMAND ...` runs a headless command over `services`.
// Returns the process exit code.
int run(const Startup &startup, AppServices &services, WindowLauncher &window);

} // namespace md::cli
