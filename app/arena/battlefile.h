#pragma once

#include "arenavote.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace md::arena {

// Votes read from a file, with what was skipped on the way (an entry that compares a model with itself, a
// votes file's incomplete last line).
struct LoadedVotes {
    std::vector<Vote> votes;
    QStringList warnings;
};

// FastChat/LMArena's battle format: a JSON array of {model_a, model_b, winner, tstamp?, turn?, language?}.
// Errors name the file and the entry: "battles.json: entry 12: winner must be ...".
class BattleFile
{
    Q_DECLARE_TR_FUNCTIONS(BattleFile)

public:
    static Result<LoadedVotes> parse(const QByteArray &json, const QString &origin);
    static QByteArray serialize(const std::vector<Vote> &votes);
    // A battle file, or ModelDesk's own votes file (JSON lines, told apart by its first character).
    static Result<LoadedVotes> load(const QString &path);
    // Atomic: a failed write leaves an existing file untouched.
    static Result<bool> save(const std::vector<Vote> &votes, const QString &path);
};

} // namespace md::arena
