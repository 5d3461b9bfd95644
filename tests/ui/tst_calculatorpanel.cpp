#include "charts/chartstyle.h"
#include "charts/costbarchart.h"
#include "core/costfilterproxy.h"
#include "core/costtablemodel.h"
#include "core/datasetjson.h"
#include "core/datasetmodel.h"
#include "core/format.h"
#include "ui/calculatorpanel.h"
#include "ui/exportchartdialog.h"
#include "ui/modelpicker.h"
#include "ui/workloadeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QImage>
#include <QPalette>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace md;

class TestCalculatorPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void defaults_compareWithTurboInWords();
    void preset_longContextWarnsAndUsesUpperTier();
    void preset_editsAreRemembered();
    void cachedShare_keepsBasisPoints();
    void priceEdit_changesTableAndChartAtOnce();
    void choices_followModelsAndBenchmarks();
    void darkPalette_darkChart();
    void fromText_countsPerModelTokenizer();
    void exportCostChart_inTheChosenTheme();
    void inputs_explainThemselves();
    void exportDialog_remembersChartAndTheme();
    void launchDay_pricesAsAtTheLaunchAndIsRemembered();
    void pricesAsOf_editingTheDateIsNoPresetEdit();

private:
    DatasetModel m_model;
};

void TestCalculatorPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCalculatorPanel::init()
{
    QSettings().clear();
    m_model.setDataset(DatasetJson::builtIn());
}

void TestCalculatorPanel::defaults_compareWithTurboInWords()
{
    CalculatorPanel panel(&m_model);
    QCOMPARE(panel.baselineBox()->currentData().toString(), QStringLiteral("gpt-3.5-turbo"));
    QCOMPARE(panel.benchmarkBox()->currentData().toString(), QStringLiteral("mmlu"));
    panel.inputTokensBox()->setValue(1'000'000);
    panel.outputTokensBox()->setValue(1'000'000);
    panel.workloadEditor()->cachedShareBox()->setValue(0.0);
    QVERIFY(!panel.workloadEditor()->batchBox()->isChecked());
    QVERIFY2(panel.summaryText().contains(QLatin1String("costs 62.5% less than GPT-3.5 Turbo for this workload")),
             qPrintable(panel.summaryText()));
    // Selecting a row makes it the one compared.
    panel.table()->setCurrentIndex(
        panel.tableProxy()->mapFromSource(panel.costModel()->index(m_model.rowForModel(QStringLiteral("gpt-4o")), 0)));
    QVERIFY2(panel.summaryText().contains(QLatin1String("GPT-4o costs 10 times as much as GPT-3.5 Turbo")),
             qPrintable(panel.summaryText()));
}

void TestCalculatorPanel::preset_longContextWarnsAndUsesUpperTier()
{
    CalculatorPanel panel(&m_model);
    WorkloadEditor *editor = panel.workloadEditor();
    editor->applyPreset(editor->presetBox()->findData(QStringLiteral("codebase-retrieval")));
    QCOMPARE(panel.inputTokensBox()->value(), 180'000);
    const CostTableModel *costs = panel.costModel();
    QCOMPARE(costs->rows()[size_t(m_model.rowForModel(QStringLiteral("gemini-1.5-flash")))].tierAboveInputTokens,
             128'000);
    QVERIFY(costs->index(m_model.rowForModel(QStringLiteral("gpt-4o-mini")), 0)
                .data(CostTableModel::HasWarningRole)
                .toBool());
    QVERIFY2(panel.summaryText().contains(QLatin1String("too long for 3 of 5 models")),
             qPrintable(panel.summaryText()));
    QVERIFY(!editor->isPresetModified());
    // GPT-3.5 Turbo (16K) cannot take 180K tokens: said so, not compared.
    QVERIFY2(panel.summaryText().contains(QLatin1String("The baseline GPT-3.5 Turbo cannot serve this workload")),
             qPrintable(panel.summaryText()));
    QVERIFY(!panel.summaryText().contains(QLatin1String("less than GPT-3.5 Turbo")));
    QCOMPARE(costs->index(m_model.rowForModel(QStringLiteral("gemini-1.5-flash")), CostTableModel::VsBaselineColumn)
                 .data()
                 .toString(),
             Format::notAvailable());
}

void TestCalculatorPanel::preset_editsAreRemembered()
{
    {
        CalculatorPanel panel(&m_model);
        WorkloadEditor *editor = panel.workloadEditor();
        editor->applyPreset(editor->presetBox()->findData(QStringLiteral("code-assistant")));
        panel.outputTokensBox()->setValue(777);
        QVERIFY(editor->isPresetModified());
        editor->saveCurrentPreset();
        QVERIFY(!editor->isPresetModified());
        editor->saveAsNewPreset(QStringLiteral("Nightly summaries"));
        panel.requestsBox()->setValue(4242);
    }
    CalculatorPanel panel(&m_model);
    WorkloadEditor *editor = panel.workloadEditor();
    QCOMPARE(editor->presets().size(), size_t(5));
    QCOMPARE(editor->presetBox()->currentText(), QStringLiteral("Nightly summaries"));
    QCOMPARE(panel.requestsBox()->value(), 4242); // the last figures come back, edited or not
    editor->applyPreset(editor->presetBox()->findData(QStringLiteral("code-assistant")));
    QCOMPARE(panel.outputTokensBox()->value(), 777);
    editor->restoreBuiltInPresets();
    QCOMPARE(editor->presets().size(), size_t(4));
}

void TestCalculatorPanel::cachedShare_keepsBasisPoints()
{
    CalculatorPanel panel(&m_model);
    panel.workloadEditor()->cachedShareBox()->setValue(12.34);
    QCOMPARE(panel.costModel()->workload().cachedShareBasisPoints, 1234);
    panel.workloadEditor()->batchBox()->setChecked(true);
    QVERIFY(panel.costModel()->workload().batch);
    QVERIFY2(panel.summaryText().contains(QLatin1String("No batch prices for Gemini 1.5 Flash: list prices used.")),
             qPrintable(panel.summaryText()));
}

void TestCalculatorPanel::priceEdit_changesTableAndChartAtOnce()
{
    CalculatorPanel panel(&m_model);
    panel.inputTokensBox()->setValue(0);
    panel.outputTokensBox()->setValue(1'000'000);
    panel.requestsBox()->setValue(1);
    QComboBox *period = panel.workloadEditor()->periodBox();
    period->setCurrentIndex(period->findData(int(Workload::Period::Month)));
    const int mini = m_model.rowForModel(QStringLiteral("gpt-4o-mini"));
    const QModelIndex cell = panel.costModel()->index(mini, CostTableModel::PerMonthColumn);
    QCOMPARE(cell.data().toString(), QStringLiteral("$0.60"));
    QVERIFY(m_model.setData(m_model.index(mini, DatasetModel::OutputPriceColumn), 0.9));
    QCOMPARE(cell.data().toString(), QStringLiteral("$0.90"));
    const int bar = int(panel.chart()->modelIds().indexOf(QStringLiteral("gpt-4o-mini")));
    QCOMPARE(panel.chart()->values()[size_t(bar)], 0.9);
}

void TestCalculatorPanel::choices_followModelsAndBenchmarks()
{
    CalculatorPanel panel(&m_model);
    const int before = panel.baselineBox()->count();
    QVERIFY(m_model.removeModel(m_model.rowForModel(QStringLiteral("gpt-4o"))));
    QCOMPARE(panel.baselineBox()->count(), before - 1);
    QCOMPARE(panel.baselineBox()->currentData().toString(), QStringLiteral("gpt-3.5-turbo"));
    QVERIFY(m_model.removeModel(m_model.rowForModel(QStringLiteral("gpt-3.5-turbo"))));
    QCOMPARE(panel.baselineBox()->currentData().toString(), QString()); // "None"
    QCOMPARE(panel.costModel()->baselineRow(), -1);
    QVERIFY(m_model.removeBenchmark(m_model.dataset().benchmarkIndex(QStringLiteral("mmlu"))));
    QCOMPARE(panel.benchmarkBox()->findData(QStringLiteral("mmlu")), -1);
}

void TestCalculatorPanel::darkPalette_darkChart()
{
    CalculatorPanel panel(&m_model);
    QCOMPARE(panel.chart()->options().theme, md::ChartTheme::Light);
    QPalette dark = panel.palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    panel.setPalette(dark);
    QCOMPARE(panel.chart()->options().theme, md::ChartTheme::Dark);
}

void TestCalculatorPanel::fromText_countsPerModelTokenizer()
{
    CalculatorPanel panel(&m_model);
    CostTableModel *costs = panel.costModel();
    const auto tokensOf = [&](const char *id) {
        return costs->index(m_model.rowForModel(QLatin1String(id)), CostTableModel::TokensColumn).data().toString();
    };
    // tiktoken: "这个模型便宜吗？" is 6 tokens in o200k_base, 11 in cl100k_base; "hello world" 2 in both.
    panel.setTextWorkload(QStringLiteral("这个模型便宜吗？"), QStringLiteral("hello world"));
    QVERIFY(panel.countsFromText());
    QCOMPARE(tokensOf("gpt-4o-mini"), QStringLiteral("6 + 2"));
    QCOMPARE(tokensOf("gpt-3.5-turbo"), QStringLiteral("11 + 2"));
    QCOMPARE(tokensOf("claude-3-haiku-20240307"), QStringLiteral("~11 + ~2")); // no public tokenizer
    QVERIFY(!panel.inputTokensBox()->isEnabled());
    QVERIFY(!panel.table()->horizontalHeader()->isSectionHidden(CostTableModel::TokensColumn));
    const int mini = m_model.rowForModel(QStringLiteral("gpt-4o-mini"));
    QCOMPARE(costs->workloadFor(mini).inputTokens, 6);
    // The costs are those of the counted tokens, under the rest of the typed workload.
    Workload counted = panel.workloadEditor()->workload();
    counted.inputTokens = 6;
    counted.outputTokens = 2;
    QVERIFY(costs->rows()[size_t(mini)].perRequest ==
            CostCalculator::compute(m_model.dataset().models[size_t(mini)], counted).perRequest);
    QVERIFY(
        costs->rows()[size_t(mini)].perRequest !=
        CostCalculator::compute(m_model.dataset().models[size_t(mini)], panel.workloadEditor()->workload()).perRequest);

    // Without an answer the typed output tokens stay.
    panel.setTextWorkload(QStringLiteral("这个模型便宜吗？"), QString());
    QCOMPARE(costs->workloadFor(mini).outputTokens, qint64(panel.outputTokensBox()->value()));
    QVERIFY(panel.outputTokensBox()->isEnabled());

    panel.setTextWorkload(QString(), QString());
    QVERIFY(!panel.countsFromText());
    QCOMPARE(costs->workloadFor(mini).inputTokens, qint64(panel.inputTokensBox()->value()));
    QVERIFY(panel.inputTokensBox()->isEnabled());
}

void TestCalculatorPanel::exportCostChart_inTheChosenTheme()
{
    QTemporaryDir dir;
    CalculatorPanel panel(&m_model);
    for (const ChartTheme theme : {ChartTheme::Light, ChartTheme::Dark}) {
        const QString path = dir.filePath(QStringLiteral("cost-%1.png").arg(int(theme)));
        const auto written = panel.exportChart(path, QSize(480, 300), 1.0, theme);
        QVERIFY2(written, qPrintable(written ? QString() : written.error()));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(480, 300));
        QCOMPARE(ChartStyle::isDark(QPalette(image.pixelColor(2, 2))), theme == ChartTheme::Dark);
    }
}

void TestCalculatorPanel::inputs_explainThemselves()
{
    CalculatorPanel panel(&m_model);
    WorkloadEditor *editor = panel.workloadEditor();
    const QList<QWidget *> inputs{editor->presetBox(), panel.inputTokensBox(),   panel.outputTokensBox(),
                                  panel.requestsBox(), editor->cachedShareBox(), editor->batchBox(),
                                  panel.baselineBox(), panel.benchmarkBox()};
    for (QWidget *input : inputs) {
        QVERIFY2(!input->whatsThis().isEmpty(), qPrintable(input->objectName()));
        QVERIFY2(!input->toolTip().isEmpty(), qPrintable(input->objectName()));
    }
}

void TestCalculatorPanel::exportDialog_remembersChartAndTheme()
{
    {
        ExportChartDialog dialog;
        QCOMPARE(dialog.which(), ExportChartDialog::Which::Overview);
        QVERIFY(!dialog.theme().has_value()); // as in the window
        dialog.setWhich(ExportChartDialog::Which::Cost);
        auto *theme = dialog.findChildren<QComboBox *>().at(1);
        theme->setCurrentIndex(theme->findData(int(ChartTheme::Dark)));
        dialog.setPath(QDir::temp().filePath(QStringLiteral("cost.svg")));
        if (const QString dir = qEnvironmentVariable("MODELDESK_SHOT_DIR"); !dir.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(dir + QStringLiteral("/export-dialog.png"));
        }
        dialog.accept();
    }
    ExportChartDialog again;
    QCOMPARE(again.which(), ExportChartDialog::Which::Cost);
    QCOMPARE(again.theme(), std::optional<ChartTheme>(ChartTheme::Dark));
}

void TestCalculatorPanel::launchDay_pricesAsAtTheLaunchAndIsRemembered()
{
    {
        CalculatorPanel panel(&m_model);
        WorkloadEditor *editor = panel.workloadEditor();
        QCOMPARE(editor->asOfBox()->date(), QDate::currentDate()); // today by default
        QVERIFY(!editor->launchDayButton()->isHidden());           // the built-in dataset has a launch day
        panel.inputTokensBox()->setValue(1000);
        panel.outputTokensBox()->setValue(500);
        editor->cachedShareBox()->setValue(0.0);
        QVERIFY2(panel.summaryText().contains(QLatin1String("Cheapest for this workload: <b>Gemini 1.5 Flash</b>")),
                 qPrintable(panel.summaryText()));
        editor->launchDayButton()->click();
        QCOMPARE(editor->asOfBox()->date(), QDate(2024, 7, 18));
        QCOMPARE(panel.costModel()->workload().pricesAsOf, QDate(2024, 7, 18));
        QVERIFY2(panel.summaryText().contains(QLatin1String("Cheapest for this workload: <b>GPT-4o mini</b>")),
                 qPrintable(panel.summaryText()));
    }
    CalculatorPanel panel(&m_model);
    QCOMPARE(panel.workloadEditor()->asOfMode(), WorkloadEditor::AsOfMode::Launch);
    QCOMPARE(panel.costModel()->workload().pricesAsOf, QDate(2024, 7, 18));
    // A dataset without a launch day: no offer, priced as of today meanwhile.
    Dataset plain = DatasetJson::builtIn();
    plain.date = QDate();
    m_model.setDataset(plain);
    QVERIFY(panel.workloadEditor()->launchDayButton()->isHidden());
    QCOMPARE(panel.costModel()->workload().pricesAsOf, QDate::currentDate());
}

void TestCalculatorPanel::pricesAsOf_editingTheDateIsNoPresetEdit()
{
    CalculatorPanel panel(&m_model);
    WorkloadEditor *editor = panel.workloadEditor();
    QVERIFY(!editor->isPresetModified());
    editor->asOfBox()->setDate(QDate(2024, 9, 1));
    QCOMPARE(editor->asOfMode(), WorkloadEditor::AsOfMode::Chosen);
    QCOMPARE(panel.costModel()->workload().pricesAsOf, QDate(2024, 9, 1));
    QVERIFY(!editor->isPresetModified()); // the day is beside the workload, not part of a preset
    editor->cacheWriteShareBox()->setValue(10.0);
    QCOMPARE(panel.costModel()->workload().cacheWriteShareBasisPoints, 1000);
    QVERIFY(editor->isPresetModified());
}

QTEST_MAIN(TestCalculatorPanel)
#include "tst_calculatorpanel.moc"
