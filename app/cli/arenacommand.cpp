// modeldesk arena ratings --battles FILE [--bootstrap N] [--seed S] [--category C] [--min-votes N]
//                         [--format table|json|csv] [--data FILE --write-dataset OUT.json]
// modeldesk arena export --format fastchat --out FILE [--votes FILE]
#include "arena/arenadataset.h"
#include "arena/arenaratings.h"
#include "arena/battlefile.h"
#include "arena/votesfile.h"
#include "core/datasetdocument.h"
#include "core/datasetjson.h"
#include "core/datasetmodel.h"
#include "subcommand.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace md::cli {

namespace {

using namespace md::arena;

double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

// A whole-number option between `low` and `high`; prints the reason and returns nullopt when it is not one.
std::optional<qint64> wholeOption(const QCommandLineParser &parser, const QString &name, qint64 fallback, qint64 low,
                                  qint64 high)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < low || value > high) {
        Common::printError(Common::tr("modeldesk arena: --%1 must be a whole number from %2 to %3, got \"%4\"")
                               .arg(name)
                               .arg(low)
                               .arg(high)
                               .arg(parser.value(name)));
        return std::nullopt;
    }
    return value;
}

void printWarnings(const QStringList &warnings)
{
    for (const QString &warning : warnings)
        Common::printError(Common::tr("warning: %1").arg(warning));
}

QString table(const ArenaRatings &ratings)
{
    QStringList rows;
    rows << Common::tr("%1 votes, %2 models, 95% intervals from %3 bootstrap rounds; * preliminary (few votes)")
                .arg(ratings.votes)
                .arg(ratings.models.size())
                .arg(ratings.bootstrapRounds);
    int width = 5;
    for (const ModelRating &m : ratings.models)
        width = std::max(width, int(m.model.size()) + 1);
    rows << QStringLiteral("%1  %2  %3  %4  %5  %6")
                .arg(Common::tr("Rank"), 4)
                .arg(Common::tr("Model"), -width)
                .arg(Common::tr("Rating"), 7)
                .arg(Common::tr("95% interval"), -15)
                .arg(Common::tr("Votes"), 6)
                .arg(Common::tr("Win rate"), 8);
    for (const ModelRating &m : ratings.models) {
        rows << QStringLiteral("%1  %2  %3  %4  %5  %6")
                    .arg(m.rank, 4)
                    .arg(m.model + (m.preliminary ? QStringLiteral("*") : QString()), -width)
                    .arg(m.rating, 7, 'f', 1)
                    .arg(QStringLiteral("%1 – %2").arg(m.lower, 0, 'f', 1).arg(m.upper, 0, 'f', 1), -15)
                    .arg(m.votes, 6)
                    .arg(QStringLiteral("%1%").arg(100.0 * m.winRate(), 0, 'f', 1), 8);
    }
    return rows.join(QLatin1Char('\n'));
}

QString csv(const ArenaRatings &ratings)
{
    QStringList rows{QStringLiteral("model,rating,lower,upper,rank,votes,wins,losses,ties,preliminary")};
    for (const ModelRating &m : ratings.models) {
        QString name = m.model;
        if (name.contains(QLatin1Char(',')) || name.contains(QLatin1Char('"')) || name.contains(QLatin1Char('\n')))
            name =
                QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        rows << QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10")
                    .arg(name)
                    .arg(rounded(m.rating))
                    .arg(rounded(m.lower))
                    .arg(rounded(m.upper))
                    .arg(m.rank)
                    .arg(m.votes)
                    .arg(m.wins)
                    .arg(m.losses)
                    .arg(m.ties)
                    .arg(m.preliminary ? QStringLiteral("true") : QStringLiteral("false"));
    }
    return rows.join(QLatin1Char('\n'));
}

QString json(const ArenaRatings &ratings)
{
    QJsonArray rows;
    for (const ModelRating &m : ratings.models) {
        rows.append(QJsonObject{{QStringLiteral("model"), m.model},
                                {QStringLiteral("rating"), rounded(m.rating)},
                                {QStringLiteral("lower"), rounded(m.lower)},
                                {QStringLiteral("upper"), rounded(m.upper)},
                                {QStringLiteral("rank"), m.rank},
                                {QStringLiteral("votes"), m.votes},
                                {QStringLiteral("wins"), m.wins},
                                {QStringLiteral("losses"), m.losses},
                                {QStringLiteral("ties"), m.ties},
                                {QStringLiteral("preliminary"), m.preliminary}});
    }
    return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
}

// Writes "Arena (private)" into the dataset through the document's bulk write, checks the result with the
// loader's rules, and only then replaces `out`.
int writeDataset(const QCommandLineParser &parser, const ArenaRatings &ratings, const QString &votesFile,
                 const QDate &day)
{
    const QString out = parser.value(QStringLiteral("write-dataset"));
    auto data = Common::loadData(parser);
    if (!data) {
        Common::printError(data.error());
        return ExitUsage;
    }
    DatasetModel model;
    DatasetDocument document(&model);
    document.setContent(std::move(data).value(), parser.value(QStringLiteral("data")));
    const ArenaDataset::Update update = ArenaDataset::update(ratings, model.dataset(), votesFile, day);
    if (!update.unknownModels.isEmpty()) {
        Common::printError(Common::tr("warning: not in the dataset, left out: %1")
                               .arg(update.unknownModels.join(QLatin1String(", "))));
    }
    if (update.scores.isEmpty()) {
        Common::printError(
            Common::tr("modeldesk arena: no rated model is in the dataset; %1 was not written").arg(out));
        return ExitFailure;
    }
    if (!document.setBenchmarkScores(update.benchmark, update.scores, Common::tr("Update Arena (private)"))) {
        Common::printError(Common::tr("modeldesk arena: the dataset refused the ratings; %1 was not written").arg(out));
        return ExitFailure;
    }
    const QByteArray bytes = DatasetJson::serialize(model.dataset());
    if (const auto check = DatasetJson::parse(bytes, out); !check) {
        Common::printError(Common::tr("modeldesk arena: %1; %2 was not written").arg(check.error(), out));
        return ExitFailure;
    }
    if (const auto saved = DatasetJson::writeFile(bytes, out); !saved) {
        Common::printError(saved.error());
        return ExitFailure;
    }
    Common::printError(
        Common::tr("Wrote %1 ratings as \"%2\" to %3").arg(update.scores.size()).arg(update.benchmark.name, out));
    return ExitOk;
}

int runRatings(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Common::tr("Rate models from blind A/B votes: Bradley–Terry on the Elo scale (mean 1000) with 95% bootstrap "
                   "intervals. Reads a FastChat/LMArena battle file or ModelDesk's own votes file."));
    parser.addOption({QStringLiteral("battles"),
                      Common::tr("The votes: a FastChat battle file (JSON) or a ModelDesk votes file (default: yours, "
                                 "%1).")
                          .arg(VotesFile::defaultPath()),
                      Common::tr("file")});
    parser.addOption({QStringLiteral("bootstrap"), Common::tr("Bootstrap rounds for the intervals (default 1000)."),
                      Common::tr("rounds")});
    parser.addOption({QStringLiteral("seed"), Common::tr("Seed of the bootstrap (default 0)."), Common::tr("seed")});
    parser.addOption(
        {QStringLiteral("category"), Common::tr("Only the votes with this category."), Common::tr("category")});
    parser.addOption({QStringLiteral("min-votes"),
                      Common::tr("A model with fewer votes is marked preliminary (default 30)."), Common::tr("votes")});
    parser.addOption({QStringLiteral("format"), Common::tr("table (default), json or csv."), Common::tr("format")});
    parser.addOption({QStringLiteral("write-dataset"),
                      Common::tr("Also write the dataset with the ratings as the benchmark \"Arena (private)\" to "
                                 "<file>."),
                      Common::tr("file")});
    Common::addDataOption(parser);
    if (!Common::parse(parser, arguments, QStringLiteral("arena ratings")))
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty()) {
        Common::printError(Common::tr("modeldesk arena ratings: unexpected argument \"%1\"")
                               .arg(parser.positionalArguments().first()));
        return ExitUsage;
    }
    const QString format =
        parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QStringLiteral("table");
    if (format != QLatin1String("table") && format != QLatin1String("json") && format != QLatin1String("csv")) {
        Common::printError(
            Common::tr("modeldesk arena ratings: --format must be table, json or csv, got \"%1\"").arg(format));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("data")) && !parser.isSet(QStringLiteral("write-dataset"))) {
        Common::printError(Common::tr("modeldesk arena ratings: --data is read only with --write-dataset FILE"));
        return ExitUsage;
    }
    const auto rounds = wholeOption(parser, QStringLiteral("bootstrap"), 1000, 0, 100000);
    const auto minVotes = wholeOption(parser, QStringLiteral("min-votes"), 30, 0, 1000000000);
    if (!rounds || !minVotes)
        return ExitUsage;
    std::uint64_t seed = 0;
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            Common::printError(Common::tr("modeldesk arena ratings: --seed must be a whole number of at least 0, got "
                                          "\"%1\"")
                                   .arg(parser.value(QStringLiteral("seed"))));
            return ExitUsage;
        }
    }
    const QString path =
        parser.isSet(QStringLiteral("battles")) ? parser.value(QStringLiteral("battles")) : VotesFile::defaultPath();
    if (!parser.isSet(QStringLiteral("battles")) && !QFileInfo::exists(path)) {
        Common::printError(Common::tr("modeldesk arena ratings: no votes yet (%1); give --battles FILE").arg(path));
        return ExitUsage;
    }
    const auto loaded = BattleFile::load(path);
    if (!loaded) {
        Common::printError(loaded.error());
        return ExitUsage;
    }
    printWarnings(loaded->warnings);

    RatingOptions options;
    options.bootstrapRounds = int(*rounds);
    options.seed = seed;
    options.minVotes = int(*minVotes);
    options.category = parser.value(QStringLiteral("category"));
    const ArenaRatings ratings = Arena::rate(loaded->votes, options);
    if (ratings.models.empty()) {
        Common::printError(options.category.isEmpty()
                               ? Common::tr("modeldesk arena ratings: %1 holds no votes").arg(path)
                               : Common::tr("modeldesk arena ratings: %1 holds no votes in the category \"%2\"")
                                     .arg(path, options.category));
        return ExitFailure;
    }
    if (!ratings.connected()) {
        QStringList groups;
        for (const QStringList &group : ratings.groups)
            groups << QLatin1Char('[') + group.join(QLatin1String(", ")) + QLatin1Char(']');
        Common::printError(Common::tr("warning: these groups of models were never compared with each other, so "
                                      "ratings from different groups cannot be compared: %1")
                               .arg(groups.join(QLatin1String("; "))));
    }
    Common::print(format == QLatin1String("json")  ? json(ratings)
                  : format == QLatin1String("csv") ? csv(ratings)
                                                   : table(ratings));
    if (parser.isSet(QStringLiteral("write-dataset"))) {
        QDate day = ArenaDataset::newestDay(loaded->votes);
        if (!day.isValid())
            day = QFileInfo(path).lastModified().toUTC().date();
        return writeDataset(parser, ratings, path, day);
    }
    return ExitOk;
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Common::tr("Write your arena votes as a FastChat/LMArena battle file."));
    parser.addOption({QStringLiteral("format"), Common::tr("fastchat (the only one)."), Common::tr("format")});
    parser.addOption({QStringLiteral("out"), Common::tr("Write the battles to <file>."), Common::tr("file")});
    parser.addOption({QStringLiteral("votes"),
                      Common::tr("Read the votes from <file> (default: yours, %1).").arg(VotesFile::defaultPath()),
                      Common::tr("file")});
    if (!Common::parse(parser, arguments, QStringLiteral("arena export")))
        return ExitUsage;
    if (parser.isSet(QStringLiteral("format")) && parser.value(QStringLiteral("format")) != QLatin1String("fastchat")) {
        Common::printError(Common::tr("modeldesk arena export: --format must be fastchat, got \"%1\"")
                               .arg(parser.value(QStringLiteral("format"))));
        return ExitUsage;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        Common::printError(Common::tr("modeldesk arena export: --out FILE is required"));
        return ExitUsage;
    }
    const VotesFile file(parser.value(QStringLiteral("votes")));
    if (parser.isSet(QStringLiteral("votes")) && !QFileInfo::exists(file.path())) {
        Common::printError(Common::tr("%1: no such file").arg(file.path()));
        return ExitUsage;
    }
    const auto loaded = file.load();
    if (!loaded) {
        Common::printError(loaded.error());
        return ExitUsage;
    }
    printWarnings(loaded->warnings);
    if (const auto saved = BattleFile::save(loaded->votes, out); !saved) {
        Common::printError(saved.error());
        return ExitFailure;
    }
    Common::printError(Common::tr("Wrote %n battles to %1", nullptr, int(loaded->votes.size())).arg(out));
    return ExitOk;
}

int runArena(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (action == QLatin1String("ratings"))
        return runRatings(rest);
    if (action == QLatin1String("export"))
        return runExport(rest);
    const QString usage = Common::tr("Usage: modeldesk arena ratings [--battles FILE] [options]\n"
                                     "       modeldesk arena export --format fastchat --out FILE [--votes FILE]\n"
                                     "modeldesk arena ACTION --help lists each action's options.");
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        Common::print(usage);
        return ExitOk;
    }
    Common::printError(action.isEmpty() ? usage
                                        : Common::tr("modeldesk arena: unknown action \"%1\"\n%2").arg(action, usage));
    return ExitUsage;
}

} // namespace

Subcommand arenaCommand()
{
    return {QStringLiteral("arena"), Common::tr("Rate models from blind A/B votes; export your votes"), runArena};
}

} // namespace md::cli
