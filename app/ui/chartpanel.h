#pragma once

#include "charts/chartoptions.h"
#include "core/result.h"

#include <QSize>
#include <QWidget>
#include <memory>
#include <optional>

class QChart;
class QChartView;
class QMenu;
class QScrollArea;

namespace md {

class ChartSelector;
class DatasetModel;
class GroupedBarChart;
class ModelSelection;

// Shows the chart chosen in its selector, built by ChartFactory from the shared model, for the
// models of the shared selection. The chart object is kept and refreshed when the data, the
// selection or the size changes, and built anew only when its kind changes. Exports and copies go
// through the same factory, so they look as on screen, at a size of their own. A ranking longer
// than the view keeps its bar height and scrolls.
class ChartPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    enum class ThemeMode { FollowSystem, Light, Dark };

    // With a selection of its own (all models of a small dataset).
    explicit ChartPanel(DatasetModel *model, QWidget *parent = nullptr);
    // Following the shared selection.
    explicit ChartPanel(ModelSelection *selection, QWidget *parent = nullptr);
    ~ChartPanel() override;

    // The grouped bar chart when that is what is shown, else nullptr.
    GroupedBarChart *chart() const;
    QChart *currentChart() const { return m_chart; }
    QChartView *view() const { return m_view; }
    ChartSelector *selector() const { return m_selector; }
    ModelSelection *selection() const { return m_selection; }
    QScrollArea *scrollArea() const { return m_scroll; }

    QString spec() const;
    ChartOptions options() const;
    // `options()` for a chart drawn at `size`.
    ChartOptions optionsAt(QSize size) const;

    // Prices in the charts are those in force on `date` (the calculator's "Prices as of").
    void setPricesAsOf(const QDate &date);
    QDate pricesAsOf() const { return m_pricesAsOf; }

    ThemeMode themeMode() const { return m_themeMode; }
    // Adds Theme > Follow System / Light / Dark to `menu`; the choice is remembered.
    QMenu *addThemeMenu(QMenu *menu);
    void setThemeMode(ThemeMode mode);
    ChartTheme effectiveTheme() const;

    // `theme`: the file's theme, else the window's.
    Result<QString> exportChart(const QString &path, QSize size, double scale,
                                std::optional<ChartTheme> theme = std::nullopt) const;
    // The chart as on screen (its size, the screen's pixel ratio), for the clipboard.
    QImage renderForClipboard() const;

signals:
    void chartRebuilt();
    // The light or dark theme now in force (chosen in View > Theme, or the system's); other charts follow it.
    void themeChanged(md::ChartTheme theme);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUp();
    void scheduleRefresh();
    void rebuild();
    void selectionChanged();
    void toggleModel(const QString &modelId);
    void showHover(const QString &text);
    // The height the chart needs: a ranking's rows keep their height (the view scrolls).
    int chartHeight() const;
    std::unique_ptr<QChart> build(const ChartOptions &options) const;

    DatasetModel *m_model;
    ModelSelection *m_selection;
    ChartSelector *m_selector;
    QScrollArea *m_scroll;
    QChartView *m_view;
    QChart *m_chart = nullptr;  // owned by m_view
    QString m_chartSpec;        // what m_chart was built for ("" for the "nothing selected" note)
    QStringList m_hiddenModels; // unticked from the legend: they keep a greyed entry there
    ThemeMode m_themeMode = ThemeMode::FollowSystem;
    bool m_refreshPending = false;
    QDate m_pricesAsOf;
};

} // namespace md
