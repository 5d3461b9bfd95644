#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>
#include <vector>

class QSettings;

namespace md::trial {

enum class KeySource { Environment, Keychain, None };

// An OpenAI-compatible endpoint. It holds where the key comes from, never the key itself.
struct Provider {
    QString name;
    QString baseUrl; // up to /v1, e.g. "https://api.openai.com/v1"
    KeySource keySource = KeySource::Environment;
    QString keyVariable = QStringLiteral("OPENAI_API_KEY"); // for KeySource::Environment
    QStringList models;                                     // API model ids offered in the trial columns

    friend bool operator==(const Provider &, const Provider &) = default;
};

// A dataset model (by its dataset id) answered by `apiModel` at the provider named `provider`.
// Kept in the user's settings, not in the dataset: the same dataset serves people with other accounts.
struct ModelLink {
    QString datasetModelId;
    QString provider;
    QString apiModel;

    friend bool operator==(const ModelLink &, const ModelLink &) = default;
};

class ProviderConfig
{
    Q_DECLARE_TR_FUNCTIONS(ProviderConfig)

public:
    static std::vector<Provider> presets();
    static QString keySourceName(KeySource source);

    // Providers and links from QSettings; the OpenAI preset when nothing was saved yet.
    static ProviderConfig load(QSettings &settings);
    void save(QSettings &settings) const;

    std::vector<Provider> providers;
    std::vector<ModelLink> links;

    const Provider *provider(const QString &name) const;
    // The dataset model that `apiModel` at `provider` stands for: a link, else the same id
    // (OpenRouter's "openai/gpt-4o-mini" matches "gpt-4o-mini").
    QString datasetModelFor(const QString &provider, const QString &apiModel, const QStringList &datasetIds) const;
};

// Where a request may carry a key: https anywhere, plain http only to this machine.
bool isLoopback(const QUrl &url);
// Empty when `baseUrl` can be used (with a key when `withKey`), else the reason it cannot.
QString checkEndpoint(const QString &baseUrl, bool withKey);
// "sk-…wxyz": enough to tell keys apart, never the key.
QString maskKey(const QString &key);

} // namespace md::trial
