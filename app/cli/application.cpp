#include "application.h"

#include "core/datasetjson.h"
#include "core/datasetmodel.h"
#include "core/translations.h"
#include "subcommand.h"
#include "ui/chartpanel.h"
#include "ui/documentcontroller.h"
#include "ui/mainwindow.h"
#include "ui/startupprobe.h"

#include <QApplication>
#include <QChartView>
#include <QCommandLineParser>
#include <QIcon>
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
    // The installed theme icon when there is one; the built-in SVG (packaging/icons) otherwise.
    QGuiApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral(MODELDESK_APP_ID), QIcon(QStringLiteral(":/icons/" MODELDESK_APP_ID ".svg"))));
}

QString commandList()
{
    QString text = Common::tr("Commands (modeldesk COMMAND --help for their options):") + QLatin1Char('\n');
    for (const Subcommand &c : subcommands())
        text += QStringLiteral("  %1  %2\n").arg(c.name, -14).arg(c.summary);
    return text;
}

int runGui(QApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Common::tr("Compare large language models: benchmark charts, workload prices "
                                                "and live prompt trials.") +
                                     QLatin1String("\n\n") + commandList());
    parser.addVersionOption();
    Common::addDataOption(parser);
    // Taken out of the arguments before parsing (it also works before a command); listed for --help.
    parser.addOption({QStringLiteral("lang"),
                      Common::tr("Use <language> (%1) instead of the system's or the one chosen in View > Language.")
                          .arg(Translations::languages().join(QLatin1String(", "))),
                      Common::tr("language")});
    if (!Common::parse(parser, arguments, QStringLiteral("")))
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
    if (StartupProbe::enabled())
        StartupProbe::watch(window.chartPanel()->view()->viewport()); // painted once the chart is drawn
    window.show();
    // After a crash the edits of the last session wait in the data folder; offer them once the window is up.
    QTimer::singleShot(0, &window, [&window] { window.documentController()->offerRecovery(); });
    return app.exec();
}

// --version and --help only print: like headless commands they need no display.
bool printsOnly(const QStringList &arguments)
{
    static const QStringList options = {QStringLiteral("--version"), QStringLiteral("-v"),
                                        QStringLiteral("--help"),    QStringLiteral("-h"),
                                        QStringLiteral("-?"),        QStringLiteral("--help-all")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (options.contains(arguments.at(i)))
            return true;
    }
    return false;
}

// Without a display Qt would abort; started from a plain terminal (ssh, a container) say so instead.
bool noDisplay(const QStringList &arguments)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    return !arguments.contains(QStringLiteral("-platform")) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
           qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    Q_UNUSED(arguments);
    return false;
#endif
}

} // namespace

int run(int argc, char **argv)
{
    QStringList raw;
    for (int i = 0; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    (void)Translations::takeLanguageOption(raw); // "--lang zh_CN" may stand before the command name
    const Subcommand *command = raw.size() > 1 ? findSubcommand(raw.at(1)) : nullptr;
    const bool windowWithoutDisplay = !command && !printsOnly(raw) && noDisplay(raw);
    // Headless commands draw charts offscreen; they need no display, whatever the caller set.
    if ((command || printsOnly(raw) || windowWithoutDisplay) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    describeApplication();
    QStringList arguments = app.arguments(); // without the options Qt itself took (-platform, -style)
    const auto language = Translations::takeLanguageOption(arguments);
    // Before anything prints or draws: headless chart titles and axes are translated too.
    Translations::install(language && language.value() ? *language.value() : Translations::savedLanguage());
    if (!language) {
        Common::printError(QStringLiteral("modeldesk: ") + language.error());
        return ExitUsage;
    }
    if (windowWithoutDisplay) {
        Common::printError(Common::tr("modeldesk: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are "
                                      "not set). See modeldesk --help for the commands that need none."));
        return ExitFailure;
    }
    if (!command)
        return runGui(app, arguments);

    arguments.removeAt(1); // the command name; the parser sees "modeldesk --options"
    return command->run(arguments);
}

} // namespace md::cli
