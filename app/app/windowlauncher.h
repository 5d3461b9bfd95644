#pragma once

#include "cli/windowlauncher.h"

namespace md {

class AppServices;

// The window side of the composition root: builds the MainWindow over the shared services when the command
// line asks for it. Lives beside main(), in the executable, so that only the executable links the UI.
class GuiLauncher final : public cli::WindowLauncher
{
public:
    explicit GuiLauncher(AppServices &services);

    int open(const cli::WindowOptions &options) override;
    void showStartupError(const QString &title, const QString &message) override;
    QStringList themeNames() const override;

private:
    AppServices &m_services;
};

} // namespace md
