// The composition root: the application, the shared model, document and services are made here once, and
// handed to the headless command line or to the window.
#include "app/appservices.h"
#include "app/windowlauncher.h"
#include "cli/application.h"

#include <QApplication>

int main(int argc, char **argv)
{
    const md::cli::Startup startup = md::cli::prepareEnvironment(argc, argv);
    QApplication app(argc, argv);
    md::cli::describeApplication();
    md::AppServices services;
    md::GuiLauncher window(services);
    return md::cli::run(startup, services, window);
}
