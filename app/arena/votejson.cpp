#include "votejson.h"

#include "core/jsonfile.h"

#include <cmath>

using nlohmann::json;

namespace md::arena {

namespace {

QString text(const json &value)
{
    return QString::fromStdString(value.get_ref<const std::string &>());
}

// Reads an optional string field; false (with `error`) when present but not a string.
bool readString(const json &entry, const char *key, QString &out, QString &error)
{
    const auto it = entry.find(key);
    if (it == entry.end() || it->is_null())
        return true;
    if (!it->is_string()) {
        error = VoteJson::tr("%1 must be text, got %2").arg(QLatin1String(key), JsonFile::describe(*it));
        return false;
    }
    out = text(*it);
    return true;
}

bool readMetrics(const json &entry, const char *key, AnswerMetrics &out, QString &error)
{
    const auto it = entry.find(key);
    if (it == entry.end() || it->is_null())
        return true;
    if (!it->is_object()) {
        error = VoteJson::tr("%1 must be an object, got %2").arg(QLatin1String(key), JsonFile::describe(*it));
        return false;
    }
    struct Field {
        const char *name;
        std::optional<double> AnswerMetrics::*member;
    };
    static const Field fields[] = {{"first_token_ms", &AnswerMetrics::firstTokenMs},
                                   {"total_ms", &AnswerMetrics::totalMs},
                                   {"tokens_per_second", &AnswerMetrics::tokensPerSecond},
                                   {"cost_usd", &AnswerMetrics::costUsd}};
    for (const Field &field : fields) {
        const auto value = it->find(field.name);
        if (value == it->end() || value->is_null())
            continue;
        if (!value->is_number() || !std::isfinite(value->get<double>()) || value->get<double>() < 0) {
            error = VoteJson::tr("%1.%2 must be a number of at least 0, got %3")
                        .arg(QLatin1String(key), QLatin1String(field.name), JsonFile::describe(*value));
            return false;
        }
        out.*field.member = value->get<double>();
    }
    if (const auto tokens = it->find("output_tokens"); tokens != it->end() && !tokens->is_null()) {
        if (!tokens->is_number_integer() || tokens->get<qint64>() < 0) {
            error = VoteJson::tr("%1.output_tokens must be a whole number of at least 0, got %2")
                        .arg(QLatin1String(key), JsonFile::describe(*tokens));
            return false;
        }
        out.outputTokens = tokens->get<qint64>();
    }
    return true;
}

json metricsJson(const AnswerMetrics &metrics)
{
    json out = json::object();
    if (metrics.firstTokenMs)
        out["first_token_ms"] = *metrics.firstTokenMs;
    if (metrics.totalMs)
        out["total_ms"] = *metrics.totalMs;
    if (metrics.tokensPerSecond)
        out["tokens_per_second"] = *metrics.tokensPerSecond;
    if (metrics.outputTokens)
        out["output_tokens"] = *metrics.outputTokens;
    if (metrics.costUsd)
        out["cost_usd"] = *metrics.costUsd;
    return out;
}

} // namespace

std::optional<Vote> VoteJson::read(const json &entry, QString &error)
{
    if (!entry.is_object()) {
        error = tr("must be an object with model_a, model_b and winner, got %1").arg(JsonFile::describe(entry));
        return std::nullopt;
    }
    Vote vote;
    for (const char *key : {"model_a", "model_b"}) {
        const auto it = entry.find(key);
        if (it == entry.end() || !it->is_string() || it->get_ref<const std::string &>().empty()) {
            error = tr("%1 must be a model name, got %2")
                        .arg(QLatin1String(key), it == entry.end() ? tr("nothing") : JsonFile::describe(*it));
            return std::nullopt;
        }
        (key[6] == 'a' ? vote.modelA : vote.modelB) = text(*it);
    }
    const auto winner = entry.find("winner");
    const std::optional<Winner> parsed =
        winner != entry.end() && winner->is_string() ? winnerFromName(text(*winner)) : std::nullopt;
    if (!parsed) {
        error = tr("winner must be \"model_a\", \"model_b\", \"tie\" or \"tie (bothbad)\", got %1")
                    .arg(winner == entry.end() ? tr("nothing") : JsonFile::describe(*winner));
        return std::nullopt;
    }
    vote.winner = *parsed;
    if (const auto it = entry.find("tstamp"); it != entry.end() && !it->is_null()) {
        if (!it->is_number() || !std::isfinite(it->get<double>())) {
            error = tr("tstamp must be seconds since 1970, got %1").arg(JsonFile::describe(*it));
            return std::nullopt;
        }
        const double ms = std::round(it->get<double>() * 1000.0);
        if (std::abs(ms) < 1e15) // about 30,000 years either side
            vote.time = QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC);
    }
    QString time;
    if (!readString(entry, "time", time, error))
        return std::nullopt;
    if (!time.isEmpty()) {
        vote.time = QDateTime::fromString(time, Qt::ISODateWithMs);
        if (!vote.time.isValid()) {
            error = tr("time must be an ISO 8601 date and time, got %1").arg(JsonFile::describe(entry["time"]));
            return std::nullopt;
        }
        vote.time = vote.time.toUTC();
    }
    if (const auto it = entry.find("turn"); it != entry.end() && !it->is_null()) {
        if (!it->is_number_integer() || it->get<qint64>() < 1 || it->get<qint64>() > 1'000'000) {
            error = tr("turn must be a whole number of at least 1, got %1").arg(JsonFile::describe(*it));
            return std::nullopt;
        }
        vote.turn = int(it->get<qint64>());
    }
    if (!readString(entry, "language", vote.language, error) || !readString(entry, "category", vote.category, error) ||
        !readString(entry, "prompt", vote.prompt, error) || !readString(entry, "answer_a", vote.answerA, error) ||
        !readString(entry, "answer_b", vote.answerB, error) || !readMetrics(entry, "metrics_a", vote.metricsA, error) ||
        !readMetrics(entry, "metrics_b", vote.metricsB, error))
        return std::nullopt;
    return vote;
}

json VoteJson::battle(const Vote &vote)
{
    json out = {{"model_a", vote.modelA.toStdString()},
                {"model_b", vote.modelB.toStdString()},
                {"winner", winnerName(vote.winner).toStdString()}};
    if (vote.time.isValid())
        out["tstamp"] = double(vote.time.toMSecsSinceEpoch()) / 1000.0;
    out["turn"] = vote.turn;
    if (!vote.language.isEmpty())
        out["language"] = vote.language.toStdString();
    if (!vote.category.isEmpty())
        out["category"] = vote.category.toStdString();
    return out;
}

json VoteJson::record(const Vote &vote)
{
    json out = {{"time", vote.time.toUTC().toString(Qt::ISODateWithMs).toStdString()},
                {"model_a", vote.modelA.toStdString()},
                {"model_b", vote.modelB.toStdString()},
                {"winner", winnerName(vote.winner).toStdString()},
                {"category", vote.category.toStdString()},
                {"prompt", vote.prompt.toStdString()},
                {"answer_a", vote.answerA.toStdString()},
                {"answer_b", vote.answerB.toStdString()},
                {"metrics_a", metricsJson(vote.metricsA)},
                {"metrics_b", metricsJson(vote.metricsB)}};
    if (vote.turn != 1)
        out["turn"] = vote.turn;
    if (!vote.language.isEmpty())
        out["language"] = vote.language.toStdString();
    return out;
}

} // namespace md::arena
