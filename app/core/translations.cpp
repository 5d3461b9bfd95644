#include "translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <memory>

namespace md {

namespace {
const QString SettingsKey = QStringLiteral("ui/language");

struct Installed {
    QString code = QStringLiteral("en");
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    bool qtLoaded = false;
};

Installed &installed()
{
    static Installed state;
    return state;
}

// "zh-Hans-CN", "zh_TW", "en-GB" -> a shipped code, or empty.
QString shippedCodeFor(const QString &uiLanguage)
{
    const QString lower = uiLanguage.toLower();
    // Every Chinese reader is better served by Simplified Chinese than by English.
    if (lower == QLatin1String("zh") || lower.startsWith(QLatin1String("zh-")) ||
        lower.startsWith(QLatin1String("zh_")))
        return QStringLiteral("zh_CN");
    if (lower == QLatin1String("en") || lower.startsWith(QLatin1String("en-")) ||
        lower.startsWith(QLatin1String("en_")) || lower == QLatin1String("c"))
        return QStringLiteral("en");
    return {};
}

void removeTranslator(std::unique_ptr<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator.get());
        translator.reset();
    }
}
} // namespace

QStringList Translations::languages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

bool Translations::isAvailable(const QString &code)
{
    return languages().contains(code);
}

QString Translations::nativeName(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

QString Translations::systemLanguage()
{
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = shippedCodeFor(ui);
        if (!code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

QString Translations::savedLanguage()
{
    const QString code = QSettings().value(SettingsKey).toString();
    return isAvailable(code) ? code : QString();
}

void Translations::saveLanguage(const QString &code)
{
    QSettings settings;
    if (isAvailable(code))
        settings.setValue(SettingsKey, code);
    else
        settings.remove(SettingsKey);
}

bool Translations::install(const QString &requested)
{
    const bool followSystem = requested.isEmpty();
    const QString code = followSystem ? systemLanguage() : requested;
    if (!isAvailable(code))
        return false;

    Installed &state = installed();
    removeTranslator(state.app);
    removeTranslator(state.qt);
    state.code = code;
    state.qtLoaded = false;

    const QLocale locale =
        followSystem || shippedCodeFor(QLocale::system().name()) == code ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);

    // The English file carries only plural forms ("1 model", "2 models"); the source text is English.
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/modeldesk_") + code + QStringLiteral(".qm"))) {
        state.app = std::move(app);
        QCoreApplication::installTranslator(state.app.get());
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        state.qtLoaded = true;
        state.qt = std::move(qt);
        QCoreApplication::installTranslator(state.qt.get());
    }
    return true;
}

QString Translations::current()
{
    return installed().code;
}

bool Translations::qtTranslationsLoaded()
{
    return installed().qtLoaded;
}

Result<std::optional<QString>> Translations::takeLanguageOption(QStringList &arguments)
{
    using R = Result<std::optional<QString>>;
    const QString option = QStringLiteral("--lang");
    std::optional<QString> code;
    for (int i = 1; i < arguments.size();) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--")) // everything after "--" is positional
            break;
        if (a == option) {
            if (i + 1 >= arguments.size())
                return R::failure(tr("--lang needs a language: %1").arg(languages().join(QLatin1String(", "))));
            code = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (a.startsWith(option + QLatin1Char('='))) {
            code = a.mid(option.size() + 1);
            arguments.removeAt(i);
        } else {
            ++i;
        }
    }
    if (code && !isAvailable(*code)) {
        // Accept the spellings people type: zh-CN, zh, en_US.
        const QString shipped = shippedCodeFor(*code);
        if (shipped.isEmpty())
            return R::failure(tr("unknown language \"%1\" for --lang (available: %2)")
                                  .arg(*code, languages().join(QLatin1String(", "))));
        code = shipped;
    }
    return R(code);
}

} // namespace md
