#pragma once

#include "chatclient.h"
#include "trialrecord.h"

#include <QLocale>
#include <QObject>
#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace md {
struct Dataset;
}

namespace md::trial {

// Runs one trial: the same prompt to 2-4 models at once, each column with its own conversation
// so follow-ups continue it. One column failing or being stopped leaves the others running.
class TrialSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrialSession)

public:
    static constexpr int MinColumns = 1; // the UI asks for 2-4; the command line allows one
    static constexpr int MaxColumns = 4;

    explicit TrialSession(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~TrialSession() override;

    void setOptions(const ChatOptions &options) { m_options = options; }
    // Prices come from this dataset (may be null); it must outlive the session.
    void setDataset(const Dataset *dataset) { m_dataset = dataset; }

    // Starts a new trial; `keys` holds one key per column (empty for keyless servers).
    // Returns false (and does nothing) when the columns are out of range or a turn still runs.
    bool start(std::vector<ColumnSpec> columns, QStringList keys, TrialSettings settings, const QString &prompt);
    // Makes `record` (from the history) this session's trial: follow-ups continue its conversations and
    // record() is it. Its keys come with the next followUp(). Returns false while a turn runs.
    bool resume(TrialRecord record);
    // Continues every column's conversation with `prompt`; `keys` (one per column) replaces the keys
    // when given, as a resumed trial needs.
    bool followUp(const QString &prompt, QStringList keys = {});
    void cancel(int column);
    void cancelAll();

    bool isRunning() const;
    bool isRunning(int column) const;
    bool hasTrial() const { return !m_record.turns.empty(); }
    const TrialRecord &record() const { return m_record; }

    static TrialMetrics metricsFor(const ChatResult &result, const std::vector<ChatMessage> &sent,
                                   const Dataset *dataset, const QString &datasetModelId);
    // Before Send: the request's tokens with the model's tokenizer (chat framing included) and what they cost
    // at its price (unset without a price).
    struct PromptCost {
        tokens::TokenCount tokens;
        std::optional<Money> cost;
    };
    static PromptCost promptCost(const TrialSettings &settings, const QString &prompt, const Dataset *dataset,
                                 const QString &datasetModelId);
    // "412 tokens · $0.000062", "~412 tokens" (estimate), for a column before Send.
    static QString promptCostText(const PromptCost &cost, const QLocale &locale = {});

signals:
    void turnStarted(const QString &prompt);
    void columnText(int column, const QString &delta);
    void columnRetrying(int column, const QString &reason, int delayMs);
    void columnFinished(int column, const md::trial::TrialAnswer &answer);
    void turnFinished(const md::trial::TrialRecord &record);

private:
    void createClients(int count);
    void runTurn(const QString &prompt);
    void onFinished(int column, const ChatResult &result);

    QNetworkAccessManager *m_network;
    const Dataset *m_dataset = nullptr;
    ChatOptions m_options;
    TrialRecord m_record;
    QStringList m_keys;     // memory only: never part of the record
    QStringList m_baseUrls; // as given; the record keeps them without user info or query
    std::vector<std::vector<ChatMessage>> m_conversations;
    std::vector<std::vector<ChatMessage>> m_sent; // what the running turn sent, per column
    std::vector<std::unique_ptr<ChatClient>> m_clients;
};

} // namespace md::trial
