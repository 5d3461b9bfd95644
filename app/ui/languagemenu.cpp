#include "languagemenu.h"

#include "core/translations.h"

#include <QActionGroup>
#include <QApplication>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>

namespace md {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("LanguageMenu"));
    setIcon(QIcon::fromTheme(QStringLiteral("preferences-desktop-locale")));
    const QString saved = Translations::savedLanguage();

    auto add = [this, &saved](const QString &code, const QString &text) {
        QAction *action = addAction(text);
        action->setCheckable(true);
        action->setChecked(code == saved);
        action->setData(code);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    };
    add(QString(), tr("&System Default (%1)").arg(Translations::nativeName(Translations::systemLanguage())));
    addSeparator();
    // Native names, untranslated: whoever reads this menu in the wrong language still finds their own.
    for (const QString &code : Translations::languages())
        add(code, Translations::nativeName(code));
}

QString LanguageMenu::checkedLanguage() const
{
    const QAction *checked = m_group->checkedAction();
    return checked ? checked->data().toString() : QString();
}

void LanguageMenu::choose(const QString &code)
{
    const QString before = Translations::savedLanguage();
    Translations::saveLanguage(code);
    emit languageChosen(code);
    const QString effective = code.isEmpty() ? Translations::systemLanguage() : code;
    if (code != before && effective != Translations::current())
        offerRestart();
}

void LanguageMenu::offerRestart()
{
    // Offscreen (tests, scripts) has nobody to answer a dialog.
    if (QGuiApplication::platformName().startsWith(QLatin1String("offscreen")))
        return;
    QMessageBox box(QMessageBox::Information, tr("Language"),
                    tr("ModelDesk will use the new language the next time it starts."), QMessageBox::NoButton,
                    window());
    QPushButton *restart = box.addButton(tr("&Restart Now"), QMessageBox::AcceptRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restart);
    box.exec();
    if (box.clickedButton() != restart)
        return;
    // Closing first lets the window save its state (and ask about unsaved work); a cancelled close
    // cancels the restart. "--lang" is left out so the new choice is the one that counts.
    QStringList arguments = QCoreApplication::arguments();
    (void)Translations::takeLanguageOption(arguments);
    arguments.removeFirst();
    if (window()->close())
        QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
}

} // namespace md
