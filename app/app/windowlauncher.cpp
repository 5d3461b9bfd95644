#include "windowlauncher.h"

#include "appservices.h"
#include "ui/chartpanel.h"
#include "ui/documentcontroller.h"
#include "ui/mainwindow.h"
#include "ui/startupprobe.h"
#include "ui/thememanager.h"

#include <QApplication>
#include <QChartView>
#include <QMessageBox>
#include <QTimer>

namespace md {

GuiLauncher::GuiLauncher(AppServices &services)
    : m_services(services)
{}

QStringList GuiLauncher::themeNames() const
{
    return ThemeManager::modeNames();
}

void GuiLauncher::showStartupError(const QString &title, const QString &message)
{
    // Offscreen (tests, scripts) has nobody to close a dialog; stderr carries the message there.
    if (!QGuiApplication::platformName().startsWith(QLatin1String("offscreen")))
        QMessageBox::critical(nullptr, title, message);
}

int GuiLauncher::open(const cli::WindowOptions &options)
{
    MainWindow window(m_services.document(), m_services.trials(), m_services.selection());
    if (const auto mode = ThemeManager::modeFromName(options.theme))
        window.themeManager()->applyForSession(*mode);
    if (StartupProbe::enabled())
        StartupProbe::watch(window.chartPanel()->view()->viewport()); // painted once the chart is drawn
    window.show();
    // After a crash the edits of the last session wait in the data folder; offer them once the window is up.
    QTimer::singleShot(0, &window, [&window] { window.documentController()->offerRecovery(); });
    return QApplication::exec();
}

} // namespace md
