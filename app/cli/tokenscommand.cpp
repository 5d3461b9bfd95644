// `modeldesk tokens`: how many tokens files are in OpenAI's encodings (o200k_base, cl100k_base), per file.
#include "core/dataset.h"
#include "subcommand.h"
#include "textfiles.h"
#include "tokens/encoding.h"
#include "tokens/tokencount.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace md::cli {

namespace {

class Tokens
{
    Q_DECLARE_TR_FUNCTIONS(Tokens)

public:
    static int run(const QStringList &arguments);
};

struct Counted {
    QString file;
    qint64 tokens = 0;
    qint64 bytes = 0;
    qint64 characters = 0;
};

int Tokens::run(const QStringList &arguments)
{
    const QString command = QStringLiteral("tokens");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Count the tokens of each file (or of standard input, -) with one of OpenAI's encodings, exactly as "
           "tiktoken counts them. Invalid UTF-8 counts as U+FFFD. --model uses that model's tokenizer from the "
           "dataset; a model whose tokenizer is not public gets an estimate (tokens_source \"estimate\")."));
    parser.addOptions({
        {QStringLiteral("encoding"),
         tr("o200k_base (GPT-4o, GPT-4o mini; the default) or cl100k_base (GPT-4, "
            "GPT-3.5 Turbo)."),
         tr("name")},
        {QStringLiteral("model"), tr("Count with this model's tokenizer (an id of the dataset)."), tr("id")},
        {QStringLiteral("format"), tr("Output format: text or json (default text)."), tr("format"),
         QStringLiteral("text")},
    });
    Common::addDataOption(parser);
    parser.addPositionalArgument(QStringLiteral("files"), tr("The files to count; - reads standard input."),
                                 QStringLiteral("FILE...|-"));
    if (!Common::parse(parser, arguments, command))
        return ExitUsage;
    const auto usage = [&command](const QString &message) {
        Common::printError(tr("modeldesk %1: %2").arg(command, message));
        return int(ExitUsage);
    };
    const QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usage(tr("--format: \"%1\" is not text or json").arg(parser.value(QStringLiteral("format"))));
    if (parser.isSet(QStringLiteral("encoding")) && parser.isSet(QStringLiteral("model")))
        return usage(tr("--encoding and --model exclude each other"));
    if (parser.positionalArguments().isEmpty())
        return usage(tr("no file given (use - for standard input)"));

    QString encoding = QStringLiteral("o200k_base");
    if (parser.isSet(QStringLiteral("encoding"))) {
        encoding = parser.value(QStringLiteral("encoding")).trimmed();
        if (!tokens::Encoding::find(encoding))
            return usage(tr("--encoding: unknown encoding \"%1\" (known: %2)")
                             .arg(encoding, tokens::Encoding::names().join(QLatin1String(", "))));
    } else if (parser.isSet(QStringLiteral("model"))) {
        const auto data = Common::loadData(parser);
        if (!data)
            return usage(data.error());
        const QString id = parser.value(QStringLiteral("model")).trimmed();
        const ModelInfo *model = data->model(id);
        if (!model)
            return usage(tr("--model: unknown model id \"%1\"").arg(id));
        encoding = model->tokenizer;
    }

    std::vector<Counted> counted;
    tokens::TokenSource source = tokens::TokenSource::Tokenizer;
    for (const QString &file : parser.positionalArguments()) {
        const auto bytes = TextFiles::read(file);
        if (!bytes)
            return usage(bytes.error());
        const QString text = tokens::Encoding::textFromUtf8(bytes.value());
        const tokens::TokenCount count = tokens::countText(encoding, text);
        source = count.source;
        Counted c{file, count.tokens, bytes->size(), 0};
        for (qsizetype i = 0; i < text.size(); ++i)
            c.characters += text.at(i).isLowSurrogate() ? 0 : 1;
        counted.push_back(c);
    }
    const bool exact = source == tokens::TokenSource::Tokenizer;
    const QString encodingName = exact ? encoding : QStringLiteral("none");

    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const Counted &c : counted)
            rows.append(QJsonObject{{QStringLiteral("file"), c.file},
                                    {QStringLiteral("encoding"), encodingName},
                                    {QStringLiteral("tokens"), c.tokens},
                                    {QStringLiteral("bytes"), c.bytes},
                                    {QStringLiteral("characters"), c.characters},
                                    {QStringLiteral("tokens_source"), tokens::sourceName(source)}});
        Common::print(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    const QLocale locale;
    const QString mark = source == tokens::TokenSource::Estimate ? QStringLiteral("~") : QString();
    QString out;
    qint64 total = 0;
    for (const Counted &c : counted) {
        total += c.tokens;
        out += tr("%1: %2 tokens (%3; %4 bytes, %5 characters)")
                   .arg(c.file, mark + locale.toString(c.tokens),
                        exact ? encodingName : tr("estimate: the model's tokenizer is not public"),
                        locale.toString(c.bytes),
                        locale.toString(c.characters)) +
               QLatin1Char('\n');
    }
    if (counted.size() > 1)
        out += tr("total: %1 tokens").arg(mark + locale.toString(total)) + QLatin1Char('\n');
    Common::print(out);
    return ExitOk;
}

} // namespace

Subcommand tokensCommand()
{
    return {QStringLiteral("tokens"), Tokens::tr("Count tokens of files with OpenAI's encodings"), &Tokens::run};
}

} // namespace md::cli
