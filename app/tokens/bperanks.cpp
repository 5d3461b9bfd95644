#include "bperanks.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>

namespace md::tokens {

namespace {
constexpr char Magic[] = "MDBPE1\n";
constexpr qsizetype MagicSize = sizeof(Magic) - 1;
} // namespace

std::unique_ptr<BpeRanks> BpeRanks::parse(QByteArray data, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return nullptr;
    };
    if (data.size() < MagicSize + 4 || std::memcmp(data.constData(), Magic, MagicSize) != 0)
        return fail(QCoreApplication::translate("md::tokens::BpeRanks", "not a ModelDesk vocabulary file"));
    const auto *raw = reinterpret_cast<const unsigned char *>(data.constData());
    const std::uint32_t count = std::uint32_t(raw[MagicSize]) | std::uint32_t(raw[MagicSize + 1]) << 8 |
                                std::uint32_t(raw[MagicSize + 2]) << 16 | std::uint32_t(raw[MagicSize + 3]) << 24;
    const qsizetype lengthsAt = MagicSize + 4;
    if (count == 0 || count > (1u << 24) || data.size() < lengthsAt + qsizetype(count))
        return fail(QCoreApplication::translate("md::tokens::BpeRanks", "vocabulary header is damaged"));

    std::unique_ptr<BpeRanks> ranks(new BpeRanks);
    ranks->m_lengths.assign(raw + lengthsAt, raw + lengthsAt + count);
    ranks->m_start.resize(count);
    std::uint64_t offset = std::uint64_t(lengthsAt) + count;
    for (std::uint32_t rank = 0; rank < count; ++rank) {
        if (ranks->m_lengths[rank] == 0)
            return fail(QCoreApplication::translate("md::tokens::BpeRanks", "vocabulary has an empty token"));
        ranks->m_start[rank] = std::uint32_t(offset);
        ranks->m_maxLength = std::max<std::size_t>(ranks->m_maxLength, ranks->m_lengths[rank]);
        offset += ranks->m_lengths[rank];
    }
    if (offset != std::uint64_t(data.size()))
        return fail(QCoreApplication::translate("md::tokens::BpeRanks", "vocabulary size does not match its header"));
    ranks->m_data = std::move(data);

    ranks->m_pairs.assign(65536, NoRank);
    std::uint64_t capacity = 1;
    while (capacity < std::uint64_t(count) * 2)
        capacity <<= 1;
    ranks->m_mask = capacity - 1;
    ranks->m_slots.assign(capacity, Slot{});
    for (std::uint32_t rank = 0; rank < count; ++rank) {
        const char *bytes = ranks->m_data.constData() + ranks->m_start[rank];
        const std::size_t length = ranks->m_lengths[rank];
        if (ranks->rank(bytes, length) != NoRank)
            return fail(QCoreApplication::translate("md::tokens::BpeRanks", "vocabulary has a duplicate token"));
        if (length == 2) {
            ranks->m_pairs[std::size_t(static_cast<unsigned char>(bytes[0])) << 8 |
                           static_cast<unsigned char>(bytes[1])] = rank;
            continue;
        }
        const std::uint64_t h = hash(bytes, length);
        std::uint64_t slot = h & ranks->m_mask;
        while (ranks->m_slots[slot].rank != NoRank)
            slot = (slot + 1) & ranks->m_mask;
        ranks->m_slots[slot] = Slot{rank, std::uint32_t(h >> 32)};
    }
    return ranks;
}

std::uint64_t BpeRanks::pack(const char *bytes, std::size_t length)
{
    std::uint64_t key = 0;
    std::memcpy(&key, bytes, length);
    return key;
}

Rank BpeRanks::rankLong(const char *bytes, std::size_t length) const
{
    if (length == 0 || length > m_maxLength)
        return NoRank;
    const std::uint64_t h = hash(bytes, length);
    const std::uint32_t tag = std::uint32_t(h >> 32);
    for (std::uint64_t slot = h & m_mask;; slot = (slot + 1) & m_mask) {
        const Slot &candidate = m_slots[slot];
        if (candidate.rank == NoRank)
            return NoRank;
        if (candidate.tag == tag && m_lengths[candidate.rank] == length &&
            std::memcmp(m_data.constData() + m_start[candidate.rank], bytes, length) == 0)
            return candidate.rank;
    }
}

QByteArrayView BpeRanks::bytes(Rank rank) const
{
    if (rank >= size())
        return {};
    return QByteArrayView(m_data.constData() + m_start[rank], m_lengths[rank]);
}

std::uint64_t BpeRanks::hash(const char *bytes, std::size_t length)
{
    // Eight bytes at a time (long runs of spaces are looked up at every length while they merge), then a final
    // mix so that linear probing over the low bits spreads well.
    constexpr std::uint64_t K = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = std::uint64_t(length) * K;
    std::size_t i = 0;
    for (; i + 8 <= length; i += 8) {
        std::uint64_t word;
        std::memcpy(&word, bytes + i, 8);
        h = (h ^ word) * K;
        h ^= h >> 29;
    }
    if (i < length)
        h = (h ^ pack(bytes + i, length - i)) * K;
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ull;
    h ^= h >> 32;
    return h;
}

} // namespace md::tokens
