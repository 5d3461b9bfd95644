// `modeldesk trial`: one prompt to one or more models at an OpenAI-compatible endpoint, headless.
#include "app/appservices.h"
#include "core/datasetmodel.h"
#include "subcommand.h"
#include "trial/trialservice.h"
#include "trial/trialsession.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

namespace md::cli {

namespace {

class TrialCommand
{
    Q_DECLARE_TR_FUNCTIONS(TrialCommand)

public:
    static int run(const QStringList &arguments, AppServices &services);

private:
    static QJsonArray toJson(const trial::TrialRecord &record);
};

QJsonArray TrialCommand::toJson(const trial::TrialRecord &record)
{
    QJsonArray out;
    const trial::TrialTurn &turn = record.turns.front();
    for (size_t i = 0; i < record.columns.size(); ++i) {
        const trial::TrialAnswer &a = turn.answers[i];
        const trial::TrialMetrics &m = a.metrics;
        // Counts the server did not send are ModelDesk's, and tokens_source says so: "tokenizer" (exact, the
        // model's own) or "estimate" (a model without a public tokenizer).
        const QJsonValue null(QJsonValue::Null);
        out.append(
            QJsonObject{{QStringLiteral("model"), record.columns[i].apiModel},
                        {QStringLiteral("text"), a.text},
                        {QStringLiteral("ttft_ms"), m.ttftMs >= 0 ? QJsonValue(m.ttftMs) : null},
                        {QStringLiteral("total_ms"), m.totalMs},
                        {QStringLiteral("prompt_tokens"), m.promptTokens},
                        {QStringLiteral("completion_tokens"), m.completionTokens},
                        {QStringLiteral("tokens_source"), tokens::sourceName(m.tokensSource)},
                        {QStringLiteral("cost_usd"), m.cost ? QJsonValue(m.cost->toPlainString(8).toDouble()) : null},
                        {QStringLiteral("error"), a.ok() ? null : QJsonValue(a.error)}});
    }
    return out;
}

int TrialCommand::run(const QStringList &arguments, AppServices &services)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sends one prompt to up to four models at an OpenAI-compatible endpoint and prints the answers with "
           "time to first token, total time, tokens and cost. The API key comes from MODELDESK_API_KEY or "
           "OPENAI_API_KEY. When the server reports no usage, the tokens are counted with the model's tokenizer "
           "(tokens_source "
           "\"tokenizer\") or estimated (\"estimate\"); cost is null for a model without a price.\n"
           "Exit status: 0 when every model answered, 1 when one failed, 2 for bad usage."));
    parser.addOptions({
        {QStringLiteral("base-url"), tr("The endpoint, e.g. https://api.openai.com/v1 or http://localhost:11434/v1."),
         tr("url")},
        {QStringLiteral("model"), tr("An API model id; repeat for up to four models."), tr("id")},
        {QStringLiteral("prompt"), tr("The prompt."), tr("text")},
        {QStringLiteral("system"), tr("A system prompt."), tr("text")},
        {QStringLiteral("temperature"), tr("Sampling temperature, 0 to 2 (default: the server's)."), tr("t")},
        {QStringLiteral("max-tokens"), tr("Most tokens to generate per answer."), tr("n")},
        {QStringLiteral("no-stream"), tr("Ask for whole answers instead of a stream.")},
        {QStringLiteral("format"), tr("Output format: markdown (default) or json."), tr("format"),
         QStringLiteral("markdown")},
    });
    Common::addDataOption(parser);
    if (!Common::parse(parser, arguments, QStringLiteral("trial")))
        return ExitUsage;

    auto usage = [](const QString &message) {
        Common::printError(tr("modeldesk trial: %1").arg(message));
        return int(ExitUsage);
    };
    const QString baseUrl = parser.value(QStringLiteral("base-url"));
    const QStringList models = parser.values(QStringLiteral("model"));
    const QString prompt = parser.value(QStringLiteral("prompt"));
    const QString format = parser.value(QStringLiteral("format"));
    if (baseUrl.isEmpty())
        return usage(tr("--base-url is required."));
    if (models.isEmpty() || models.size() > trial::TrialSession::MaxColumns)
        return usage(tr("give one to %1 --model options.").arg(trial::TrialSession::MaxColumns));
    if (prompt.trimmed().isEmpty())
        return usage(tr("--prompt is required."));
    if (format != QLatin1String("markdown") && format != QLatin1String("json"))
        return usage(tr("--format must be markdown or json, not \"%1\".").arg(format));

    trial::TrialSettings settings;
    settings.system = parser.value(QStringLiteral("system"));
    settings.stream = !parser.isSet(QStringLiteral("no-stream"));
    if (parser.isSet(QStringLiteral("temperature"))) {
        bool ok = false;
        const double t = parser.value(QStringLiteral("temperature")).toDouble(&ok);
        if (!ok || t < 0 || t > 2)
            return usage(tr("--temperature must be a number from 0 to 2, not \"%1\".")
                             .arg(parser.value(QStringLiteral("temperature"))));
        settings.temperature = t;
    }
    if (parser.isSet(QStringLiteral("max-tokens"))) {
        bool ok = false;
        const int n = parser.value(QStringLiteral("max-tokens")).toInt(&ok);
        if (!ok || n < 1)
            return usage(tr("--max-tokens must be a whole number above 0, not \"%1\".")
                             .arg(parser.value(QStringLiteral("max-tokens"))));
        settings.maxTokens = n;
    }
    QString key = qEnvironmentVariable("MODELDESK_API_KEY").trimmed();
    if (key.isEmpty())
        key = qEnvironmentVariable("OPENAI_API_KEY").trimmed();
    if (const QString problem = trial::checkEndpoint(baseUrl, !key.isEmpty()); !problem.isEmpty())
        return usage(tr("--base-url: %1").arg(problem));

    auto data = Common::loadData(parser);
    if (!data)
        return usage(data.error());
    services.model()->setDataset(std::move(data).value());

    // The service resolves each API id to its dataset model (the person's links from the Trials page count).
    trial::TrialService *trials = services.trials();
    std::vector<trial::ColumnSpec> columns;
    for (const QString &model : models)
        columns.push_back(trials->resolveEndpoint(baseUrl, model));

    QEventLoop loop;
    // A session of its own: the command's trial is printed, not kept in the Trials page's history.
    trial::TrialSession &session = *trials->createSession(&loop);
    QObject::connect(&session, &trial::TrialSession::turnFinished, &loop, &QEventLoop::quit);
    QStringList keys;
    for (qsizetype i = 0; i < models.size(); ++i)
        keys << key;
    session.start(std::move(columns), keys, settings, prompt);
    loop.exec();

    const trial::TrialRecord &record = session.record();
    if (format == QLatin1String("json"))
        Common::print(QString::fromUtf8(QJsonDocument(toJson(record)).toJson(QJsonDocument::Indented)));
    else
        Common::print(trial::TrialFormat::toMarkdown(record));
    for (const trial::TrialAnswer &a : record.turns.front().answers) {
        if (!a.ok())
            return ExitFailure;
    }
    return ExitOk;
}

} // namespace

Subcommand trialCommand()
{
    return {QStringLiteral("trial"),
            TrialCommand::tr("Send a prompt to models at an OpenAI-compatible API"),
            {},
            &TrialCommand::run};
}

} // namespace md::cli
