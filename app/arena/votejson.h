#pragma once

// The JSON of a vote, shared by the battle file and the votes file. Private to app/arena: nlohmann stays out of
// public headers.

#include "arenavote.h"

#include <QCoreApplication>
#include <nlohmann/json.hpp>
#include <optional>

namespace md::arena {

class VoteJson
{
    Q_DECLARE_TR_FUNCTIONS(VoteJson)

public:
    // Reads one entry: `model_a`, `model_b` and `winner` are required; `tstamp` (seconds since 1970) or `time`
    // (ISO 8601), `turn`, `language`, `category`, `prompt`, `answer_a`, `answer_b`, `metrics_a`, `metrics_b`
    // are optional; other keys are ignored (LMArena's dumps carry many). On a bad field, nullopt and
    // `error` says which field and what it held (without the file and entry, which the caller adds).
    static std::optional<Vote> read(const nlohmann::json &entry, QString &error);

    // FastChat's battle entry: model_a, model_b, winner, tstamp, turn, and language and category when set.
    static nlohmann::json battle(const Vote &vote);
    // The votes file's record: all of the vote.
    static nlohmann::json record(const Vote &vote);
};

} // namespace md::arena
