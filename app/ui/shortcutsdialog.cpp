#include "shortcutsdialog.h"

#include "menutext.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace md {

namespace {

QString shortcutsText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QLatin1String(", "));
}

void collect(const QMenu *menu, const QString &where, QList<ShortcutsDialog::Entry> &list, QSet<const QAction *> &seen)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        seen.insert(action);
        if (const QMenu *sub = action->menu()) {
            collect(sub, where + QStringLiteral(" > ") + MenuText::plain(sub->title()), list, seen);
            continue;
        }
        if (!action->shortcuts().isEmpty())
            list.append({where, MenuText::plain(action->text()), shortcutsText(action)});
    }
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries(const QWidget *window)
{
    QList<Entry> list;
    QSet<const QAction *> seen;
    if (const QMenuBar *bar = window->findChild<QMenuBar *>()) {
        for (QAction *top : bar->actions()) {
            if (const QMenu *menu = top->menu())
                collect(menu, MenuText::plain(menu->title()), list, seen);
        }
    }
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (!seen.contains(action) && !action->shortcuts().isEmpty() && !action->text().isEmpty())
            list.append({QString(), MenuText::plain(action->text()), shortcutsText(action)});
    }
    return list;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    const QList<Entry> list = entries(window);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Menu"), tr("Action"), tr("Shortcut")});
    m_table->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const Entry &e = list.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(e.where));
        m_table->setItem(row, 1, new QTableWidgetItem(e.action));
        m_table->setItem(row, 2, new QTableWidgetItem(e.shortcut));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 480);
}

} // namespace md
