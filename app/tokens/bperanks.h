#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <cstdint>
#include <limits>
#include <memory>
#include <vector>

namespace md::tokens {

using Rank = std::uint32_t;
inline constexpr Rank NoRank = std::numeric_limits<Rank>::max();

// The ranks of a byte-pair vocabulary: token bytes to rank and back. Read from the compact form that
// scripts/convert-tiktoken.py writes (ranks 0..N-1 in order, each token's length, then all bytes).
class BpeRanks final
{
public:
    // nullptr with `error` set when `data` is not a valid vocabulary.
    static std::unique_ptr<BpeRanks> parse(QByteArray data, QString *error);

    Rank size() const { return Rank(m_lengths.size()); }
    Rank rank(const char *bytes, std::size_t length) const; // NoRank when not a token
    QByteArrayView bytes(Rank rank) const;                  // empty for a rank out of range

private:
    BpeRanks() = default;
    static std::uint64_t hash(const char *bytes, std::size_t length);

    QByteArray m_data;                  // the whole file; token bytes are views into it
    std::vector<std::uint32_t> m_start; // offset of each rank's bytes in m_data
    std::vector<std::uint8_t> m_lengths;
    std::vector<Rank> m_slots; // open addressing, linear probing; NoRank marks an empty slot
    std::uint64_t m_mask = 0;
};

} // namespace md::tokens
