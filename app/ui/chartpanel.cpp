#include "chartpanel.h"

#include "charts/chartexporter.h"
#include "charts/chartfactory.h"
#include "charts/chartstyle.h"
#include "charts/groupedbarchart.h"
#include "charts/modelchart.h"
#include "chartselector.h"
#include "core/datasetmodel.h"
#include "core/modelselection.h"

#include <QActionGroup>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QLegend>
#include <QMenu>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QToolTip>

namespace md {

namespace {
const QString ThemeKey = QStringLiteral("chart/theme");
}

ChartPanel::ChartPanel(DatasetModel *model, QWidget *parent)
    : ChartPanel(new ModelSelection(model), parent)
{
    m_selection->setParent(this);
}

ChartPanel::ChartPanel(ModelSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_model(selection->source())
    , m_selection(selection)
    , m_selector(new ChartSelector(selection, this))
    , m_scroll(new QScrollArea(this))
    , m_view(new QChartView)
{
    setUp();
}

void ChartPanel::setUp()
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(480, 300);
    m_view->setToolTip({});
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->viewport()->installEventFilter(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("ChartSplitter"));
    splitter->addWidget(m_scroll);
    splitter->addWidget(m_selector);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(true);
    splitter->setSizes({1000, 240});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // Many edits arrive together (an import, a reset): redraw once, after they are done.
    DatasetModel *model = m_model;
    connect(model, &QAbstractItemModel::dataChanged, this, &ChartPanel::scheduleRefresh);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &ChartPanel::scheduleRefresh);
    connect(model, &QAbstractItemModel::modelReset, this, &ChartPanel::scheduleRefresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ChartPanel::scheduleRefresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ChartPanel::scheduleRefresh);
    connect(model, &QAbstractItemModel::columnsInserted, this, &ChartPanel::scheduleRefresh);
    connect(model, &QAbstractItemModel::columnsRemoved, this, &ChartPanel::scheduleRefresh);
    connect(m_selection, &ModelSelection::selectionChanged, this, &ChartPanel::selectionChanged);
    connect(m_selector, &ChartSelector::changed, this, &ChartPanel::scheduleRefresh);
    const int saved = QSettings().value(ThemeKey, int(ThemeMode::FollowSystem)).toInt();
    if (saved >= int(ThemeMode::FollowSystem) && saved <= int(ThemeMode::Dark))
        m_themeMode = ThemeMode(saved);
    rebuild();
}

ChartPanel::~ChartPanel() = default;

GroupedBarChart *ChartPanel::chart() const
{
    return qobject_cast<GroupedBarChart *>(m_chart);
}

QString ChartPanel::spec() const
{
    return m_selector->spec();
}

ChartOptions ChartPanel::options() const
{
    // Before the panel is laid out its viewport has no size yet: the default size stands in.
    ChartOptions options = m_scroll->viewport()->isVisible()
                               ? optionsAt(QSize(std::max(480, m_scroll->viewport()->width()), chartHeight()))
                               : optionsAt(ChartOptions().size);
    options.interactive = true; // the window's chart: hover hints make sense here, not in a file
    return options;
}

ChartOptions ChartPanel::optionsAt(QSize size) const
{
    ChartOptions options;
    // The selected models and those unticked from the legend (drawn as greyed entries only).
    const QSet<QString> hidden(m_hiddenModels.cbegin(), m_hiddenModels.cend());
    for (const ModelInfo &m : m_model->dataset().models) {
        if (m_selection->isSelected(m.id) || hidden.contains(m.id))
            options.modelIds << m.id;
    }
    options.benchmarkIds = m_selector->benchmarkIds();
    options.hiddenModelIds = m_hiddenModels;
    options.theme = effectiveTheme();
    options.size = size;
    options.workload.pricesAsOf = m_pricesAsOf;
    return options;
}

void ChartPanel::setPricesAsOf(const QDate &date)
{
    if (date == m_pricesAsOf)
        return;
    m_pricesAsOf = date;
    scheduleRefresh();
}

int ChartPanel::chartHeight() const
{
    const int available = std::max(300, m_scroll->viewport()->height());
    const QString spec = m_selector->spec();
    if (!spec.startsWith(QLatin1String("ranking:")))
        return available;
    const QString benchmark = spec.section(QLatin1Char(':'), 1);
    int scored = 0;
    for (const ModelInfo &m : m_model->dataset().models)
        scored += m_selection->isSelected(m.id) && m.score(benchmark) ? 1 : 0;
    // Rows of a readable height, up to fifty of them (about three screens); more than that, narrow the selection.
    constexpr int MostRows = 50;
    return std::max(available, 170 + std::min(scored, MostRows) * 18);
}

bool ChartPanel::eventFilter(QObject *watched, QEvent *event)
{
    // A new size may fit more (or fewer) items: refresh once the resizing is over.
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        scheduleRefresh();
    return QWidget::eventFilter(watched, event);
}

ChartTheme ChartPanel::effectiveTheme() const
{
    switch (m_themeMode) {
    case ThemeMode::Light:
        return ChartTheme::Light;
    case ThemeMode::Dark:
        return ChartTheme::Dark;
    case ThemeMode::FollowSystem:
        break;
    }
    return ChartStyle::themeFor(palette());
}

void ChartPanel::setThemeMode(ThemeMode mode)
{
    if (mode == m_themeMode)
        return;
    m_themeMode = mode;
    rebuild();
    emit themeChanged(effectiveTheme());
}

QMenu *ChartPanel::addThemeMenu(QMenu *menu)
{
    QMenu *theme = menu->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(theme);
    const std::pair<ThemeMode, QString> modes[] = {
        {ThemeMode::FollowSystem, tr("&Follow System")},
        {ThemeMode::Light, tr("&Light")},
        {ThemeMode::Dark, tr("&Dark")},
    };
    for (const auto &[mode, text] : modes) {
        QAction *action = theme->addAction(text);
        action->setCheckable(true);
        action->setChecked(mode == m_themeMode);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode = mode] {
            QSettings().setValue(ThemeKey, int(mode));
            setThemeMode(mode);
        });
    }
    return theme;
}

void ChartPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_themeMode == ThemeMode::FollowSystem) {
        scheduleRefresh();
        emit themeChanged(effectiveTheme());
    }
}

void ChartPanel::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_refreshPending = false;
            rebuild();
        },
        Qt::QueuedConnection);
}

std::unique_ptr<QChart> ChartPanel::build(const ChartOptions &opts) const
{
    if (opts.modelIds.isEmpty()) {
        auto empty = std::make_unique<QChart>();
        empty->setTitle(
            ChartStyle::titleHtml(tr("No models selected"), tr("Tick models in the list, or use Top or All shown")));
        ChartStyle::apply(empty.get(), opts.theme);
        empty->legend()->hide();
        return empty;
    }
    auto chart = ChartFactory::create(spec(), m_model, opts);
    if (chart)
        return std::move(chart).value();
    // The remembered chart no longer fits the data (a ranking's benchmark was removed): show the first kind.
    auto fallback = ChartFactory::create(ChartFactory::kinds().front().name, m_model, opts);
    return fallback ? std::move(fallback).value() : std::make_unique<QChart>();
}

void ChartPanel::rebuild()
{
    const int height = chartHeight();
    m_view->setMinimumHeight(height > m_scroll->viewport()->height() ? height : 300);
    const ChartOptions opts = options();
    const QString wanted = opts.modelIds.isEmpty() ? QString() : spec();
    // The same kind: the chart reads the model and the options again; another kind: a new chart.
    if (auto *modelChart = qobject_cast<ModelChart *>(m_chart); modelChart && wanted == m_chartSpec) {
        modelChart->setOptions(opts);
        emit chartRebuilt();
        return;
    }
    std::unique_ptr<QChart> fresh = build(opts);
    if (auto *modelChart = qobject_cast<ModelChart *>(fresh.get())) {
        connect(modelChart, &ModelChart::modelToggled, this, &ChartPanel::toggleModel);
        connect(modelChart, &ModelChart::hoverTextChanged, this, &ChartPanel::showHover);
    }
    // The first time, the old chart is the one the view made for itself, which setChart() lets go of too.
    QChart *old = m_chart ? m_chart : m_view->chart();
    m_chart = fresh.release();
    m_chartSpec = wanted;
    m_view->setChart(m_chart); // the view owns the new chart and lets go of the old one
    delete old;
    emit chartRebuilt();
}

void ChartPanel::selectionChanged()
{
    // A model ticked again in the list is no longer a greyed legend entry.
    m_hiddenModels.removeIf([this](const QString &id) { return m_selection->isSelected(id); });
    scheduleRefresh();
}

void ChartPanel::toggleModel(const QString &modelId)
{
    // The legend and the list stay in step: hiding a model unticks it everywhere.
    if (m_hiddenModels.contains(modelId)) {
        m_hiddenModels.removeAll(modelId);
        m_selection->setSelected(modelId, true);
    } else {
        m_hiddenModels << modelId;
        m_selection->setSelected(modelId, false);
    }
    scheduleRefresh();
}

void ChartPanel::showHover(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, m_view);
}

Result<QString> ChartPanel::exportChart(const QString &path, QSize size, double scale,
                                        std::optional<ChartTheme> theme) const
{
    ChartOptions options = optionsAt(size);
    if (theme)
        options.theme = *theme;
    std::unique_ptr<QChart> chart = build(options);
    return ChartExporter::exportChart(chart.get(), path, size, scale);
}

QImage ChartPanel::renderForClipboard() const
{
    std::unique_ptr<QChart> chart = build(optionsAt(m_view->size()));
    return ChartExporter::renderImage(chart.get(), m_view->size(), m_view->devicePixelRatioF());
}

} // namespace md
