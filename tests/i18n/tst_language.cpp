#include "charts/groupedbarchart.h"
#include "common/binaryrun.h"
#include "core/datasetdocument.h"
#include "core/datasetjson.h"
#include "core/datasetmodel.h"
#include "core/format.h"
#include "core/money.h"
#include "core/translations.h"
#include "trial/trialservice.h"
#include "ui/languagemenu.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace md;
using namespace Qt::Literals::StringLiterals;

// The zh_CN and en translators load from the binary's resources and change what people read:
// menus, chart titles, "n/a", plural forms, Qt's own buttons, number and date formats; the
// --lang option works for the window and before headless commands; View > Language is remembered.
class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void install_zhCN_translatesKnownStrings_data();
    void install_zhCN_translatesKnownStrings();
    void install_zhCN_loadsQtsOwnTranslation();
    void install_en_spellsPlurals_data();
    void install_en_spellsPlurals();
    void install_unknownCode_changesNothing();
    void install_followsSystem_englishUnderCLocale();
    void install_zhCN_formatsNumbersMoneyAndDatesWithLocale();
    void chart_zhCN_translatesTitleAndAxes();
    void takeLanguageOption_data();
    void takeLanguageOption();
    void languageMenu_choice_isRemembered();
    void mainWindow_zhCN_menusTranslatedAndLabelsUnclipped();
    void binary_lang_translatesHelpAndErrors_data();
    void binary_lang_translatesHelpAndErrors();
    void binary_withoutDisplay_printsOrExplains_data();
    void binary_withoutDisplay_printsOrExplains();

private:
    QProcessEnvironment environment(bool display) const;
    QTemporaryDir m_dir;
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestLanguage::cleanup()
{
    Translations::install(QStringLiteral("en"));
    QLocale::setDefault(QLocale::system());
    QSettings().clear();
}

void TestLanguage::install_zhCN_translatesKnownStrings_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::addRow("menu") << u"md::MainWindow"_s << u"&File"_s << QStringLiteral("文件(&F)");
    QTest::addRow("chart title") << u"md::GroupedBarChart"_s << u"Benchmark scores"_s << QStringLiteral("基准测试得分");
    QTest::addRow("price column") << u"md::DatasetModel"_s << u"Input $/1M"_s << QStringLiteral("输入 $/百万");
    QTest::addRow("cli option") << u"Common"_s << u"file"_s << QStringLiteral("文件");
}

void TestLanguage::install_zhCN_translatesKnownStrings()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QVERIFY(Translations::install(QStringLiteral("zh_CN")));
    QCOMPARE(Translations::current(), QStringLiteral("zh_CN"));
    QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()), expected);
    // Through the class's own tr(), as the application calls it.
    QCOMPARE(Format::notAvailable(), QStringLiteral("暂无"));
}

void TestLanguage::install_zhCN_loadsQtsOwnTranslation()
{
    QVERIFY(Translations::install(QStringLiteral("zh_CN")));
    QVERIFY2(Translations::qtTranslationsLoaded(), "qtbase_zh_CN.qm not found: install qt6-translations-l10n");
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
}

void TestLanguage::install_en_spellsPlurals_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::addRow("en one") << u"en"_s << 1 << u"Opened a.json: 1 model"_s;
    QTest::addRow("en many") << u"en"_s << 7 << u"Opened a.json: 7 models"_s;
    QTest::addRow("zh_CN") << u"zh_CN"_s << 7 << QStringLiteral("已打开 a.json：7 个模型");
}

void TestLanguage::install_en_spellsPlurals()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, expected);
    QVERIFY(Translations::install(language));
    QCOMPARE(QCoreApplication::translate("md::MainWindow", "Opened %1: %n model(s)", nullptr, count)
                 .arg(QStringLiteral("a.json")),
             expected);
}

void TestLanguage::install_unknownCode_changesNothing()
{
    QVERIFY(Translations::install(QStringLiteral("zh_CN")));
    QVERIFY(!Translations::install(QStringLiteral("fr")));
    QCOMPARE(Translations::current(), QStringLiteral("zh_CN"));
    QCOMPARE(Format::notAvailable(), QStringLiteral("暂无"));
}

void TestLanguage::install_followsSystem_englishUnderCLocale()
{
    // The test runs with LANG=C.UTF-8 (tests/i18n/CMakeLists.txt).
    QCOMPARE(Translations::systemLanguage(), QStringLiteral("en"));
    QVERIFY(Translations::install(QString()));
    QCOMPARE(Translations::current(), QStringLiteral("en"));
    QCOMPARE(Format::notAvailable(), QStringLiteral("n/a"));
}

void TestLanguage::install_zhCN_formatsNumbersMoneyAndDatesWithLocale()
{
    QVERIFY(Translations::install(QStringLiteral("zh_CN")));
    QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
    QCOMPARE(Money::fromMicroDollars(1'234'567'891).toString(), QStringLiteral("$1,234.57"));
    QCOMPARE(Format::tokens(128'000), QStringLiteral("128,000"));
    QCOMPARE(Format::tokensShort(128'000), QStringLiteral("128K"));
    QCOMPARE(Format::pricePerMTok(75'000), QStringLiteral("$0.075"));
    QCOMPARE(Format::pricePerMTok(15'000'000), QStringLiteral("$15.00"));
    QCOMPARE(QLocale().toString(QDate(2024, 7, 18), QLocale::ShortFormat), QStringLiteral("2024/7/18"));

    // German figures, to show none of them is hard-coded: the separators follow the locale.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(Money::fromMicroDollars(1'234'567'891).toString(), QStringLiteral("$1.234,57"));
    QCOMPARE(Format::tokens(128'000), QStringLiteral("128.000"));
    QCOMPARE(Format::score(82.5), QStringLiteral("82,5"));
}

void TestLanguage::chart_zhCN_translatesTitleAndAxes()
{
    QVERIFY(Translations::install(QStringLiteral("zh_CN")));
    DatasetModel model;
    model.setDataset(DatasetJson::builtIn());
    GroupedBarChart chart(&model);
    QVERIFY2(chart.title().contains(QStringLiteral("基准测试得分")), qPrintable(chart.title()));
    QStringList axisTitles;
    for (const QAbstractAxis *axis : chart.axes())
        axisTitles << axis->titleText();
    QVERIFY2(axisTitles.contains(QStringLiteral("基准测试")), qPrintable(axisTitles.join(u'|')));
    QVERIFY2(axisTitles.contains(QStringLiteral("得分（%）")) || axisTitles.contains(QStringLiteral("得分")),
             qPrintable(axisTitles.join(u'|')));
}

void TestLanguage::takeLanguageOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("remaining");
    QTest::addColumn<QString>("code");  // empty: absent
    QTest::addColumn<QString>("error"); // part of the message, empty: no error
    const QString p = u"modeldesk"_s;
    QTest::addRow("absent") << QStringList{p, u"--data"_s, u"x.json"_s} << QStringList{p, u"--data"_s, u"x.json"_s}
                            << u""_s << u""_s;
    QTest::addRow("before command") << QStringList{p, u"--lang"_s, u"zh_CN"_s, u"chart"_s} << QStringList{p, u"chart"_s}
                                    << u"zh_CN"_s << u""_s;
    QTest::addRow("after command") << QStringList{p, u"chart"_s, u"--lang=en"_s, u"-o"_s, u"a.png"_s}
                                   << QStringList{p, u"chart"_s, u"-o"_s, u"a.png"_s} << u"en"_s << u""_s;
    QTest::addRow("dash spelling") << QStringList{p, u"--lang"_s, u"zh-CN"_s} << QStringList{p} << u"zh_CN"_s << u""_s;
    QTest::addRow("after --") << QStringList{p, u"--"_s, u"--lang"_s, u"x"_s}
                              << QStringList{p, u"--"_s, u"--lang"_s, u"x"_s} << u""_s << u""_s;
    QTest::addRow("missing value") << QStringList{p, u"--lang"_s} << QStringList{p, u"--lang"_s} << u""_s
                                   << u"needs a language"_s;
    QTest::addRow("unknown") << QStringList{p, u"--lang"_s, u"fr"_s} << QStringList{p} << u""_s
                             << u"unknown language \"fr\""_s;
}

void TestLanguage::takeLanguageOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, remaining);
    QFETCH(QString, code);
    QFETCH(QString, error);
    const auto result = Translations::takeLanguageOption(arguments);
    if (!error.isEmpty()) {
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(error), qPrintable(result.error()));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(arguments, remaining);
    QCOMPARE(result.value().value_or(QString()), code);
}

void TestLanguage::languageMenu_choice_isRemembered()
{
    QCOMPARE(Translations::savedLanguage(), QString());
    LanguageMenu menu;
    QCOMPARE(menu.checkedLanguage(), QString()); // "System default"
    QSignalSpy chosen(&menu, &LanguageMenu::languageChosen);
    QAction *chinese = nullptr;
    for (QAction *a : menu.actions()) {
        if (a->data().toString() == QLatin1String("zh_CN"))
            chinese = a;
    }
    QVERIFY(chinese);
    QCOMPARE(chinese->text(), QStringLiteral("简体中文")); // the native name, in every language
    chinese->trigger();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(Translations::savedLanguage(), QStringLiteral("zh_CN"));
    QCOMPARE(LanguageMenu().checkedLanguage(), QStringLiteral("zh_CN"));

    menu.actions().constFirst()->trigger(); // back to the system's language
    QCOMPARE(Translations::savedLanguage(), QString());
}

void TestLanguage::mainWindow_zhCN_menusTranslatedAndLabelsUnclipped()
{
    QVERIFY(Translations::install(QStringLiteral("zh_CN")));
    DatasetModel model;
    model.setDataset(DatasetJson::builtIn());
    DatasetDocument document(&model);
    trial::TrialService trials(&model);
    MainWindow window(&document, &trials);
    window.resize(1280, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QStringList menus;
    for (QAction *a : window.menuBar()->actions())
        menus << a->text();
    QVERIFY2(menus.contains(QStringLiteral("文件(&F)")) && menus.contains(QStringLiteral("视图(&V)")) &&
                 menus.contains(QStringLiteral("帮助(&H)")),
             qPrintable(menus.join(u'|')));
    QVERIFY(window.findChild<LanguageMenu *>());
    // The window icon where no icon theme has it (packaging/icons, built into modeldesk_ui).
    QVERIFY(QFile::exists(QStringLiteral(":/icons/" MODELDESK_APP_ID ".svg")));

    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap())
            continue;
        QVERIFY2(label->width() >= label->minimumSizeHint().width(),
                 qPrintable(QStringLiteral("label \"%1\" clipped: %2 < %3")
                                .arg(label->text())
                                .arg(label->width())
                                .arg(label->minimumSizeHint().width())));
    }
}

void TestLanguage::binary_lang_translatesHelpAndErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // in stdout + stderr
    QTest::addRow("help in Chinese") << QStringList{u"--lang"_s, u"zh_CN"_s, u"--help"_s} << 0
                                     << QStringLiteral("从<文件>读取数据集");
    QTest::addRow("help in English") << QStringList{u"--help"_s, u"--lang=en"_s} << 0
                                     << QStringLiteral("Read the dataset from <file>");
    QTest::addRow("error in Chinese") << QStringList{u"--lang"_s, u"zh_CN"_s, u"no-such-command"_s} << 2
                                      << QStringLiteral("未知命令“no-such-command”");
    QTest::addRow("bad data in Chinese") << QStringList{u"--lang"_s, u"zh_CN"_s, u"--data"_s, u"/nonexistent/x.json"_s}
                                         << 2 << QStringLiteral("x.json: 文件不存在");
    QTest::addRow("unknown language") << QStringList{u"--lang"_s, u"xx"_s} << 2
                                      << QStringLiteral("unknown language \"xx\"");
    QTest::addRow("version") << QStringList{u"--version"_s, u"--lang"_s, u"zh_CN"_s} << 0
                             << QStringLiteral("modeldesk 0.");
}

void TestLanguage::binary_lang_translatesHelpAndErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const md::test::BinaryRun run = md::test::runBinary(QStringLiteral(MODELDESK_BINARY), arguments, environment(true));
    const QString output = run.out + run.err;
    QVERIFY2(run.exitCode >= 0, qPrintable(output)); // finished normally
    QVERIFY2(run.exitCode == exitCode, qPrintable(output));
    QVERIFY2(output.contains(expected), qPrintable(output));
}

// As after installing the package and typing `modeldesk --version` over ssh: no display at all.
void TestLanguage::binary_withoutDisplay_printsOrExplains_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::addRow("version") << QStringList{u"--version"_s} << 0 << QStringLiteral("modeldesk 0.");
    QTest::addRow("help") << QStringList{u"--help"_s} << 0 << QStringLiteral("--lang <language>");
    QTest::addRow("window") << QStringList{} << 1 << QStringLiteral("no display");
    QTest::addRow("window, Chinese") << QStringList{u"--lang"_s, u"zh_CN"_s} << 1
                                     << QStringLiteral("没有可用于打开窗口的显示器");
}

void TestLanguage::binary_withoutDisplay_printsOrExplains()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const md::test::BinaryRun run =
        md::test::runBinary(QStringLiteral(MODELDESK_BINARY), arguments, environment(false));
    const QString output = run.out + run.err;
    QVERIFY2(run.exitCode >= 0, qPrintable(output)); // finished normally
    QVERIFY2(run.exitCode == exitCode, qPrintable(output));
    QVERIFY2(output.contains(expected), qPrintable(output));
}

QProcessEnvironment TestLanguage::environment(bool display) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    if (display)
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Settings of the run stay inside the temporary folder.
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    return env;
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
