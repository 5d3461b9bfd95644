#include "trialservice.h"

#include "core/datasetmodel.h"
#include "keystore.h"
#include "trialhistory.h"
#include "trialhistorymodel.h"
#include "trialsession.h"

#include <QSettings>

namespace md::trial {

TrialService::TrialService(const DatasetModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_keys(std::make_unique<KeyStore>())
    , m_session(std::make_unique<TrialSession>(&m_network))
    , m_history(std::make_unique<TrialHistory>())
    , m_historyModel(std::make_unique<TrialHistoryModel>())
{
    m_session->setDataset(&m_model->dataset());
    QSettings settings;
    m_config = ProviderConfig::load(settings);
    if (auto records = m_history->load())
        m_historyModel->setRecords(std::move(records).value());
    else
        m_historyError = records.error();
    connect(m_session.get(), &TrialSession::turnFinished, this, &TrialService::onTurnFinished);
    // Names and links follow the dataset: a model added, renamed or removed on the Data page shows at once.
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrialService::choicesChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TrialService::choicesChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TrialService::choicesChanged);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &TrialService::choicesChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.column() <= DatasetModel::NameColumn && bottomRight.column() >= DatasetModel::IdColumn)
                    emit choicesChanged();
            });
}

TrialService::~TrialService()
{
    m_session->cancelAll();
}

TrialSession *TrialService::createSession(QObject *parent)
{
    auto *session = new TrialSession(&m_network, parent);
    session->setDataset(&m_model->dataset());
    return session;
}

void TrialService::setProviderConfig(ProviderConfig config)
{
    m_config = std::move(config);
    QSettings settings;
    m_config.save(settings);
    emit choicesChanged();
}

bool TrialService::isSetUp() const
{
    for (const Provider &p : m_config.providers) {
        if (p.models.isEmpty() || !checkEndpoint(p.baseUrl, false).isEmpty())
            continue;
        if (p.keySource != KeySource::Environment || !KeyStore::fromEnvironment(p).isEmpty())
            return true;
    }
    return false;
}

QStringList TrialService::datasetModelIds() const
{
    QStringList ids;
    ids.reserve(qsizetype(m_model->dataset().models.size()));
    for (const ModelInfo &m : m_model->dataset().models)
        ids << m.id;
    return ids;
}

std::vector<ModelChoice> TrialService::choices() const
{
    std::vector<ModelChoice> out;
    for (const Provider &p : m_config.providers) {
        for (const QString &apiModel : p.models) {
            const auto spec = resolve(p.name, apiModel);
            if (spec) // a provider listed in the config always resolves; the check keeps that a fact, not a hope
                out.push_back({p.name, apiModel, tr("%1 · %2").arg(spec->label, p.name)});
        }
    }
    return out;
}

std::optional<ColumnSpec> TrialService::resolve(const QString &provider, const QString &apiModel) const
{
    const Provider *p = m_config.provider(provider);
    if (!p || apiModel.isEmpty())
        return std::nullopt;
    ColumnSpec spec = resolveEndpoint(p->baseUrl, apiModel);
    spec.provider = p->name;
    spec.datasetModelId = m_config.datasetModelFor(p->name, apiModel, datasetModelIds());
    const ModelInfo *info = spec.datasetModelId.isEmpty() ? nullptr : m_model->dataset().model(spec.datasetModelId);
    spec.label = info && !info->name.isEmpty() ? info->name : apiModel;
    return spec;
}

ColumnSpec TrialService::resolveEndpoint(const QString &baseUrl, const QString &apiModel) const
{
    QString providerName;
    for (const Provider &p : m_config.providers)
        if (p.baseUrl == baseUrl)
            providerName = p.name;
    const QString datasetId = m_config.datasetModelFor(providerName, apiModel, datasetModelIds());
    return {providerName, baseUrl, apiModel, datasetId, apiModel};
}

bool TrialService::isBusy() const
{
    return m_fetchingKeys || m_session->isRunning();
}

std::optional<std::vector<Provider>> TrialService::providersOf(const std::vector<ColumnSpec> &columns)
{
    std::vector<Provider> providers;
    for (const ColumnSpec &spec : columns) {
        const Provider *p = m_config.provider(spec.provider);
        if (!p) {
            emit failed(tr("The provider \"%1\" is not set up any more; add it under Providers… or start a new "
                           "trial.")
                            .arg(spec.provider));
            return std::nullopt;
        }
        providers.push_back(*p);
    }
    return providers;
}

void TrialService::withKeys(const std::vector<Provider> &providers, std::function<void(const QStringList &)> then)
{
    m_fetchingKeys = true;
    emit fetchingKeysChanged(true);
    m_keys->fetchAll(providers, this, [this, then = std::move(then)](const QStringList &keys, const QString &error) {
        m_fetchingKeys = false;
        emit fetchingKeysChanged(false);
        if (!error.isEmpty())
            emit failed(error);
        else
            then(keys);
    });
}

bool TrialService::start(std::vector<ColumnSpec> columns, const TrialSettings &settings, const QString &prompt)
{
    if (isBusy() || columns.empty())
        return false;
    const auto providers = providersOf(columns);
    if (!providers)
        return false;
    withKeys(*providers, [this, columns = std::move(columns), settings, prompt](const QStringList &keys) mutable {
        if (m_session->start(std::move(columns), keys, settings, prompt))
            emit started();
    });
    return true;
}

bool TrialService::followUp(const QString &prompt)
{
    if (isBusy() || !m_session->hasTrial() || prompt.trimmed().isEmpty())
        return false;
    const auto providers = providersOf(m_session->record().columns);
    if (!providers)
        return false;
    // The keys again: a trial opened from the history has none, and a key may have changed since.
    withKeys(*providers, [this, prompt](const QStringList &keys) { m_session->followUp(prompt, keys); });
    return true;
}

void TrialService::fetchModels(const Provider &provider, QObject *context,
                               std::function<void(QStringList, QString)> done)
{
    m_keys->fetch(provider, context,
                  [this, context, baseUrl = provider.baseUrl, done = std::move(done)](const QString &key,
                                                                                      const QString &keyError) {
                      if (!keyError.isEmpty()) {
                          done({}, keyError);
                          return;
                      }
                      auto *client = new ChatClient(&m_network, context); // goes with the context
                      connect(client, &ChatClient::finished, context, [client, done](const ChatResult &result) {
                          done(result.models, result.error);
                          client->deleteLater();
                      });
                      ChatRequest request;
                      request.baseUrl = baseUrl;
                      request.apiKey = key;
                      request.stream = false;
                      request.listModels = true;
                      client->start(std::move(request));
                  });
}

bool TrialService::open(const TrialRecord &record)
{
    return !isBusy() && m_session->resume(record);
}

void TrialService::onTurnFinished(const TrialRecord &record)
{
    if (auto saved = m_history->save(record); !saved)
        emit failed(saved.error());
    m_historyModel->upsert(record);
}

} // namespace md::trial
