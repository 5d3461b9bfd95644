// modeldesk import --from litellm|openrouter|genai-prices|models-dev FILE|URL [--data FILE] --out FILE
#include "core/datasetjson.h"
#include "core/datasetmerge.h"
#include "core/priceimport.h"
#include "subcommand.h"
#include "trial/pricelistfetcher.h"

#include <QCommandLineParser>

namespace md::cli {

namespace {

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Common::tr("Merge a public price list into a dataset and write the result. Models already in the dataset "
                   "get the list's limits and prices; values edited by hand are kept. Prints what was added, "
                   "updated and skipped."));
    parser.addOption({QStringLiteral("from"), Common::tr("The list's format: %1.").arg(PriceImport::importerNames()),
                      Common::tr("source")});
    parser.addOption({QStringLiteral("out"), Common::tr("Write the merged dataset to <file>."), Common::tr("file")});
    Common::addDataOption(parser);
    QStringList files;
    for (const Importer &importer : PriceImport::importers())
        files << QStringLiteral("%1 (%2)").arg(importer.translatedDescription(), QLatin1String(importer.name));
    parser.addPositionalArgument(QStringLiteral("FILE|URL"),
                                 Common::tr("The list to import: %1. An https:// address is fetched (now, once).")
                                     .arg(files.join(QLatin1String("; "))));
    if (!Common::parse(parser, arguments, QStringLiteral("import")))
        return ExitUsage;
    const auto source = PriceImport::sourceFromName(parser.value(QStringLiteral("from")));
    if (!source) {
        Common::printError(Common::tr("modeldesk import: --from must be %1, got \"%2\"")
                               .arg(PriceImport::importerNames(), parser.value(QStringLiteral("from"))));
        return ExitUsage;
    }
    if (parser.positionalArguments().size() != 1) {
        Common::printError(Common::tr("modeldesk import: give exactly one list FILE to import"));
        return ExitUsage;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        Common::printError(Common::tr("modeldesk import: --out FILE is required"));
        return ExitUsage;
    }
    const auto current = Common::loadData(parser);
    if (!current) {
        Common::printError(current.error());
        return ExitUsage;
    }
    const QString where = parser.positionalArguments().constFirst();
    Result<ImportBatch> batch = Result<ImportBatch>::failure(QString());
    if (where.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
        where.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)) {
        // A person named the address: fetched once, in full (no "up to date" answer to a plain command).
        PriceListFetcher fetcher;
        const QUrl url(where, QUrl::StrictMode);
        const PriceListFetch fetched = fetcher.fetchAndWait(url, PriceImport::sourceName(*source), false);
        if (fetched.status != PriceListFetch::Downloaded) {
            Common::printError(fetched.message);
            return ExitUsage;
        }
        batch = PriceImport::parse(*source, fetched.body, url.toDisplayString(), QDate::currentDate());
    } else {
        batch = PriceImport::load(*source, where);
    }
    if (!batch) {
        Common::printError(batch.error());
        return ExitUsage;
    }
    // A list of nothing but junk is refused, not merged as "no changes": the file is not what it claims to be.
    if (const QString refused = PriceImport::nothingReadable(batch.value()); !refused.isEmpty()) {
        Common::printError(Common::tr("%1; %2 was not written").arg(refused, out));
        return ExitUsage;
    }
    const MergePlan plan = DatasetMerge::plan(current.value(), batch.value());
    const auto saved = DatasetJson::save(DatasetMerge::apply(current.value(), plan), out);
    if (!saved) {
        Common::printError(saved.error());
        return ExitFailure;
    }
    Common::print(DatasetMerge::report(plan) + Common::tr("Wrote %1").arg(out));
    return ExitOk;
}

} // namespace

Subcommand importCommand()
{
    QStringList names;
    for (const Importer &importer : PriceImport::importers())
        names << QLatin1String(importer.displayName);
    return {QStringLiteral("import"), Common::tr("Merge %1 prices into a dataset").arg(names.join(QLatin1String(", "))),
            runImport};
}

} // namespace md::cli
