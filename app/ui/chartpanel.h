#pragma once

#include "charts/chartoptions.h"
#include "core/result.h"

#include <QSize>
#include <QWidget>
#include <memory>

class QChart;
class QChartView;
class QMenu;

namespace md {

class ChartSelector;
class DatasetModel;
class GroupedBarChart;

// Shows the chart chosen in its selector, built by ChartFactory from the shared model, and draws it
// again whenever the model or the choice changes. Exports and copies go through the same factory,
// so they look as on screen, at a size of their own.
class ChartPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    enum class ThemeMode { FollowSystem, Light, Dark };

    explicit ChartPanel(DatasetModel *model, QWidget *parent = nullptr);
    ~ChartPanel() override;

    // The grouped bar chart when that is what is shown, else nullptr.
    GroupedBarChart *chart() const;
    QChart *currentChart() const { return m_chart; }
    QChartView *view() const { return m_view; }
    ChartSelector *selector() const { return m_selector; }

    QString spec() const;
    ChartOptions options() const;

    ThemeMode themeMode() const { return m_themeMode; }
    // Adds Theme > Follow System / Light / Dark to `menu`; the choice is remembered.
    QMenu *addThemeMenu(QMenu *menu);
    void setThemeMode(ThemeMode mode);
    ChartTheme effectiveTheme() const;

    Result<QString> exportChart(const QString &path, QSize size, double scale) const;
    // The chart as on screen (its size, the screen's pixel ratio), for the clipboard.
    QImage renderForClipboard() const;

signals:
    void chartRebuilt();
    // The light or dark theme now in force (chosen in View > Theme, or the system's); other charts follow it.
    void themeChanged(md::ChartTheme theme);

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void rebuild();
    void toggleModel(const QString &modelId);
    void showHover(const QString &text);
    std::unique_ptr<QChart> build() const;

    DatasetModel *m_model;
    ChartSelector *m_selector;
    QChartView *m_view;
    QChart *m_chart = nullptr; // owned by m_view
    QStringList m_hiddenModels;
    ThemeMode m_themeMode = ThemeMode::FollowSystem;
    bool m_refreshPending = false;
};

} // namespace md
