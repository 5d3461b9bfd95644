#include "core/datasetjson.h"
#include "core/workloadpresets.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace md;

class TestWorkloadPresets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void builtIn_coverTheFourWorkloads();
    void longContextPreset_usesGeminiUpperTierAndWarnsSmallWindows();
    void editedPresets_areRemembered();
    void damagedSettings_areClampedOrSkipped();

private:
    QTemporaryDir m_dir;
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("presets.ini")); }
};

void TestWorkloadPresets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestWorkloadPresets::builtIn_coverTheFourWorkloads()
{
    const auto presets = WorkloadPresets::builtIn();
    QCOMPARE(presets.size(), size_t(4));
    QStringList ids;
    for (const WorkloadPreset &p : presets) {
        ids << p.id;
        QVERIFY(!p.name.isEmpty());
        QVERIFY(p.workload.inputTokens > 0 && p.workload.requests > 0);
    }
    QCOMPARE(ids, QStringList({QStringLiteral("support-chat"), QStringLiteral("codebase-retrieval"),
                               QStringLiteral("code-assistant"), QStringLiteral("receipt-extraction")}));
    QVERIFY(presets.back().workload.batch);
}

void TestWorkloadPresets::longContextPreset_usesGeminiUpperTierAndWarnsSmallWindows()
{
    const Dataset data = DatasetJson::builtIn();
    const Workload w = WorkloadPresets::builtIn()[1].workload;
    QCOMPARE(CostCalculator::compute(*data.model(QStringLiteral("gemini-1.5-flash")), w).tierAboveInputTokens, 128'000);
    QVERIFY(CostCalculator::compute(*data.model(QStringLiteral("gpt-4o-mini")), w).exceedsContext);
    QVERIFY(!CostCalculator::compute(*data.model(QStringLiteral("claude-3-haiku-20240307")), w).exceedsContext);
}

void TestWorkloadPresets::editedPresets_areRemembered()
{
    auto presets = WorkloadPresets::builtIn();
    presets[0].name = QStringLiteral("Our help desk");
    presets[0].workload.cachedShareBasisPoints = 1234;
    presets[0].workload.requests = 3'000'000'000LL; // beyond 32 bits
    WorkloadPreset mine;
    mine.id = QStringLiteral("custom-1");
    mine.name = QStringLiteral("Nightly summaries");
    mine.workload.inputTokens = 50'000;
    mine.workload.period = Workload::Period::Day;
    presets.push_back(mine);
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        WorkloadPresets::save(settings, presets);
    }
    QSettings settings(settingsPath(), QSettings::IniFormat);
    QCOMPARE(WorkloadPresets::load(settings), presets);
    WorkloadPresets::reset(settings);
    QCOMPARE(WorkloadPresets::load(settings), WorkloadPresets::builtIn());
}

void TestWorkloadPresets::damagedSettings_areClampedOrSkipped()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.beginWriteArray(QStringLiteral("calculator/presets"), 2);
    settings.setArrayIndex(0);
    settings.setValue(QStringLiteral("id"), QStringLiteral("x"));
    settings.setValue(QStringLiteral("name"), QStringLiteral("X"));
    settings.setValue(QStringLiteral("inputTokens"), -5);
    settings.setValue(QStringLiteral("cachedShareBasisPoints"), 99'999);
    settings.setArrayIndex(1);
    settings.setValue(QStringLiteral("id"), QString()); // no id: skipped
    settings.endArray();
    const auto presets = WorkloadPresets::load(settings);
    QCOMPARE(presets.size(), size_t(1));
    QCOMPARE(presets[0].workload.inputTokens, 0);
    QCOMPARE(presets[0].workload.cachedShareBasisPoints, 10'000);
}

QTEST_GUILESS_MAIN(TestWorkloadPresets)
#include "tst_workloadpresets.moc"
