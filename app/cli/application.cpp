#include "application.h"

#include "app/appservices.h"
#include "core/datasetdocument.h"
#include "core/datasetjson.h"
#include "core/datasetmodel.h"
#include "core/translations.h"
#include "subcommand.h"
#include "windowlauncher.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <cstdio>

namespace md::cli {

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

namespace {

QString commandList()
{
    QString text = Common::tr("Commands (modeldesk COMMAND --help for their options):") + QLatin1Char('\n');
    for (const Subcommand &c : subcommands())
        text += QStringLiteral("  %1  %2\n").arg(c.name, -14).arg(c.summary);
    return text;
}

// `modeldesk nosuchcmd`: not an option, not a command and no file of that name; a misspelt command, most likely.
bool isUnknownCommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    return !first.isEmpty() && !first.startsWith(QLatin1Char('-')) && !findSubcommand(first) &&
           !QFileInfo::exists(first);
}

int reportUnknownCommand(const QString &name)
{
    Common::printError(Common::tr("modeldesk: unknown command '%1'\n%2").arg(name, commandList()));
    return ExitUsage;
}

// Qt's own notices that say nothing to the person running a headless command (the runtime folder is not
// used by any of them); everything else goes on to the handler that was installed before.
QtMessageHandler previousHandler = nullptr;

void headlessMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")) ||
        message.startsWith(QLatin1String("QStandardPaths: wrong permissions on runtime directory")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        std::fputs(qPrintable(qFormatLogMessage(type, context, message) + QLatin1Char('\n')), stderr);
}

int runGui(const QStringList &arguments, AppServices &services, WindowLauncher &window)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Common::tr("Compare large language models: benchmark charts, workload prices "
                                                "and live prompt trials.") +
                                     QLatin1String("\n\n") + commandList());
    parser.addVersionOption();
    Common::addDataOption(parser);
    const QStringList themes = window.themeNames();
    parser.addOption({QStringLiteral("theme"),
                      Common::tr("Start in the <theme> (%1) instead of the one chosen in View > Theme.")
                          .arg(themes.join(QLatin1String(", "))),
                      Common::tr("theme")});
    // Taken out of the arguments before parsing (it also works before a command); listed for --help.
    parser.addOption({QStringLiteral("lang"),
                      Common::tr("Use <language> (%1) instead of the system's or the one chosen in View > Language.")
                          .arg(Translations::languages().join(QLatin1String(", "))),
                      Common::tr("language")});
    parser.addPositionalArgument(QStringLiteral("file"), Common::tr("A dataset to open (as --data <file> does)."),
                                 QStringLiteral("[file]"));
    if (!Common::parse(parser, arguments, QStringLiteral("")))
        return ExitUsage;
    if (parser.isSet(QStringLiteral("version"))) {
        Common::print(QStringLiteral("modeldesk ") + QCoreApplication::applicationVersion());
        return ExitOk;
    }
    // `modeldesk FILE` opens FILE, as --data FILE does; any other word is a misspelt command.
    QString dataPath = parser.value(QStringLiteral("data"));
    for (const QString &word : parser.positionalArguments()) {
        if (!dataPath.isEmpty() || !QFileInfo::exists(word))
            return reportUnknownCommand(word);
        dataPath = word;
    }
    WindowOptions options;
    options.theme = parser.value(QStringLiteral("theme")).trimmed().toLower();
    if (parser.isSet(QStringLiteral("theme")) && !themes.contains(options.theme)) {
        Common::printError(Common::tr("modeldesk: --theme must be one of %1, not \"%2\"")
                               .arg(themes.join(QLatin1String(", ")), parser.value(QStringLiteral("theme"))));
        return ExitUsage;
    }

    auto data = dataPath.isEmpty() ? DatasetJson::builtIn() : DatasetJson::load(dataPath);
    if (!data) {
        Common::printError(data.error());
        window.showStartupError(Common::tr("Cannot open dataset"), data.error());
        return ExitUsage;
    }
    // Not DatasetDocument::setContent: that would drop the recovery copy the window offers to restore.
    services.model()->setDataset(std::move(data).value());
    if (!dataPath.isEmpty())
        services.document()->setPath(dataPath);
    return window.open(options);
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

Startup prepareEnvironment(int argc, char **argv)
{
    QStringList raw;
    for (int i = 0; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    (void)Translations::takeLanguageOption(raw); // "--lang zh_CN" may stand before the command name
    const Subcommand *command = raw.size() > 1 ? findSubcommand(raw.at(1)) : nullptr;
    // A misspelt command only prints the list of commands: no window, no display needed.
    const bool printing = printsOnly(raw) || isUnknownCommand(raw);
    Startup startup;
    startup.windowWithoutDisplay = !command && !printing && noDisplay(raw);
    // Headless commands draw charts offscreen; they need no display, whatever the caller set.
    if ((command || printing || startup.windowWithoutDisplay) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Headless runs print only ModelDesk's own messages; the window keeps Qt's for its log.
    if (command || printing || startup.windowWithoutDisplay)
        previousHandler = qInstallMessageHandler(headlessMessageHandler);
    return startup;
}

int run(const Startup &startup, AppServices &services, WindowLauncher &window)
{
    QStringList arguments = QCoreApplication::arguments(); // without the options Qt itself took (-platform, -style)
    const auto language = Translations::takeLanguageOption(arguments);
    // Before anything prints or draws: headless chart titles and axes are translated too.
    Translations::install(language && language.value() ? *language.value() : Translations::savedLanguage());
    if (!language) {
        Common::printError(QStringLiteral("modeldesk: ") + language.error());
        return ExitUsage;
    }
    if (isUnknownCommand(arguments))
        return reportUnknownCommand(arguments.at(1));
    if (startup.windowWithoutDisplay) {
        Common::printError(Common::tr("modeldesk: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are "
                                      "not set). See modeldesk --help for the commands that need none."));
        return ExitFailure;
    }
    const Subcommand *command = arguments.size() > 1 ? findSubcommand(arguments.at(1)) : nullptr;
    if (!command)
        return runGui(arguments, services, window);

    arguments.removeAt(1); // the command name; the parser sees "modeldesk --options"
    return command->runWithServices ? command->runWithServices(arguments, services) : command->run(arguments);
}

} // namespace md::cli
