#pragma once

#include "bperanks.h"

#include <string_view>
#include <vector>

namespace md::tokens {

// Appends the tokens of one pre-tokenised piece to `out`: starting from single bytes, repeatedly merges the
// adjacent pair whose joined bytes have the lowest rank (the leftmost of equal ranks) until no joined pair is
// a token, as OpenAI's byte-pair encodings define it. A piece that is itself a token is that one token.
void bytePairEncode(const BpeRanks &ranks, std::string_view piece, std::vector<Rank> &out);

namespace detail {
// The two ways bytePairEncode merges, with the same result: a flat array for pieces up to FlatLimit bytes
// (quadratic, fastest for short pieces) and a heap for longer ones (a run of thousands of spaces is one piece).
inline constexpr std::size_t FlatLimit = 128;
void mergeFlat(const BpeRanks &ranks, std::string_view piece, std::vector<Rank> &out);
void mergeHeap(const BpeRanks &ranks, std::string_view piece, std::vector<Rank> &out);
} // namespace detail

} // namespace md::tokens
