#pragma once

#include "providerconfig.h"
#include "trialrecord.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace md {
class DatasetModel;
}

namespace md::trial {

class KeyStore;
class TrialHistory;
class TrialHistoryModel;
class TrialSession;

// A model a trial column can ask: an API model id at a provider, with the dataset model it stands for.
struct ModelChoice {
    QString provider;
    QString apiModel;
    QString label; // "GPT-4o mini · OpenAI": the dataset's name when linked, else the API id
};

// Live trials without widgets: the network manager, the key store, the provider config (kept in QSettings),
// the Trials page's session and the trial history. The Trials page shows its state and calls it; the `trial`
// command, evals and the arena use it too. Resolving a provider's model to a column (which dataset model,
// which name, which price) happens here and nowhere else. It reads the shared DatasetModel, which must
// outlive it, and follows its changes (choicesChanged).
class TrialService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrialService)

public:
    explicit TrialService(const DatasetModel *model, QObject *parent = nullptr);
    ~TrialService() override;

    QNetworkAccessManager *network() { return &m_network; }
    KeyStore *keys() const { return m_keys.get(); }
    TrialSession *session() const { return m_session.get(); }
    TrialHistory *history() const { return m_history.get(); }
    TrialHistoryModel *historyModel() const { return m_historyModel.get(); }
    const DatasetModel *datasetModel() const { return m_model; }
    // A further session over the same network and dataset (an eval run, the arena), owned by `parent`.
    TrialSession *createSession(QObject *parent);

    const ProviderConfig &providerConfig() const { return m_config; }
    void setProviderConfig(ProviderConfig config); // also saves it
    // True when some provider has a model, a usable endpoint and (for environment keys) a key.
    bool isSetUp() const;
    QStringList datasetModelIds() const;

    std::vector<ModelChoice> choices() const;
    // The column for `apiModel` at the provider named `provider`; nullopt when there is no such provider.
    std::optional<ColumnSpec> resolve(const QString &provider, const QString &apiModel) const;
    // The column for `apiModel` at an endpoint given by URL (the command line), named after the configured
    // provider with that URL when there is one.
    ColumnSpec resolveEndpoint(const QString &baseUrl, const QString &apiModel) const;

    // Fetches the providers' keys, then starts a new trial in session(); `failed` when a key is missing.
    // Returns false (and does nothing) while a turn or a key fetch runs or a column has no provider.
    bool start(std::vector<ColumnSpec> columns, const TrialSettings &settings, const QString &prompt);
    // Fetches the keys of the session's trial, then continues it with `prompt` (also a trial opened from the
    // history). False (and nothing done) while busy, without a trial, or when a column's provider is gone.
    bool followUp(const QString &prompt);
    // Makes a trial from the history the session's trial: what the Trials page shows, exports and follows up.
    bool open(const TrialRecord &record);
    bool isBusy() const; // a turn runs or keys are being fetched
    // Asks `provider` (as edited, saved or not) for its model ids (GET /models) with its key, under the chat
    // client's limits; calls `done(ids, error)` once, unless `context` goes away first. Also a connection test.
    void fetchModels(const Provider &provider, QObject *context, std::function<void(QStringList, QString)> done);
    // The history load's error, empty when it loaded.
    const QString &historyError() const { return m_historyError; }

signals:
    void choicesChanged(); // the providers or the dataset's models changed
    void fetchingKeysChanged(bool fetching);
    void started();
    void failed(const QString &message); // a key fetch or a history save went wrong

private:
    void onTurnFinished(const TrialRecord &record);
    // The providers of `columns`, or nullopt (after `failed`) when one is no longer configured.
    std::optional<std::vector<Provider>> providersOf(const std::vector<ColumnSpec> &columns);
    void withKeys(const std::vector<Provider> &providers, std::function<void(const QStringList &)> then);

    const DatasetModel *m_model;
    QNetworkAccessManager m_network;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<TrialSession> m_session;
    std::unique_ptr<TrialHistory> m_history;
    std::unique_ptr<TrialHistoryModel> m_historyModel;
    ProviderConfig m_config;
    QString m_historyError;
    bool m_fetchingKeys = false;
};

} // namespace md::trial
