#pragma once

#include "arenavote.h"
#include "trial/trialrecord.h"
#include "votesfile.h"

#include <QObject>
#include <random>
#include <vector>

namespace md::trial {
class TrialService;
class TrialSession;
} // namespace md::trial

namespace md::arena {

// One blind round after another, without widgets: a pair from the pool (favouring pairs with few votes), the
// prompt to both in random order as "Model A" and "Model B", then the person's vote appended to the votes file.
// An answer that fails voids the round: no vote is taken. Names, speed and cost stay with the session until
// the vote; the page decides what to show when (state()).
class ArenaSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArenaSession)

public:
    enum class State { Idle, Running, Voting, Voted, Void };
    Q_ENUM(State)

    // `trials` must outlive the session. `votesPath` empty: the person's votes file.
    explicit ArenaSession(trial::TrialService *trials, const QString &votesPath = {}, QObject *parent = nullptr);
    ~ArenaSession() override;

    // The models to pair: columns a provider offers (one per voted name; later duplicates are dropped).
    void setPool(std::vector<trial::ColumnSpec> pool);
    const std::vector<trial::ColumnSpec> &pool() const { return m_pool; }
    // The name a vote records for a column: its dataset model id, else the API id.
    static QString voteName(const trial::ColumnSpec &column);

    // A new round on `prompt` with a freshly picked pair; false while running or with fewer than 2 models.
    bool start(const QString &prompt, const QString &category, const trial::TrialSettings &settings = {});
    // The same prompt again, to another pair.
    bool nextPair();
    bool vote(Winner winner);
    void stop();

    State state() const { return m_state; }
    const QString &prompt() const { return m_prompt; }
    // The round's columns: [0] is "Model A", [1] "Model B". For the page to show after the vote only.
    const std::vector<trial::ColumnSpec> &columns() const { return m_columns; }
    const trial::TrialAnswer &answer(int side) const { return m_answers[size_t(side)]; }
    const std::vector<Vote> &votes() const { return m_votes; }
    const VotesFile &votesFile() const { return m_file; }
    const QString &loadError() const { return m_loadError; }
    void reload();
    void seed(std::uint64_t seed) { m_random.seed(seed); }

    // The pair to ask next: among the pool (names), pairs with fewer votes between them are likelier, a pair
    // without any the likeliest (weight 1 / (1 + votes)²). Indices into `names`, in random order.
    static std::pair<int, int> pickPair(const QStringList &names, const std::vector<Vote> &votes,
                                        std::mt19937_64 &random);

signals:
    void stateChanged(md::arena::ArenaSession::State state);
    void text(int side, const QString &delta);
    void answerFinished(int side, const md::trial::TrialAnswer &answer);
    void voided(const QString &reason);
    void voted(const md::arena::Vote &vote);
    void failed(const QString &message); // a key fetch or a write of the votes file went wrong

private:
    bool startRound();
    void setState(State state);
    void onTurnFinished(const trial::TrialRecord &record);

    trial::TrialService *m_trials;
    trial::TrialSession *m_session;
    VotesFile m_file;
    std::vector<Vote> m_votes;
    QString m_loadError;
    std::vector<trial::ColumnSpec> m_pool;
    std::vector<trial::ColumnSpec> m_columns;
    trial::TrialAnswer m_answers[2];
    trial::TrialSettings m_settings;
    QString m_prompt;
    QString m_category;
    State m_state = State::Idle;
    std::mt19937_64 m_random{std::random_device{}()};
};

} // namespace md::arena
