// genai-prices and models.dev, read from excerpts of the real files (tests/data/*-excerpt.json).
#include "core/datasetjson.h"
#include "core/datasetmerge.h"
#include "core/datasetmodel.h"
#include "core/priceimport.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace md;

namespace {

const QDate Import(2026, 12, 1);

QString fixture(const char *name)
{
    return QStringLiteral(MODELDESK_FIXTURES "/") + QLatin1String(name);
}

const ImportedModel *modelFor(const ImportBatch &b, const QString &id)
{
    for (const ImportedModel &m : b.models)
        if (m.info.id == id)
            return &m;
    return nullptr;
}

QString noteFor(const ImportBatch &b, const QString &id)
{
    QStringList notes;
    for (const ImportSkip &n : b.notes)
        if (n.entry == id)
            notes << n.reason;
    return notes.join(QLatin1String(" | "));
}

const ImportSkip *skipFor(const ImportBatch &b, const QString &entry)
{
    for (const ImportSkip &s : b.skipped)
        if (s.entry == entry)
            return &s;
    return nullptr;
}

ImportBatch loadExcerpt(ImportSource source)
{
    const char *file = source == ImportSource::GenAiPrices ? "genai-prices-excerpt.json" : "models-dev-excerpt.json";
    auto batch = PriceImport::load(source, fixture(file), Import);
    if (!batch)
        qFatal("%s", qPrintable(batch.error()));
    return std::move(batch).value();
}

using Micro = std::optional<MicroUsdPerMTok>;
// "in/out/cached/write" in micro-dollars per 1M, "-" for none.
QString pricesText(const PriceEntry &p)
{
    const auto one = [](const Micro &m) { return m ? QString::number(*m) : QStringLiteral("-"); };
    return QStringList{one(p.input), one(p.output), one(p.cachedInput), one(p.cacheWrite)}.join(QLatin1Char('/'));
}

QString tiersText(const PriceEntry &p)
{
    QStringList tiers;
    for (const PriceTier &t : p.tiers) {
        PriceEntry e;
        e.input = t.input;
        e.output = t.output;
        e.cachedInput = t.cachedInput;
        e.cacheWrite = t.cacheWrite;
        tiers << QString::number(t.aboveInputTokens) + QLatin1Char(':') + pricesText(e);
    }
    return tiers.join(QLatin1Char(' '));
}

// "2025-06-09 10000000/40000000/500000/- ; 2025-06-10 ..." for the whole history.
QString historyText(const ModelInfo &m)
{
    QStringList entries;
    for (const PriceEntry &p : m.prices)
        entries << p.effective.toString(Qt::ISODate) + QLatin1Char(' ') + pricesText(p) +
                       (p.tiers.empty() ? QString() : QLatin1String(" [") + tiersText(p) + QLatin1Char(']'));
    return entries.join(QLatin1String(" ; "));
}

} // namespace

class TestListImports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QStandardPaths::setTestModeEnabled(true);
    }
    void perMTok_convertsExactly_data();
    void perMTok_convertsExactly();
    void genAiPrices_excerpt_readsPricesTiersAndHistory_data();
    void genAiPrices_excerpt_readsPricesTiersAndHistory();
    void genAiPrices_excerpt_notesWhatItCannotPrice();
    void genAiPrices_excerpt_skipsAModelWithoutPrices();
    void genAiPrices_asOf_switchesAtEachEntrysBoundary_data();
    void genAiPrices_asOf_switchesAtEachEntrysBoundary();
    void genAiPrices_oddEntries_areSkippedNamingWhere_data();
    void genAiPrices_oddEntries_areSkippedNamingWhere();
    void modelsDev_excerpt_readsPricesTiersAndFacts_data();
    void modelsDev_excerpt_readsPricesTiersAndFacts();
    void modelsDev_excerpt_leavesOutModelsThatWriteNoText();
    void modelsDev_oddEntries_areSkippedNamingWhere_data();
    void modelsDev_oddEntries_areSkippedNamingWhere();
    void wrongShape_isRefusedNamingTheFile_data();
    void wrongShape_isRefusedNamingTheFile();
    void imports_giveEveryFactTheirSource();
    void merge_addsTheListsOlderDatedEntriesToAnExistingModel();
    void merge_reportListsNotes();
    void whatChanged_listsCutsThenRisesThenNewModels();
    void factSources_roundTripAndOldFilesLoad();
    void factSources_unknownKey_isRefusedNamingWhere();
};

void TestListImports::perMTok_convertsExactly_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("micro");
    QTest::addRow("0.075") << QByteArray("0.075") << qint64(75'000);
    QTest::addRow("0.01875") << QByteArray("0.01875") << qint64(18'750);
    QTest::addRow("37.5") << QByteArray("37.5") << qint64(37'500'000);
    QTest::addRow("4.125") << QByteArray("4.125") << qint64(4'125'000);
    QTest::addRow("2.5e-1") << QByteArray("2.5e-1") << qint64(250'000);
    QTest::addRow("half a micro-dollar rounds up") << QByteArray("0.0000005") << qint64(1);
    QTest::addRow("0.0028") << QByteArray("0.0028") << qint64(2'800);
}

void TestListImports::perMTok_convertsExactly()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, micro);
    QCOMPARE(PriceImport::perMTokToMicroPerMTok(text), std::optional<qint64>(micro));
}

void TestListImports::genAiPrices_excerpt_readsPricesTiersAndHistory_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("history");
    QTest::addRow("cache read and write") << "anthropic/claude-3-haiku"
                                          << "Anthropic"
                                          << "2026-12-01 250000/1250000/30000/300000";
    QTest::addRow("same id, other provider") << "google/claude-3-haiku"
                                             << "Google"
                                             << "2026-12-01 250000/1250000/30000/300000";
    QTest::addRow("tier above 128K") << "google/gemini-1.5-flash"
                                     << "Google"
                                     << "2026-12-01 75000/300000/18750/- [128000:150000/600000/37500/-]";
    QTest::addRow("tier above 200K, cache write too")
        << "anthropic/claude-sonnet-4-5"
        << "Anthropic"
        << "2026-12-01 3000000/15000000/300000/3750000 [200000:6000000/22500000/600000/7500000]";
    QTest::addRow("history: a price cut") << "openai/o3"
                                          << "OpenAI"
                                          << "2025-06-09 10000000/40000000/500000/- ; "
                                             "2025-06-10 2000000/8000000/500000/-";
    QTest::addRow("history: tiers dropped")
        << "anthropic/claude-opus-4-6"
        << "Anthropic"
        << "2026-03-12 5000000/25000000/500000/6250000 [200000:10000000/37500000/1000000/12500000] ; "
           "2026-03-13 5000000/25000000/500000/6250000";
    QTest::addRow("history: a rise") << "anthropic/claude-sonnet-5"
                                     << "Anthropic"
                                     << "2026-08-31 2000000/10000000/200000/2500000 ; "
                                        "2026-09-01 3000000/15000000/300000/3750000";
    QTest::addRow("off-peak: the price outside the window") << "deepseek/deepseek-chat"
                                                            << "Deepseek"
                                                            << "2026-12-01 135000/550000/35000/-";
    QTest::addRow("input only (an embedding)") << "openai/text-embedding-3-small"
                                               << "OpenAI"
                                               << "2026-12-01 20000/-/-/-";
}

void TestListImports::genAiPrices_excerpt_readsPricesTiersAndHistory()
{
    QFETCH(QString, id);
    QFETCH(QString, vendor);
    QFETCH(QString, history);
    const ImportBatch batch = loadExcerpt(ImportSource::GenAiPrices);
    QCOMPARE(batch.sourceName, QStringLiteral("genai-prices"));
    const ImportedModel *m = modelFor(batch, id);
    QVERIFY2(m, qPrintable(id));
    QCOMPARE(m->info.vendor, vendor);
    QCOMPARE(historyText(m->info), history);
    for (const PriceEntry &p : m->info.prices)
        QCOMPARE(p.source, QStringLiteral("genai-prices"));
}

void TestListImports::genAiPrices_excerpt_notesWhatItCannotPrice()
{
    const ImportBatch batch = loadExcerpt(ImportSource::GenAiPrices);
    const QString offPeak = noteFor(batch, QStringLiteral("deepseek/deepseek-chat"));
    QVERIFY2(offPeak.contains(QLatin1String("00:30:00Z")) && offPeak.contains(QLatin1String("16:30:00Z")),
             qPrintable(offPeak));
    QVERIFY2(offPeak.contains(QLatin1String("$0.27 in")), qPrintable(offPeak)); // the window's own price, named
    QVERIFY(noteFor(batch, QStringLiteral("perplexity/sonar")).contains(QLatin1String("requests_kcount")));
    QVERIFY(noteFor(batch, QStringLiteral("google/gemini-2.5-flash")).contains(QLatin1String("input_audio_mtok")));
    QVERIFY(noteFor(batch, QStringLiteral("openai/o3")).isEmpty());
}

void TestListImports::genAiPrices_excerpt_skipsAModelWithoutPrices()
{
    const ImportBatch batch = loadExcerpt(ImportSource::GenAiPrices);
    QCOMPARE(int(batch.models.size()), 13);
    QCOMPARE(int(batch.skipped.size()), 1);
    const ImportSkip *s = skipFor(batch, QStringLiteral("openai/moderation"));
    QVERIFY(s);
    QVERIFY2(s->reason.contains(QLatin1String("no price")), qPrintable(s->reason));
}

void TestListImports::genAiPrices_asOf_switchesAtEachEntrysBoundary_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<qint64>("input"); // -1: no price on that day
    QTest::addRow("o3 before its first dated day") << "openai/o3" << QDate(2025, 6, 8) << qint64(-1);
    QTest::addRow("o3 on the day before the cut") << "openai/o3" << QDate(2025, 6, 9) << qint64(10'000'000);
    QTest::addRow("o3 on the day of the cut") << "openai/o3" << QDate(2025, 6, 10) << qint64(2'000'000);
    QTest::addRow("o3 long after") << "openai/o3" << QDate(2026, 12, 6) << qint64(2'000'000);
    QTest::addRow("Sonnet 5 the day before the rise")
        << "anthropic/claude-sonnet-5" << QDate(2026, 8, 31) << qint64(2'000'000);
    QTest::addRow("Sonnet 5 on the day of the rise")
        << "anthropic/claude-sonnet-5" << QDate(2026, 9, 1) << qint64(3'000'000);
    QTest::addRow("an undated list price, on the import day") << "openai/gpt-4o-mini" << Import << qint64(150'000);
    QTest::addRow("an undated list price, the day before the import")
        << "openai/gpt-4o-mini" << Import.addDays(-1) << qint64(-1);
}

void TestListImports::genAiPrices_asOf_switchesAtEachEntrysBoundary()
{
    QFETCH(QString, id);
    QFETCH(QDate, day);
    QFETCH(qint64, input);
    const ImportBatch batch = loadExcerpt(ImportSource::GenAiPrices);
    const ImportedModel *m = modelFor(batch, id);
    QVERIFY(m);
    const PriceEntry *p = m->info.priceOn(day);
    if (input < 0) {
        QVERIFY(!p);
        return;
    }
    QVERIFY(p);
    QCOMPARE(p->input, std::optional<qint64>(input));
    // The tiers of an entry end with it: Opus 4.6 charges one price at any length from 2026-03-13.
    const ImportedModel *opus = modelFor(batch, QStringLiteral("anthropic/claude-opus-4-6"));
    QCOMPARE(int(opus->info.priceOn(QDate(2026, 3, 12))->tiers.size()), 1);
    QCOMPARE(int(opus->info.priceOn(QDate(2026, 3, 13))->tiers.size()), 0);
}

void TestListImports::genAiPrices_oddEntries_areSkippedNamingWhere_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("reason");
    const auto one = [](const char *model) -> QByteArray {
        return QByteArray(R"([{"id": "p", "name": "P", "models": [)") + model + QByteArray("]}]");
    };
    QTest::addRow("price as text") << one(R"({"id": "m", "prices": {"input_mtok": "1.5"}})") << "p/m"
                                   << "input_mtok: must be a price";
    QTest::addRow("negative") << one(R"({"id": "m", "prices": {"input_mtok": -1}})") << "p/m"
                              << "input_mtok: must not be negative";
    QTest::addRow("tier without price")
        << one(R"({"id": "m", "prices": {"input_mtok": {"base": 1, "tiers": [{"start": 1000}]}}})") << "p/m"
        << "input_mtok: tiers: each needs";
    QTest::addRow("tiered without base") << one(R"({"id": "m", "prices": {"input_mtok": {"tiers": []}}})") << "p/m"
                                         << "needs \"base\"";
    QTest::addRow("bad start date")
        << one(R"({"id": "m", "prices": [{"prices": {"input_mtok": 1}}, {"constraint": {"start_date": "2025-13-01"}, "prices": {"input_mtok": 2}}]})")
        << "p/m"
        << "prices[1].constraint: must be {\"start_date\"";
    QTest::addRow("unknown constraint")
        << one(R"({"id": "m", "prices": [{"constraint": {"region": "eu"}, "prices": {"input_mtok": 2}}]})") << "p/m"
        << "prices[0].constraint: must be {";
    QTest::addRow("one day twice")
        << one(R"({"id": "m", "prices": [{"constraint": {"start_date": "2025-01-01"}, "prices": {"input_mtok": 1}}, {"constraint": {"start_date": "2025-01-01"}, "prices": {"input_mtok": 2}}]})")
        << "p/m"
        << "prices[1].constraint: a second price from 2025-01-01";
    QTest::addRow("no prices") << one(R"({"id": "m"})") << "p/m"
                               << "prices: is required";
    QTest::addRow("no id") << one(R"({"prices": {"input_mtok": 1}})") << "p.models[0]"
                           << "id: is required";
    QTest::addRow("model not an object") << one("42") << "p.models[0]"
                                         << "must be an object";
    QTest::addRow("provider not an object") << QByteArray("[7]") << "[0]"
                                            << "a provider must be an object";
    QTest::addRow("provider without models") << QByteArray(R"([{"id": "p"}])") << "p"
                                             << "a list of \"models\"";
    QTest::addRow("same model twice")
        << one(R"({"id": "m", "prices": {"input_mtok": 1}}, {"id": "m", "prices": {"input_mtok": 2}})") << "p/m"
        << "more than once";
}

void TestListImports::genAiPrices_oddEntries_areSkippedNamingWhere()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, entry);
    QFETCH(QString, reason);
    const auto batch = PriceImport::parse(ImportSource::GenAiPrices, json, QStringLiteral("odd.json"), Import);
    QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error()));
    const ImportSkip *s = skipFor(batch.value(), entry);
    QVERIFY2(s, qPrintable(entry));
    QVERIFY2(s->reason.contains(reason), qPrintable(s->reason));
}

void TestListImports::modelsDev_excerpt_readsPricesTiersAndFacts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("prices");
    QTest::addColumn<qint64>("context");
    QTest::addColumn<qint64>("output");
    QTest::addColumn<QDate>("released");
    QTest::addColumn<QString>("cutoff");
    QTest::addColumn<QString>("modalities");
    QTest::addRow("cache read and write")
        << "anthropic/claude-3-haiku-20240307"
        << "250000/1250000/30000/300000" << qint64(200'000) << qint64(4'096) << QDate(2024, 3, 13) << "2023-08-31"
        << "text, image, pdf";
    QTest::addRow("a base model's facts, a tier above 200K")
        << "google/gemini-2.5-pro"
        << "1250000/10000000/125000/- [200000:2500000/15000000/250000/-]" << qint64(1'048'576) << qint64(65'536)
        << QDate(2025, 6, 17) << "2025-01"
        << "text, image, audio, video, pdf";
    QTest::addRow("tiers give 272K where the legacy field says 200K")
        << "openai/gpt-5.5"
        << "5000000/30000000/500000/- [272000:10000000/45000000/1000000/-]" << qint64(1'050'000) << qint64(128'000)
        << QDate(2026, 4, 23) << "2025-12-01"
        << "text, image, pdf";
    QTest::addRow("cutoff as a month") << "openai/gpt-4o-mini"
                                       << "150000/600000/75000/-" << qint64(128'000) << qint64(16'384)
                                       << QDate(2024, 7, 18) << "2023-09"
                                       << "text, image, pdf";
    QTest::addRow("a fraction of a cent")
        << "deepseek/deepseek-chat"
        << "140000/280000/2800/-" << qint64(1'000'000) << qint64(384'000) << QDate(2025, 12, 1) << "2025-09"
        << "text";
}

void TestListImports::modelsDev_excerpt_readsPricesTiersAndFacts()
{
    QFETCH(QString, id);
    QFETCH(QString, prices);
    QFETCH(qint64, context);
    QFETCH(qint64, output);
    QFETCH(QDate, released);
    QFETCH(QString, cutoff);
    QFETCH(QString, modalities);
    const ImportBatch batch = loadExcerpt(ImportSource::ModelsDev);
    QCOMPARE(batch.sourceName, QStringLiteral("models.dev"));
    const ImportedModel *m = modelFor(batch, id);
    QVERIFY2(m, qPrintable(id));
    QCOMPARE(int(m->info.prices.size()), 1);
    const PriceEntry &p = m->info.prices.front();
    QCOMPARE(pricesText(p) + (p.tiers.empty() ? QString() : QLatin1String(" [") + tiersText(p) + QLatin1Char(']')),
             prices);
    QCOMPARE(p.effective, Import);
    QCOMPARE(p.source, QStringLiteral("models.dev"));
    QCOMPARE(m->info.contextWindow, context);
    QCOMPARE(m->info.maxOutputTokens, output);
    QCOMPARE(m->info.released, released);
    QCOMPARE(m->info.knowledgeCutoff, cutoff);
    QCOMPARE(m->info.modalities.join(QLatin1String(", ")), modalities);
}

void TestListImports::modelsDev_excerpt_leavesOutModelsThatWriteNoText()
{
    const ImportBatch batch = loadExcerpt(ImportSource::ModelsDev);
    QVERIFY(!modelFor(batch, QStringLiteral("google/gemini-2.5-flash-preview-tts")));
    QCOMPARE(batch.otherModes, 1);
    QCOMPARE(int(batch.models.size()), 7);
    QVERIFY(batch.skipped.empty());
}

void TestListImports::modelsDev_oddEntries_areSkippedNamingWhere_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("reason");
    const auto one = [](const char *model) -> QByteArray {
        return QByteArray(R"({"p": {"id": "p", "name": "P", "models": {"m": )") + model + QByteArray("}}}");
    };
    QTest::addRow("price as text") << one(R"({"cost": {"input": "0.1"}})") << "p/m"
                                   << "cost.input: must be a price";
    QTest::addRow("negative") << one(R"({"cost": {"output": -2}})") << "p/m"
                              << "cost.output: must not be negative";
    QTest::addRow("a tier of another type")
        << one(R"({"cost": {"input": 1, "tiers": [{"tier": {"type": "time", "size": 5}, "input": 2}]}})") << "p/m"
        << "cost.tiers[0].tier: a tier of type time";
    QTest::addRow("a tier without size") << one(R"({"cost": {"input": 1, "tiers": [{"tier": {}, "input": 2}]}})")
                                         << "p/m"
                                         << "cost.tiers[0].tier: needs";
    QTest::addRow("bad release date") << one(R"({"release_date": "soon"})") << "p/m"
                                      << "release_date: must be a date";
    QTest::addRow("bad cutoff") << one(R"({"knowledge": "2024-13"})") << "p/m"
                                << "knowledge: must be a date";
    QTest::addRow("limit as text") << one(R"({"limit": {"context": "128k"}})") << "p/m"
                                   << "limit.context:";
    QTest::addRow("modalities not a list") << one(R"({"modalities": {"input": "text"}})") << "p/m"
                                           << "modalities.input: must be a list";
    QTest::addRow("model not an object") << one("[]") << "p/m"
                                         << "must be an object";
    QTest::addRow("provider without models") << QByteArray(R"({"p": {"id": "p"}})") << "p"
                                             << "\"models\"";
}

void TestListImports::modelsDev_oddEntries_areSkippedNamingWhere()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, entry);
    QFETCH(QString, reason);
    const auto batch = PriceImport::parse(ImportSource::ModelsDev, json, QStringLiteral("odd.json"), Import);
    QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error()));
    const ImportSkip *s = skipFor(batch.value(), entry);
    QVERIFY2(s, qPrintable(entry));
    QVERIFY2(s->reason.contains(reason), qPrintable(s->reason));
}

void TestListImports::wrongShape_isRefusedNamingTheFile_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::addRow("genai-prices: an object")
        << int(ImportSource::GenAiPrices) << QByteArray("{}") << "list.json: top level: must be a list of providers";
    QTest::addRow("models.dev: a list") << int(ImportSource::ModelsDev) << QByteArray("[]")
                                        << "list.json: top level: must be an object of providers";
    QTest::addRow("genai-prices: truncated")
        << int(ImportSource::GenAiPrices) << QByteArray("[{\"id\": ") << "list.json";
    QTest::addRow("models.dev: not UTF-8")
        << int(ImportSource::ModelsDev) << QByteArray("{\"\xff\": 1}") << "list.json";
}

void TestListImports::wrongShape_isRefusedNamingTheFile()
{
    QFETCH(int, source);
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto batch = PriceImport::parse(ImportSource(source), json, QStringLiteral("list.json"), Import);
    QVERIFY(!batch.ok());
    QVERIFY2(batch.error().startsWith(message), qPrintable(batch.error()));
}

void TestListImports::imports_giveEveryFactTheirSource()
{
    const ImportBatch dev = loadExcerpt(ImportSource::ModelsDev);
    const ImportedModel *haiku = modelFor(dev, QStringLiteral("anthropic/claude-3-haiku-20240307"));
    QVERIFY(haiku);
    for (const char *fact : {"context_window", "max_output_tokens", "release_date", "knowledge_cutoff", "modalities"})
        QCOMPARE(haiku->info.factSources.value(QLatin1String(fact)), QStringLiteral("models.dev"));
    const ImportBatch genai = loadExcerpt(ImportSource::GenAiPrices);
    const ImportedModel *sonnet = modelFor(genai, QStringLiteral("anthropic/claude-sonnet-4-5"));
    QCOMPARE(sonnet->info.factSources.value(QStringLiteral("context_window")), QStringLiteral("genai-prices"));
    // genai-prices gives no output limit and no dates: no source is made up for them.
    QVERIFY(!sonnet->info.factSources.contains(QStringLiteral("max_output_tokens")));
    QVERIFY(!sonnet->info.factSources.contains(QStringLiteral("modalities")));
    const auto lite = PriceImport::load(ImportSource::LiteLlm, fixture("litellm-excerpt.json"), Import);
    QVERIFY(lite.ok());
    int withSource = 0;
    for (const ImportedModel &m : lite.value().models)
        if (m.info.factSources.value(QStringLiteral("context_window")) == QLatin1String("LiteLLM"))
            ++withSource;
    QVERIFY(withSource > 0);

    // The model shows a fact's source where it shows a price's and a score's.
    Dataset d;
    d.models.push_back(haiku->info);
    DatasetModel model;
    QAbstractItemModelTester tester(&model);
    model.setDataset(d);
    const QModelIndex context = model.index(0, DatasetModel::ContextWindowColumn);
    QCOMPARE(context.data(DatasetModel::SourceRole).toString(), QStringLiteral("models.dev"));
    QCOMPARE(context.data(Qt::ToolTipRole).toString(), QStringLiteral("Source: models.dev"));
    QVERIFY(model.index(0, DatasetModel::VendorColumn).data(Qt::ToolTipRole).isNull());
}

void TestListImports::merge_addsTheListsOlderDatedEntriesToAnExistingModel()
{
    Dataset current;
    ModelInfo o3;
    o3.id = QStringLiteral("o3");
    o3.name = QStringLiteral("o3");
    PriceEntry launch;
    launch.effective = QDate(2025, 4, 16);
    launch.source = QStringLiteral("OpenAI");
    launch.input = 10'000'000;
    launch.output = 40'000'000;
    o3.prices.push_back(launch);
    current.models.push_back(o3);

    const ImportBatch batch = loadExcerpt(ImportSource::GenAiPrices);
    const MergePlan plan = DatasetMerge::plan(current, batch);
    const Dataset merged = DatasetMerge::apply(current, plan);
    const ModelInfo *m = merged.model(QStringLiteral("o3"));
    QVERIFY(m);
    // The launch entry stays; the cut is dated by the list (2025-06-10), not by the import; the list's undated
    // price before it joins as of the day before.
    QStringList days;
    for (const PriceEntry &p : m->prices)
        days << p.effective.toString(Qt::ISODate) + QLatin1Char(' ') + p.source;
    QCOMPARE(days.join(QLatin1String(", ")),
             QStringLiteral("2025-04-16 OpenAI, 2025-06-09 genai-prices, 2025-06-10 genai-prices"));
    QCOMPARE(m->priceOn(QDate(2025, 5, 1))->input, std::optional<qint64>(10'000'000));
    QCOMPARE(m->currentPrice()->input, std::optional<qint64>(2'000'000));

    // Imported again: nothing left to add.
    const MergePlan again = DatasetMerge::plan(merged, batch);
    for (const MergeItem &item : again.items)
        if (item.targetId == QLatin1String("o3"))
            QCOMPARE(item.kind, MergeItem::Unchanged);
}

void TestListImports::merge_reportListsNotes()
{
    const ImportBatch batch = loadExcerpt(ImportSource::GenAiPrices);
    const QString report = DatasetMerge::report(DatasetMerge::plan(Dataset(), batch));
    QVERIFY2(report.contains(QLatin1String("  note     deepseek/deepseek-chat: a price for the hours 00:30:00Z")),
             qPrintable(report));
    QVERIFY(report.contains(QLatin1String("  skipped  openai/moderation")));
}

void TestListImports::whatChanged_listsCutsThenRisesThenNewModels()
{
    Dataset current;
    const auto model = [](const char *id, qint64 input, qint64 output) {
        ModelInfo m;
        m.id = QLatin1String(id);
        m.name = m.id;
        PriceEntry p;
        p.effective = QDate(2024, 7, 18);
        p.input = input;
        p.output = output;
        m.prices.push_back(p);
        return m;
    };
    current.models.push_back(model("o3", 10'000'000, 40'000'000));             // cut to $2 / $8
    current.models.push_back(model("claude-sonnet-5", 2'000'000, 10'000'000)); // rises to $3 / $15
    current.models.push_back(model("gpt-4o-mini", 150'000, 600'000));          // the same
    const ImportBatch batch = loadExcerpt(ImportSource::GenAiPrices);
    const MergePlan plan = DatasetMerge::plan(current, batch);
    const QStringList lines = DatasetMerge::whatChanged(current, plan);
    QVERIFY(lines.size() >= 4);
    QCOMPARE(lines.at(0), QStringLiteral("Input $/1M down: o3 $10.00 → $2.00"));
    QCOMPARE(lines.at(1), QStringLiteral("Output $/1M down: o3 $40.00 → $8.00"));
    QVERIFY2(lines.contains(QStringLiteral("Input $/1M up: claude-sonnet-5 $2.00 → $3.00")),
             qPrintable(lines.join(u'\n')));
    QVERIFY(lines.indexOf(QStringLiteral("Input $/1M up: claude-sonnet-5 $2.00 → $3.00")) <
            lines.indexOf(QStringLiteral("New model: deepseek/deepseek-chat ($0.135 in, $0.55 out)")));
    for (const QString &line : lines)
        QVERIFY2(!line.contains(QLatin1String("gpt-4o-mini")), qPrintable(line));

    // Unticked in the preview: not listed.
    MergePlan unticked = plan;
    for (MergeItem &item : unticked.items)
        item.apply = false;
    QVERIFY(DatasetMerge::whatChanged(current, unticked).isEmpty());
}

void TestListImports::factSources_roundTripAndOldFilesLoad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Dataset d;
    ModelInfo m;
    m.id = QStringLiteral("x");
    m.name = QStringLiteral("X");
    m.contextWindow = 128'000;
    m.released = QDate(2024, 7, 18);
    m.factSources.insert(QStringLiteral("context_window"), QStringLiteral("models.dev"));
    m.factSources.insert(QStringLiteral("release_date"), QStringLiteral("https://openai.com/index/gpt-4o-mini"));
    d.models.push_back(m);
    const QString path = dir.filePath(QStringLiteral("d.json"));
    QVERIFY(DatasetJson::save(d, path).ok());
    const auto loaded = DatasetJson::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error()));
    QCOMPARE(loaded.value().models.front().factSources, m.factSources);

    // A file from before fact sources loads, with none.
    const auto old = DatasetJson::parse(
        R"({"format": "modeldesk-dataset", "version": 1, "benchmarks": [], "models": [{"id": "y", "context_window": 8192}]})",
        QStringLiteral("old.json"));
    QVERIFY2(old.ok(), qPrintable(old.ok() ? QString() : old.error()));
    QVERIFY(old.value().models.front().factSources.isEmpty());
}

void TestListImports::factSources_unknownKey_isRefusedNamingWhere()
{
    const auto bad = DatasetJson::parse(
        R"({"format": "modeldesk-dataset", "version": 1, "benchmarks": [], "models": [{"id": "y", "fact_sources": {"input": "x"}}]})",
        QStringLiteral("bad.json"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().contains(QLatin1String("models[0].fact_sources")) &&
                 bad.error().contains(QLatin1String("\"input\" is not a fact")),
             qPrintable(bad.error()));
}

QTEST_GUILESS_MAIN(TestListImports)
#include "tst_listimports.moc"
