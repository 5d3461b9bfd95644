#pragma once

#include "arenavote.h"
#include "bradleyterry.h"

#include <QStringList>
#include <cstdint>
#include <optional>
#include <vector>

namespace md::arena {

struct RatingOptions {
    int bootstrapRounds = 1000;
    std::uint64_t seed = 0;
    int minVotes = 30; // fewer votes: the rating is preliminary
    QString category;  // only votes with this category; empty: all
    int threads = 0;   // bootstrap threads; 0: one per core
};

struct ModelRating {
    QString model;
    double rating = 1000;
    double lower = 1000; // the 95% bootstrap interval (the rating itself without bootstrap rounds)
    double upper = 1000;
    int rank = 1; // 1 + the number of models whose lower bound is above this model's upper bound
    int votes = 0;
    int wins = 0;
    int losses = 0;
    int ties = 0; // ties and "both bad"
    bool preliminary = false;
    double winRate() const { return votes > 0 ? (wins + 0.5 * ties) / votes : 0.0; }
};

struct ArenaRatings {
    std::vector<ModelRating> models; // best first
    int votes = 0;                   // the votes rated (after the category filter)
    int bootstrapRounds = 0;
    // Per pair, indexed by position in `models` (row-major, models.size() squared): the votes between the two,
    // and the row model's win rate against the column model (ties half) or nullopt with no votes between them.
    std::vector<int> pairVotes;
    std::vector<std::optional<double>> winRate;
    // Models that are compared with each other; more than one group means ratings of different groups cannot
    // be compared (no chain of votes links them). Largest first.
    std::vector<QStringList> groups;

    bool connected() const { return groups.size() <= 1; }
    int pairVotesAt(size_t row, size_t column) const { return pairVotes[row * models.size() + column]; }
    std::optional<double> winRateAt(size_t row, size_t column) const { return winRate[row * models.size() + column]; }
};

class Arena
{
public:
    // The models in order of first appearance, and the votes aggregated per pair.
    static PairTable pairTable(const std::vector<Vote> &votes, QStringList &models, const QString &category = {});
    static ArenaRatings rate(const std::vector<Vote> &votes, const RatingOptions &options = {});
    // A resample of `table`: its votes drawn with replacement, as a multinomial over the pair×outcome counts.
    static PairTable resample(const PairTable &table, std::uint64_t seed, int round);
};

} // namespace md::arena
