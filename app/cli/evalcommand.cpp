// `modeldesk eval SUITE.yaml`: runs a promptfoo config against the models it names, headless.
#include "app/appservices.h"
#include "core/datasetdocument.h"
#include "core/datasetjson.h"
#include "core/datasetmodel.h"
#include "eval/evaldataset.h"
#include "eval/evalreport.h"
#include "eval/evalrunner.h"
#include "eval/suitereader.h"
#include "subcommand.h"
#include "trial/trialservice.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace md::cli {

namespace {

class EvalCommand
{
    Q_DECLARE_TR_FUNCTIONS(EvalCommand)

public:
    static int run(const QStringList &arguments, AppServices &services);

private:
    static int writeDataset(AppServices &services, const eval::EvalRun &run, const QString &dataPath,
                            const QString &out);
};

int usage(const QString &message)
{
    Common::printError(EvalCommand::tr("modeldesk eval: %1").arg(message));
    return ExitUsage;
}

std::optional<int> wholeNumber(const QCommandLineParser &parser, const QString &name, int low, int high)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const int n = parser.value(name).toInt(&ok);
    if (!ok || n < low || n > high)
        return -1;
    return n;
}

int EvalCommand::writeDataset(AppServices &services, const eval::EvalRun &run, const QString &dataPath,
                              const QString &out)
{
    const eval::EvalDataset::Scores scores = eval::EvalDataset::scoresFor(run);
    for (const QString &name : scores.unmatched)
        Common::printError(
            tr("modeldesk eval: %1 is not a model of the dataset; its pass rate is not written.").arg(name));
    DatasetDocument &document = *services.document();
    document.setContent(services.model()->dataset(), dataPath);
    if (!eval::EvalDataset::apply(document, scores))
        return usage(tr("--write-dataset: none of the suite's models is in the dataset (link them under Trials > "
                        "Providers…, or name dataset models in the suite)."));
    // The loader's rules before anything replaces a file: what is written must read back.
    const QByteArray bytes = DatasetJson::serialize(services.model()->dataset());
    if (auto check = DatasetJson::parse(bytes, out); !check)
        return usage(tr("--write-dataset: the result would not load (%1); nothing was written.").arg(check.error()));
    if (auto written = DatasetJson::writeFile(bytes, out); !written)
        return usage(written.error());
    return ExitOk;
}

int EvalCommand::run(const QStringList &arguments, AppServices &services)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs an eval suite (a promptfoo config, promptfooconfig.yaml) against the models it names and prints "
           "each test's verdict per model, the pass rates, costs and latencies. Keys come from the suite's "
           "apiKey/apiKeyEnvar, else OPENAI_API_KEY; OPENAI_BASE_URL sets the endpoint as in promptfoo.\n"
           "Exit status: 0 when every test passed, 1 when any failed or errored, 2 for a bad suite or option."));
    parser.addPositionalArgument(QStringLiteral("suite"), tr("The suite, e.g. promptfooconfig.yaml."));
    parser.addOptions({
        {QStringLiteral("models"),
         tr("Run only these of the suite's providers (ids as written, API model ids or dataset model ids)."),
         tr("id,id")},
        {QStringLiteral("repeat"), tr("Run every test N times (1 to 100) for the pass rate's spread."), tr("n"),
         QStringLiteral("1")},
        {QStringLiteral("concurrency"), tr("Calls at once (1 to 64, default 4)."), tr("k"), QStringLiteral("4")},
        {QStringLiteral("no-cache"), tr("Ask the models again instead of reusing cached answers.")},
        {QStringLiteral("skip-unsupported"),
         tr("Skip checks of types ModelDesk does not run (reported as skipped, never as passed).")},
        {QStringLiteral("format"), tr("Output format: table (default), json, csv, markdown or html."), tr("format"),
         QStringLiteral("table")},
        {QStringLiteral("out"), tr("Write the report to <file> instead of standard output."), tr("file")},
        {QStringLiteral("write-dataset"),
         tr("Write the dataset with the suite added as a benchmark (each model's pass rate) to <file>."), tr("file")},
    });
    Common::addDataOption(parser);
    if (!Common::parse(parser, arguments, QStringLiteral("eval")))
        return ExitUsage;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(tr("give one suite file (promptfooconfig.yaml)."));
    const QString format = parser.value(QStringLiteral("format"));
    if (!eval::EvalReport::formats().contains(format))
        return usage(tr("--format must be table, json, csv, markdown or html, not \"%1\".").arg(format));
    eval::RunOptions options;
    const auto repeat = wholeNumber(parser, QStringLiteral("repeat"), 1, 100);
    if (repeat && *repeat < 0)
        return usage(tr("--repeat must be a whole number from 1 to 100, not \"%1\".")
                         .arg(parser.value(QStringLiteral("repeat"))));
    const auto concurrency = wholeNumber(parser, QStringLiteral("concurrency"), 1, 64);
    if (concurrency && *concurrency < 0)
        return usage(tr("--concurrency must be a whole number from 1 to 64, not \"%1\".")
                         .arg(parser.value(QStringLiteral("concurrency"))));
    options.repeat = repeat.value_or(1);
    options.concurrency = concurrency.value_or(4);
    options.useCache = !parser.isSet(QStringLiteral("no-cache"));

    auto data = Common::loadData(parser);
    if (!data)
        return usage(data.error());
    services.model()->setDataset(std::move(data).value());

    eval::ReadOptions read;
    read.skipUnsupported = parser.isSet(QStringLiteral("skip-unsupported"));
    auto suite = eval::SuiteReader::load(positional.front(), read);
    if (!suite)
        return usage(suite.error());
    eval::Suite chosen = std::move(suite).value();

    if (parser.isSet(QStringLiteral("models"))) {
        trial::TrialService *trials = services.trials();
        std::vector<eval::ProviderSpec> picked;
        for (const QString &raw : parser.value(QStringLiteral("models")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString id = raw.trimmed();
            bool found = false;
            for (const eval::ProviderSpec &p : chosen.providers) {
                const QString datasetId = p.modeldeskProvider.isEmpty()
                                              ? trials->resolveEndpoint(p.baseUrl, p.model).datasetModelId
                                              : QString();
                if (p.id == id || p.label == id || p.model == id || (!datasetId.isEmpty() && datasetId == id)) {
                    picked.push_back(p);
                    found = true;
                }
            }
            if (!found) {
                QStringList names;
                for (const eval::ProviderSpec &p : chosen.providers)
                    names << p.label;
                return usage(tr("--models: the suite has no provider \"%1\" (it has %2).")
                                 .arg(id, names.join(QStringLiteral(", "))));
            }
        }
        chosen.providers = std::move(picked);
    }

    eval::EvalRunner runner(services.trials());
    QEventLoop loop;
    QObject::connect(&runner, &eval::EvalRunner::finished, &loop, &QEventLoop::quit);
    QString keyError;
    QObject::connect(&runner, &eval::EvalRunner::failed, &loop, [&](const QString &message) {
        keyError = message;
        loop.quit();
    });
    // On a terminal, one line of progress on stderr (calls done, time left, cost so far); never in a pipe or file.
    const bool terminal = isatty(fileno(stderr)) != 0;
    if (terminal) {
        QObject::connect(
            &runner, &eval::EvalRunner::progress, &loop, [](int done, int total, qint64 etaMs, const Money &cost) {
                QString line = tr("%1 of %2 calls").arg(done).arg(total);
                if (etaMs >= 0 && done < total)
                    line += QStringLiteral(" · ") + tr("about %1 s left").arg((etaMs + 999) / 1000);
                if (cost.units() > 0)
                    line += QStringLiteral(" · ") + tr("%1 so far").arg(QStringLiteral("$") + cost.toPlainString(6));
                QTextStream(stderr) << '\r' << line << QStringLiteral("\x1b[K") << Qt::flush;
            });
    }
    if (const QString problem = runner.start(chosen, options); !problem.isEmpty())
        return usage(problem);
    loop.exec();
    if (terminal)
        QTextStream(stderr) << '\r' << QStringLiteral("\x1b[K") << Qt::flush;
    if (!keyError.isEmpty())
        return usage(keyError);

    const eval::EvalRun &run = runner.run();
    const QString report = eval::EvalReport::render(run, format);
    if (parser.isSet(QStringLiteral("out"))) {
        QSaveFile file(parser.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly) || file.write(report.toUtf8()) < 0 || !file.commit())
            return usage(tr("--out: cannot write %1").arg(parser.value(QStringLiteral("out"))));
    } else {
        Common::print(report);
    }
    if (parser.isSet(QStringLiteral("write-dataset"))) {
        if (const int status = writeDataset(services, run, parser.value(QStringLiteral("data")),
                                            parser.value(QStringLiteral("write-dataset")));
            status != ExitOk)
            return status;
    }
    return run.allPassed() ? ExitOk : ExitFailure;
}

} // namespace

Subcommand evalCommand()
{
    return {QStringLiteral("eval"),
            EvalCommand::tr("Run an eval suite (a promptfoo config) against models"),
            {},
            &EvalCommand::run};
}

} // namespace md::cli
