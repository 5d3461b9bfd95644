#include "subcommand.h"

#include "core/datasetjson.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <cstdio>

namespace md::cli {

void Common::addDataOption(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("data"), tr("Read the dataset from <file> instead of the built-in one."), tr("file")});
}

Result<Dataset> Common::loadData(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("data")))
        return DatasetJson::load(parser.value(QStringLiteral("data")));
    return DatasetJson::builtIn();
}

bool Common::parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printError(tr("modeldesk %1: %2").arg(command, parser.errorText()));
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print(parser.helpText());
        std::exit(ExitOk);
    }
    return true;
}

void Common::printError(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
}

void Common::print(const QString &text)
{
    QTextStream out(stdout);
    out << text;
    if (!text.endsWith(QLatin1Char('\n')))
        out << Qt::endl;
}

const Subcommand *findSubcommand(const QString &name)
{
    for (const Subcommand &c : subcommands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

} // namespace md::cli
