#include "providerconfig.h"

#include <QHostAddress>
#include <QSettings>

namespace md::trial {

namespace {

KeySource keySourceFromName(const QString &name)
{
    if (name == QLatin1String("keychain"))
        return KeySource::Keychain;
    if (name == QLatin1String("none"))
        return KeySource::None;
    return KeySource::Environment;
}

} // namespace

std::vector<Provider> ProviderConfig::presets()
{
    return {
        {QStringLiteral("OpenAI"),
         QStringLiteral("https://api.openai.com/v1"),
         KeySource::Environment,
         QStringLiteral("OPENAI_API_KEY"),
         {QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o")}},
        {QStringLiteral("OpenRouter"),
         QStringLiteral("https://openrouter.ai/api/v1"),
         KeySource::Environment,
         QStringLiteral("OPENROUTER_API_KEY"),
         {QStringLiteral("openai/gpt-4o-mini"), QStringLiteral("google/gemini-flash-1.5"),
          QStringLiteral("anthropic/claude-3-haiku")}},
        {QStringLiteral("Ollama"),
         QStringLiteral("http://localhost:11434/v1"),
         KeySource::None,
         {},
         {QStringLiteral("llama3.1:8b")}},
        {QStringLiteral("llama.cpp / vLLM"),
         QStringLiteral("http://localhost:8080/v1"),
         KeySource::None,
         {},
         {QStringLiteral("default")}},
    };
}

QString ProviderConfig::keySourceName(KeySource source)
{
    switch (source) {
    case KeySource::Environment:
        return QStringLiteral("environment");
    case KeySource::Keychain:
        return QStringLiteral("keychain");
    case KeySource::None:
        return QStringLiteral("none");
    }
    return {};
}

ProviderConfig ProviderConfig::load(QSettings &settings)
{
    ProviderConfig config;
    const int count = settings.beginReadArray(QStringLiteral("trial/providers"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Provider p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.baseUrl = settings.value(QStringLiteral("baseUrl")).toString();
        p.keySource = keySourceFromName(settings.value(QStringLiteral("keySource")).toString());
        p.keyVariable = settings.value(QStringLiteral("keyVariable")).toString();
        p.models = settings.value(QStringLiteral("models")).toStringList();
        if (!p.name.isEmpty())
            config.providers.push_back(p);
    }
    settings.endArray();
    const int links = settings.beginReadArray(QStringLiteral("trial/links"));
    for (int i = 0; i < links; ++i) {
        settings.setArrayIndex(i);
        config.links.push_back({settings.value(QStringLiteral("datasetModel")).toString(),
                                settings.value(QStringLiteral("provider")).toString(),
                                settings.value(QStringLiteral("apiModel")).toString()});
    }
    settings.endArray();
    if (!settings.contains(QStringLiteral("trial/providers/size")))
        config.providers = {presets().front()};
    return config;
}

void ProviderConfig::save(QSettings &settings) const
{
    settings.remove(QStringLiteral("trial/providers"));
    settings.beginWriteArray(QStringLiteral("trial/providers"), int(providers.size()));
    for (int i = 0; i < int(providers.size()); ++i) {
        const Provider &p = providers[size_t(i)];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("baseUrl"), p.baseUrl);
        settings.setValue(QStringLiteral("keySource"), keySourceName(p.keySource));
        settings.setValue(QStringLiteral("keyVariable"), p.keyVariable);
        settings.setValue(QStringLiteral("models"), p.models);
    }
    settings.endArray();
    settings.remove(QStringLiteral("trial/links"));
    settings.beginWriteArray(QStringLiteral("trial/links"), int(links.size()));
    for (int i = 0; i < int(links.size()); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("datasetModel"), links[size_t(i)].datasetModelId);
        settings.setValue(QStringLiteral("provider"), links[size_t(i)].provider);
        settings.setValue(QStringLiteral("apiModel"), links[size_t(i)].apiModel);
    }
    settings.endArray();
}

const Provider *ProviderConfig::provider(const QString &name) const
{
    for (const Provider &p : providers) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QString ProviderConfig::datasetModelFor(const QString &provider, const QString &apiModel,
                                        const QStringList &datasetIds) const
{
    for (const ModelLink &l : links) {
        if (l.provider == provider && l.apiModel == apiModel)
            return l.datasetModelId;
    }
    if (datasetIds.contains(apiModel))
        return apiModel;
    const QString bare = apiModel.section(QLatin1Char('/'), -1);
    return datasetIds.contains(bare) ? bare : QString();
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString checkEndpoint(const QString &baseUrl, bool withKey)
{
    const QUrl url(baseUrl, QUrl::StrictMode);
    if (baseUrl.trimmed().isEmpty())
        return ProviderConfig::tr("No base URL is set.");
    if (!url.isValid() || url.host().isEmpty())
        return ProviderConfig::tr("\"%1\" is not a valid URL.").arg(baseUrl);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return ProviderConfig::tr("\"%1\" must start with https:// (or http:// for this machine).").arg(baseUrl);
    if (scheme == QLatin1String("http") && withKey && !isLoopback(url))
        return ProviderConfig::tr("Refusing to send an API key over plain http to %1; use https.").arg(url.host());
    return {};
}

QString maskKey(const QString &key)
{
    if (key.isEmpty())
        return ProviderConfig::tr("(none)");
    if (key.size() < 12)
        return QStringLiteral("…");
    return key.left(3) + QStringLiteral("…") + key.right(4);
}

} // namespace md::trial
