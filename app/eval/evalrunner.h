#pragma once

#include "checks.h"
#include "evalrun.h"
#include "responsecache.h"
#include "suite.h"
#include "trial/chatclient.h"

#include <QElapsedTimer>
#include <QObject>
#include <deque>
#include <memory>

namespace md::trial {
class TrialService;
}

namespace md::eval {

struct RunOptions {
    int concurrency = 4; // calls at once, over all providers
    int perProvider = 0; // calls at once per provider; 0: as many as `concurrency`
    int repeat = 1;
    bool useCache = true;
    QString cacheFolder; // empty: the standard cache folder
    trial::ChatOptions chat;
};

// Runs a suite: every test × prompt × provider (× repeat) through the streaming chat client with its retries,
// timeouts and limits, under a concurrency limit; checks each answer, grades llm-rubric checks with the grader,
// prices each call from the shared dataset with the server's token counts. One failing call leaves the rest
// running. No widgets: the Suites page and the `eval` command show what it reports.
class EvalRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvalRunner)

public:
    explicit EvalRunner(trial::TrialService *service, QObject *parent = nullptr);
    ~EvalRunner() override;

    // Checks the providers (a ModelDesk provider that is not set up, a key over plain http) and starts; returns
    // the problem, naming the provider and where the suite names it, when it cannot start (nothing was sent).
    QString start(const Suite &suite, const RunOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }
    const EvalRun &run() const { return m_run; }
    const Suite &suite() const { return m_suite; }
    int callsMade() const { return m_callsMade; } // sent to a server (cache hits are not calls)

    // The messages a rendered prompt stands for: a JSON array of {role, content}, else one user message.
    static std::vector<trial::ChatMessage> messagesFor(const QString &renderedPrompt);

signals:
    void progress(int done, int total, qint64 etaMs, const md::Money &costSoFar);
    void cellFinished(int index);
    void finished();
    void failed(const QString &message); // keys could not be fetched: nothing was sent

private:
    struct Endpoint {
        QString baseUrl;
        QString key;
    };
    void begin();
    void schedulePump();
    void pump();
    void startCell(size_t index);
    void onAnswer(size_t index, const trial::ChatRequest &request, const trial::ChatResult &result, bool cached);
    void grade(size_t index);
    void finishCell(size_t index);
    trial::ChatRequest requestFor(const ProviderSpec &spec, const Endpoint &endpoint,
                                  std::vector<trial::ChatMessage> messages) const;
    void call(const trial::ChatRequest &request, int repeat, std::function<void(trial::ChatResult, bool)> done);
    void endIfIdle();

    trial::TrialService *m_service;
    Suite m_suite;
    RunOptions m_options;
    EvalRun m_run;
    std::vector<Endpoint> m_endpoints; // per provider
    std::vector<Endpoint> m_graderEndpoints;
    std::deque<size_t> m_pending;
    std::vector<int> m_activePerProvider;
    std::vector<int> m_gradingLeft;
    std::vector<std::vector<CheckResult>> m_rubricResults;
    std::vector<trial::ChatClient *> m_clients;
    std::unique_ptr<ResponseCache> m_cache;
    Checker m_checker;
    QElapsedTimer m_clock;
    Money m_cost;
    int m_active = 0;
    int m_grading = 0;
    int m_callsMade = 0;
    quint64 m_generation = 0; // answers of an earlier (cancelled) run are dropped
    bool m_running = false;
    bool m_pumpScheduled = false;
};

} // namespace md::eval
