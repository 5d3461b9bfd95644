#include "common/generateddataset.h"
#include "core/datasetjson.h"
#include "core/datasetmodel.h"
#include "core/modelselection.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace md;

// The shared selection of models: what it starts with, how it follows the dataset, bulk changes.
class TestModelSelection : public QObject
{
    Q_OBJECT

private slots:
    void defaultSelection_data();
    void defaultSelection();
    void tick_changesOneRowAndSignals();
    void followsDataset_insertRemoveReset();
    void bulk_selectShownNoneAll();
    void roles_describeEachModel();
};

void TestModelSelection::defaultSelection_data()
{
    QTest::addColumn<int>("models");
    QTest::addColumn<bool>("withScores");
    QTest::addColumn<int>("expected");
    QTest::addRow("built-in: everything") << 5 << true << 5;
    QTest::addRow("30 models: everything") << 30 << true << 30;
    // 3,000 models, one in seven with scores (the five launch models have them too).
    QTest::addRow("3,000 models: those with scores") << 3000 << true << 5 + (3000 - 5 + 6) / 7;
    QTest::addRow("3,000 models without scores: the 10 cheapest") << 3000 << false << 10;
}

void TestModelSelection::defaultSelection()
{
    QFETCH(int, models);
    QFETCH(bool, withScores);
    QFETCH(int, expected);
    Dataset data = testdata::generatedDataset(models);
    data.models.resize(size_t(models));
    if (!withScores) {
        for (ModelInfo &m : data.models)
            m.scores.clear();
    }
    DatasetModel source;
    ModelSelection selection(&source);
    QAbstractItemModelTester tester(&selection, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&selection, &ModelSelection::selectionChanged);
    source.setDataset(data);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(selection.rowCount(), models);
    int scoredOrMax = 0;
    for (const ModelInfo &m : data.models)
        scoredOrMax += m.scores.isEmpty() ? 0 : 1;
    QCOMPARE(selection.selectedCount(), expected);
    if (!withScores) {
        // The cheapest priced models, never a free one or one without a price.
        double highestPicked = 0;
        for (const QString &id : selection.selectedIds()) {
            const auto price = ModelSelection::blendedPrice(*source.dataset().model(id));
            QVERIFY(price && *price > 0);
            highestPicked = std::max(highestPicked, *price);
        }
        for (const ModelInfo &m : source.dataset().models) {
            const auto price = ModelSelection::blendedPrice(m);
            if (price && *price > 0 && !selection.isSelected(m.id))
                QVERIFY(*price >= highestPicked);
        }
    } else if (models > ModelSelection::SelectAllUpTo) {
        QCOMPARE(selection.selectedCount(), scoredOrMax);
    }
}

void TestModelSelection::tick_changesOneRowAndSignals()
{
    DatasetModel source;
    source.setDataset(DatasetJson::builtIn());
    ModelSelection selection(&source);
    QAbstractItemModelTester tester(&selection, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&selection, &ModelSelection::selectionChanged);
    QSignalSpy cells(&selection, &QAbstractItemModel::dataChanged);
    QCOMPARE(selection.selectedCount(), 5);
    const int row = source.rowForModel(QStringLiteral("gpt-4o"));
    QVERIFY(selection.setData(selection.index(row), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cells.count(), 1);
    QCOMPARE(cells.at(0).at(0).toModelIndex().row(), row);
    QVERIFY(!selection.isSelected(QStringLiteral("gpt-4o")));
    QCOMPARE(selection.index(row).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    // Unticking what is unticked changes nothing.
    selection.setSelected(QStringLiteral("gpt-4o"), false);
    QCOMPARE(changed.count(), 1);
    // Nothing selected is allowed: the views say so.
    selection.clear();
    QCOMPARE(selection.selectedCount(), 0);
    QVERIFY(selection.selectedIds().isEmpty());
}

void TestModelSelection::followsDataset_insertRemoveReset()
{
    DatasetModel source;
    source.setDataset(DatasetJson::builtIn());
    ModelSelection selection(&source);
    QAbstractItemModelTester tester(&selection, QAbstractItemModelTester::FailureReportingMode::QtTest);
    selection.setSelected(QStringLiteral("gpt-4o"), false);
    ModelInfo extra;
    extra.id = QStringLiteral("llama-3-8b");
    extra.name = QStringLiteral("Llama 3 8B");
    QVERIFY(source.insertModel(0, extra));
    QCOMPARE(selection.rowCount(), 6);
    QVERIFY(selection.isSelected(QStringLiteral("llama-3-8b"))); // added by hand: shown
    QCOMPARE(selection.index(0).data(ModelSelection::ModelIdRole).toString(), QStringLiteral("llama-3-8b"));
    QVERIFY(source.removeModel(source.rowForModel(QStringLiteral("gpt-4o-mini"))));
    QCOMPARE(selection.rowCount(), 5);
    QVERIFY(!selection.selectedIds().contains(QStringLiteral("gpt-4o-mini")));
    QVERIFY(!selection.selectedIds().contains(QStringLiteral("gpt-4o")));
    // A new dataset opens with its own default.
    source.setDataset(testdata::generatedDataset(3000));
    QCOMPARE(selection.rowCount(), 3000);
    QVERIFY(selection.selectedCount() < 3000);
    QVERIFY(selection.isSelected(QStringLiteral("gpt-4o")));
}

void TestModelSelection::bulk_selectShownNoneAll()
{
    DatasetModel source;
    source.setDataset(testdata::generatedDataset(3000));
    ModelSelection selection(&source);
    QAbstractItemModelTester tester(&selection, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&selection, &ModelSelection::selectionChanged);
    QStringList groq;
    for (const ModelInfo &m : source.dataset().models) {
        if (m.vendor == QLatin1String("Groq"))
            groq << m.id;
    }
    selection.clear();
    selection.setSelected(groq, true);
    QCOMPARE(changed.count(), 2); // one signal for the whole list
    QCOMPARE(selection.selectedIds(), groq);
    selection.selectAll();
    QCOMPARE(selection.selectedCount(), 3000);
    selection.setSelectedIds({QStringLiteral("gpt-4o"), QStringLiteral("gone")});
    QCOMPARE(selection.selectedIds(), QStringList{QStringLiteral("gpt-4o")});
}

void TestModelSelection::roles_describeEachModel()
{
    DatasetModel source;
    source.setDataset(testdata::generatedDataset(100));
    ModelSelection selection(&source);
    const QModelIndex mini = selection.index(source.rowForModel(QStringLiteral("gpt-4o-mini")));
    QCOMPARE(mini.data().toString(), QStringLiteral("GPT-4o mini"));
    QCOMPARE(mini.data(ModelSelection::ProviderRole).toString(), QStringLiteral("OpenAI"));
    QVERIFY(mini.data(ModelSelection::HasScoresRole).toBool());
    QVERIFY(mini.data(ModelSelection::HasPriceRole).toBool());
    QVERIFY(!mini.data(ModelSelection::IsFreeRole).toBool());
    QCOMPARE(mini.data(ModelSelection::BlendedPriceRole).toDouble(), (0.15 * 3 + 0.6) / 4);
    QCOMPARE(mini.data(ModelSelection::ContextWindowRole).toLongLong(), 128'000);
    const QModelIndex free = selection.index(source.rowForModel(QStringLiteral("mistral/model-91")));
    QCOMPARE(free.data(ModelSelection::ProviderRole).toString(), QStringLiteral("mistral"));
    QVERIFY(free.data(ModelSelection::IsFreeRole).toBool());
    const QModelIndex unpriced = selection.index(source.rowForModel(QStringLiteral("mistral/model-11")));
    QVERIFY(!unpriced.data(ModelSelection::HasPriceRole).toBool());
    QVERIFY(!unpriced.data(ModelSelection::IsFreeRole).toBool());
    QVERIFY(!unpriced.data(ModelSelection::BlendedPriceRole).isValid());
    QVERIFY(unpriced.data(ModelSelection::SearchTextRole).toString().contains(QLatin1String("Mistral AI")));
}

QTEST_MAIN(TestModelSelection)
#include "tst_modelselection.moc"
