#include "chartpanel.h"

#include "charts/groupedbarchart.h"
#include "core/datasetmodel.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QToolTip>
#include <QVBoxLayout>

namespace md {

ChartPanel::ChartPanel(DatasetModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_chart(new GroupedBarChart(model))
    , m_view(new QChartView(m_chart, this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(480, 300);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    if (palette().color(QPalette::Window).lightnessF() < 0.5) {
        ChartOptions options = m_chart->options();
        options.theme = ChartTheme::Dark;
        m_chart->setOptions(options);
    }

    // Many edits arrive together (an import, a reset): redraw once, after they are done.
    connect(model, &QAbstractItemModel::dataChanged, this, &ChartPanel::scheduleRefresh);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &ChartPanel::scheduleRefresh);
    connect(model, &QAbstractItemModel::modelReset, this, &ChartPanel::scheduleRefresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ChartPanel::scheduleRefresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ChartPanel::scheduleRefresh);
    connect(model, &QAbstractItemModel::columnsInserted, this, &ChartPanel::scheduleRefresh);
    connect(model, &QAbstractItemModel::columnsRemoved, this, &ChartPanel::scheduleRefresh);
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
            m_chart->refresh();
        },
        Qt::QueuedConnection);
}

} // namespace md
