#include "arenasession.h"

#include "trial/keystore.h"
#include "trial/trialservice.h"
#include "trial/trialsession.h"

#include <QHash>
#include <QSet>

namespace md::arena {

using trial::ColumnSpec;

ArenaSession::ArenaSession(trial::TrialService *trials, const QString &votesPath, QObject *parent)
    : QObject(parent)
    , m_trials(trials)
    , m_session(trials->createSession(this))
    , m_file(votesPath)
{
    connect(m_session, &trial::TrialSession::columnText, this,
            [this](int side, const QString &delta) { emit text(side, delta); });
    connect(m_session, &trial::TrialSession::columnFinished, this, [this](int side, const trial::TrialAnswer &answer) {
        m_answers[size_t(side)] = answer;
        emit answerFinished(side, answer);
    });
    connect(m_session, &trial::TrialSession::turnFinished, this, &ArenaSession::onTurnFinished);
    reload();
}

ArenaSession::~ArenaSession()
{
    m_session->cancelAll();
}

void ArenaSession::reload()
{
    const auto loaded = m_file.load();
    m_loadError = loaded ? loaded->warnings.join(QLatin1Char('\n')) : loaded.error();
    m_votes = loaded ? loaded->votes : std::vector<Vote>{};
}

QString ArenaSession::voteName(const ColumnSpec &column)
{
    return column.datasetModelId.isEmpty() ? column.apiModel : column.datasetModelId;
}

void ArenaSession::setPool(std::vector<ColumnSpec> pool)
{
    QSet<QString> seen;
    m_pool.clear();
    for (ColumnSpec &column : pool)
        if (!seen.contains(voteName(column))) {
            seen.insert(voteName(column));
            m_pool.push_back(std::move(column));
        }
}

std::pair<int, int> ArenaSession::pickPair(const QStringList &names, const std::vector<Vote> &votes,
                                           std::mt19937_64 &random)
{
    QHash<QString, int> index;
    for (int k = 0; k < names.size(); ++k)
        index.insert(names[k], k);
    const int n = int(names.size());
    std::vector<int> counts(size_t(n * n), 0);
    for (const Vote &vote : votes) {
        const int a = index.value(vote.modelA, -1);
        const int b = index.value(vote.modelB, -1);
        if (a >= 0 && b >= 0) {
            ++counts[size_t(a) * size_t(n) + size_t(b)];
            ++counts[size_t(b) * size_t(n) + size_t(a)];
        }
    }
    std::vector<std::pair<int, int>> pairs;
    std::vector<double> weights;
    for (int a = 0; a < n; ++a)
        for (int b = a + 1; b < n; ++b) {
            const double c = counts[size_t(a) * size_t(n) + size_t(b)];
            pairs.emplace_back(a, b);
            weights.push_back(1.0 / ((1.0 + c) * (1.0 + c)));
        }
    if (pairs.empty())
        return {-1, -1};
    auto pair = pairs[std::discrete_distribution<size_t>(weights.begin(), weights.end())(random)];
    if (std::bernoulli_distribution(0.5)(random))
        std::swap(pair.first, pair.second);
    return pair;
}

bool ArenaSession::start(const QString &prompt, const QString &category, const trial::TrialSettings &settings)
{
    if (m_state == State::Running || prompt.trimmed().isEmpty())
        return false;
    m_prompt = prompt;
    m_category = category.trimmed();
    m_settings = settings;
    return startRound();
}

bool ArenaSession::nextPair()
{
    if (m_state == State::Running || m_prompt.isEmpty())
        return false;
    return startRound();
}

bool ArenaSession::startRound()
{
    if (m_pool.size() < 2)
        return false;
    QStringList names;
    for (const ColumnSpec &column : m_pool)
        names << voteName(column);
    const auto [a, b] = pickPair(names, m_votes, m_random);
    std::vector<ColumnSpec> columns{m_pool[size_t(a)], m_pool[size_t(b)]};
    std::vector<trial::Provider> providers;
    for (const ColumnSpec &column : columns) {
        const trial::Provider *p = m_trials->providerConfig().provider(column.provider);
        if (!p) {
            emit failed(tr("The provider \"%1\" is not set up any more.").arg(column.provider));
            return false;
        }
        providers.push_back(*p);
    }
    m_columns = columns;
    m_answers[0] = m_answers[1] = {};
    setState(State::Running);
    m_trials->keys()->fetchAll(providers, this, [this, columns](const QStringList &keys, const QString &error) {
        if (!error.isEmpty()) {
            setState(State::Idle);
            emit failed(error);
            return;
        }
        if (!m_session->start(columns, keys, m_settings, m_prompt)) {
            setState(State::Idle);
            emit failed(tr("The round could not start."));
        }
    });
    return true;
}

void ArenaSession::onTurnFinished(const trial::TrialRecord &record)
{
    if (m_state != State::Running || record.turns.empty())
        return;
    const auto &answers = record.turns.back().answers;
    for (size_t side = 0; side < answers.size() && side < 2; ++side) {
        m_answers[side] = answers[side];
        if (!answers[side].ok() || answers[side].text.trimmed().isEmpty()) {
            const QString reason = answers[side].cancelled         ? tr("stopped")
                                   : answers[side].error.isEmpty() ? tr("no answer")
                                                                   : answers[side].error;
            setState(State::Void);
            emit voided(side == 0 ? tr("Model A failed (%1); this pair gets no vote.").arg(reason)
                                  : tr("Model B failed (%1); this pair gets no vote.").arg(reason));
            return;
        }
    }
    setState(State::Voting);
}

bool ArenaSession::vote(Winner winner)
{
    if (m_state != State::Voting)
        return false;
    const auto metrics = [](const trial::TrialMetrics &m) {
        AnswerMetrics out;
        if (m.ttftMs >= 0)
            out.firstTokenMs = double(m.ttftMs);
        out.totalMs = double(m.totalMs);
        if (m.tokensPerSecond > 0)
            out.tokensPerSecond = m.tokensPerSecond;
        if (m.completionTokens > 0)
            out.outputTokens = m.completionTokens;
        if (m.cost)
            out.costUsd = m.cost->toDouble();
        return out;
    };
    Vote v;
    v.time = QDateTime::currentDateTimeUtc();
    v.modelA = voteName(m_columns[0]);
    v.modelB = voteName(m_columns[1]);
    v.winner = winner;
    v.category = m_category;
    v.prompt = m_prompt;
    v.answerA = m_answers[0].text;
    v.answerB = m_answers[1].text;
    v.metricsA = metrics(m_answers[0].metrics);
    v.metricsB = metrics(m_answers[1].metrics);
    if (const auto saved = m_file.append(v); !saved) {
        emit failed(saved.error());
        return false;
    }
    m_votes.push_back(v);
    setState(State::Voted);
    emit voted(v);
    return true;
}

void ArenaSession::stop()
{
    m_session->cancelAll();
}

void ArenaSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace md::arena
