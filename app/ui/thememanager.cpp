#include "thememanager.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace md {

namespace {

const QString ModeKey = QStringLiteral("window/theme");
const QString OldChartKey = QStringLiteral("chart/theme"); // before the theme applied to the whole window

struct ModeName {
    ThemeManager::Mode mode;
    const char *name;
    const char *menuText;
};

const ModeName Modes[] = {
    {ThemeManager::Mode::FollowSystem, "system", QT_TRANSLATE_NOOP("md::ThemeManager", "&Follow System")},
    {ThemeManager::Mode::Light, "light", QT_TRANSLATE_NOOP("md::ThemeManager", "&Light")},
    {ThemeManager::Mode::Dark, "dark", QT_TRANSLATE_NOOP("md::ThemeManager", "&Dark")},
};

std::optional<ThemeManager::Mode> savedMode()
{
    QSettings settings;
    if (settings.contains(ModeKey))
        return ThemeManager::modeFromName(settings.value(ModeKey).toString());
    // The chart panel's choice of version 0.1 (0 system, 1 light, 2 dark) carries over.
    const int old = settings.value(OldChartKey, -1).toInt();
    if (old >= int(ThemeManager::Mode::FollowSystem) && old <= int(ThemeManager::Mode::Dark))
        return ThemeManager::Mode(old);
    return std::nullopt;
}

const ModeName &entry(ThemeManager::Mode mode)
{
    for (const ModeName &m : Modes)
        if (m.mode == mode)
            return m;
    return Modes[0];
}

} // namespace

ThemeManager::ThemeManager(QObject *parent)
    : QObject(parent)
    , m_systemStyle(QApplication::style()->name())
    , m_systemPalette(QGuiApplication::palette())
    , m_applied(m_systemPalette)
{
    qApp->installEventFilter(this);
    apply(savedMode().value_or(Mode::FollowSystem));
}

ThemeManager::~ThemeManager()
{
    qApp->removeEventFilter(this);
}

QStringList ThemeManager::modeNames()
{
    QStringList names;
    for (const ModeName &m : Modes)
        names << QLatin1String(m.name);
    return names;
}

std::optional<ThemeManager::Mode> ThemeManager::modeFromName(const QString &name)
{
    for (const ModeName &m : Modes)
        if (name.trimmed().compare(QLatin1String(m.name), Qt::CaseInsensitive) == 0)
            return m.mode;
    return std::nullopt;
}

bool ThemeManager::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QPalette ThemeManager::darkPalette()
{
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x28, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3e));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x90));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x38, 0x38, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4f));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x45));
    p.setColor(QPalette::Mid, QColor(0x2f, 0x2f, 0x33));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xaa, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(0x26, 0x26, 0x29));
    return p;
}

void ThemeManager::setMode(Mode mode)
{
    QSettings().setValue(ModeKey, QLatin1String(entry(mode).name));
    apply(mode);
}

void ThemeManager::applyForSession(Mode mode)
{
    apply(mode);
}

void ThemeManager::apply(Mode mode)
{
    m_applying = true;
    if (mode == Mode::FollowSystem) {
        if (QApplication::style()->name() != m_systemStyle)
            QApplication::setStyle(m_systemStyle);
        m_applied = m_systemPalette;
    } else {
        QApplication::setStyle(QStringLiteral("Fusion"));
        m_applied = mode == Mode::Dark ? darkPalette() : QApplication::style()->standardPalette();
    }
    if (QGuiApplication::palette() != m_applied)
        QApplication::setPalette(m_applied);
    m_applying = false;
    const bool changed = mode != m_mode;
    m_mode = mode;
    if (changed)
        emit modeChanged(mode);
    updateChartTheme();
}

void ThemeManager::updateChartTheme()
{
    const ChartTheme theme = chartTheme();
    if (m_chartTheme == theme)
        return;
    m_chartTheme = theme;
    emit chartThemeChanged(theme);
}

bool ThemeManager::eventFilter(QObject *watched, QEvent *event)
{
    // The desktop switched between light and dark: followed when the system's theme is the choice.
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange && !m_applying &&
        m_mode == Mode::FollowSystem) {
        m_systemPalette = QGuiApplication::palette();
        m_applied = m_systemPalette;
        updateChartTheme();
    }
    return QObject::eventFilter(watched, event);
}

QMenu *ThemeManager::addMenu(QMenu *menu)
{
    QMenu *theme = menu->addMenu(tr("T&heme")); // T is the Trials page's
    theme->setObjectName(QStringLiteral("ThemeMenu"));
    auto *group = new QActionGroup(theme);
    for (const ModeName &m : Modes) {
        QAction *action = theme->addAction(tr(m.menuText));
        action->setObjectName(QStringLiteral("theme-") + QLatin1String(m.name));
        action->setCheckable(true);
        action->setChecked(m.mode == m_mode);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode = m.mode] { setMode(mode); });
        connect(this, &ThemeManager::modeChanged, action,
                [action, mode = m.mode](Mode now) { action->setChecked(now == mode); });
    }
    return theme;
}

} // namespace md
