#include "arenadataset.h"

#include <QFileInfo>
#include <cmath>

namespace md::arena {

ArenaDataset::Update ArenaDataset::update(const ArenaRatings &ratings, const Dataset &dataset, const QString &votesFile,
                                          const QDate &date)
{
    Update out;
    out.benchmark.id = QLatin1String(BenchmarkId);
    out.benchmark.name = QStringLiteral("Arena (private)");
    out.benchmark.category = QStringLiteral("arena");
    out.benchmark.description = QStringLiteral(
        "Bradley–Terry ratings (Elo scale, mean 1000) from your own blind A/B votes in ModelDesk's arena");
    out.benchmark.unit = QStringLiteral("Elo");
    out.benchmark.higherIsBetter = true;
    const QString name = QFileInfo(votesFile).fileName();
    const QString source = date.isValid() ? QStringLiteral("%1, %2").arg(name, date.toString(Qt::ISODate)) : name;
    for (const ModelRating &rating : ratings.models) {
        if (!dataset.model(rating.model)) {
            out.unknownModels << rating.model;
            continue;
        }
        // One decimal: the interval is far wider than that.
        out.scores.insert(rating.model, Score{std::round(rating.rating * 10.0) / 10.0, source});
    }
    return out;
}

QDate ArenaDataset::newestDay(const std::vector<Vote> &votes)
{
    QDateTime newest;
    for (const Vote &vote : votes)
        if (vote.time.isValid() && (!newest.isValid() || vote.time > newest))
            newest = vote.time;
    return newest.isValid() ? newest.toUTC().date() : QDate();
}

} // namespace md::arena
