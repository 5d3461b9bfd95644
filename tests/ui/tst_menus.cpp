#include "core/datasetdocument.h"
#include "core/datasetjson.h"
#include "core/datasetmodel.h"
#include "core/translations.h"
#include "trial/trialservice.h"
#include "ui/gettingstarteddialog.h"
#include "ui/mainwindow.h"
#include "ui/menutext.h"
#include "ui/shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace md;

// The main window's menus: mnemonics that do not clash, and the Help menu's pages.
class TestMenus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { Translations::install(QStringLiteral("en")); }
    void menuText_mnemonicAndPlain();
    void mnemonics_uniqueInEveryMenu_data();
    void mnemonics_uniqueInEveryMenu();
    void shortcuts_listEveryActionWithAShortcut();
    void helpMenu_opensShortcutsAndGettingStarted_data();
    void helpMenu_opensShortcutsAndGettingStarted();
    void gettingStarted_isTranslated();

private:
    struct Window {
        DatasetModel model;
        DatasetDocument document{&model};
        trial::TrialService trials{&model};
        std::unique_ptr<MainWindow> window;
        Window()
        {
            model.setDataset(DatasetJson::builtIn());
            window = std::make_unique<MainWindow>(&document, &trials);
        }
    };
    static void checkMenu(const QMenu *menu, const QString &where);
    static QList<const QAction *> menuActions(const QMenu *menu);
};

void TestMenus::menuText_mnemonicAndPlain()
{
    QCOMPARE(MenuText::mnemonic(QStringLiteral("&Export Data…")), QLatin1Char('E'));
    QCOMPARE(MenuText::mnemonic(QStringLiteral("Export &chart…")), QLatin1Char('C'));
    QCOMPARE(MenuText::mnemonic(QStringLiteral("导出数据(&E)…")), QLatin1Char('E'));
    QCOMPARE(MenuText::mnemonic(QStringLiteral("Fish && Chips")), QChar());
    QCOMPARE(MenuText::plain(QStringLiteral("Save &As…")), QStringLiteral("Save As…"));
    QCOMPARE(MenuText::plain(QStringLiteral("导出数据(&E)…")), QStringLiteral("导出数据…"));
    QCOMPARE(MenuText::plain(QStringLiteral("Fish && Chips")), QStringLiteral("Fish & Chips"));
}

void TestMenus::checkMenu(const QMenu *menu, const QString &where)
{
    QHash<QChar, QString> taken;
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QChar key = MenuText::mnemonic(action->text());
        if (!key.isNull()) {
            QVERIFY2(!taken.contains(key), qPrintable(QStringLiteral("%1: \"%2\" and \"%3\" share the mnemonic %4")
                                                          .arg(where, taken.value(key), action->text(), QString(key))));
            taken.insert(key, action->text());
        }
        if (const QMenu *sub = action->menu()) {
            checkMenu(sub, where + QStringLiteral(" > ") + sub->title());
            if (QTest::currentTestFailed())
                return;
        }
    }
}

void TestMenus::mnemonics_uniqueInEveryMenu_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("English") << QStringLiteral("en");
    QTest::addRow("Chinese") << QStringLiteral("zh_CN");
}

void TestMenus::mnemonics_uniqueInEveryMenu()
{
    QFETCH(QString, language);
    QVERIFY(Translations::install(language));
    Window w;
    QMenuBar *bar = w.window->menuBar();
    QVERIFY(bar->actions().size() >= 4);
    QHash<QChar, QString> top;
    for (const QAction *a : bar->actions()) {
        const QChar key = MenuText::mnemonic(a->text());
        QVERIFY2(!key.isNull(), qPrintable(a->text()));
        QVERIFY2(!top.contains(key), qPrintable(a->text()));
        top.insert(key, a->text());
        if (a->menu())
            checkMenu(a->menu(), a->text());
        if (QTest::currentTestFailed())
            return;
    }
}

QList<const QAction *> TestMenus::menuActions(const QMenu *menu)
{
    QList<const QAction *> list;
    for (const QAction *a : menu->actions()) {
        if (a->menu())
            list += menuActions(a->menu());
        else if (!a->isSeparator())
            list << a;
    }
    return list;
}

void TestMenus::shortcuts_listEveryActionWithAShortcut()
{
    Window w;
    QList<const QAction *> withShortcut;
    for (const QAction *top : w.window->menuBar()->actions()) {
        if (top->menu())
            for (const QAction *a : menuActions(top->menu()))
                if (!a->shortcut().isEmpty())
                    withShortcut << a;
    }
    QVERIFY(withShortcut.size() >= 8); // New, Open, Save, Save As, Export Chart, Quit, Undo, Redo, the pages…
    ShortcutsDialog dialog(w.window.get());
    QTableWidget *table = dialog.table();
    QVERIFY(table->rowCount() >= withShortcut.size());
    QStringList rows;
    for (int r = 0; r < table->rowCount(); ++r)
        rows << table->item(r, 1)->text() + u'|' + table->item(r, 2)->text();
    for (const QAction *a : withShortcut) {
        const QString row = MenuText::plain(a->text()) + u'|' + a->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(rows.contains(row), qPrintable(row + QStringLiteral(" missing from ") + rows.join(u',')));
    }
    // Built from the actions: a shortcut given later shows too.
    QAction *exportChart = w.window->findChild<QAction *>(QStringLiteral("exportChartAction"));
    QVERIFY(exportChart);
    exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_X));
    ShortcutsDialog again(w.window.get());
    bool found = false;
    for (int r = 0; r < again.table()->rowCount(); ++r)
        found = found || again.table()->item(r, 2)->text() ==
                             QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_X).toString(QKeySequence::NativeText);
    QVERIFY(found);
}

void TestMenus::helpMenu_opensShortcutsAndGettingStarted_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("dialog");
    QTest::addRow("shortcuts") << QStringLiteral("shortcutsAction") << QStringLiteral("md::ShortcutsDialog");
    QTest::addRow("getting started") << QStringLiteral("gettingStartedAction")
                                     << QStringLiteral("md::GettingStartedDialog");
}

void TestMenus::helpMenu_opensShortcutsAndGettingStarted()
{
    QFETCH(QString, action);
    QFETCH(QString, dialog);
    Window w;
    QAction *a = w.window->findChild<QAction *>(action);
    QVERIFY(a);
    QString opened;
    QTimer::singleShot(0, this, [&opened] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            opened = QString::fromLatin1(modal->metaObject()->className());
            modal->close();
        }
    });
    a->trigger();
    QCOMPARE(opened, dialog);
}

void TestMenus::gettingStarted_isTranslated()
{
    const QString english = GettingStartedDialog::html();
    QVERIFY(english.contains(QLatin1String("Overview")));
    QVERIFY(Translations::install(QStringLiteral("zh_CN")));
    GettingStartedDialog dialog;
    QVERIFY(dialog.browser()->toPlainText().contains(QStringLiteral("概览")));
    QVERIFY(GettingStartedDialog::html() != english);
}

QTEST_MAIN(TestMenus)
#include "tst_menus.moc"
