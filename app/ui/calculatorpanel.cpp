#include "calculatorpanel.h"

#include "charts/chartexporter.h"
#include "charts/chartstyle.h"
#include "charts/costbarchart.h"
#include "core/costfilterproxy.h"
#include "core/costtablemodel.h"
#include "core/datasetmodel.h"
#include "core/modelselection.h"
#include "frozentableview.h"
#include "modelpicker.h"
#include "textworkloaddialog.h"
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
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <memory>

namespace md {

namespace {
const QString Key = QStringLiteral("calculator/");
// The summary names this many cheapest models, then counts the rest.
constexpr int NamedCheapest = 3;
} // namespace

CalculatorPanel::CalculatorPanel(DatasetModel *model, QWidget *parent)
    : CalculatorPanel(new ModelSelection(model), parent)
{
    m_selection->setParent(this);
}

CalculatorPanel::CalculatorPanel(ModelSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_model(selection->source())
    , m_selection(selection)
    , m_costs(new CostTableModel(selection->source(), this))
    , m_proxy(new CostFilterProxy(m_costs, this))
    , m_editor(new WorkloadEditor(this))
    , m_baseline(new ModelPicker(selection->source(), true, this))
    , m_search(new QLineEdit(this))
    , m_columns(new QToolButton(this))
    , m_benchmark(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new FrozenTableView(this))
    , m_chart(nullptr)
    , m_chartView(new QChartView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_costs->setSelection(selection);
    setUp();
}

void CalculatorPanel::setUp()
{
    ChartOptions chartOptions;
    chartOptions.theme = ChartStyle::themeFor(palette());
    chartOptions.interactive = true; // in the window: its type shrinks only on a low window
    m_chart = new CostBarChart(m_costs, chartOptions);
    // setChart() lets go of the view's own first chart without deleting it.
    std::unique_ptr<QChart> placeholder(m_chartView->chart());
    m_chartView->setChart(m_chart);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(300, 200); // keeps its height: bars that fit, the rest counted
    m_chartView->installEventFilter(this);

    auto *workloadGroup = new QGroupBox(tr("Workload"), this);
    auto *workloadLayout = new QVBoxLayout(workloadGroup);
    workloadLayout->setContentsMargins(4, 4, 4, 4);
    workloadLayout->addWidget(m_editor);
    m_fromText = new QPushButton(tr("From &Text…"), workloadGroup);
    m_fromText->setObjectName(QStringLiteral("fromTextButton"));
    m_fromText->setToolTip(tr("Count each model's tokens in a typical request and answer, with its own tokenizer"));
    m_clearText = new QToolButton(workloadGroup);
    m_clearText->setText(tr("Use Typed Numbers"));
    m_clearText->hide();
    m_textStatus = new QLabel(workloadGroup);
    m_textStatus->setWordWrap(true);
    m_textStatus->hide();
    auto *textRow = new QHBoxLayout;
    textRow->addWidget(m_fromText);
    textRow->addWidget(m_clearText);
    textRow->addStretch(1);
    workloadLayout->addLayout(textRow);
    workloadLayout->addWidget(m_textStatus);
    connect(m_fromText, &QPushButton::clicked, this, &CalculatorPanel::editTextWorkload);
    connect(m_clearText, &QToolButton::clicked, this, [this] { setTextWorkload({}, {}); });

    m_baseline->setObjectName(QStringLiteral("baselinePicker"));
    m_baseline->setToolTip(tr("Every model's cost is also said relative to this one"));
    m_baseline->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_baseline->setMinimumContentsLength(14);
    m_benchmark->setToolTip(tr("The benchmark whose points the \"per point\" column prices"));
    m_baseline->setWhatsThis(tr("<b>Baseline model</b><br>Every model's cost is also given relative to this one: in "
                                "the \"vs. baseline\" column and in the sentence above the table. A baseline that "
                                "cannot take the request is said so, not compared."));
    m_benchmark->setWhatsThis(tr("<b>Cost per point</b><br>The monthly cost divided by the model's score on this "
                                 "benchmark: what each point of the score costs. Models without that score show "
                                 "n/a."));
    m_benchmark->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_benchmark->setMinimumContentsLength(14);
    auto *compareGroup = new QGroupBox(tr("Compare"), this);
    auto *compareForm = new QFormLayout(compareGroup);
    compareForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    compareForm->addRow(tr("&Baseline model:"), m_baseline);
    compareForm->addRow(tr("Cost per point &of:"), m_benchmark);

    auto *leftColumn = new QWidget(this);
    auto *left = new QVBoxLayout(leftColumn);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(workloadGroup);
    left->addWidget(compareGroup);
    left->addStretch(1);
    // On a low window (1024x700) the forms scroll rather than push the window off the screen.
    auto *leftScroll = new QScrollArea(this);
    m_forms = leftScroll;
    leftScroll->setObjectName(QStringLiteral("calculatorForms"));
    leftScroll->setWidget(leftColumn);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As wide as the forms need with their long labels wrapped; the table and chart need the room.
    leftScroll->setMinimumWidth(std::min(leftColumn->minimumSizeHint().width(), 360) +
                                leftScroll->verticalScrollBar()->sizeHint().width());
    leftScroll->setMaximumWidth(std::max(380, leftScroll->minimumWidth()));

    m_splitter->addWidget(buildTableArea());
    m_splitter->addWidget(m_chartView);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(leftScroll);
    layout->addWidget(m_splitter, 1);

    QSettings settings;
    fillBenchmarkChoices();
    // The launch's comparison by default: against GPT-3.5 Turbo, per point of MMLU.
    m_baseline->setCurrentId(
        settings.value(Key + QStringLiteral("baseline"), QStringLiteral("gpt-3.5-turbo")).toString());
    const int benchmark =
        m_benchmark->findData(settings.value(Key + QStringLiteral("benchmark"), QStringLiteral("mmlu")));
    if (benchmark >= 0)
        m_benchmark->setCurrentIndex(benchmark);
    m_costs->setBaselineModelId(m_baseline->currentId());
    m_costs->setBenchmarkId(m_benchmark->currentData().toString());
    m_editor->setLaunchDate(m_model->dataset().date);
    m_costs->setWorkload(m_editor->workload());
    QHeaderView *header = m_table->horizontalHeader();
    if (!header->restoreState(settings.value(Key + QStringLiteral("columns2")).toByteArray())) {
        // What fits a 1280-wide window; the parts of a request and the daily figure are a click away.
        for (const int c : {CostTableModel::PerDayColumn, CostTableModel::InputColumn, CostTableModel::OutputColumn})
            header->setSectionHidden(c, true);
    }
    m_splitter->restoreState(settings.value(Key + QStringLiteral("splitter")).toByteArray());

    connect(m_editor, &WorkloadEditor::workloadChanged, m_costs, &CostTableModel::setWorkload);
    connect(m_baseline, &QComboBox::currentIndexChanged, this,
            [this] { m_costs->setBaselineModelId(m_baseline->currentId()); });
    connect(m_benchmark, &QComboBox::currentIndexChanged, this,
            [this] { m_costs->setBenchmarkId(m_benchmark->currentData().toString()); });
    connect(m_costs, &CostTableModel::costsChanged, this, &CalculatorPanel::updateSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CalculatorPanel::updateSummary);
    connect(header, &QWidget::customContextMenuRequested, this, &CalculatorPanel::showColumnMenu);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CalculatorPanel::fillBenchmarkChoices);
    connect(m_model, &QAbstractItemModel::modelReset, m_editor,
            [this] { m_editor->setLaunchDate(m_model->dataset().date); });
    connect(m_model, &QAbstractItemModel::columnsInserted, this, &CalculatorPanel::fillBenchmarkChoices);
    connect(m_model, &QAbstractItemModel::columnsRemoved, this, &CalculatorPanel::fillBenchmarkChoices);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &CalculatorPanel::fillBenchmarkChoices);
    updateSummary();
}

QWidget *CalculatorPanel::buildTableArea()
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_search->setObjectName(QStringLiteral("costSearch"));
    m_search->setPlaceholderText(tr("Search the table"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Name, id, vendor or provider; every word must match"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &CostFilterProxy::setSearchText);
    m_columns->setText(tr("Columns"));
    m_columns->setObjectName(QStringLiteral("costColumns"));
    m_columns->setToolTip(tr("Choose the columns of the table"));
    m_columns->setPopupMode(QToolButton::InstantPopup);
    m_columns->setMenu(new QMenu(m_columns));
    connect(m_columns->menu(), &QMenu::aboutToShow, this, &CalculatorPanel::fillColumnMenu);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the dataset's order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // Sized by hand, not to contents: measuring 3,000 rows on every change would stall the window.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Click to sort; right-click or use Columns to choose the columns"));
    header->resizeSection(CostTableModel::ModelColumn, 200);
    for (int c = 1; c < CostTableModel::NotesColumn; ++c)
        header->resizeSection(c, c == CostTableModel::PerPointColumn ? 150 : 92);
    header->resizeSection(CostTableModel::TokensColumn, 120);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_search, 1);
    tools->addWidget(m_columns);
    auto *tableArea = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_summary);
    tableLayout->addLayout(tools);
    tableLayout->addWidget(m_table, 1);
    return tableArea;
}

void CalculatorPanel::editTextWorkload()
{
    TextWorkloadDialog dialog(this);
    dialog.inputEdit()->setPlainText(m_request);
    dialog.outputEdit()->setPlainText(m_answer);
    if (dialog.exec() == QDialog::Accepted)
        setTextWorkload(dialog.inputEdit()->toPlainText(), dialog.outputEdit()->toPlainText());
}

void CalculatorPanel::setTextWorkload(const QString &request, const QString &answer)
{
    const bool counting = !request.isEmpty();
    m_request = request;
    m_answer = answer;
    m_costs->setTokenCounter(counting ? TextWorkloadDialog::counter(request, answer) : CostTableModel::TokenCounter());
    m_editor->inputTokensBox()->setEnabled(!counting);
    m_editor->outputTokensBox()->setEnabled(!counting || answer.isEmpty());
    m_clearText->setVisible(counting);
    m_textStatus->setVisible(counting);
    m_textStatus->setText(
        answer.isEmpty()
            ? tr("Input tokens counted per model in a request of %n characters (Tokens column).", nullptr,
                 int(request.size()))
            : tr("Input and output tokens counted per model in a request of %n characters and its answer (Tokens "
                 "column).",
                 nullptr, int(request.size())));
    if (counting) { // beside the model's name, where the eye starts
        QHeaderView *header = m_table->horizontalHeader();
        header->setSectionHidden(CostTableModel::TokensColumn, false);
        header->moveSection(header->visualIndex(CostTableModel::TokensColumn), 1);
    }
}

bool CalculatorPanel::countsFromText() const
{
    return m_costs->hasTokenCounter();
}

CalculatorPanel::~CalculatorPanel()
{
    QSettings settings;
    settings.setValue(Key + QStringLiteral("baseline"), m_baseline->currentId());
    settings.setValue(Key + QStringLiteral("benchmark"), m_benchmark->currentData().toString());
    settings.setValue(Key + QStringLiteral("columns2"), m_table->horizontalHeader()->saveState());
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
        m_chart->setTheme(ChartStyle::themeFor(palette()));
    QWidget::changeEvent(event);
}

bool CalculatorPanel::eventFilter(QObject *watched, QEvent *event)
{
    // As many bars as the chart's height fits (at most CostBarChart::MaxBars).
    if (watched == m_chartView && event->type() == QEvent::Resize) {
        ChartOptions options = m_chart->options();
        const QSize size = m_chartView->size();
        const auto capacity = [](QSize s) { return ChartStyle::capacity(ChartStyle::Layout::Rows, s); };
        if (capacity(size) != capacity(options.size)) {
            options.size = size;
            m_chart->setOptions(options);
        }
    }
    return QWidget::eventFilter(watched, event);
}

Result<QString> CalculatorPanel::exportChart(const QString &path, QSize size, double scale,
                                             std::optional<ChartTheme> theme) const
{
    ChartOptions options = m_chart->options();
    options.size = size;
    options.interactive = false;
    if (theme)
        options.theme = *theme;
    CostBarChart chart(m_costs, options);
    return ChartExporter::exportChart(&chart, path, size, scale);
}

QSize CalculatorPanel::sizeHint() const
{
    QSize hint = QWidget::sizeHint();
    if (QWidget *forms = m_forms ? m_forms->widget() : nullptr; forms && forms->hasHeightForWidth()) {
        const int margins = contentsMargins().top() + contentsMargins().bottom() + 2 * layout()->spacing();
        hint.setHeight(std::max(hint.height(), forms->heightForWidth(m_forms->maximumWidth()) + margins));
    }
    return hint;
}

QString CalculatorPanel::summaryText() const
{
    return m_summary->text();
}

QString CalculatorPanel::cheapestSentence() const
{
    const std::vector<CostRow> &rows = m_costs->rows();
    const std::vector<int> cheapest = m_costs->cheapestRows();
    if (cheapest.empty())
        return m_costs->includedCount() == 0 ? tr("No model selected: tick models in the list above.")
                                             : tr("No selected model has a price.");
    QStringList names;
    for (size_t i = 0; i < cheapest.size() && int(i) < NamedCheapest; ++i)
        names << QStringLiteral("<b>%1</b>").arg(rows[size_t(cheapest[i])].modelName.toHtmlEscaped());
    QString who = QLocale().createSeparatedList(names);
    const int more = int(cheapest.size()) - NamedCheapest;
    if (more > 0)
        who = tr("%1 and %Ln more at the same price", nullptr, more).arg(names.join(QLatin1String(", ")));
    const CostRow &best = rows[size_t(cheapest.front())];
    if (CostTableModel::isFree(best))
        return tr("Cheapest for this workload: %1, free.").arg(who);
    const bool daily = m_costs->workload().period == Workload::Period::Day;
    const QString amount = (daily ? best.perDay : best.perMonth).toString(QLocale(), 2);
    return (daily ? tr("Cheapest for this workload: %1, %2 a day.") : tr("Cheapest for this workload: %1, %2 a month."))
        .arg(who, amount);
}

void CalculatorPanel::updateSummary()
{
    const std::vector<CostRow> &rows = m_costs->rows();
    QStringList parts{cheapestSentence()};
    QStringList noBatch;
    int tooLong = 0;
    int included = 0;
    for (int r = 0; r < int(rows.size()); ++r) {
        if (!m_costs->isIncluded(r))
            continue;
        ++included;
        if (rows[size_t(r)].batchUnavailable)
            noBatch << rows[size_t(r)].modelName.toHtmlEscaped();
        tooLong += rows[size_t(r)].exceedsContext || rows[size_t(r)].exceedsMaxOutput ? 1 : 0;
    }
    // The selected row speaks against the baseline; without a selection, the cheapest does.
    const QModelIndex current = m_table->selectionModel() ? m_table->selectionModel()->currentIndex() : QModelIndex();
    const int row = current.isValid() ? m_proxy->mapToSource(current).row() : m_costs->cheapestRow();
    const QString sentence = m_costs->baselineSentence(row);
    if (!sentence.isEmpty())
        parts << sentence.toHtmlEscaped() + QLatin1Char('.');
    if (!noBatch.isEmpty()) {
        const int more = int(noBatch.size()) - NamedCheapest;
        const QString names = noBatch.mid(0, NamedCheapest).join(QLatin1String(", "));
        parts << (more > 0 ? tr("No batch prices for %1 and %Ln more: list prices used.", nullptr, more).arg(names)
                           : tr("No batch prices for %1: list prices used.").arg(names));
    }
    if (tooLong > 0)
        parts << QStringLiteral("<span style=\"color:#D05020\">%1</span>")
                     .arg(tr("⚠ The request is too long for %1 of %2 models (context window or max output).")
                              .arg(tooLong)
                              .arg(included)
                              .toHtmlEscaped());
    m_summary->setText(parts.join(QLatin1Char(' ')));
}

void CalculatorPanel::fillColumnMenu()
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu *menu = m_columns->menu();
    menu->clear();
    for (int c = 1; c < CostTableModel::ColumnCount; ++c) {
        QAction *action = menu->addAction(m_costs->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        connect(action, &QAction::toggled, header, [header, c](bool shown) { header->setSectionHidden(c, !shown); });
    }
}

void CalculatorPanel::showColumnMenu(const QPoint &pos)
{
    fillColumnMenu();
    m_columns->menu()->exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

} // namespace md
