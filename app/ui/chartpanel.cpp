#include "chartpanel.h"

#include "charts/chartexporter.h"
#include "charts/chartfactory.h"
#include "charts/groupedbarchart.h"
#include "charts/modelchart.h"
#include "chartselector.h"
#include "core/datasetmodel.h"

#include <QActionGroup>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QToolTip>

namespace md {

namespace {
const QString ThemeKey = QStringLiteral("chart/theme");
}

ChartPanel::ChartPanel(DatasetModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_selector(new ChartSelector(model, this))
    , m_view(new QChartView(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(480, 300);
    m_view->setToolTip({});
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("ChartSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_selector);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(true);
    splitter->setSizes({1000, 220});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // Many edits arrive together (an import, a reset): redraw once, after they are done.
    connect(model, &QAbstractItemModel::dataChanged, this, &ChartPanel::scheduleRefresh);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &ChartPanel::scheduleRefresh);
    connect(model, &QAbstractItemModel::modelReset, this, &ChartPanel::scheduleRefresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ChartPanel::scheduleRefresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ChartPanel::scheduleRefresh);
    connect(model, &QAbstractItemModel::columnsInserted, this, &ChartPanel::scheduleRefresh);
    connect(model, &QAbstractItemModel::columnsRemoved, this, &ChartPanel::scheduleRefresh);
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
    ChartOptions options;
    options.modelIds = m_selector->modelIds();
    options.benchmarkIds = m_selector->benchmarkIds();
    options.hiddenModelIds = m_hiddenModels;
    options.theme = effectiveTheme();
    return options;
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
    return palette().color(QPalette::Window).lightnessF() < 0.5 ? ChartTheme::Dark : ChartTheme::Light;
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

std::unique_ptr<QChart> ChartPanel::build() const
{
    auto chart = ChartFactory::create(spec(), m_model, options());
    if (chart)
        return std::move(chart).value();
    // The remembered chart no longer fits the data (a ranking's benchmark was removed): show the first kind.
    auto fallback = ChartFactory::create(ChartFactory::kinds().front().name, m_model, options());
    return fallback ? std::move(fallback).value() : std::make_unique<QChart>();
}

void ChartPanel::rebuild()
{
    std::unique_ptr<QChart> fresh = build();
    if (auto *modelChart = qobject_cast<ModelChart *>(fresh.get())) {
        connect(modelChart, &ModelChart::modelToggled, this, &ChartPanel::toggleModel);
        connect(modelChart, &ModelChart::hoverTextChanged, this, &ChartPanel::showHover);
    }
    QChart *old = m_chart;
    m_chart = fresh.release();
    m_view->setChart(m_chart); // the view owns the new chart and lets go of the old one
    delete old;
    emit chartRebuilt();
}

void ChartPanel::toggleModel(const QString &modelId)
{
    if (m_hiddenModels.contains(modelId))
        m_hiddenModels.removeAll(modelId);
    else
        m_hiddenModels << modelId;
    scheduleRefresh();
}

void ChartPanel::showHover(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, m_view);
}

Result<QString> ChartPanel::exportChart(const QString &path, QSize size, double scale) const
{
    std::unique_ptr<QChart> chart = build();
    return ChartExporter::exportChart(chart.get(), path, size, scale);
}

QImage ChartPanel::renderForClipboard() const
{
    std::unique_ptr<QChart> chart = build();
    return ChartExporter::renderImage(chart.get(), m_view->size(), m_view->devicePixelRatioF());
}

} // namespace md
