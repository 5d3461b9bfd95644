#pragma once

#include <QMenu>

class QActionGroup;

namespace md {

// View > Language: "System default" or one of the shipped languages, remembered in QSettings
// (md::Translations::saveLanguage). Every window would have to rebuild its texts to switch live,
// so the choice takes effect at the next start; the menu offers to restart right away.
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // The code of the checked entry; empty for "System default".
    QString checkedLanguage() const;

signals:
    // Emitted after the choice is saved; `code` is empty for "System default".
    void languageChosen(const QString &code);

private:
    void choose(const QString &code);
    void offerRestart();

    QActionGroup *m_group;
};

} // namespace md
