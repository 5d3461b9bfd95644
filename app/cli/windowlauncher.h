#pragma once

#include <QString>
#include <QStringList>

namespace md::cli {

// How the window is asked for, filled in from `modeldesk [--data FILE] [--theme NAME]`.
struct WindowOptions {
    QString theme; // one of WindowLauncher::themeNames(), empty for the remembered choice
};

// The window as the command line sees it. main() implements it over the UI library, so the command line
// library never links the widgets of the window (see app/CMakeLists.txt's layering check).
class WindowLauncher
{
public:
    virtual ~WindowLauncher() = default;
    // Shows the window over the shared services and runs the event loop; returns the exit code.
    virtual int open(const WindowOptions &options) = 0;
    // An error before the window exists (a dataset that cannot be read), shown where a person sees it.
    virtual void showStartupError(const QString &title, const QString &message) = 0;
    // The names --theme accepts ("system", "light", "dark").
    virtual QStringList themeNames() const = 0;
};

} // namespace md::cli
