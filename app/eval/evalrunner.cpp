#include "evalrunner.h"

#include "core/datasetmodel.h"
#include "jsonchecks.h"
#include "templaterender.h"
#include "trial/keystore.h"
#include "trial/trialservice.h"
#include "trial/trialsession.h"

#include <QJsonArray>
#include <QTimer>
#include <QUrl>
#include <QUuid>

namespace md::eval {

EvalRunner::EvalRunner(trial::TrialService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

EvalRunner::~EvalRunner()
{
    for (trial::ChatClient *client : m_clients) {
        client->disconnect(this);
        client->cancel();
    }
}

std::vector<trial::ChatMessage> EvalRunner::messagesFor(const QString &renderedPrompt)
{
    const QString trimmed = renderedPrompt.trimmed();
    if (trimmed.startsWith(QLatin1Char('['))) {
        if (const auto parsed = JsonChecks::parse(trimmed); parsed && parsed->isArray()) {
            std::vector<trial::ChatMessage> messages;
            for (const QJsonValue v : parsed->toArray()) {
                const QJsonObject o = v.toObject();
                if (!o.value(QLatin1String("role")).isString() || !o.contains(QLatin1String("content")))
                    return {{QStringLiteral("user"), renderedPrompt}};
                messages.push_back({o.value(QLatin1String("role")).toString(),
                                    TemplateRender::toText(o.value(QLatin1String("content")))});
            }
            if (!messages.empty())
                return messages;
        }
    }
    return {{QStringLiteral("user"), renderedPrompt}};
}

QString EvalRunner::start(const Suite &suite, const RunOptions &options)
{
    if (m_running)
        return tr("A run is under way.");
    m_suite = suite;
    m_options = options;
    m_options.concurrency = std::max(1, options.concurrency);
    m_options.repeat = std::max(1, options.repeat);
    const int perProvider = options.perProvider > 0 ? options.perProvider : m_options.concurrency;
    m_options.perProvider = perProvider;

    // Where each provider is and its key; a ModelDesk provider's key may come from the keychain (fetched below).
    m_endpoints.clear();
    m_graderEndpoints.clear();
    std::vector<trial::Provider> keychainProviders;
    std::vector<std::pair<bool, size_t>> keychainTargets; // (grader?, index)
    auto resolve = [&](const ProviderSpec &spec, bool grader, size_t index, Endpoint &endpoint) -> QString {
        QString key;
        if (!spec.modeldeskProvider.isEmpty()) {
            const trial::Provider *p = m_service->providerConfig().provider(spec.modeldeskProvider);
            if (!p)
                return tr("%1: no provider named \"%2\" is set up in ModelDesk (Trials > Providers…)")
                    .arg(spec.where.toString(), spec.modeldeskProvider);
            endpoint.baseUrl = p->baseUrl;
            if (p->keySource == trial::KeySource::Keychain) {
                keychainProviders.push_back(*p);
                keychainTargets.emplace_back(grader, index);
            } else {
                key = trial::KeyStore::fromEnvironment(*p);
            }
        } else {
            endpoint.baseUrl = spec.baseUrl;
            key = spec.apiKey;
            if (key.isEmpty() && !spec.apiKeyEnvar.isEmpty())
                key = qEnvironmentVariable(qPrintable(spec.apiKeyEnvar)).trimmed();
            if (key.isEmpty())
                key = qEnvironmentVariable("OPENAI_API_KEY").trimmed();
        }
        endpoint.key = key;
        if (const QString problem = trial::checkEndpoint(endpoint.baseUrl, !key.isEmpty()); !problem.isEmpty())
            return tr("%1: %2: %3").arg(spec.where.toString(), spec.label, problem);
        return {};
    };
    ++m_generation;
    m_run = {};
    m_run.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_run.suitePath = suite.path;
    m_run.suiteDescription = suite.benchmarkName();
    m_run.repeat = m_options.repeat;
    m_run.tests = suite.tests;
    for (const PromptTemplate &p : suite.prompts)
        m_run.prompts.push_back(p.label);
    for (size_t i = 0; i < suite.providers.size(); ++i) {
        Endpoint endpoint;
        if (const QString problem = resolve(suite.providers[i], false, i, endpoint); !problem.isEmpty())
            return problem;
        m_endpoints.push_back(endpoint);
        const ProviderSpec &spec = suite.providers[i];
        QString datasetId;
        if (!spec.modeldeskProvider.isEmpty()) {
            if (const auto column = m_service->resolve(spec.modeldeskProvider, spec.model))
                datasetId = column->datasetModelId;
        } else {
            datasetId = m_service->resolveEndpoint(endpoint.baseUrl, spec.model).datasetModelId;
        }
        m_run.providers.push_back({spec, datasetId});
    }
    for (size_t i = 0; i < suite.graders.size(); ++i) {
        Endpoint endpoint;
        if (const QString problem = resolve(suite.graders[i], true, i, endpoint); !problem.isEmpty())
            return problem;
        m_graderEndpoints.push_back(endpoint);
    }
    if (m_run.providers.empty())
        return tr("No providers to run.");

    for (int t = 0; t < int(suite.tests.size()); ++t)
        for (int p = 0; p < int(suite.prompts.size()); ++p)
            for (int v = 0; v < int(suite.providers.size()); ++v)
                for (int r = 0; r < m_options.repeat; ++r) {
                    Cell c;
                    c.test = t;
                    c.prompt = p;
                    c.provider = v;
                    c.repeat = r;
                    c.renderedPrompt =
                        TemplateRender::render(suite.prompts[size_t(p)].text, suite.tests[size_t(t)].vars);
                    m_run.cells.push_back(std::move(c));
                }
    m_pending.clear();
    for (size_t i = 0; i < m_run.cells.size(); ++i)
        m_pending.push_back(i);
    m_activePerProvider.assign(suite.providers.size(), 0);
    m_gradingLeft.assign(m_run.cells.size(), 0);
    m_rubricResults.assign(m_run.cells.size(), {});
    m_cache = m_options.useCache
                  ? (m_options.cacheFolder.isEmpty() ? std::make_unique<ResponseCache>()
                                                     : std::make_unique<ResponseCache>(m_options.cacheFolder))
                  : nullptr;
    m_cost = Money();
    m_active = 0;
    m_grading = 0;
    m_callsMade = 0;
    m_running = true;
    m_run.started = QDateTime::currentDateTimeUtc();
    m_clock.start();

    if (keychainProviders.empty()) {
        QTimer::singleShot(0, this, &EvalRunner::begin);
    } else {
        m_service->keys()->fetchAll(keychainProviders, this,
                                    [this, keychainTargets](const QStringList &keys, const QString &error) {
                                        if (!error.isEmpty()) {
                                            m_running = false;
                                            emit failed(error);
                                            return;
                                        }
                                        for (size_t i = 0; i < keychainTargets.size(); ++i) {
                                            auto &list = keychainTargets[i].first ? m_graderEndpoints : m_endpoints;
                                            list[keychainTargets[i].second].key = keys.value(qsizetype(i));
                                        }
                                        begin();
                                    });
    }
    return {};
}

void EvalRunner::begin()
{
    emit progress(0, m_run.total(), -1, m_cost);
    pump();
}

void EvalRunner::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_pumpScheduled = false;
        pump();
    });
}

void EvalRunner::pump()
{
    if (!m_running)
        return;
    for (auto it = m_pending.begin(); it != m_pending.end() && m_active < m_options.concurrency;) {
        const size_t index = *it;
        const int provider = m_run.cells[index].provider;
        if (m_activePerProvider[size_t(provider)] >= m_options.perProvider) {
            ++it;
            continue;
        }
        it = m_pending.erase(it);
        startCell(index);
        if (!m_running)
            return;
    }
    endIfIdle();
}

trial::ChatRequest EvalRunner::requestFor(const ProviderSpec &spec, const Endpoint &endpoint,
                                          std::vector<trial::ChatMessage> messages) const
{
    trial::ChatRequest request;
    request.baseUrl = endpoint.baseUrl;
    request.apiKey = endpoint.key;
    request.model = spec.model;
    request.messages = std::move(messages);
    request.temperature = spec.temperature;
    request.maxTokens = spec.maxTokens;
    request.stream = true; // for the time to first token
    return request;
}

void EvalRunner::call(const trial::ChatRequest &request, int repeat, std::function<void(trial::ChatResult, bool)> done)
{
    const QByteArray key = m_cache ? ResponseCache::keyFor(request, repeat) : QByteArray();
    const quint64 generation = m_generation;
    if (m_cache) {
        if (auto hit = m_cache->find(key)) {
            // Answered from the cache: later, so a run never finishes inside start() or recurses deeply.
            QTimer::singleShot(0, this, [this, generation, done = std::move(done), hit = std::move(*hit)] {
                if (generation == m_generation)
                    done(hit, true);
            });
            return;
        }
    }
    ++m_callsMade;
    auto *client = new trial::ChatClient(m_service->network(), this);
    client->setOptions(m_options.chat);
    m_clients.push_back(client);
    connect(client, &trial::ChatClient::finished, this,
            [this, client, key, generation, done = std::move(done)](const trial::ChatResult &result) {
                std::erase(m_clients, client);
                client->deleteLater();
                if (generation != m_generation)
                    return;
                if (m_cache && result.ok() && !result.cancelled)
                    m_cache->store(key, result);
                done(result, false);
            });
    client->start(request);
}

void EvalRunner::startCell(size_t index)
{
    Cell &cell = m_run.cells[index];
    ++m_active;
    ++m_activePerProvider[size_t(cell.provider)];
    const ProviderSpec &spec = m_suite.providers[size_t(cell.provider)];
    const trial::ChatRequest request =
        requestFor(spec, m_endpoints[size_t(cell.provider)], messagesFor(cell.renderedPrompt));
    call(request, cell.repeat, [this, index, request](const trial::ChatResult &result, bool cached) {
        onAnswer(index, request, result, cached);
    });
}

void EvalRunner::onAnswer(size_t index, const trial::ChatRequest &request, const trial::ChatResult &result, bool cached)
{
    if (!m_running) // cancelled: the counters were reset
        return;
    Cell &cell = m_run.cells[index];
    --m_active;
    --m_activePerProvider[size_t(cell.provider)];
    if (result.cancelled) {
        schedulePump();
        return;
    }
    const RunProvider &provider = m_run.providers[size_t(cell.provider)];
    const trial::TrialMetrics metrics = trial::TrialSession::metricsFor(
        result, request.messages, &m_service->datasetModel()->dataset(), provider.datasetModelId);
    cell.output = result.text;
    cell.error = result.error;
    cell.cached = cached;
    cell.latencyMs = result.totalMs;
    cell.ttftMs = result.ttftMs;
    cell.promptTokens = metrics.promptTokens;
    cell.completionTokens = metrics.completionTokens;
    cell.tokensPerSecond = metrics.tokensPerSecond;
    cell.cost = metrics.cost;
    if (!result.ok()) {
        cell.pass = false;
        cell.score = 0;
        cell.reason = result.error;
        finishCell(index);
        return;
    }
    grade(index);
}

void EvalRunner::grade(size_t index)
{
    Cell &cell = m_run.cells[index];
    const TestCase &test = m_suite.tests[size_t(cell.test)];
    CheckContext context;
    context.output = cell.output;
    context.vars = test.vars;
    context.prompt = cell.renderedPrompt;
    context.latencyMs = cell.latencyMs;
    context.cached = cell.cached;
    if (cell.cost)
        context.costUsd = cell.cost->toDouble();
    cell.checks.clear();
    std::vector<size_t> rubrics;
    for (size_t i = 0; i < test.asserts.size(); ++i) {
        const Assertion &a = test.asserts[i];
        if (!a.skipped && a.baseType == QLatin1String("llm-rubric")) {
            rubrics.push_back(i);
            cell.checks.push_back({}); // filled when the grader answers
        } else {
            cell.checks.push_back(m_checker.run(a, context));
        }
    }
    if (rubrics.empty()) {
        finishCell(index);
        return;
    }
    m_gradingLeft[index] = int(rubrics.size());
    ++m_grading;
    for (size_t i : rubrics) {
        const Assertion &a = test.asserts[i];
        const size_t graderIndex = a.grader > 0 ? size_t(a.grader) : 0;
        const ProviderSpec &grader = m_suite.graders.at(graderIndex);
        const QString rubric = TemplateRender::toText(TemplateRender::renderValue(a.value, test.vars));
        const QString user = Checker::rubricUserPrompt(cell.output, rubric);
        const QString shown = Checker::rubricSystemPrompt() + QStringLiteral("\n\n") + user;
        const trial::ChatRequest request =
            requestFor(grader, m_graderEndpoints.at(graderIndex),
                       {{QStringLiteral("system"), Checker::rubricSystemPrompt()}, {QStringLiteral("user"), user}});
        call(request, cell.repeat, [this, index, i, a, shown](const trial::ChatResult &result, bool) {
            if (!m_running)
                return;
            Cell &c = m_run.cells[index];
            if (result.ok()) {
                c.checks[i] = Checker::rubricVerdict(a, result.text, shown);
            } else {
                CheckResult failedCheck;
                failedCheck.type = a.type;
                failedCheck.weight = a.weight;
                failedCheck.metric = a.metric;
                failedCheck.gradingPrompt = shown;
                failedCheck.reason = tr("The grader failed: %1").arg(result.error);
                c.checks[i] = failedCheck;
            }
            if (--m_gradingLeft[index] == 0) {
                --m_grading;
                finishCell(index);
            }
        });
    }
}

void EvalRunner::finishCell(size_t index)
{
    Cell &cell = m_run.cells[index];
    if (cell.error.isEmpty()) {
        for (CheckResult &check : cell.checks)
            Checker::applyWeight(check);
        const TestVerdict verdict = Checker::combine(cell.checks, m_suite.tests[size_t(cell.test)].threshold);
        cell.pass = verdict.pass;
        cell.score = verdict.score;
        cell.reason = verdict.reason;
    }
    cell.done = true;
    if (cell.cost)
        m_cost = m_cost + *cell.cost;
    const int done = m_run.doneCount();
    const qint64 elapsed = m_clock.elapsed();
    const qint64 eta = done > 0 ? elapsed * (m_run.total() - done) / done : -1;
    emit cellFinished(int(index));
    emit progress(done, m_run.total(), eta, m_cost);
    schedulePump();
}

void EvalRunner::endIfIdle()
{
    if (!m_running || m_active > 0 || m_grading > 0 || !m_pending.empty())
        return;
    m_running = false;
    m_run.finished = QDateTime::currentDateTimeUtc();
    emit finished();
}

void EvalRunner::cancel()
{
    if (!m_running)
        return;
    m_pending.clear();
    m_run.cancelled = true;
    m_running = false;
    const std::vector<trial::ChatClient *> clients = m_clients;
    for (trial::ChatClient *client : clients)
        client->cancel();
    m_active = 0;
    m_grading = 0;
    m_run.finished = QDateTime::currentDateTimeUtc();
    emit finished();
}

} // namespace md::eval
