#include "core/datasetdocument.h"
#include "core/datasetjson.h"
#include "core/datasetmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>

using namespace md;

class TestDatasetDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void editCell_isUndoableAndMarksModified();
    void editCell_marksHandEditAndSavesIt();
    void editCell_refusedValueChangesNothing_data();
    void editCell_refusedValueChangesNothing();
    void addRemoveModel_undoRestoresRecord();
    void removeBenchmark_undoRestoresScores();
    void replaceAll_isOneUndoStep();
    void open_badFileLeavesDataExactlyAsItWas_data();
    void open_badFileLeavesDataExactlyAsItWas();
    void save_clearsModifiedAndAddsRecentFile();
    void save_failureLeavesOldFileWhole();
    void recovery_isWrittenOfferedAndRemovedOnSave();

private:
    void writeFile(const QString &path, const QByteArray &data);
    QTemporaryDir m_dir;
};

void TestDatasetDocument::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestDatasetDocument::init()
{
    DatasetDocument::discardRecovery();
}

void TestDatasetDocument::writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

void TestDatasetDocument::editCell_isUndoableAndMarksModified()
{
    DatasetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DatasetDocument doc(&model);
    doc.setContent(DatasetJson::builtIn(), QString());
    QVERIFY(!doc.isModified());
    QSignalSpy modified(&doc, &DatasetDocument::modifiedChanged);
    const int column = model.columnForBenchmark(QStringLiteral("mmlu"));
    QVERIFY(doc.setCell(0, column, 90.5));
    QCOMPARE(model.data(model.index(0, column), DatasetModel::NumericRole).toDouble(), 90.5);
    QVERIFY(doc.isModified());
    QCOMPARE(modified.size(), 1);
    QVERIFY(doc.undoStack()->canUndo());
    doc.undoStack()->undo();
    QCOMPARE(model.data(model.index(0, column), DatasetModel::NumericRole).toDouble(), 82.0);
    QVERIFY(!doc.isModified());
    QVERIFY(model.dataset() == DatasetJson::builtIn()); // the hand-edit mark went with the undo
    doc.undoStack()->redo();
    QCOMPARE(model.data(model.index(0, column), DatasetModel::NumericRole).toDouble(), 90.5);
}

void TestDatasetDocument::editCell_marksHandEditAndSavesIt()
{
    DatasetModel model;
    DatasetDocument doc(&model);
    doc.setContent(DatasetJson::builtIn(), QString());
    QVERIFY(doc.setCell(1, DatasetModel::InputPriceColumn, 0.1));
    QVERIFY(model.data(model.index(1, DatasetModel::InputPriceColumn), DatasetModel::HandEditedRole).toBool());
    QVERIFY(!model.data(model.index(1, DatasetModel::OutputPriceColumn), DatasetModel::HandEditedRole).toBool());
    const QString path = m_dir.filePath(QStringLiteral("hand.json"));
    QVERIFY(doc.saveAs(path).ok());
    const auto loaded = DatasetJson::load(path);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->models[1].handEdited, QSet<QString>({QStringLiteral("input")}));
    QVERIFY(loaded.value() == model.dataset());
}

void TestDatasetDocument::editCell_refusedValueChangesNothing_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addRow("score over 100") << int(DatasetModel::ColumnCount) << QVariant(120.0);
    QTest::addRow("negative score") << int(DatasetModel::ColumnCount) << QVariant(-3.0);
    QTest::addRow("negative price") << int(DatasetModel::InputPriceColumn) << QVariant(-0.5);
    QTest::addRow("price as words") << int(DatasetModel::InputPriceColumn) << QVariant(QStringLiteral("cheap"));
    QTest::addRow("empty name") << int(DatasetModel::NameColumn) << QVariant(QString());
    QTest::addRow("id is not editable") << int(DatasetModel::IdColumn) << QVariant(QStringLiteral("x"));
    QTest::addRow("bad date") << int(DatasetModel::ReleasedColumn) << QVariant(QStringLiteral("soon"));
}

void TestDatasetDocument::editCell_refusedValueChangesNothing()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    DatasetModel model;
    DatasetDocument doc(&model);
    doc.setContent(DatasetJson::builtIn(), QString());
    QVERIFY(!doc.setCell(0, column, value));
    QVERIFY(model.dataset() == DatasetJson::builtIn());
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
}

void TestDatasetDocument::addRemoveModel_undoRestoresRecord()
{
    DatasetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DatasetDocument doc(&model);
    doc.setContent(DatasetJson::builtIn(), QString());
    ModelInfo m;
    m.id = QStringLiteral("new-model");
    m.name = QStringLiteral("New model");
    QVERIFY(doc.addModel(m));
    QVERIFY(!doc.addModel(m)); // ids stay unique
    QCOMPARE(model.rowCount(), 6);
    QVERIFY(doc.removeModels({QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o")}));
    QCOMPARE(model.rowCount(), 4);
    doc.undoStack()->undo(); // both removals are one step
    QCOMPARE(model.rowCount(), 6);
    doc.undoStack()->undo();
    QVERIFY(model.dataset() == DatasetJson::builtIn());
}

void TestDatasetDocument::removeBenchmark_undoRestoresScores()
{
    DatasetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DatasetDocument doc(&model);
    doc.setContent(DatasetJson::builtIn(), QString());
    QVERIFY(doc.removeBenchmark(QStringLiteral("gpqa")));
    QCOMPARE(model.columnForBenchmark(QStringLiteral("gpqa")), -1);
    Benchmark b;
    b.id = QStringLiteral("swe");
    b.name = QStringLiteral("SWE-bench");
    QVERIFY(doc.addBenchmark(b));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(model.dataset() == DatasetJson::builtIn());
}

void TestDatasetDocument::replaceAll_isOneUndoStep()
{
    DatasetModel model;
    DatasetDocument doc(&model);
    doc.setContent(DatasetJson::builtIn(), QString());
    Dataset changed = DatasetJson::builtIn();
    changed.models.pop_back();
    changed.models.front().name = QStringLiteral("Renamed");
    doc.replaceAll(changed, QStringLiteral("Import"));
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(model.dataset() == changed);
    doc.undoStack()->undo();
    QVERIFY(model.dataset() == DatasetJson::builtIn());
}

void TestDatasetDocument::open_badFileLeavesDataExactlyAsItWas_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    const QByteArray bench = R"("benchmarks":[{"id":"mmlu"}])";
    QTest::addRow("not json") << QByteArray("hello") << QStringLiteral("line 1, column");
    QTest::addRow("not utf-8") << QByteArray("{\"title\":\"\xc3\x28\"}") << QStringLiteral("not valid JSON");
    QTest::addRow("truncated") << QByteArray(R"({"benchmarks":[{"id":"mmlu"}],"models":[{"id":"a","na)")
                               << QStringLiteral("not valid JSON");
    QTest::addRow("wrong type") << ("{" + bench + R"(,"models":[{"id":"a","context_window":"big"}]})")
                                << QStringLiteral("models[0].context_window");
    QTest::addRow("negative price") << ("{" + bench +
                                        R"(,"models":[{"id":"a","prices":[{"effective":"2024-01-01","input":-2}]}]})")
                                    << QStringLiteral("models[0].prices[0].input");
    QTest::addRow("score over 100")
        << ("{" + bench + R"(,"models":[{"id":"a"}],"scores":[{"model":"a","benchmark":"mmlu","value":101}]})")
        << QStringLiteral("scores[0].value");
    QTest::addRow("duplicate ids") << ("{" + bench + R"(,"models":[{"id":"a"},{"id":"a"}]})")
                                   << QStringLiteral("models[1].id: duplicate");
    QTest::addRow("hand_edited wrong type") << ("{" + bench + R"(,"models":[{"id":"a","hand_edited":"input"}]})")
                                            << QStringLiteral("models[0].hand_edited: must be a list");
    QTest::addRow("too large") << QByteArray() << QStringLiteral("larger than 64 MiB");
}

void TestDatasetDocument::open_badFileLeavesDataExactlyAsItWas()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QStringLiteral("bad.json"));
    writeFile(path, data);
    if (data.isEmpty())
        QVERIFY(QFile::resize(path, DatasetJson::MaxFileSize + 1));

    DatasetModel model;
    DatasetDocument doc(&model);
    const QString goodPath = m_dir.filePath(QStringLiteral("good.json"));
    QVERIFY(DatasetJson::save(DatasetJson::builtIn(), goodPath).ok());
    QVERIFY(doc.open(goodPath).ok());
    QVERIFY(doc.setCell(0, DatasetModel::NameColumn, QStringLiteral("Edited")));
    const Dataset before = model.dataset();
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    const auto result = doc.open(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().startsWith(path + QLatin1String(": ")), qPrintable(result.error()));
    QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
    QVERIFY(model.dataset() == before);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(doc.filePath(), goodPath);
    QVERIFY(doc.isModified());
    QCOMPARE(doc.undoStack()->count(), 1);
}

void TestDatasetDocument::save_clearsModifiedAndAddsRecentFile()
{
    DatasetModel model;
    DatasetDocument doc(&model);
    doc.newDocument();
    QVERIFY(!doc.save().ok()); // no file yet
    ModelInfo m;
    m.id = QStringLiteral("a");
    m.name = QStringLiteral("A");
    QVERIFY(doc.addModel(m));
    const QString path = m_dir.filePath(QStringLiteral("new.json"));
    QSignalSpy pathSpy(&doc, &DatasetDocument::filePathChanged);
    QVERIFY(doc.saveAs(path).ok());
    QVERIFY(!doc.isModified());
    QCOMPARE(pathSpy.size(), 1);
    QCOMPARE(doc.displayName(), QStringLiteral("new.json"));
    QCOMPARE(DatasetDocument::recentFiles().value(0), QFileInfo(path).absoluteFilePath());
}

void TestDatasetDocument::save_failureLeavesOldFileWhole()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.json"));
    QVERIFY(DatasetJson::save(DatasetJson::builtIn(), path).ok());
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray oldBytes = original.readAll();
    original.close();

    DatasetModel model;
    DatasetDocument doc(&model);
    QVERIFY(doc.open(path).ok());
    QVERIFY(doc.setCell(0, DatasetModel::NameColumn, QStringLiteral("Changed")));

    // A full disk mid-write: the process may write no more than 1 KiB per file.
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit old{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    rlimit small = old;
    small.rlim_cur = 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const auto result = doc.save();
    setrlimit(RLIMIT_FSIZE, &old);

    QVERIFY2(!result.ok(), qPrintable(QFileInfo(path).absoluteFilePath()));
    QVERIFY2(result.error().contains(path), qPrintable(result.error()));
    QVERIFY(doc.isModified());
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), oldBytes);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).filter(QStringLiteral("keep")).size(), 1); // no leftovers
}

void TestDatasetDocument::recovery_isWrittenOfferedAndRemovedOnSave()
{
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).contains(QLatin1String(".qttest")));
    const QString path = m_dir.filePath(QStringLiteral("rec.json"));
    QVERIFY(DatasetJson::save(DatasetJson::builtIn(), path).ok());
    Dataset edited;
    {
        DatasetModel model;
        DatasetDocument doc(&model);
        QVERIFY(doc.open(path).ok());
        QVERIFY(!DatasetDocument::pendingRecovery());
        QVERIFY(doc.setCell(2, DatasetModel::OutputPriceColumn, 1.0));
        doc.writeRecoveryNow(); // the timer would do this 1.5 s after the edit
        edited = model.dataset();
        // The window closes without a word: a crash. The recovery copy stays.
    }
    const auto pending = DatasetDocument::pendingRecovery();
    QVERIFY(pending.has_value());
    QCOMPARE(pending->filePath, path);

    DatasetModel model;
    DatasetDocument doc(&model);
    const auto restored = doc.restoreRecovery(*pending);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QVERIFY(model.dataset() == edited);
    QVERIFY(doc.isModified());
    QCOMPARE(doc.filePath(), path);
    QVERIFY(doc.save().ok());
    QVERIFY(!DatasetDocument::pendingRecovery());
    QVERIFY(!doc.isModified());
}

QTEST_GUILESS_MAIN(TestDatasetDocument)
#include "tst_datasetdocument.moc"
