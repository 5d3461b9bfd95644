#include "core/datasetjson.h"
#include "core/datasetmerge.h"
#include "core/priceimport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace md;

namespace {
const QDate Today(2025, 3, 1);

QString fixture(const char *name)
{
    return QStringLiteral(MODELDESK_FIXTURES "/") + QLatin1String(name);
}

const ImportSkip *skipFor(const std::vector<ImportSkip> &skips, const QString &entry)
{
    for (const ImportSkip &s : skips)
        if (s.entry == entry)
            return &s;
    return nullptr;
}

const ImportedModel *modelFor(const ImportBatch &b, const QString &id)
{
    for (const ImportedModel &m : b.models)
        if (m.info.id == id)
            return &m;
    return nullptr;
}
} // namespace

class TestPriceImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void perToken_convertsExactly_data();
    void perToken_convertsExactly();
    void liteLlm_readsChatModelsAndSkipsMalformed();
    void liteLlm_duplicateKey_isReported();
    void openRouter_readsTextPrices();
    void badFile_isRefusedNamingFileAndPlace_data();
    void badFile_isRefusedNamingFileAndPlace();
    void tooLargeFile_isRefused();
    void merge_liteLlm_addsChangesAndKeepsUnchanged();
    void merge_handEditedField_isProposedButNotApplied();
    void merge_handEditedField_appliedWhenTicked();
    void merge_newPriceStartsNewHistoryEntry();
    void merge_openRouter_matchesWithoutProviderPrefix();
    void report_namesAddedUpdatedSkipped();
};

void TestPriceImport::perToken_convertsExactly_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("micro");
    QTest::addRow("1.5e-07") << QByteArray("1.5e-07") << qint64(150'000);
    QTest::addRow("0.00000015") << QByteArray("0.00000015") << qint64(150'000);
    QTest::addRow("3e-06") << QByteArray("3e-06") << qint64(3'000'000);
    QTest::addRow("1.25e-10 rounds") << QByteArray("1.25e-10") << qint64(125);
    QTest::addRow("half rounds up") << QByteArray("5e-13") << qint64(1);
    QTest::addRow("quarter rounds down") << QByteArray("2.5e-13") << qint64(0);
    QTest::addRow("below half rounds down") << QByteArray("4.9e-13") << qint64(0);
    QTest::addRow("0.000") << QByteArray("0.000") << qint64(0);
    QTest::addRow("0") << QByteArray("0") << qint64(0);
    QTest::addRow("1E-5") << QByteArray("1E-5") << qint64(10'000'000);
    QTest::addRow("0.0000375") << QByteArray("0.0000375") << qint64(37'500'000);
    QTest::addRow("negative") << QByteArray("-1") << qint64(-1'000'000'000'000);
    QTest::addRow("2.7e-07 (float trap)") << QByteArray("2.7e-07") << qint64(270'000);
}

void TestPriceImport::perToken_convertsExactly()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, micro);
    const auto v = PriceImport::perTokenToMicroPerMTok(text);
    QVERIFY(v.has_value());
    QCOMPARE(*v, micro);
}

void TestPriceImport::liteLlm_readsChatModelsAndSkipsMalformed()
{
    const auto r = PriceImport::load(ImportSource::LiteLlm, fixture("litellm-sample.json"), Today);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const ImportBatch &b = r.value();
    QCOMPARE(b.models.size(), size_t(6));
    QCOMPARE(b.otherModes, 2); // the embedding and the image model
    QCOMPARE(b.skipped.size(), size_t(3));
    const ImportSkip *spec = skipFor(b.skipped, QStringLiteral("sample_spec"));
    QVERIFY(spec);
    QVERIFY2(spec->reason.contains(QLatin1String("max_input_tokens: must be a whole number")),
             qPrintable(spec->reason));
    QVERIFY(skipFor(b.skipped, QStringLiteral("broken/negative-price"))
                ->reason.contains(QLatin1String("input_cost_per_token: must not be negative")));
    QVERIFY(skipFor(b.skipped, QStringLiteral("broken/not-an-object"))
                ->reason.contains(QLatin1String("must be an object")));

    const ImportedModel *mini = modelFor(b, QStringLiteral("gpt-4o-mini"));
    QVERIFY(mini);
    QCOMPARE(mini->info.vendor, QStringLiteral("OpenAI"));
    QCOMPARE(mini->info.contextWindow, 128'000);
    QCOMPARE(mini->info.maxOutputTokens, 16'384);
    const PriceEntry &p = mini->info.prices.front();
    QCOMPARE(p.effective, Today);
    QCOMPARE(*p.input, 150'000);
    QCOMPARE(*p.output, 600'000);
    QCOMPARE(*p.cachedInput, 75'000);
    QCOMPARE(*p.batchInput, 75'000);
    QCOMPARE(*p.batchOutput, 300'000);
    // The list names no tokenizer; OpenAI's models get theirs from the id.
    QCOMPARE(mini->info.tokenizer, QStringLiteral("o200k_base"));
    QVERIFY(mini->fields.contains(QStringLiteral("tokenizer")));
    const ImportedModel *mistral = modelFor(b, QStringLiteral("mistral/mistral-small-latest"));
    QCOMPARE(*mistral->info.prices.front().input, 100'000);
    QVERIFY(!mistral->info.prices.front().cachedInput);
    QVERIFY(!mistral->fields.contains(QStringLiteral("cached_input")));
    QVERIFY(mistral->info.tokenizer.isEmpty());
    QVERIFY(!mistral->fields.contains(QStringLiteral("tokenizer")));
}

void TestPriceImport::liteLlm_duplicateKey_isReported()
{
    const QByteArray data = R"({"a": {"mode": "chat", "input_cost_per_token": 1e-06},
                               "a": {"mode": "chat", "input_cost_per_token": 2e-06}})";
    const auto r = PriceImport::parse(ImportSource::LiteLlm, data, QStringLiteral("dup.json"), Today);
    QVERIFY(r.ok());
    QCOMPARE(r->models.size(), size_t(1));
    QCOMPARE(r->skipped.size(), size_t(1));
    QCOMPARE(r->skipped.front().entry, QStringLiteral("a"));
    QVERIFY(r->skipped.front().reason.contains(QLatin1String("more than once")));
}

void TestPriceImport::openRouter_readsTextPrices()
{
    const auto r = PriceImport::load(ImportSource::OpenRouter, fixture("openrouter-sample.json"), Today);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const ImportBatch &b = r.value();
    QCOMPARE(b.models.size(), size_t(3));
    QCOMPARE(b.otherModes, 1);
    QCOMPARE(b.skipped.size(), size_t(3));
    QVERIFY(skipFor(b.skipped, QStringLiteral("openrouter/auto"))
                ->reason.contains(QLatin1String("pricing.prompt: must not be negative")));
    QVERIFY(skipFor(b.skipped, QStringLiteral("mistralai/broken-context"))
                ->reason.contains(QLatin1String("context_length")));
    QVERIFY(skipFor(b.skipped, QStringLiteral("openai/gpt-4o-mini"))->reason.contains(QLatin1String("more than once")));
    const ImportedModel *haiku = modelFor(b, QStringLiteral("anthropic/claude-3-haiku"));
    QVERIFY(haiku);
    QCOMPARE(haiku->info.name, QStringLiteral("Claude 3 Haiku"));
    QCOMPARE(haiku->info.vendor, QStringLiteral("Anthropic"));
    QCOMPARE(haiku->info.contextWindow, 200'000);
    QCOMPARE(haiku->info.maxOutputTokens, 4096);
    QCOMPARE(*haiku->info.prices.front().input, 250'000);
    QCOMPARE(*haiku->info.prices.front().output, 1'250'000);
    QCOMPARE(*haiku->info.prices.front().cachedInput, 30'000);
    QCOMPARE(haiku->info.modalities, QStringList({QStringLiteral("text"), QStringLiteral("image")}));
    QCOMPARE(haiku->info.released, QDate(2024, 3, 13));
    const ImportedModel *llama = modelFor(b, QStringLiteral("meta-llama/llama-3.1-8b-instruct"));
    QCOMPARE(*llama->info.prices.front().input, 15'000);
    QCOMPARE(llama->info.maxOutputTokens, 0);
}

void TestPriceImport::badFile_isRefusedNamingFileAndPlace_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    const int lite = int(ImportSource::LiteLlm);
    const int router = int(ImportSource::OpenRouter);
    QTest::addRow("litellm not json") << lite << QByteArray("{\n  \"gpt\": {,}\n}") << QStringLiteral("line 2, column");
    QTest::addRow("litellm truncated") << lite << QByteArray(R"({"gpt-4o": {"mode": "chat", "input_cost_per_)")
                                       << QStringLiteral("not valid JSON");
    QTest::addRow("litellm not utf-8") << lite << QByteArray("{\"gpt\xff\": {}}") << QStringLiteral("not valid JSON");
    QTest::addRow("litellm a list") << lite << QByteArray("[1, 2]") << QStringLiteral("top level: must be an object");
    QTest::addRow("litellm empty file") << lite << QByteArray() << QStringLiteral("not valid JSON");
    QTest::addRow("openrouter no data") << router << QByteArray(R"({"models": []})")
                                        << QStringLiteral("top level: must be an object with a \"data\" list");
    QTest::addRow("openrouter data not a list")
        << router << QByteArray(R"({"data": {}})") << QStringLiteral("data: must be a list");
    QTest::addRow("openrouter truncated") << router << QByteArray(R"({"data": [{"id": "x", "pricing": {"prompt": "0.1)")
                                          << QStringLiteral("line 1, column");
}

void TestPriceImport::badFile_isRefusedNamingFileAndPlace()
{
    QFETCH(int, source);
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
    f.close();
    const auto r = PriceImport::load(ImportSource(source), path, Today);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().startsWith(path + QLatin1String(": ")), qPrintable(r.error()));
    QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
}

void TestPriceImport::tooLargeFile_isRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(DatasetJson::MaxFileSize + 1)); // sparse: no 64 MiB written to disk
    f.close();
    const auto r = PriceImport::load(ImportSource::LiteLlm, path, Today);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(path) && r.error().contains(QLatin1String("larger than 64 MiB")),
             qPrintable(r.error()));
}

void TestPriceImport::merge_liteLlm_addsChangesAndKeepsUnchanged()
{
    const Dataset current = DatasetJson::builtIn();
    const auto batch = PriceImport::load(ImportSource::LiteLlm, fixture("litellm-sample.json"), Today);
    QVERIFY(batch.ok());
    const MergePlan plan = DatasetMerge::plan(current, batch.value());
    QCOMPARE(plan.count(MergeItem::Added), 2);   // deepseek, mistral
    QCOMPARE(plan.count(MergeItem::Changed), 1); // gpt-4o's prices fell
    QCOMPARE(plan.count(MergeItem::Unchanged), 3);
    const auto changed = std::find_if(plan.items.cbegin(), plan.items.cend(),
                                      [](const MergeItem &i) { return i.kind == MergeItem::Changed; });
    QCOMPARE(changed->targetId, QStringLiteral("gpt-4o"));
    QCOMPARE(changed->changes.size(), size_t(6));
    QCOMPARE(changed->changes[0].field, QStringLiteral("max_output_tokens"));
    QCOMPARE(changed->changes[1].oldText, QStringLiteral("$5.00"));
    QCOMPARE(changed->changes[1].newText, QStringLiteral("$2.50"));

    const Dataset merged = DatasetMerge::apply(current, plan);
    QCOMPARE(merged.models.size(), current.models.size() + 2);
    QCOMPARE(*merged.model(QStringLiteral("gpt-4o"))->currentPrice()->input, 2'500'000);
    QCOMPARE(*merged.model(QStringLiteral("deepseek/deepseek-chat"))->currentPrice()->cachedInput, 70'000);
    // Unchanged models are untouched, scores included.
    QVERIFY(*merged.model(QStringLiteral("gpt-4o-mini")) == *current.model(QStringLiteral("gpt-4o-mini")));
    QVERIFY(*merged.model(QStringLiteral("gemini-1.5-flash")) == *current.model(QStringLiteral("gemini-1.5-flash")));
}

void TestPriceImport::merge_handEditedField_isProposedButNotApplied()
{
    Dataset current = DatasetJson::builtIn();
    ModelInfo &gpt4o = current.models[size_t(current.modelIndex(QStringLiteral("gpt-4o")))];
    gpt4o.currentPrice()->input = 4'000'000;
    gpt4o.handEdited.insert(QStringLiteral("input"));
    const auto batch = PriceImport::load(ImportSource::LiteLlm, fixture("litellm-sample.json"), Today);
    const MergePlan plan = DatasetMerge::plan(current, batch.value());
    const auto it = std::find_if(plan.items.cbegin(), plan.items.cend(),
                                 [](const MergeItem &i) { return i.targetId == QLatin1String("gpt-4o"); });
    const auto input = std::find_if(it->changes.cbegin(), it->changes.cend(),
                                    [](const FieldChange &c) { return c.field == QLatin1String("input"); });
    QVERIFY(input->handEdited);
    QVERIFY(!input->apply);
    const Dataset merged = DatasetMerge::apply(current, plan);
    const ModelInfo *m = merged.model(QStringLiteral("gpt-4o"));
    QCOMPARE(*m->currentPrice()->input, 4'000'000);   // the person's value stays
    QCOMPARE(*m->currentPrice()->output, 10'000'000); // the rest follows the list
    QVERIFY(m->handEdited.contains(QStringLiteral("input")));
}

void TestPriceImport::merge_handEditedField_appliedWhenTicked()
{
    Dataset current = DatasetJson::builtIn();
    ModelInfo &gpt4o = current.models[size_t(current.modelIndex(QStringLiteral("gpt-4o")))];
    gpt4o.handEdited.insert(QStringLiteral("input"));
    const auto batch = PriceImport::load(ImportSource::LiteLlm, fixture("litellm-sample.json"), Today);
    MergePlan plan = DatasetMerge::plan(current, batch.value());
    for (MergeItem &item : plan.items)
        for (FieldChange &c : item.changes)
            c.apply = true;
    // Keep the merged dataset in a local: a pointer into the temporary would dangle.
    const Dataset merged = DatasetMerge::apply(current, plan);
    const ModelInfo *m = merged.model(QStringLiteral("gpt-4o"));
    QCOMPARE(*m->currentPrice()->input, 2'500'000);
    QVERIFY(!m->handEdited.contains(QStringLiteral("input")));
}

void TestPriceImport::merge_newPriceStartsNewHistoryEntry()
{
    const Dataset current = DatasetJson::builtIn();
    const auto batch = PriceImport::load(ImportSource::LiteLlm, fixture("litellm-sample.json"), Today);
    const Dataset merged = DatasetMerge::apply(current, DatasetMerge::plan(current, batch.value()));
    const ModelInfo *before = current.model(QStringLiteral("gpt-4o"));
    const ModelInfo *after = merged.model(QStringLiteral("gpt-4o"));
    QCOMPARE(after->prices.size(), before->prices.size() + 1);
    QVERIFY(after->prices.front() == before->prices.front());
    QCOMPARE(after->currentPrice()->effective, Today);
    QCOMPARE(after->currentPrice()->source, QStringLiteral("LiteLLM"));
    // The merged dataset is a valid file.
    QVERIFY(DatasetJson::parse(DatasetJson::serialize(merged), QStringLiteral("merged")).ok());
}

void TestPriceImport::merge_openRouter_matchesWithoutProviderPrefix()
{
    const Dataset current = DatasetJson::builtIn();
    const auto batch = PriceImport::load(ImportSource::OpenRouter, fixture("openrouter-sample.json"), Today);
    const MergePlan plan = DatasetMerge::plan(current, batch.value());
    const auto mini = std::find_if(plan.items.cbegin(), plan.items.cend(), [](const MergeItem &i) {
        return i.incoming.info.id == QLatin1String("openai/gpt-4o-mini");
    });
    QCOMPARE(mini->targetId, QStringLiteral("gpt-4o-mini"));
    QCOMPARE(mini->kind, MergeItem::Unchanged);
    QCOMPARE(plan.count(MergeItem::Added), 2);
}

void TestPriceImport::report_namesAddedUpdatedSkipped()
{
    const Dataset current = DatasetJson::builtIn();
    const auto batch = PriceImport::load(ImportSource::LiteLlm, fixture("litellm-sample.json"), Today);
    const QString report = DatasetMerge::report(DatasetMerge::plan(current, batch.value()));
    QVERIFY2(report.contains(QLatin1String("2 added, 1 updated, 3 unchanged, 3 skipped, 2 not chat models")),
             qPrintable(report));
    QVERIFY(report.contains(QLatin1String("added    deepseek/deepseek-chat")));
    QVERIFY(report.contains(QLatin1String("updated  gpt-4o: Input $/1M $5.00 -> $2.50")));
    QVERIFY(report.contains(QLatin1String("skipped  sample_spec: max_input_tokens")));
}

QTEST_GUILESS_MAIN(TestPriceImport)
#include "tst_priceimport.moc"
