#include "trialrecord.h"

#include "core/format.h"

#include <QJsonArray>

namespace md::trial {

namespace {

QJsonValue optionalInt(qint64 value, bool present)
{
    return present ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject metricsJson(const TrialMetrics &m)
{
    return {{QStringLiteral("ttft_ms"), optionalInt(m.ttftMs, m.ttftMs >= 0)},
            {QStringLiteral("total_ms"), m.totalMs},
            {QStringLiteral("prompt_tokens"), m.promptTokens},
            {QStringLiteral("completion_tokens"), m.completionTokens},
            {QStringLiteral("tokens_estimated"), m.tokensEstimated},
            {QStringLiteral("tokens_source"), tokens::sourceName(m.tokensSource)},
            {QStringLiteral("tokens_per_second"), m.tokensPerSecond},
            {QStringLiteral("cost_usd"),
             m.cost ? QJsonValue(m.cost->toPlainString(8).toDouble()) : QJsonValue(QJsonValue::Null)}};
}

TrialMetrics metricsFromJson(const QJsonObject &o)
{
    TrialMetrics m;
    m.ttftMs = o.value(QLatin1String("ttft_ms")).isNull() ? -1 : o.value(QLatin1String("ttft_ms")).toInteger();
    m.totalMs = o.value(QLatin1String("total_ms")).toInteger();
    m.promptTokens = o.value(QLatin1String("prompt_tokens")).toInteger();
    m.completionTokens = o.value(QLatin1String("completion_tokens")).toInteger();
    m.tokensEstimated = o.value(QLatin1String("tokens_estimated")).toBool();
    const QString source = o.value(QLatin1String("tokens_source")).toString();
    m.tokensSource = source == QLatin1String("tokenizer")                       ? tokens::TokenSource::Tokenizer
                     : source == QLatin1String("estimate") || m.tokensEstimated ? tokens::TokenSource::Estimate
                                                                                : tokens::TokenSource::Server;
    m.tokensPerSecond = o.value(QLatin1String("tokens_per_second")).toDouble();
    if (const QJsonValue c = o.value(QLatin1String("cost_usd")); c.isDouble())
        m.cost = Money::fromUnits(Money::Units(std::llround(c.toDouble() * 1e8)) * 100'000'000LL);
    return m;
}

QJsonValue optionalDouble(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject TrialFormat::toJson(const TrialRecord &record)
{
    QJsonArray columns;
    for (const ColumnSpec &c : record.columns) {
        columns.append(QJsonObject{{QStringLiteral("provider"), c.provider},
                                   {QStringLiteral("base_url"), c.baseUrl},
                                   {QStringLiteral("model"), c.apiModel},
                                   {QStringLiteral("dataset_model"), c.datasetModelId},
                                   {QStringLiteral("label"), c.label}});
    }
    QJsonArray turns;
    for (const TrialTurn &t : record.turns) {
        QJsonArray answers;
        for (const TrialAnswer &a : t.answers) {
            answers.append(QJsonObject{{QStringLiteral("text"), a.text},
                                       {QStringLiteral("error"), a.ok() ? QJsonValue(QJsonValue::Null) : a.error},
                                       {QStringLiteral("cancelled"), a.cancelled},
                                       {QStringLiteral("metrics"), metricsJson(a.metrics)}});
        }
        turns.append(QJsonObject{{QStringLiteral("prompt"), t.prompt}, {QStringLiteral("answers"), answers}});
    }
    const TrialSettings &s = record.settings;
    return {{QStringLiteral("id"), record.id},
            {QStringLiteral("started"), record.started.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("settings"),
             QJsonObject{
                 {QStringLiteral("system"), s.system},
                 {QStringLiteral("temperature"), optionalDouble(s.temperature)},
                 {QStringLiteral("max_tokens"), s.maxTokens ? QJsonValue(*s.maxTokens) : QJsonValue(QJsonValue::Null)},
                 {QStringLiteral("stream"), s.stream}}},
            {QStringLiteral("columns"), columns},
            {QStringLiteral("turns"), turns}};
}

std::optional<TrialRecord> TrialFormat::fromJson(const QJsonObject &o)
{
    TrialRecord r;
    r.id = o.value(QLatin1String("id")).toString();
    r.started = QDateTime::fromString(o.value(QLatin1String("started")).toString(), Qt::ISODateWithMs);
    if (r.id.isEmpty() || !r.started.isValid())
        return std::nullopt;
    const QJsonObject s = o.value(QLatin1String("settings")).toObject();
    r.settings.system = s.value(QLatin1String("system")).toString();
    if (s.value(QLatin1String("temperature")).isDouble())
        r.settings.temperature = s.value(QLatin1String("temperature")).toDouble();
    if (s.value(QLatin1String("max_tokens")).isDouble())
        r.settings.maxTokens = s.value(QLatin1String("max_tokens")).toInt();
    r.settings.stream = s.value(QLatin1String("stream")).toBool(true);
    for (const QJsonValue v : o.value(QLatin1String("columns")).toArray()) {
        const QJsonObject c = v.toObject();
        r.columns.push_back({c.value(QLatin1String("provider")).toString(),
                             c.value(QLatin1String("base_url")).toString(), c.value(QLatin1String("model")).toString(),
                             c.value(QLatin1String("dataset_model")).toString(),
                             c.value(QLatin1String("label")).toString()});
    }
    for (const QJsonValue v : o.value(QLatin1String("turns")).toArray()) {
        TrialTurn turn;
        turn.prompt = v.toObject().value(QLatin1String("prompt")).toString();
        for (const QJsonValue av : v.toObject().value(QLatin1String("answers")).toArray()) {
            const QJsonObject a = av.toObject();
            turn.answers.push_back({a.value(QLatin1String("text")).toString(),
                                    a.value(QLatin1String("error")).toString(),
                                    a.value(QLatin1String("cancelled")).toBool(),
                                    metricsFromJson(a.value(QLatin1String("metrics")).toObject())});
        }
        r.turns.push_back(std::move(turn));
    }
    return r;
}

QString TrialFormat::tokenCounts(const TrialMetrics &m, const QLocale &locale)
{
    const QString mark = m.tokensEstimated ? QStringLiteral("~") : QString();
    QString text =
        tr("%1%2 in + %1%3 out tokens").arg(mark, locale.toString(m.promptTokens), locale.toString(m.completionTokens));
    if (m.tokensSource == tokens::TokenSource::Tokenizer)
        text += QLatin1Char(' ') + tr("(counted with the model's tokenizer: the server sent no usage)");
    else if (m.tokensEstimated)
        text += QLatin1Char(' ') + tr("(estimated: the server sent no usage)");
    return text;
}

QString TrialFormat::cost(const TrialMetrics &m, const QLocale &locale)
{
    if (!m.cost)
        return tr("cost n/a (no price in the dataset)");
    return (m.tokensEstimated ? QStringLiteral("~") : QString()) + m.cost->toString(locale, 6);
}

QString TrialFormat::timing(const TrialMetrics &m, const QLocale &locale)
{
    const QString total = locale.toString(m.totalMs / 1000.0, 'f', 2);
    if (m.ttftMs < 0) // not streamed (or nothing streamed): a first token and a rate mean nothing
        return tr("total %1 s").arg(total);
    return tr("TTFT %1 · total %2 s · %3 tok/s")
        .arg(tr("%1 ms").arg(locale.toString(m.ttftMs)), total, locale.toString(m.tokensPerSecond, 'f', 1));
}

QString TrialFormat::metricsLine(const TrialMetrics &m, const QLocale &locale)
{
    return timing(m, locale) + QStringLiteral(" · ") + tokenCounts(m, locale) + QStringLiteral(" · ") + cost(m, locale);
}

QString TrialFormat::answerMetrics(const TrialAnswer &answer, const QLocale &locale)
{
    if (hasNoAnswer(answer))
        return timing(answer.metrics, locale) + QStringLiteral(" · ") + tr("no answer: no tokens, no cost");
    return metricsLine(answer.metrics, locale);
}

QString TrialFormat::leaderText(const TurnLeaders &leaders, int column)
{
    QStringList marks;
    if (leaders.fastest == column)
        marks << tr("Fastest");
    if (leaders.cheapest == column)
        marks << tr("Cheapest");
    return marks.join(QStringLiteral(" · "));
}

TurnLeaders leadersOf(const TrialTurn &turn)
{
    TurnLeaders leaders;
    int whole = 0;
    int priced = 0;
    std::optional<Money> cheapest;
    for (int i = 0; i < int(turn.answers.size()); ++i) {
        const TrialAnswer &a = turn.answers[size_t(i)];
        if (!a.ok() || a.text.isEmpty())
            continue;
        ++whole;
        if (leaders.fastest < 0 || a.metrics.totalMs < turn.answers[size_t(leaders.fastest)].metrics.totalMs)
            leaders.fastest = i;
        const std::optional<Money> &cost = a.metrics.cost;
        if (!cost)
            continue;
        ++priced;
        if (!cheapest || *cost < *cheapest) {
            cheapest = cost;
            leaders.cheapest = i;
        }
    }
    if (whole < 2)
        leaders.fastest = -1;
    if (priced < 2)
        leaders.cheapest = -1;
    return leaders;
}

QString TrialFormat::answerText(const ColumnSpec &column, const TrialAnswer &answer)
{
    QString text = QStringLiteral("## ") + column.label;
    if (column.label != column.apiModel)
        text += QStringLiteral(" (") + column.apiModel + QLatin1Char(')');
    text += QStringLiteral("\n\n") + answer.text;
    if (!answer.ok())
        text += QStringLiteral("\n\n> ") + tr("Error: %1").arg(answer.error);
    return text;
}

QString TrialFormat::toMarkdown(const TrialRecord &record, const QLocale &locale)
{
    QString md = QStringLiteral("# ") +
                 tr("Trial of %1").arg(locale.toString(record.started.toLocalTime(), QLocale::ShortFormat)) +
                 QStringLiteral("\n\n");
    const TrialSettings &s = record.settings;
    md += QStringLiteral("- ") +
          tr("Temperature: %1").arg(s.temperature ? locale.toString(*s.temperature) : tr("server default")) +
          QLatin1Char('\n');
    md += QStringLiteral("- ") +
          tr("Max tokens: %1").arg(s.maxTokens ? locale.toString(*s.maxTokens) : tr("server default")) +
          QLatin1Char('\n');
    if (!s.system.isEmpty())
        md += QStringLiteral("- ") + tr("System prompt: %1").arg(s.system) + QLatin1Char('\n');
    for (const TrialTurn &turn : record.turns) {
        md += QLatin1Char('\n') + QStringLiteral("## ") + tr("Prompt") + QStringLiteral("\n\n") + turn.prompt +
              QLatin1Char('\n');
        const TurnLeaders leaders = leadersOf(turn);
        for (size_t i = 0; i < turn.answers.size() && i < record.columns.size(); ++i) {
            const TrialAnswer &a = turn.answers[i];
            QString metrics = answerMetrics(a, locale);
            if (const QString lead = leaderText(leaders, int(i)); !lead.isEmpty())
                metrics += QStringLiteral(" · **") + lead + QStringLiteral("**");
            md += QLatin1Char('\n') + QLatin1Char('#') + answerText(record.columns[i], a) + QStringLiteral("\n\n*") +
                  metrics + QStringLiteral("*\n");
        }
    }
    return md;
}

} // namespace md::trial
