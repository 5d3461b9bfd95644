#pragma once

#include "core/dataset.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <vector>

class QCommandLineParser;

namespace md {
class AppServices;
}

namespace md::cli {

// Exit codes shared by every headless command.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// A headless command: `modeldesk NAME [options]`. It runs without a window (offscreen platform).
struct Subcommand {
    QString name;
    QString summary;
    // `arguments` starts with the program name, then the options after NAME.
    std::function<int(const QStringList &arguments)> run;
    // A command that works on the application's shared model, document or services (the trial service)
    // sets this instead of `run`; main() made them once and hands them in.
    std::function<int(const QStringList &arguments, AppServices &services)> runWithServices = {};
};

const std::vector<Subcommand> &subcommands();
const Subcommand *findSubcommand(const QString &name);

// Helpers every command shares.
class Common
{
    Q_DECLARE_TR_FUNCTIONS(Common)

public:
    // Adds --data FILE to `parser`.
    static void addDataOption(QCommandLineParser &parser);
    // The dataset named by --data, or the built-in one.
    static Result<Dataset> loadData(const QCommandLineParser &parser);
    // Parses `arguments`; on a bad option prints the reason to stderr and returns false.
    static bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command);
    static void printError(const QString &message);
    static void print(const QString &text);
};

} // namespace md::cli
