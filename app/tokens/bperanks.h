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
    // NoRank when not a token
    Rank rank(const char *bytes, std::size_t length) const
    {
        if (length == 2)
            return m_pairs[std::size_t(static_cast<unsigned char>(bytes[0])) << 8 |
                           static_cast<unsigned char>(bytes[1])];
        return rankLong(bytes, length);
    }
    QByteArrayView bytes(Rank rank) const; // empty for a rank out of range

private:
    BpeRanks() = default;
    static std::uint64_t hash(const char *bytes, std::size_t length);

    // A slot of the hash table: the rank and a tag from the hash, so a lookup of a string that is no token
    // (most of a merge's lookups) rarely touches the token bytes. Eight bytes keep the table small for the cache.
    struct Slot {
        Rank rank = NoRank; // NoRank: empty
        std::uint32_t tag = 0;
    };
    static std::uint64_t pack(const char *bytes, std::size_t length);
    Rank rankLong(const char *bytes, std::size_t length) const;

    QByteArray m_data;                  // the whole file; token bytes are views into it
    std::vector<std::uint32_t> m_start; // offset of each rank's bytes in m_data
    std::vector<std::uint8_t> m_lengths;
    std::vector<Rank> m_pairs; // every two-byte string, directly (most lookups of a merge are pairs)
    std::vector<Slot> m_slots; // open addressing, linear probing
    std::uint64_t m_mask = 0;
    std::size_t m_maxLength = 0; // the longest token: longer strings are never looked up
};

} // namespace md::tokens
