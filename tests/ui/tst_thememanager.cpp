#include "charts/chartoptions.h"
#include "core/datasetdocument.h"
#include "core/datasetjson.h"
#include "core/datasetmodel.h"
#include "trial/trialservice.h"
#include "ui/calculatorpanel.h"
#include "ui/chartpanel.h"
#include "ui/dataview.h"
#include "ui/mainwindow.h"
#include "ui/thememanager.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTest>

using namespace md;

// The one theme owner: dark and light reach the whole application (palette and Fusion style), the charts
// follow its signal, the View > Theme choice is remembered, a --theme start is not, and following the
// system gives the system's palette back.
class TestThemeManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void dark_appliesToTheWholeApplication();
    void setMode_isRememberedButSessionModeIsNot();
    void followSystem_restoresTheSystemPalette();
    void modeFromName_data();
    void modeFromName();
    void window_chartsAndPagesFollowTheTheme();

private:
    QPalette m_system;
};

void TestThemeManager::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_system = QGuiApplication::palette();
}

void TestThemeManager::init()
{
    QSettings().clear();
    QApplication::setPalette(m_system);
}

void TestThemeManager::dark_appliesToTheWholeApplication()
{
    ThemeManager theme;
    QCOMPARE(theme.mode(), ThemeManager::Mode::FollowSystem);
    QSignalSpy charts(&theme, &ThemeManager::chartThemeChanged);
    theme.setMode(ThemeManager::Mode::Dark);
    QVERIFY(ThemeManager::isDark(QGuiApplication::palette()));
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QTableView table; // a widget made now gets the dark base too
    QVERIFY(table.palette().color(QPalette::Base).lightnessF() < 0.3);
    QVERIFY(table.palette().color(QPalette::Text).lightnessF() > 0.7);
    QCOMPARE(theme.chartTheme(), ChartTheme::Dark);
    QCOMPARE(charts.size(), 1);
    QCOMPARE(charts.at(0).at(0).value<ChartTheme>(), ChartTheme::Dark);

    theme.setMode(ThemeManager::Mode::Light);
    QVERIFY(!ThemeManager::isDark(QGuiApplication::palette()));
    QCOMPARE(theme.chartTheme(), ChartTheme::Light);
    QCOMPARE(charts.size(), 2);
}

void TestThemeManager::setMode_isRememberedButSessionModeIsNot()
{
    {
        ThemeManager theme;
        theme.setMode(ThemeManager::Mode::Dark);
    }
    {
        ThemeManager again;
        QCOMPARE(again.mode(), ThemeManager::Mode::Dark);
        QVERIFY(ThemeManager::isDark(QGuiApplication::palette()));
        again.applyForSession(ThemeManager::Mode::Light); // modeldesk --theme light
        QCOMPARE(again.mode(), ThemeManager::Mode::Light);
    }
    ThemeManager third;
    QCOMPARE(third.mode(), ThemeManager::Mode::Dark);
}

void TestThemeManager::followSystem_restoresTheSystemPalette()
{
    ThemeManager theme;
    theme.setMode(ThemeManager::Mode::Dark);
    theme.setMode(ThemeManager::Mode::FollowSystem);
    QCOMPARE(QGuiApplication::palette().color(QPalette::Window), m_system.color(QPalette::Window));
    QCOMPARE(theme.isDark(), ThemeManager::isDark(m_system));
}

void TestThemeManager::modeFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("mode");
    QTest::addRow("dark") << QStringLiteral("dark") << int(ThemeManager::Mode::Dark);
    QTest::addRow("Light") << QStringLiteral("Light") << int(ThemeManager::Mode::Light);
    QTest::addRow("system") << QStringLiteral("system") << int(ThemeManager::Mode::FollowSystem);
    QTest::addRow("unknown") << QStringLiteral("sepia") << -1;
}

void TestThemeManager::modeFromName()
{
    QFETCH(QString, name);
    QFETCH(int, mode);
    const auto found = ThemeManager::modeFromName(name);
    QCOMPARE(found ? int(*found) : -1, mode);
    QCOMPARE(ThemeManager::modeNames(),
             QStringList({QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")}));
}

void TestThemeManager::window_chartsAndPagesFollowTheTheme()
{
    DatasetModel model;
    model.setDataset(DatasetJson::builtIn());
    DatasetDocument document(&model);
    trial::TrialService trials(&model);
    MainWindow window(&document, &trials);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dark = window.findChild<QAction *>(QStringLiteral("theme-dark"));
    auto *light = window.findChild<QAction *>(QStringLiteral("theme-light"));
    QVERIFY(dark && light);
    dark->trigger();
    QCoreApplication::processEvents(); // palette changes reach existing widgets through events
    QCOMPARE(window.themeManager()->mode(), ThemeManager::Mode::Dark);
    QCOMPARE(window.chartPanel()->effectiveTheme(), ChartTheme::Dark);
    QVERIFY(ThemeManager::isDark(window.palette()));
    QVERIFY(ThemeManager::isDark(window.dataView()->palette()));
    light->trigger();
    QCoreApplication::processEvents();
    QVERIFY(light->isChecked() && !dark->isChecked());
    QCOMPARE(window.chartPanel()->effectiveTheme(), ChartTheme::Light);
    QVERIFY(!ThemeManager::isDark(window.dataView()->palette()));
    window.themeManager()->applyForSession(ThemeManager::Mode::Dark); // --theme dark checks the menu too
    QVERIFY(dark->isChecked());
    QCOMPARE(window.chartPanel()->effectiveTheme(), ChartTheme::Dark);
}

QTEST_MAIN(TestThemeManager)
#include "tst_thememanager.moc"
