#pragma once

#include <QDialog>
#include <QList>

class QMenuBar;
class QTableWidget;
class QWidget;

namespace md {

// Help > Keyboard Shortcuts: every action of the window that has a shortcut, read from the actions
// themselves (menus first, in menu order; then actions that live on the window only).
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    struct Entry {
        QString where;    // "File", "View > Theme"; empty for an action in no menu
        QString action;   // as the menu shows it, without the mnemonic
        QString shortcut; // in the platform's notation
    };

    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    static QList<Entry> entries(const QWidget *window);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace md
