#pragma once

#include <QString>
#include <QStringView>
#include <span>

namespace md::tokens {

// Where a token count comes from: the server's usage report, the model's own tokenizer (exact), or an estimate
// for a model whose tokenizer is not public (shown with "~").
enum class TokenSource { Server, Tokenizer, Estimate };
QString sourceName(TokenSource source); // "server", "tokenizer", "estimate" (JSON, not translated)

struct TokenCount {
    qint64 tokens = 0;
    TokenSource source = TokenSource::Estimate;

    bool exact() const { return source != TokenSource::Estimate; }
};

// What models without a public tokenizer (Claude, Gemini, ...) are estimated by: the cl100k_base count
// times EstimateRatio. Anthropic and Google publish no offline tokenizer; cl100k_base, a 100K-token BPE of the
// same generation, is close for English and code, and the estimate is always marked as one.
inline constexpr double EstimateRatio = 1.0;

// The tokens of `text` with the named encoding ("o200k_base", "cl100k_base"); any other name, "none" or ""
// gives the estimate.
TokenCount countText(const QString &encoding, QStringView text);

// A chat request as OpenAI counts it (the cookbook's num_tokens_from_messages for GPT-3.5 Turbo, GPT-4 and
// GPT-4o): each message costs its role and content plus 3 tokens of framing, and the answer is primed with 3.
struct ChatMessage {
    QString role;
    QString content;
};
inline constexpr int TokensPerMessage = 3;
inline constexpr int TokensPrimingReply = 3;
TokenCount countChat(const QString &encoding, std::span<const ChatMessage> messages);

} // namespace md::tokens
