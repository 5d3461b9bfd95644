#include "chartselector.h"

#include "charts/chartfactory.h"
#include "core/datasetmodel.h"
#include "core/modelselection.h"
#include "modellistpanel.h"
#include "selectionlistmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListView>
#include <QRegularExpression>
#include <QSettings>
#include <QVBoxLayout>

namespace md {

namespace {
const QString KindKey = QStringLiteral("chart/kind");
const QString BenchmarkKey = QStringLiteral("chart/rankingBenchmark");
const QString HiddenBenchmarksKey = QStringLiteral("chart/uncheckedBenchmarks");

QListView *checkList(SelectionListModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QListView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setUniformItemSizes(true);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setIconSize(QSize(12, 12)); // the colour swatch of a model
    return view;
}
} // namespace

ChartSelector::ChartSelector(ModelSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_model(selection->source())
    , m_kind(new QComboBox(this))
    , m_benchmark(new QComboBox(this))
    , m_models(selection)
    , m_modelPanel(new ModelListPanel(selection, this))
    , m_benchmarks(new SelectionListModel(SelectionListModel::Kind::Benchmarks, selection->source(), this))
{
    DatasetModel *model = m_model;
    m_kind->setObjectName(QStringLiteral("chartKind"));
    m_benchmark->setObjectName(QStringLiteral("rankingBenchmark"));
    for (const ChartFactory::ChartKind &kind : ChartFactory::kinds()) {
        if (!kind.inChartPanel)
            continue;
        const QString text = ChartFactory::tr(kind.description);
        // "Ranking: one benchmark, ..." shows as "Ranking", with the rest as its tooltip.
        // Translations may use the full-width colon.
        static const QRegularExpression colon(QStringLiteral("[:\uFF1A]"));
        m_kind->addItem(text.section(colon, 0, 0), kind.name);
        m_kind->setItemData(m_kind->count() - 1, text, Qt::ToolTipRole);
    }
    m_kind->setToolTip(tr("What kind of chart to draw"));
    m_benchmark->setToolTip(tr("The benchmark the models are ranked on"));

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Chart:"), m_kind);
    form->addRow(tr("&Ranked on:"), m_benchmark);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(form);
    auto *modelsLabel = new QLabel(tr("&Models"), this);
    modelsLabel->setBuddy(m_modelPanel->view());
    auto *benchmarksLabel = new QLabel(tr("&Benchmarks"), this);
    QListView *benchmarksView = checkList(m_benchmarks, QStringLiteral("benchmarkList"), this);
    benchmarksLabel->setBuddy(benchmarksView);
    benchmarksView->setToolTip(tr("Benchmarks shown (the value chart averages the checked ones)"));
    layout->addWidget(modelsLabel);
    layout->addWidget(m_modelPanel, 3);
    layout->addWidget(benchmarksLabel);
    layout->addWidget(benchmarksView, 2);

    QSettings settings;
    fillBenchmarks();
    const int kind = m_kind->findData(settings.value(KindKey).toString());
    m_kind->setCurrentIndex(kind >= 0 ? kind : 0);
    const int benchmark = m_benchmark->findData(settings.value(BenchmarkKey).toString());
    if (benchmark >= 0)
        m_benchmark->setCurrentIndex(benchmark);
    m_benchmarks->setUncheckedIds(settings.value(HiddenBenchmarksKey).toStringList());
    updateArgument();

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateArgument();
        emit changed();
    });
    connect(m_benchmark, &QComboBox::currentIndexChanged, this, &ChartSelector::changed);
    connect(m_models, &ModelSelection::selectionChanged, this, &ChartSelector::changed);
    connect(m_benchmarks, &SelectionListModel::checkedChanged, this, &ChartSelector::changed);
    connect(model, &QAbstractItemModel::modelReset, this, &ChartSelector::fillBenchmarks);
    connect(model, &QAbstractItemModel::columnsInserted, this, &ChartSelector::fillBenchmarks);
    connect(model, &QAbstractItemModel::columnsRemoved, this, &ChartSelector::fillBenchmarks);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &ChartSelector::fillBenchmarks);
}

ChartSelector::~ChartSelector()
{
    save();
}

void ChartSelector::save() const
{
    QSettings settings;
    settings.setValue(KindKey, m_kind->currentData());
    if (m_benchmark->currentIndex() >= 0)
        settings.setValue(BenchmarkKey, m_benchmark->currentData());
    settings.setValue(HiddenBenchmarksKey, m_benchmarks->uncheckedIds());
}

void ChartSelector::fillBenchmarks()
{
    const QString current = m_benchmark->currentData().toString();
    const QSignalBlocker block(m_benchmark);
    m_benchmark->clear();
    for (const Benchmark &b : m_model->dataset().benchmarks)
        m_benchmark->addItem(b.name, b.id);
    const int again = m_benchmark->findData(current);
    m_benchmark->setCurrentIndex(again >= 0 ? again : 0);
    if (again < 0 && !current.isEmpty())
        emit changed();
}

void ChartSelector::updateArgument()
{
    // By name: the combo lists only some kinds, in an order of its own.
    const QString name = m_kind->currentData().toString();
    const auto &kinds = ChartFactory::kinds();
    const auto kind =
        std::find_if(kinds.begin(), kinds.end(), [&name](const ChartFactory::ChartKind &k) { return k.name == name; });
    m_benchmark->setEnabled(kind != kinds.end() && kind->argument == ChartFactory::Argument::Benchmark);
}

QString ChartSelector::spec() const
{
    const QString kind = m_kind->currentData().toString();
    return m_benchmark->isEnabled() ? kind + QLatin1Char(':') + m_benchmark->currentData().toString() : kind;
}

void ChartSelector::setSpec(const QString &spec)
{
    const int kind = m_kind->findData(spec.section(QLatin1Char(':'), 0, 0));
    if (kind >= 0)
        m_kind->setCurrentIndex(kind);
    const int benchmark = m_benchmark->findData(spec.section(QLatin1Char(':'), 1));
    if (benchmark >= 0)
        m_benchmark->setCurrentIndex(benchmark);
}

QStringList ChartSelector::modelIds() const
{
    return m_models->selectedIds();
}

QStringList ChartSelector::benchmarkIds() const
{
    return m_benchmarks->allChecked() ? QStringList() : m_benchmarks->checkedIds();
}

} // namespace md
