#include "core/datasetdocument.h"
#include "core/datasetfilterproxy.h"
#include "core/datasetjson.h"
#include "core/datasetmerge.h"
#include "core/datasetmodel.h"
#include "trial/trialservice.h"
#include "ui/dataview.h"
#include "ui/documentcontroller.h"
#include "ui/importpreviewdialog.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace md;

class TestDataView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void proxy_search_data();
    void proxy_search();
    void proxy_sortsNumbersWithNaLast_data();
    void proxy_sortsNumbersWithNaLast();
    void searchBox_isDebounced();
    void editor_commitsThroughUndo_data();
    void editor_commitsThroughUndo();
    void addAndRemoveModel_areUndoable();
    void preview_handEditsStartUntickedAndPicksApply();
    void mainWindow_titleMarksUnsavedAndBadOpenKeepsData();

private:
    static void shoot(QWidget *w, const char *name);
};

void TestDataView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    DatasetDocument::discardRecovery();
}

// MODELDESK_SHOTS=dir saves what the test shows (run under Xvfb with QT_QPA_PLATFORM=xcb to look at it).
void TestDataView::shoot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("MODELDESK_SHOTS");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

void TestDataView::proxy_search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::addRow("empty") << QString() << 5;
    QTest::addRow("vendor") << QStringLiteral("openai") << 3;
    QTest::addRow("two words") << QStringLiteral("gpt mini") << 1;
    QTest::addRow("id part") << QStringLiteral("20240307") << 1;
    QTest::addRow("no match") << QStringLiteral("llama") << 0;
}

void TestDataView::proxy_search()
{
    QFETCH(QString, text);
    QFETCH(int, rows);
    DatasetModel model;
    model.setDataset(DatasetJson::builtIn());
    DatasetFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSearchText(text);
    QCOMPARE(proxy.rowCount(), rows);
}

void TestDataView::proxy_sortsNumbersWithNaLast_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("first");
    QTest::addRow("ascending") << int(Qt::AscendingOrder) << QStringLiteral("claude-3-haiku-20240307");
    QTest::addRow("descending") << int(Qt::DescendingOrder) << QStringLiteral("gpt-4o");
}

void TestDataView::proxy_sortsNumbersWithNaLast()
{
    QFETCH(int, order);
    QFETCH(QString, first);
    DatasetModel model;
    model.setDataset(DatasetJson::builtIn());
    DatasetFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    const int mmmu = model.columnForBenchmark(QStringLiteral("mmmu"));
    proxy.sort(mmmu, Qt::SortOrder(order));
    QCOMPARE(proxy.index(0, 0).data(DatasetModel::ModelIdRole).toString(), first);
    // GPT-3.5 Turbo reported no MMMU score: last either way.
    QCOMPARE(proxy.index(4, 0).data(DatasetModel::ModelIdRole).toString(), QStringLiteral("gpt-3.5-turbo"));
    // An edit re-sorts.
    model.setScore(model.rowForModel(QStringLiteral("gpt-3.5-turbo")), QStringLiteral("mmmu"), 99.0);
    QCOMPARE(proxy.index(order == Qt::AscendingOrder ? 4 : 0, 0).data(DatasetModel::ModelIdRole).toString(),
             QStringLiteral("gpt-3.5-turbo"));
}

void TestDataView::searchBox_isDebounced()
{
    DatasetModel model;
    DatasetDocument doc(&model);
    doc.setContent(DatasetJson::builtIn(), QString());
    DataView view(&doc);
    QTest::keyClicks(view.searchBox(), QStringLiteral("claude"));
    QCOMPARE(view.proxy()->rowCount(), 5); // not yet: the person may still be typing
    QTRY_COMPARE(view.proxy()->rowCount(), 1);
}

void TestDataView::editor_commitsThroughUndo_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<double>("value");
    QTest::addColumn<QVariant>("expected");
    QTest::addRow("price") << int(DatasetModel::InputPriceColumn) << 0.125 << QVariant(0.125);
    QTest::addRow("price n/a") << int(DatasetModel::CachedInputPriceColumn) << -1.0 << QVariant();
    QTest::addRow("score") << int(DatasetModel::ColumnCount) << 91.25 << QVariant(91.25);
    QTest::addRow("score n/a") << int(DatasetModel::ColumnCount) << -1.0 << QVariant();
}

void TestDataView::editor_commitsThroughUndo()
{
    QFETCH(int, column);
    QFETCH(double, value);
    QFETCH(QVariant, expected);
    DatasetModel model;
    DatasetDocument doc(&model);
    doc.setContent(DatasetJson::builtIn(), QString());
    DataView view(&doc);
    view.resize(1200, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QModelIndex index = view.proxy()->index(0, column);
    view.table()->setCurrentIndex(index);
    view.table()->edit(index);
    auto *spin = view.table()->findChild<QDoubleSpinBox *>();
    QVERIFY(spin);
    spin->setValue(value); // below the minimum clamps to "n/a"
    if (value < 0)
        QCOMPARE(spin->text(), QStringLiteral("n/a"));
    view.table()->itemDelegate()->setModelData(spin, view.proxy(), index); // what Return or leaving the cell does
    QCOMPARE(model.data(model.index(0, column), DatasetModel::NumericRole), expected);
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(model.data(model.index(0, column), DatasetModel::HandEditedRole).toBool());
    doc.undoStack()->undo();
    QVERIFY(model.dataset() == DatasetJson::builtIn());
}

void TestDataView::addAndRemoveModel_areUndoable()
{
    DatasetModel model;
    DatasetDocument doc(&model);
    doc.setContent(DatasetJson::builtIn(), QString());
    DataView view(&doc);
    view.table()->selectionModel()->select(view.proxy()->index(1, 2), QItemSelectionModel::Select);
    view.table()->selectionModel()->select(view.proxy()->index(3, 4), QItemSelectionModel::Select);
    view.removeSelectedModels();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QVERIFY(model.dataset() == DatasetJson::builtIn());
}

void TestDataView::preview_handEditsStartUntickedAndPicksApply()
{
    DatasetModel model;
    DatasetDocument doc(&model);
    doc.setContent(DatasetJson::builtIn(), QString());
    const int gpt4o = model.rowForModel(QStringLiteral("gpt-4o"));
    QVERIFY(doc.setCell(gpt4o, DatasetModel::OutputPriceColumn, 12.0)); // typed in by hand
    const auto batch = PriceImport::load(ImportSource::LiteLlm,
                                         QStringLiteral(MODELDESK_FIXTURES "/litellm-sample.json"), QDate(2025, 3, 1));
    QVERIFY(batch.ok());
    ImportPreviewDialog dialog(DatasetMerge::plan(model.dataset(), batch.value()));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    shoot(&dialog, "import-preview");

    // Groups: Added, Changed, Unchanged, Skipped.
    QTreeWidget *tree = dialog.tree();
    QTreeWidgetItem *added = tree->topLevelItem(0);
    QTreeWidgetItem *changed = tree->topLevelItem(1);
    QCOMPARE(added->childCount(), 2);
    QCOMPARE(changed->childCount(), 1);
    QTreeWidgetItem *gpt4oItem = changed->child(0);
    QTreeWidgetItem *output = nullptr;
    for (int i = 0; i < gpt4oItem->childCount(); ++i)
        if (gpt4oItem->child(i)->text(0).contains(QLatin1String("edited by hand")))
            output = gpt4oItem->child(i);
    QVERIFY(output);
    QCOMPARE(output->checkState(0), Qt::Unchecked);
    QCOMPARE(output->text(1), QStringLiteral("$12.00"));
    QCOMPARE(output->text(2), QStringLiteral("$10.00"));
    QCOMPARE(tree->topLevelItem(3)->childCount(), 4); // 3 malformed + the line for other modes

    added->child(1)->setCheckState(0, Qt::Unchecked); // do not add Mistral
    const int undoBefore = doc.undoStack()->count();
    doc.replaceAll(DatasetMerge::apply(model.dataset(), dialog.plan()), QStringLiteral("Import"));
    QCOMPARE(doc.undoStack()->count(), undoBefore + 1);
    QCOMPARE(model.rowCount(), 6);
    const ModelInfo &m = model.dataset().models[size_t(model.rowForModel(QStringLiteral("gpt-4o")))];
    QCOMPARE(*m.currentPrice()->output, 12'000'000);
    QCOMPARE(*m.currentPrice()->input, 2'500'000);
    doc.undoStack()->undo(); // one step undoes the whole import
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(*model.dataset().models[size_t(gpt4o)].currentPrice()->input, 5'000'000);
}

void TestDataView::mainWindow_titleMarksUnsavedAndBadOpenKeepsData()
{
    DatasetModel model;
    model.setDataset(DatasetJson::builtIn());
    DatasetDocument document(&model);
    trial::TrialService trials(&model);
    MainWindow window(&document, &trials);
    window.resize(1400, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.windowTitle().contains(QLatin1String("[*]")));
    QVERIFY(!window.isWindowModified());
    window.pages()->setCurrentWidget(window.dataView());
    DatasetDocument *doc = window.documentController()->document();
    QVERIFY(doc->setCell(0, DatasetModel::NameColumn, QStringLiteral("GPT-4o mini (edited)")));
    QVERIFY(window.isWindowModified());
    shoot(&window, "data-page");

    const QString bad = QDir(QDir::tempPath()).filePath(QStringLiteral("tst_dataview-bad.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"benchmarks": [], "models": [{"id": "a", "prices": [{"effective": "2024-01-01", "input": -1}]}]})");
    f.close();
    const Dataset before = model.dataset();
    doc->undoStack()->undo(); // clean again, so opening does not need to ask
    const Dataset clean = model.dataset();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("models\\[0\\].prices\\[0\\].input")));
    QVERIFY(!window.openDataset(bad));
    QVERIFY(model.dataset() == clean);
    QVERIFY(!(model.dataset() == before));
    QFile::remove(bad);
}

QTEST_MAIN(TestDataView)
#include "tst_dataview.moc"
