#pragma once

#include "arenaratings.h"
#include "core/dataset.h"

#include <QDate>
#include <QHash>
#include <optional>

namespace md::arena {

// The arena's ratings as a benchmark of the shared dataset: "Arena (private)", unit "Elo", higher is better,
// each score's source naming the votes file and its date. The document's bulk write (setBenchmarkScores) takes
// the result as one undo step; the command line writes it through the same path.
// Its name, description and sources are data, written into files: the same in every language of the window.
class ArenaDataset
{
public:
    static constexpr const char *BenchmarkId = "arena-private";

    struct Update {
        Benchmark benchmark;
        QHash<QString, std::optional<Score>> scores;
        QStringList unknownModels; // rated, but not in the dataset: left out
    };
    // `votesFile` and `date` name where the votes came from (the file's name and the newest vote's day).
    static Update update(const ArenaRatings &ratings, const Dataset &dataset, const QString &votesFile,
                         const QDate &date);
    // The newest vote's day, or an invalid date when no vote has a time.
    static QDate newestDay(const std::vector<Vote> &votes);
};

} // namespace md::arena
