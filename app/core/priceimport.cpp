#include "priceimport.h"

#include "datasetjson.h"

namespace md {

Result<ImportBatch> PriceImport::load(ImportSource source, const QString &path, const QDate &effective)
{
    auto bytes = DatasetJson::readFile(path);
    if (!bytes)
        return Result<ImportBatch>::failure(bytes.error());
    return parse(source, bytes.value(), path, effective);
}

Result<ImportBatch> PriceImport::parse(ImportSource source, const QByteArray &data, const QString &origin,
                                       const QDate &effective)
{
    if (data.size() > DatasetJson::MaxFileSize)
        return Result<ImportBatch>::failure(
            tr("%1: the file is larger than %2 MiB").arg(origin).arg(DatasetJson::MaxFileSize >> 20));
    return source == ImportSource::LiteLlm ? parseLiteLlm(data, origin, effective)
                                           : parseOpenRouter(data, origin, effective);
}

std::optional<ImportSource> PriceImport::sourceFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("litellm"))
        return ImportSource::LiteLlm;
    if (n == QLatin1String("openrouter"))
        return ImportSource::OpenRouter;
    return std::nullopt;
}

QString PriceImport::sourceName(ImportSource source)
{
    return source == ImportSource::LiteLlm ? QStringLiteral("LiteLLM") : QStringLiteral("OpenRouter");
}

std::optional<MicroUsdPerMTok> PriceImport::perTokenToMicroPerMTok(QByteArrayView text)
{
    // value = digits * 10^exponent; micro-dollars per 1M tokens = value * 10^12.
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool negative = false;
    if (i < n && (text[i] == '-' || text[i] == '+'))
        negative = text[i++] == '-';
    QByteArray digits;
    int exponent = 0;
    bool seenDigit = false;
    bool seenDot = false;
    for (; i < n; ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            seenDigit = true;
            if (!(digits.isEmpty() && c == '0'))
                digits += c;
            if (seenDot)
                --exponent;
        } else if (c == '.' && !seenDot) {
            seenDot = true;
        } else {
            break;
        }
    }
    if (!seenDigit)
        return std::nullopt;
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool expNegative = false;
        if (i < n && (text[i] == '-' || text[i] == '+'))
            expNegative = text[i++] == '-';
        int e = 0;
        bool any = false;
        for (; i < n && text[i] >= '0' && text[i] <= '9'; ++i) {
            any = true;
            e = qMin(e * 10 + (text[i] - '0'), 10'000);
        }
        if (!any)
            return std::nullopt;
        exponent += expNegative ? -e : e;
    }
    if (i != n)
        return std::nullopt;
    if (digits.isEmpty())
        return 0;
    const int shift = exponent + 12;
    qint64 result = 0;
    qsizetype whole = digits.size() + shift; // digits before the decimal point after shifting
    if (whole > 18)
        return std::nullopt; // beyond a trillion dollars per 1M tokens: not a price
    for (qsizetype k = 0; k < whole; ++k)
        result = result * 10 + (k < digits.size() ? digits[k] - '0' : 0);
    const qsizetype next = whole; // the first dropped digit decides the rounding
    if (next >= 0 && next < digits.size() && digits[next] >= '5')
        ++result;
    return negative ? -result : result;
}

} // namespace md
