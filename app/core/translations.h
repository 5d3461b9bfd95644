#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace md {

// Which language the application speaks. Translations of ModelDesk are built into the binary
// (":/i18n/modeldesk_<code>.qm"); Qt's own (standard buttons and dialogs) come from the Qt
// installation. Core code: no widgets, so the command line and the window share it.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(md::Translations)

public:
    // Language codes ModelDesk ships, source language first: "en", "zh_CN".
    static QStringList languages();
    static bool isAvailable(const QString &code);
    // The language's name written in that language ("English", "简体中文"): a reader finds their own.
    static QString nativeName(const QString &code);
    // The shipped language closest to the system's preferred UI languages; "en" if none matches.
    static QString systemLanguage();

    // The choice remembered from View > Language; empty means "follow the system".
    static QString savedLanguage();
    static void saveLanguage(const QString &code);

    // Installs the translators of `code` (empty: the system's language), replacing any installed
    // before. A language chosen on purpose also sets the default QLocale, so numbers, money and
    // dates read the same way as the words. Returns false, changing nothing, for an unknown code.
    static bool install(const QString &code);
    // The language installed last ("en" before any install()).
    static QString current();
    // Whether Qt's own translation for the current language was found (package qt6-translations-l10n).
    static bool qtTranslationsLoaded();

    // Removes "--lang CODE" or "--lang=CODE" from `arguments` (anywhere after the program name,
    // so it also works before a headless command). Returns the code, nullopt when the option is
    // absent, or an error for a missing or unknown code.
    static Result<std::optional<QString>> takeLanguageOption(QStringList &arguments);
};

} // namespace md
