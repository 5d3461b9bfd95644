#include "calculatorpanel.h"

#include "charts/costbarchart.h"
#include "core/costtablemodel.h"
#include "core/datasetmodel.h"
#include "workloadeditor.h"

#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace md {

namespace {
const QString Key = QStringLiteral("calculator/");
}

CalculatorPanel::CalculatorPanel(DatasetModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_costs(new CostTableModel(model, this))
    , m_editor(new WorkloadEditor(this))
    , m_baseline(new QComboBox(this))
    , m_benchmark(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_chart(nullptr)
    , m_chartView(new QChartView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    m_chart = new CostBarChart(m_costs, dark ? md::ChartTheme::Dark : md::ChartTheme::Light);
    m_chartView->setChart(m_chart);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(320, 220);

    auto *workloadGroup = new QGroupBox(tr("Workload"), this);
    auto *workloadLayout = new QVBoxLayout(workloadGroup);
    workloadLayout->setContentsMargins(4, 4, 4, 4);
    workloadLayout->addWidget(m_editor);

    m_baseline->setToolTip(tr("Every model's cost is also said relative to this one"));
    m_baseline->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_baseline->setMinimumContentsLength(14);
    m_benchmark->setToolTip(tr("The benchmark whose points the \"per point\" column prices"));
    m_benchmark->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_benchmark->setMinimumContentsLength(14);
    auto *compareGroup = new QGroupBox(tr("Compare"), this);
    auto *compareForm = new QFormLayout(compareGroup);
    compareForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    compareForm->addRow(tr("&Baseline model:"), m_baseline);
    compareForm->addRow(tr("Cost per point &of:"), m_benchmark);

    auto *leftColumn = new QWidget(this);
    leftColumn->setMaximumWidth(400); // the table and chart need the room; long labels wrap
    auto *left = new QVBoxLayout(leftColumn);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(workloadGroup);
    left->addWidget(compareGroup);
    left->addStretch(1);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setModel(m_costs);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setToolTip(tr("Right-click to choose the columns"));

    auto *tableArea = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_summary);
    tableLayout->addWidget(m_table, 1);
    m_splitter->addWidget(tableArea);
    m_splitter->addWidget(m_chartView);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(leftColumn);
    layout->addWidget(m_splitter, 1);

    QSettings settings;
    fillModelChoices();
    fillBenchmarkChoices();
    const auto select = [](QComboBox *box, const QString &id) {
        const int i = box->findData(id);
        if (i >= 0)
            box->setCurrentIndex(i);
    };
    // The launch's comparison by default: against GPT-3.5 Turbo, per point of MMLU.
    select(m_baseline, settings.value(Key + QStringLiteral("baseline"), QStringLiteral("gpt-3.5-turbo")).toString());
    select(m_benchmark, settings.value(Key + QStringLiteral("benchmark"), QStringLiteral("mmlu")).toString());
    m_costs->setBaselineModelId(m_baseline->currentData().toString());
    m_costs->setBenchmarkId(m_benchmark->currentData().toString());
    m_costs->setWorkload(m_editor->workload());
    m_table->horizontalHeader()->restoreState(settings.value(Key + QStringLiteral("columns")).toByteArray());
    m_splitter->restoreState(settings.value(Key + QStringLiteral("splitter")).toByteArray());

    connect(m_editor, &WorkloadEditor::workloadChanged, m_costs, &CostTableModel::setWorkload);
    connect(m_baseline, &QComboBox::currentIndexChanged, this,
            [this] { m_costs->setBaselineModelId(m_baseline->currentData().toString()); });
    connect(m_benchmark, &QComboBox::currentIndexChanged, this,
            [this] { m_costs->setBenchmarkId(m_benchmark->currentData().toString()); });
    connect(m_costs, &CostTableModel::costsChanged, this, &CalculatorPanel::updateSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CalculatorPanel::updateSummary);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this, &CalculatorPanel::showColumnMenu);
    // The pickers follow models and benchmarks being added, removed or renamed.
    connect(model, &QAbstractItemModel::modelReset, this, &CalculatorPanel::fillModelChoices);
    connect(model, &QAbstractItemModel::rowsInserted, this, &CalculatorPanel::fillModelChoices);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &CalculatorPanel::fillModelChoices);
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        if (from.column() <= DatasetModel::NameColumn && to.column() >= DatasetModel::NameColumn)
            fillModelChoices();
    });
    connect(model, &QAbstractItemModel::modelReset, this, &CalculatorPanel::fillBenchmarkChoices);
    connect(model, &QAbstractItemModel::columnsInserted, this, &CalculatorPanel::fillBenchmarkChoices);
    connect(model, &QAbstractItemModel::columnsRemoved, this, &CalculatorPanel::fillBenchmarkChoices);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &CalculatorPanel::fillBenchmarkChoices);
    updateSummary();
}

CalculatorPanel::~CalculatorPanel()
{
    QSettings settings;
    settings.setValue(Key + QStringLiteral("baseline"), m_baseline->currentData().toString());
    settings.setValue(Key + QStringLiteral("benchmark"), m_benchmark->currentData().toString());
    settings.setValue(Key + QStringLiteral("columns"), m_table->horizontalHeader()->saveState());
    settings.setValue(Key + QStringLiteral("splitter"), m_splitter->saveState());
}

QSpinBox *CalculatorPanel::inputTokensBox() const
{
    return m_editor->inputTokensBox();
}

QSpinBox *CalculatorPanel::outputTokensBox() const
{
    return m_editor->outputTokensBox();
}

QSpinBox *CalculatorPanel::requestsBox() const
{
    return m_editor->requestsBox();
}

void CalculatorPanel::fillModelChoices()
{
    const QString current = m_baseline->count() ? m_baseline->currentData().toString() : m_costs->baselineModelId();
    const QSignalBlocker blocker(m_baseline);
    m_baseline->clear();
    m_baseline->addItem(tr("None"), QString());
    for (const ModelInfo &m : m_model->dataset().models)
        m_baseline->addItem(m.name, m.id);
    m_baseline->setCurrentIndex(qMax(0, m_baseline->findData(current)));
    m_costs->setBaselineModelId(m_baseline->currentData().toString());
}

void CalculatorPanel::fillBenchmarkChoices()
{
    const QString current = m_benchmark->count() ? m_benchmark->currentData().toString() : m_costs->benchmarkId();
    const QSignalBlocker blocker(m_benchmark);
    m_benchmark->clear();
    m_benchmark->addItem(tr("None"), QString());
    for (const Benchmark &b : m_model->dataset().benchmarks)
        m_benchmark->addItem(b.name, b.id);
    m_benchmark->setCurrentIndex(qMax(0, m_benchmark->findData(current)));
    m_costs->setBenchmarkId(m_benchmark->currentData().toString());
}

void CalculatorPanel::setChartTheme(md::ChartTheme theme)
{
    m_themeFollowsPalette = false;
    m_chart->setTheme(theme);
}

void CalculatorPanel::changeEvent(QEvent *event)
{
    // The chart follows a switch between light and dark desktop themes.
    if (event->type() == QEvent::PaletteChange && m_themeFollowsPalette)
        m_chart->setTheme(palette().color(QPalette::Window).lightnessF() < 0.5 ? md::ChartTheme::Dark
                                                                               : md::ChartTheme::Light);
    QWidget::changeEvent(event);
}

QString CalculatorPanel::summaryText() const
{
    return m_summary->text();
}

void CalculatorPanel::updateSummary()
{
    const std::vector<CostRow> &rows = m_costs->rows();
    QStringList parts;
    QStringList cheapest;
    QStringList noBatch;
    int tooLong = 0;
    for (int r = 0; r < int(rows.size()); ++r) {
        if (m_costs->isCheapest(r))
            cheapest << rows[size_t(r)].modelName.toHtmlEscaped();
        if (rows[size_t(r)].batchUnavailable)
            noBatch << rows[size_t(r)].modelName.toHtmlEscaped();
        tooLong += rows[size_t(r)].exceedsContext || rows[size_t(r)].exceedsMaxOutput ? 1 : 0;
    }
    const bool daily = m_costs->workload().period == Workload::Period::Day;
    if (!cheapest.isEmpty()) {
        const CostRow &best = rows[size_t(m_costs->cheapestRow())];
        const QString amount = (daily ? best.perDay : best.perMonth).toString(QLocale(), 2);
        parts << (daily ? tr("Cheapest for this workload: <b>%1</b>, %2 a day.")
                        : tr("Cheapest for this workload: <b>%1</b>, %2 a month."))
                     .arg(cheapest.join(QLatin1String(", ")), amount);
    } else {
        parts << tr("No model in the dataset has a price.");
    }
    // The selected row speaks against the baseline; without a selection, the cheapest does.
    const QModelIndex current = m_table->selectionModel() ? m_table->selectionModel()->currentIndex() : QModelIndex();
    const int row = current.isValid() ? current.row() : m_costs->cheapestRow();
    const QString sentence = m_costs->baselineSentence(row);
    if (!sentence.isEmpty())
        parts << sentence.toHtmlEscaped() + QLatin1Char('.');
    if (!noBatch.isEmpty())
        parts << tr("No batch prices for %1: list prices used.").arg(noBatch.join(QLatin1String(", ")));
    if (tooLong > 0)
        parts << QStringLiteral("<span style=\"color:#D05020\">%1</span>")
                     .arg(tr("⚠ The request is too long for %1 of %2 models (context window or max output).")
                              .arg(tooLong)
                              .arg(rows.size())
                              .toHtmlEscaped());
    m_summary->setText(parts.join(QLatin1Char(' ')));
}

void CalculatorPanel::showColumnMenu(const QPoint &pos)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    for (int c = 1; c < CostTableModel::ColumnCount; ++c) {
        QAction *action = menu.addAction(m_costs->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        connect(action, &QAction::toggled, header, [header, c](bool shown) { header->setSectionHidden(c, !shown); });
    }
    menu.exec(header->mapToGlobal(pos));
}

} // namespace md
