#include "app/appservices.h"
#include "core/datasetdocument.h"
#include "core/datasetjson.h"
#include "core/datasetmodel.h"
#include "core/modelselection.h"
#include "eval/evalrunner.h"
#include "fakeserver.h"
#include "ui/suitematrixmodel.h"
#include "ui/suitepanel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace md;

// The Suites page over the fake server: the matrix model (under QAbstractItemModelTester), its filters, the run
// history's comparison, the dataset write-back as one undo step, and export.
class TestSuitePanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void selectedOnly_runsTheSharedSelection();
    void run_fillsTheMatrix_filtersAndCompares();
    void addToDataset_isOneUndoStep();
    void badSuite_isShownNotOpened();

private:
    void runToEnd(SuitePanel &panel);
    QTemporaryDir m_dir;
    FakeServer m_server;
    std::unique_ptr<AppServices> m_services;
};

void TestSuitePanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen());
    qputenv("OPENAI_BASE_URL", m_server.baseUrl().toUtf8());
    qputenv("OPENAI_API_KEY", "sk-panel-test");
    m_services = std::make_unique<AppServices>();
    m_services->document()->setContent(DatasetJson::builtIn(), {});
}

void TestSuitePanel::selectedOnly_runsTheSharedSelection()
{
    QSettings().remove(QStringLiteral("suites/selectedOnly")); // the default: the shared selection decides
    SuitePanel panel(m_services->trials(), m_services->document(), m_services->selection());
    QVERIFY(panel.openSuite(QStringLiteral(EVAL_DATA "/costs.yaml")));
    m_services->selection()->setSelected(QStringLiteral("gpt-4o-mini"), false);
    const qsizetype before = m_server.requests().size();
    panel.run(); // its only model is not selected: nothing is sent
    QVERIFY(!panel.runner()->isRunning());
    QCOMPARE(m_server.requests().size(), before);
    m_services->selection()->setSelected(QStringLiteral("gpt-4o-mini"), true);
    runToEnd(panel);
    QCOMPARE(panel.runner()->run().providers.size(), size_t(1));
    QSettings().setValue(QStringLiteral("suites/selectedOnly"), false); // the other tests run every model
}

void TestSuitePanel::runToEnd(SuitePanel &panel)
{
    QSignalSpy finished(panel.runner(), &eval::EvalRunner::finished);
    panel.run();
    QVERIFY(finished.wait(20000));
}

void TestSuitePanel::run_fillsTheMatrix_filtersAndCompares()
{
    SuitePanel panel(m_services->trials(), m_services->document(), m_services->selection());
    QAbstractItemModelTester matrixTester(panel.matrix(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(panel.filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(panel.openSuite(QStringLiteral(EVAL_DATA "/disagree.yaml")));
    QCOMPARE(SuitePanel::recentSuites().value(0), QStringLiteral(EVAL_DATA "/disagree.yaml"));
    runToEnd(panel);
    SuiteMatrixModel *m = panel.matrix();
    QCOMPARE(m->rowCount(), 3);
    QCOMPARE(m->columnCount(), 2);
    QCOMPARE(m->index(0, 0).data(SuiteMatrixModel::VerdictRole).toInt(), int(SuiteMatrixModel::Pass));
    QCOMPARE(m->index(2, 0).data(SuiteMatrixModel::VerdictRole).toInt(), int(SuiteMatrixModel::Fail));
    QVERIFY(m->index(2, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("contains")));
    QVERIFY(m->index(2, 0).data(SuiteMatrixModel::DetailRole).toString().contains(QLatin1String("yes sir")));
    QVERIFY(m->headerData(0, Qt::Horizontal).toString().contains(QLatin1String("67% pass")));
    // Filters.
    panel.filter()->setDisagreeOnly(true);
    QCOMPARE(panel.filter()->rowCount(), 2);
    panel.filter()->setDisagreeOnly(false);
    panel.filter()->setFailuresOnly(true);
    QCOMPARE(panel.filter()->rowCount(), 2);
    panel.filter()->setFailuresOnly(false);
    QCOMPARE(panel.filter()->rowCount(), 3);
    // A second run, compared with the first: nothing changed.
    runToEnd(panel);
    eval::EvalRun first = eval::RunHistory().load(QStringLiteral(EVAL_DATA "/disagree.yaml")).back();
    m->setComparison(&first);
    QCOMPARE(m->changedCount(), 0);
    // A run where one cell differs is marked.
    first.cells[0].pass = false;
    m->setComparison(&first);
    QCOMPARE(m->changedCount(), 1);
    QCOMPARE(m->index(0, 0).data(SuiteMatrixModel::ChangedRole).toString(), QStringLiteral("FAIL"));
    QVERIFY(m->index(0, 0).data().toString().contains(QLatin1String("was FAIL")));
    // Export.
    const QString html = m_dir.filePath(QStringLiteral("run.html"));
    QVERIFY(panel.exportTo(html));
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("Two models disagree"));
}

void TestSuitePanel::addToDataset_isOneUndoStep()
{
    SuitePanel panel(m_services->trials(), m_services->document(), m_services->selection());
    QVERIFY(panel.openSuite(QStringLiteral(EVAL_DATA "/costs.yaml")));
    runToEnd(panel);
    DatasetDocument *document = m_services->document();
    const int steps = document->undoStack()->count();
    QVERIFY(panel.addToDataset());
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QVERIFY(m_services->model()->dataset().benchmark(QStringLiteral("eval-cost-checks")));
    document->undoStack()->undo();
    QVERIFY(!m_services->model()->dataset().benchmark(QStringLiteral("eval-cost-checks")));
}

void TestSuitePanel::badSuite_isShownNotOpened()
{
    SuitePanel panel(m_services->trials(), m_services->document(), m_services->selection());
    QVERIFY(!panel.openSuite(QStringLiteral(EVAL_DATA "/malformed.yaml")));
    QVERIFY(!panel.shownRun());
}

QTEST_MAIN(TestSuitePanel)
#include "tst_suitepanel.moc"
