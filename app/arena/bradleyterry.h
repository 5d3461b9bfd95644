#pragma once

#include <cstdint>
#include <vector>

namespace md::arena {

// Votes aggregated per pair of models (i < j): how often i won, j won, or neither (a tie or both bad). The fit
// and the bootstrap work on these counts, never on the votes themselves.
struct PairCounts {
    int i = 0;
    int j = 0;
    double winsI = 0;
    double winsJ = 0;
    double ties = 0;
};

struct PairTable {
    int models = 0;
    std::vector<PairCounts> pairs;
};

// Bradley–Terry by maximum likelihood: strengths θ (natural log scale, P(i beats j) = 1 / (1 + e^(θj − θi)))
// maximising Σ (winsI + ties/2) log P(i beats j) + (winsJ + ties/2) log P(j beats i) − λ/2 Σ θ².
// The tiny L2 term (λ = Prior) keeps a model that won every vote finite; it moves a rating fitted on real
// counts by far less than a thousandth of an Elo point. Damped Newton, starting from `start` (or zeros).
class BradleyTerry
{
public:
    static constexpr double Prior = 1e-6;
    static constexpr int MaxIterations = 200;

    static std::vector<double> fit(const PairTable &table, const std::vector<double> &start = {});
    // θ to the Elo scale (400 / ln 10 points per unit of θ), shifted so the mean rating is 1000.
    static std::vector<double> toElo(const std::vector<double> &theta);
};

} // namespace md::arena
