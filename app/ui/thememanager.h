#pragma once

#include "charts/chartoptions.h"

#include <QObject>
#include <QPalette>
#include <optional>

class QMenu;

namespace md {

// The one owner of the window's look: light, dark or the system's, applied to the whole application (a
// QPalette with the Fusion style, so tables, forms, the Data and Trials pages change with the charts).
// Charts follow chartTheme() / chartThemeChanged. The choice made in View > Theme is kept in QSettings;
// `modeldesk --theme dark` starts in a theme for that run without changing the saved choice.
class ThemeManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeManager)
    Q_PROPERTY(md::ChartTheme chartTheme READ chartTheme NOTIFY chartThemeChanged)

public:
    enum class Mode { FollowSystem, Light, Dark };

    // Remembers the system's style and palette (for FollowSystem), then applies the saved mode.
    explicit ThemeManager(QObject *parent = nullptr);
    ~ThemeManager() override;

    Mode mode() const { return m_mode; }
    // Applies `mode` and remembers it (View > Theme).
    void setMode(Mode mode);
    // Applies `mode` for this run only (--theme).
    void applyForSession(Mode mode);

    bool isDark() const { return isDark(m_applied); }
    ChartTheme chartTheme() const { return isDark() ? ChartTheme::Dark : ChartTheme::Light; }

    // "system", "light", "dark": the names --theme accepts.
    static QStringList modeNames();
    static std::optional<Mode> modeFromName(const QString &name);
    // The one "is this palette dark" test.
    static bool isDark(const QPalette &palette);
    static QPalette darkPalette();

    // Adds Theme > Follow System / Light / Dark to `menu`, checked to follow the mode.
    QMenu *addMenu(QMenu *menu);

signals:
    void modeChanged(md::ThemeManager::Mode mode);
    void chartThemeChanged(md::ChartTheme theme);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply(Mode mode);
    void updateChartTheme();

    Mode m_mode = Mode::FollowSystem;
    QString m_systemStyle;
    QPalette m_systemPalette;
    QPalette m_applied;
    std::optional<ChartTheme> m_chartTheme;
    bool m_applying = false;
};

} // namespace md
