#include "application.h"

#include "subcommand.h"

#include "core/datasetjson.h"
#include "core/datasetmodel.h"
#include "ui/documentcontroller.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

namespace md::cli {

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ModelDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("modeldesk.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("modeldesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MODELDESK_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("ModelDesk"));
    QGuiApplication::setDesktopFileName(QStringLiteral(MODELDESK_APP_ID));
}

QString commandList()
{
    QString text = Common::tr("Commands (modeldesk COMMAND --help for their options):") + QLatin1Char('\n');
    for (const Subcommand &c : subcommands())
        text += QStringLiteral("  %1  %2\n").arg(c.name, -14).arg(c.summary);
    return text;
}

int runGui(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Common::tr("Compare large language models: benchmark charts, workload prices "
                                                "and live prompt trials.")
                                     + QLatin1String("\n\n") + commandList());
    parser.addVersionOption();
    Common::addDataOption(parser);
    if (!Common::parse(parser, app.arguments(), QStringLiteral("")))
        return ExitUsage;
    if (parser.isSet(QStringLiteral("version"))) {
        Common::print(QStringLiteral("modeldesk ") + app.applicationVersion());
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        Common::printError(Common::tr("modeldesk: unknown command \"%1\"\n%2")
                               .arg(parser.positionalArguments().constFirst(), commandList()));
        return ExitUsage;
    }

    auto data = Common::loadData(parser);
    if (!data) {
        Common::printError(data.error());
        // Offscreen (tests, scripts) has nobody to close a dialog; stderr carries the message there.
        if (!QGuiApplication::platformName().startsWith(QLatin1String("offscreen")))
            QMessageBox::critical(nullptr, Common::tr("Cannot open dataset"), data.error());
        return ExitUsage;
    }
    DatasetModel model;
    model.setDataset(std::move(data).value());
    MainWindow window(&model);
    if (parser.isSet(QStringLiteral("data")))
        window.setDatasetPath(parser.value(QStringLiteral("data")));
    window.show();
    // After a crash the edits of the last session wait in the data folder; offer them once the window is up.
    QTimer::singleShot(0, &window, [&window] { window.documentController()->offerRecovery(); });
    return app.exec();
}

} // namespace

int run(int argc, char **argv)
{
    const Subcommand *command = argc > 1 ? findSubcommand(QString::fromLocal8Bit(argv[1])) : nullptr;
    // Headless commands draw charts offscreen; they need no display, whatever the caller set.
    if (command && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    describeApplication();
    if (!command)
        return runGui(app);

    QStringList arguments = app.arguments();
    arguments.removeAt(1); // the command name; the parser sees "modeldesk --options"
    return command->run(arguments);
}

} // namespace md::cli
