#include "trialsession.h"

#include "core/costcalculator.h"
#include "core/dataset.h"

#include <QUrl>
#include <QUuid>

namespace md::trial {

TrialSession::TrialSession(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

TrialSession::~TrialSession() = default;

bool TrialSession::start(std::vector<ColumnSpec> columns, QStringList keys, TrialSettings settings,
                         const QString &prompt)
{
    const int n = int(columns.size());
    if (isRunning() || n < MinColumns || n > MaxColumns || keys.size() != n)
        return false;
    m_record = {};
    m_record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_record.started = QDateTime::currentDateTimeUtc();
    m_record.settings = std::move(settings);
    m_record.columns = std::move(columns);
    m_keys = std::move(keys);
    m_baseUrls.clear();
    for (ColumnSpec &c : m_record.columns) {
        m_baseUrls << c.baseUrl;
        // "https://user:secret@host/v1?key=..." must not reach the history or an export.
        c.baseUrl = QUrl(c.baseUrl).toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    }
    m_conversations.assign(size_t(n), {});
    createClients(n);
    runTurn(prompt);
    return true;
}

bool TrialSession::resume(TrialRecord record)
{
    const int n = int(record.columns.size());
    if (isRunning() || n < MinColumns || n > MaxColumns)
        return false;
    m_record = std::move(record);
    m_keys = QStringList(n, QString());
    m_baseUrls.clear();
    for (const ColumnSpec &c : m_record.columns)
        m_baseUrls << c.baseUrl;
    // The conversations as they were: the turns each column answered, as in onFinished().
    m_conversations.assign(size_t(n), {});
    for (const TrialTurn &turn : m_record.turns) {
        for (size_t i = 0; i < size_t(n) && i < turn.answers.size(); ++i) {
            if (!turn.answers[i].ok())
                continue;
            m_conversations[i].push_back({QStringLiteral("user"), turn.prompt});
            m_conversations[i].push_back({QStringLiteral("assistant"), turn.answers[i].text});
        }
    }
    createClients(n);
    return true;
}

void TrialSession::createClients(int n)
{
    m_clients.clear();
    for (int i = 0; i < n; ++i) {
        auto client = std::make_unique<ChatClient>(m_network);
        connect(client.get(), &ChatClient::textReceived, this,
                [this, i](const QString &delta) { emit columnText(i, delta); });
        connect(client.get(), &ChatClient::retrying, this,
                [this, i](int, int delayMs, const QString &reason) { emit columnRetrying(i, reason, delayMs); });
        connect(client.get(), &ChatClient::finished, this,
                [this, i](const ChatResult &result) { onFinished(i, result); });
        m_clients.push_back(std::move(client));
    }
}

bool TrialSession::followUp(const QString &prompt, QStringList keys)
{
    if (isRunning() || m_clients.empty())
        return false;
    if (keys.size() == m_keys.size())
        m_keys = std::move(keys);
    runTurn(prompt);
    return true;
}

void TrialSession::runTurn(const QString &prompt)
{
    TrialTurn turn;
    turn.prompt = prompt;
    turn.answers.resize(m_clients.size());
    m_record.turns.push_back(std::move(turn));
    m_sent.assign(m_clients.size(), {});
    emit turnStarted(prompt);
    for (size_t i = 0; i < m_clients.size(); ++i) {
        const ColumnSpec &column = m_record.columns[i];
        ChatRequest request;
        request.baseUrl = m_baseUrls.at(qsizetype(i));
        request.apiKey = m_keys.at(qsizetype(i));
        request.model = column.apiModel;
        if (!m_record.settings.system.isEmpty())
            request.messages.push_back({QStringLiteral("system"), m_record.settings.system});
        request.messages.insert(request.messages.end(), m_conversations[i].begin(), m_conversations[i].end());
        request.messages.push_back({QStringLiteral("user"), prompt});
        request.temperature = m_record.settings.temperature;
        request.maxTokens = m_record.settings.maxTokens;
        request.stream = m_record.settings.stream;
        m_sent[i] = request.messages;
        m_clients[i]->setOptions(m_options);
        m_clients[i]->start(std::move(request));
    }
}

void TrialSession::onFinished(int column, const ChatResult &result)
{
    TrialAnswer answer;
    answer.text = result.text;
    answer.error = result.error;
    answer.cancelled = result.cancelled;
    const ColumnSpec &spec = m_record.columns[size_t(column)];
    answer.metrics = metricsFor(result, m_sent[size_t(column)], m_dataset, spec.datasetModelId);
    m_record.turns.back().answers[size_t(column)] = answer;
    // A failed turn leaves the conversation as it was, so a follow-up does not build on a gap.
    if (result.ok()) {
        auto &conversation = m_conversations[size_t(column)];
        conversation.push_back({QStringLiteral("user"), m_record.turns.back().prompt});
        conversation.push_back({QStringLiteral("assistant"), result.text});
    }
    emit columnFinished(column, answer);
    if (!isRunning())
        emit turnFinished(m_record);
}

void TrialSession::cancel(int column)
{
    if (column >= 0 && column < int(m_clients.size()))
        m_clients[size_t(column)]->cancel();
}

void TrialSession::cancelAll()
{
    for (const auto &client : m_clients)
        client->cancel();
}

bool TrialSession::isRunning() const
{
    for (const auto &client : m_clients) {
        if (client->isRunning())
            return true;
    }
    return false;
}

bool TrialSession::isRunning(int column) const
{
    return column >= 0 && column < int(m_clients.size()) && m_clients[size_t(column)]->isRunning();
}

TrialSession::PromptCost TrialSession::promptCost(const TrialSettings &settings, const QString &prompt,
                                                  const Dataset *dataset, const QString &datasetModelId)
{
    const ModelInfo *model = dataset && !datasetModelId.isEmpty() ? dataset->model(datasetModelId) : nullptr;
    std::vector<tokens::ChatMessage> messages;
    if (!settings.system.isEmpty())
        messages.push_back({QStringLiteral("system"), settings.system});
    messages.push_back({QStringLiteral("user"), prompt});
    PromptCost result;
    result.tokens = tokens::countChat(model ? model->tokenizer : QString(), messages);
    if (model) {
        Workload once;
        once.inputTokens = result.tokens.tokens;
        once.outputTokens = 0;
        once.requests = 1;
        const CostRow row = CostCalculator::compute(*model, once);
        if (row.priced)
            result.cost = row.perRequest;
    }
    return result;
}

QString TrialSession::promptCostText(const PromptCost &cost, const QLocale &locale)
{
    const QString mark = cost.tokens.exact() ? QString() : QStringLiteral("~");
    QString text = tr("Prompt: %1%2 tokens").arg(mark, locale.toString(cost.tokens.tokens));
    if (cost.cost)
        text += QStringLiteral(" · ") + mark + cost.cost->toString(locale, 6);
    return text;
}

TrialMetrics TrialSession::metricsFor(const ChatResult &result, const std::vector<ChatMessage> &sent,
                                      const Dataset *dataset, const QString &datasetModelId)
{
    TrialMetrics m;
    m.ttftMs = result.ttftMs;
    m.totalMs = result.totalMs;
    // A call refused before any text (401, 404, no connection) produced nothing to count or pay for; a guess
    // from the prompt would put a price on it. A stopped or cut-off answer did use tokens: those are counted.
    if (!result.ok() && !result.cancelled && result.text.isEmpty() && !result.completionTokens)
        return m;
    if (result.promptTokens && result.completionTokens) {
        m.promptTokens = *result.promptTokens;
        m.completionTokens = *result.completionTokens;
    } else {
        // Counted with the model's own tokenizer when it is public (OpenAI's chat framing included), else
        // estimated; either way marked, never passed off as the server's figure.
        const ModelInfo *model = dataset && !datasetModelId.isEmpty() ? dataset->model(datasetModelId) : nullptr;
        const QString encoding = model ? model->tokenizer : QString();
        std::vector<tokens::ChatMessage> messages;
        messages.reserve(sent.size());
        for (const ChatMessage &message : sent)
            messages.push_back({message.role, message.content});
        const tokens::TokenCount prompt = tokens::countChat(encoding, messages);
        m.tokensEstimated = true;
        m.tokensSource = prompt.source;
        m.promptTokens = prompt.tokens;
        m.completionTokens = tokens::countText(encoding, result.text).tokens;
    }
    // Speed only for a streamed answer: without streaming the time includes the whole wait, not the writing.
    const qint64 generatingMs = result.ttftMs >= 0 ? result.totalMs - result.ttftMs : 0;
    if (generatingMs > 0)
        m.tokensPerSecond = m.completionTokens * 1000.0 / double(generatingMs);
    if (dataset && !datasetModelId.isEmpty()) {
        if (const ModelInfo *model = dataset->model(datasetModelId)) {
            Workload once;
            once.inputTokens = m.promptTokens;
            once.outputTokens = m.completionTokens;
            once.requests = 1;
            const CostRow row = CostCalculator::compute(*model, once);
            if (row.priced)
                m.cost = row.perRequest;
        }
    }
    return m;
}

} // namespace md::trial
