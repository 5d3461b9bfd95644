#include "tokencount.h"

#include "encoding.h"

#include <cmath>

namespace md::tokens {

QString sourceName(TokenSource source)
{
    switch (source) {
    case TokenSource::Server:
        return QStringLiteral("server");
    case TokenSource::Tokenizer:
        return QStringLiteral("tokenizer");
    case TokenSource::Estimate:
        break;
    }
    return QStringLiteral("estimate");
}

namespace {

const Encoding &encodingFor(const QString &name, TokenSource &source)
{
    if (const Encoding *exact = Encoding::find(name)) {
        source = TokenSource::Tokenizer;
        return *exact;
    }
    source = TokenSource::Estimate;
    return *Encoding::find(u"cl100k_base");
}

qint64 scaled(qint64 tokens, TokenSource source)
{
    return source == TokenSource::Estimate ? qint64(std::ceil(double(tokens) * EstimateRatio)) : tokens;
}

} // namespace

TokenCount countText(const QString &encoding, QStringView text)
{
    TokenCount result;
    const Encoding &e = encodingFor(encoding, result.source);
    result.tokens = scaled(e.count(text), result.source);
    return result;
}

TokenCount countChat(const QString &encoding, std::span<const ChatMessage> messages)
{
    TokenCount result;
    const Encoding &e = encodingFor(encoding, result.source);
    qint64 total = TokensPrimingReply;
    for (const ChatMessage &m : messages)
        total += TokensPerMessage + e.count(m.role) + e.count(m.content);
    result.tokens = scaled(total, result.source);
    return result;
}

} // namespace md::tokens
