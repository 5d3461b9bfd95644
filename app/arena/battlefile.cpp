#include "battlefile.h"

#include "core/datasetjson.h"
#include "core/jsonfile.h"
#include "votejson.h"
#include "votesfile.h"

#include <QFile>

using nlohmann::json;

namespace md::arena {

Result<LoadedVotes> BattleFile::parse(const QByteArray &data, const QString &origin)
{
    JsonFile::Parsed parsed = JsonFile::parse(data, origin, JsonFile::AnyDepth);
    if (!parsed.error.isEmpty())
        return Result<LoadedVotes>::failure(parsed.error);
    if (!parsed.duplicateKeys.isEmpty()) {
        return Result<LoadedVotes>::failure(
            tr("%1: the key \"%2\" appears twice in one entry").arg(origin, parsed.duplicateKeys.constFirst()));
    }
    if (!parsed.root.is_array()) {
        return Result<LoadedVotes>::failure(tr("%1: a battle file must be a JSON array of battles, got %2")
                                                .arg(origin, JsonFile::describe(parsed.root)));
    }
    LoadedVotes loaded;
    loaded.votes.reserve(parsed.root.size());
    for (size_t i = 0; i < parsed.root.size(); ++i) {
        QString error;
        auto vote = VoteJson::read(parsed.root[i], error);
        if (!vote)
            return Result<LoadedVotes>::failure(tr("%1: entry %2: %3").arg(origin).arg(i).arg(error));
        if (vote->modelA == vote->modelB) {
            loaded.warnings << tr("%1: entry %2 compares %3 with itself; skipped").arg(origin).arg(i).arg(vote->modelA);
            continue;
        }
        loaded.votes.push_back(std::move(*vote));
    }
    return loaded;
}

QByteArray BattleFile::serialize(const std::vector<Vote> &votes)
{
    json out = json::array();
    for (const Vote &vote : votes)
        out.push_back(VoteJson::battle(vote));
    return QByteArray::fromStdString(out.dump(1, '\t', false, json::error_handler_t::replace)) + '\n';
}

Result<LoadedVotes> BattleFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<LoadedVotes>::failure(tr("%1: cannot read: %2").arg(path, file.errorString()));
    // ModelDesk's votes file is JSON lines, each an object; a battle file is one array.
    const QByteArray head = file.peek(4096).trimmed();
    const bool lines = head.startsWith('{');
    file.close();
    if (lines)
        return VotesFile(path).load();
    const auto data = JsonFile::read(path);
    if (!data)
        return Result<LoadedVotes>::failure(data.error());
    return parse(data.value(), path);
}

Result<bool> BattleFile::save(const std::vector<Vote> &votes, const QString &path)
{
    return DatasetJson::writeFile(serialize(votes), path);
}

} // namespace md::arena
