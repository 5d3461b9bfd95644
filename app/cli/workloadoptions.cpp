#include "workloadoptions.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QRegularExpression>

namespace md::cli {

namespace {
Result<qint64> wholeNumber(const QCommandLineParser &parser, const QString &option, qint64 maximum)
{
    const QString text = parser.value(option).trimmed();
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    bool ok = false;
    const qint64 value = digits.match(text).hasMatch() ? text.toLongLong(&ok) : -1;
    if (!ok || value > maximum)
        return Result<qint64>::failure(WorkloadOptions::tr("--%1: \"%2\" is not a whole number from 0 to %3")
                                           .arg(option, text, QLocale::c().toString(maximum)));
    return value;
}
} // namespace

void WorkloadOptions::add(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("input-tokens"), tr("Prompt tokens per request."), tr("N")},
        {QStringLiteral("output-tokens"), tr("Output tokens per request."), tr("N")},
        {QStringLiteral("requests"), tr("Requests per day or month (see --per)."), tr("N")},
        {QStringLiteral("per"), tr("Period of --requests: day or month (default month)."), tr("period"),
         QStringLiteral("month")},
        {QStringLiteral("cached-share"), tr("Percent of input tokens read from the prompt cache, 0-100 (default 0)."),
         tr("P"), QStringLiteral("0")},
        {QStringLiteral("cache-write-share"),
         tr("Percent of input tokens written to the prompt cache, 0-100 (default 0)."), tr("P"), QStringLiteral("0")},
        {QStringLiteral("batch"), tr("Use Batch API prices where a model has them.")},
    });
    addAsOf(parser);
}

void WorkloadOptions::addAsOf(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("as-of"),
                      tr("Price with the entries in force on this day, YYYY-MM-DD (default: the newest)."),
                      tr("date")});
}

Result<QDate> WorkloadOptions::readAsOf(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("as-of")))
        return QDate();
    const QString text = parser.value(QStringLiteral("as-of")).trimmed();
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QDate date = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid())
        return Result<QDate>::failure(
            tr("--as-of: \"%1\" is not a date (YYYY-MM-DD)").arg(parser.value(QStringLiteral("as-of"))));
    return date;
}

Result<qint64> WorkloadOptions::shareBasisPoints(const QString &raw, const QString &option)
{
    QString text = raw.trimmed();
    if (text.endsWith(QLatin1Char('%')))
        text.chop(1);
    static const QRegularExpression number(QStringLiteral("^([0-9]+)(?:\\.([0-9]{1,2}))?$"));
    const auto match = number.match(text);
    if (!match.hasMatch())
        return Result<qint64>::failure(
            tr("--%1: \"%2\" is not a percentage from 0 to 100 (at most two decimals)").arg(option, raw));
    // Leading zeros are only zeros ("0050" is 50); a long run of digits is over 100 without overflow.
    QString digits = match.captured(1);
    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    const qint64 whole = digits.size() > 3 ? 1000 : digits.toLongLong();
    const qint64 hundredths = match.captured(2).leftJustified(2, QLatin1Char('0')).toLongLong();
    const qint64 bp = whole * 100 + hundredths;
    if (bp > 10'000)
        return Result<qint64>::failure(tr("--%1: %2 is over 100 percent").arg(option, raw));
    return bp;
}

Result<Workload> WorkloadOptions::read(const QCommandLineParser &parser, bool required, const Workload &defaults)
{
    using R = Result<Workload>;
    Workload w = defaults;
    struct Count {
        const char *option;
        qint64 maximum;
        qint64 Workload::*field;
    };
    for (const Count &c : {Count{"input-tokens", MaxTokens, &Workload::inputTokens},
                           Count{"output-tokens", MaxTokens, &Workload::outputTokens},
                           Count{"requests", MaxRequests, &Workload::requests}}) {
        const QString option = QString::fromLatin1(c.option);
        if (!parser.isSet(option)) {
            if (required)
                return R::failure(tr("--%1 is required").arg(option));
            continue;
        }
        const auto value = wholeNumber(parser, option, c.maximum);
        if (!value)
            return R::failure(value.error());
        w.*c.field = value.value();
    }
    const QString per = parser.value(QStringLiteral("per")).trimmed().toLower();
    if (per != QLatin1String("day") && per != QLatin1String("month"))
        return R::failure(tr("--per: \"%1\" is not day or month").arg(parser.value(QStringLiteral("per"))));
    w.period = per == QLatin1String("day") ? Workload::Period::Day : Workload::Period::Month;
    const auto share = shareBasisPoints(parser.value(QStringLiteral("cached-share")));
    if (!share)
        return R::failure(share.error());
    w.cachedShareBasisPoints = share.value();
    const auto writeShare =
        shareBasisPoints(parser.value(QStringLiteral("cache-write-share")), QStringLiteral("cache-write-share"));
    if (!writeShare)
        return R::failure(writeShare.error());
    if (share.value() + writeShare.value() > 10'000)
        return R::failure(tr("--cached-share and --cache-write-share: together over 100 percent"));
    w.cacheWriteShareBasisPoints = writeShare.value();
    const auto asOf = readAsOf(parser);
    if (!asOf)
        return R::failure(asOf.error());
    w.pricesAsOf = asOf.value();
    w.batch = parser.isSet(QStringLiteral("batch"));
    return w;
}

} // namespace md::cli
