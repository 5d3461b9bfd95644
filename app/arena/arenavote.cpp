#include "arenavote.h"

#include <array>

namespace md::arena {

namespace {

struct WinnerRow {
    Winner winner;
    const char *name;
};
constexpr std::array<WinnerRow, 4> Winners = {{
    {Winner::ModelA, "model_a"},
    {Winner::ModelB, "model_b"},
    {Winner::Tie, "tie"},
    {Winner::BothBad, "tie (bothbad)"},
}};

} // namespace

QString winnerName(Winner winner)
{
    for (const WinnerRow &row : Winners)
        if (row.winner == winner)
            return QLatin1String(row.name);
    return {};
}

std::optional<Winner> winnerFromName(const QString &name)
{
    for (const WinnerRow &row : Winners)
        if (name == QLatin1String(row.name))
            return row.winner;
    return std::nullopt;
}

} // namespace md::arena
