#include "core/datasetdocument.h"
#include "core/datasetjson.h"
#include "core/datasetmerge.h"
#include "core/datasetmodel.h"
#include "core/priceimport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace md;

// The document's bulk writes (an eval run, a price history, an import): each is one undo step that restores
// everything, and redo applies it again. Edits are made by the commands' redo, never before.
class TestDocumentBulkWrites : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void setBenchmarkScores_newBenchmarkIsOneUndoStep();
    void setBenchmarkScores_existingBenchmarkRestoresEveryScore();
    void setBenchmarkScores_refusesUnknownModelOrBadValue_data();
    void setBenchmarkScores_refusesUnknownModelOrBadValue();
    void replacePriceHistory_isOneUndoStep();
    void replacePriceHistory_refusesUnorderedHistory();
    void applyImport_isOneUndoStepWithoutReset();
    void setCell_oneChangePerEditAndPerUndo();

private:
    void open(DatasetModel &model, DatasetDocument &doc);
};

void TestDocumentBulkWrites::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDocumentBulkWrites::init()
{
    DatasetDocument::discardRecovery();
}

void TestDocumentBulkWrites::open(DatasetModel &model, DatasetDocument &doc)
{
    Q_UNUSED(model);
    doc.setContent(DatasetJson::builtIn(), QString());
}

void TestDocumentBulkWrites::setBenchmarkScores_newBenchmarkIsOneUndoStep()
{
    DatasetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DatasetDocument doc(&model);
    open(model, doc);
    Benchmark swe;
    swe.id = QStringLiteral("swe-bench");
    swe.name = QStringLiteral("SWE-bench");
    QHash<QString, std::optional<Score>> scores;
    scores.insert(QStringLiteral("gpt-4o-mini"), Score{33.2, QStringLiteral("eval run")});
    scores.insert(QStringLiteral("gpt-4o"), Score{38.8, QStringLiteral("eval run")});
    QVERIFY(doc.setBenchmarkScores(swe, scores));
    QCOMPARE(doc.undoStack()->count(), 1);
    const int column = model.columnForBenchmark(QStringLiteral("swe-bench"));
    QVERIFY(column >= 0);
    QCOMPARE(model.index(model.rowForModel(QStringLiteral("gpt-4o")), column).data(DatasetModel::NumericRole), 38.8);
    QCOMPARE(model.dataset().model(QStringLiteral("gpt-4o-mini"))->score(swe.id)->source, QStringLiteral("eval run"));
    QVERIFY(doc.isModified());
    const Dataset after = model.dataset();

    doc.undoStack()->undo();
    QVERIFY(model.dataset() == DatasetJson::builtIn());
    QCOMPARE(model.columnForBenchmark(QStringLiteral("swe-bench")), -1);
    QVERIFY(!doc.isModified());
    doc.undoStack()->redo();
    QVERIFY(model.dataset() == after);
}

void TestDocumentBulkWrites::setBenchmarkScores_existingBenchmarkRestoresEveryScore()
{
    DatasetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DatasetDocument doc(&model);
    open(model, doc);
    Benchmark mmlu = *model.dataset().benchmark(QStringLiteral("mmlu"));
    mmlu.description = QStringLiteral("Re-run with 5 shots");
    QHash<QString, std::optional<Score>> scores;
    for (const ModelInfo &m : model.dataset().models)
        scores.insert(m.id, Score{50.0, QStringLiteral("rerun")});
    scores.insert(QStringLiteral("gpt-4o"), std::nullopt); // not reported any more
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(doc.setBenchmarkScores(mmlu, scores, QStringLiteral("Eval run")));
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Eval run"));
    QVERIFY(!model.dataset().model(QStringLiteral("gpt-4o"))->score(QStringLiteral("mmlu")));
    QCOMPARE(model.dataset().model(QStringLiteral("gpt-4o-mini"))->score(QStringLiteral("mmlu"))->value, 50.0);
    QCOMPARE(model.dataset().benchmark(QStringLiteral("mmlu"))->description, mmlu.description);
    QVERIFY(changed.size() >= 1);
    QVERIFY(changed.size() <= 2); // the header's column and one range over the scores, not one per model

    doc.undoStack()->undo();
    QVERIFY(model.dataset() == DatasetJson::builtIn());
    doc.undoStack()->redo();
    QVERIFY(!model.dataset().model(QStringLiteral("gpt-4o"))->score(QStringLiteral("mmlu")));
    QCOMPARE(model.dataset().model(QStringLiteral("gpt-4o-mini"))->score(QStringLiteral("mmlu"))->value, 50.0);
}

void TestDocumentBulkWrites::setBenchmarkScores_refusesUnknownModelOrBadValue_data()
{
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<double>("value");
    QTest::addRow("unknown model") << QStringLiteral("no-such-model") << 50.0;
    QTest::addRow("percent over 100") << QStringLiteral("gpt-4o") << 101.0;
    QTest::addRow("not a number") << QStringLiteral("gpt-4o") << qQNaN();
}

void TestDocumentBulkWrites::setBenchmarkScores_refusesUnknownModelOrBadValue()
{
    QFETCH(QString, modelId);
    QFETCH(double, value);
    DatasetModel model;
    DatasetDocument doc(&model);
    open(model, doc);
    QHash<QString, std::optional<Score>> scores;
    scores.insert(QStringLiteral("gpt-4o-mini"), Score{60.0, {}});
    scores.insert(modelId, Score{value, {}});
    QVERIFY(!doc.setBenchmarkScores(*model.dataset().benchmark(QStringLiteral("mmlu")), scores));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(model.dataset() == DatasetJson::builtIn());
}

void TestDocumentBulkWrites::replacePriceHistory_isOneUndoStep()
{
    DatasetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DatasetDocument doc(&model);
    open(model, doc);
    PriceEntry launch;
    launch.effective = QDate(2024, 5, 13);
    launch.input = 5'000'000;
    launch.output = 15'000'000;
    PriceEntry cut = launch;
    cut.effective = QDate(2024, 8, 6);
    cut.input = 2'500'000;
    cut.output = 10'000'000;
    QVERIFY(doc.replacePriceHistory(QStringLiteral("gpt-4o"), {launch, cut}));
    QCOMPARE(doc.undoStack()->count(), 1);
    const int row = model.rowForModel(QStringLiteral("gpt-4o"));
    QCOMPARE(model.dataset().models[size_t(row)].prices.size(), size_t(2));
    QCOMPARE(model.index(row, DatasetModel::InputPriceColumn).data(DatasetModel::NumericRole).toDouble(), 2.5);
    const Dataset after = model.dataset();
    doc.undoStack()->undo();
    QVERIFY(model.dataset() == DatasetJson::builtIn());
    doc.undoStack()->redo();
    QVERIFY(model.dataset() == after);
}

void TestDocumentBulkWrites::replacePriceHistory_refusesUnorderedHistory()
{
    DatasetModel model;
    DatasetDocument doc(&model);
    open(model, doc);
    PriceEntry a;
    a.effective = QDate(2024, 8, 6);
    PriceEntry b;
    b.effective = QDate(2024, 5, 13);
    QVERIFY(!doc.replacePriceHistory(QStringLiteral("gpt-4o"), {a, b}));
    QVERIFY(!doc.replacePriceHistory(QStringLiteral("no-such-model"), {b}));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(model.dataset() == DatasetJson::builtIn());
}

void TestDocumentBulkWrites::applyImport_isOneUndoStepWithoutReset()
{
    DatasetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DatasetDocument doc(&model);
    open(model, doc);
    const auto batch = PriceImport::load(ImportSource::LiteLlm,
                                         QStringLiteral(MODELDESK_FIXTURES "/litellm-sample.json"), QDate(2025, 1, 1));
    QVERIFY2(batch.ok(), qPrintable(batch.error()));
    const MergePlan plan = DatasetMerge::plan(model.dataset(), batch.value());
    QVERIFY(plan.count(MergeItem::Added) > 0);
    QVERIFY(plan.count(MergeItem::Changed) > 0);
    const Dataset expected = DatasetMerge::apply(model.dataset(), plan);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(doc.applyImport(plan));
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(model.dataset() == expected);
    QCOMPARE(reset.size(), 0); // views keep their selection
    QVERIFY(inserted.size() > 0);
    doc.undoStack()->undo();
    QVERIFY(model.dataset() == DatasetJson::builtIn());
    doc.undoStack()->redo();
    QVERIFY(model.dataset() == expected);
}

void TestDocumentBulkWrites::setCell_oneChangePerEditAndPerUndo()
{
    DatasetModel model;
    DatasetDocument doc(&model);
    open(model, doc);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(doc.setCell(0, DatasetModel::NameColumn, QStringLiteral("Renamed")));
    QCOMPARE(changed.size(), 1); // made once, by the command
    QCOMPARE(model.dataset().models[0].name, QStringLiteral("Renamed"));
    QVERIFY(model.dataset().models[0].handEdited.contains(QStringLiteral("name")));
    doc.undoStack()->undo();
    QCOMPARE(changed.size(), 2);
    QVERIFY(model.dataset() == DatasetJson::builtIn());
}

QTEST_GUILESS_MAIN(TestDocumentBulkWrites)
#include "tst_documentbulkwrites.moc"
