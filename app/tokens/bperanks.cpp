#include "bperanks.h"

#include <QCoreApplication>
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
        offset += ranks->m_lengths[rank];
    }
    if (offset != std::uint64_t(data.size()))
        return fail(QCoreApplication::translate("md::tokens::BpeRanks", "vocabulary size does not match its header"));
    ranks->m_data = std::move(data);

    std::uint64_t capacity = 1;
    while (capacity < std::uint64_t(count) * 2)
        capacity <<= 1;
    ranks->m_mask = capacity - 1;
    ranks->m_slots.assign(capacity, NoRank);
    for (std::uint32_t rank = 0; rank < count; ++rank) {
        const char *bytes = ranks->m_data.constData() + ranks->m_start[rank];
        if (ranks->rank(bytes, ranks->m_lengths[rank]) != NoRank)
            return fail(QCoreApplication::translate("md::tokens::BpeRanks", "vocabulary has a duplicate token"));
        std::uint64_t slot = hash(bytes, ranks->m_lengths[rank]) & ranks->m_mask;
        while (ranks->m_slots[slot] != NoRank)
            slot = (slot + 1) & ranks->m_mask;
        ranks->m_slots[slot] = rank;
    }
    return ranks;
}

Rank BpeRanks::rank(const char *bytes, std::size_t length) const
{
    if (length == 0 || length > 255)
        return NoRank;
    for (std::uint64_t slot = hash(bytes, length) & m_mask;; slot = (slot + 1) & m_mask) {
        const Rank candidate = m_slots[slot];
        if (candidate == NoRank)
            return NoRank;
        if (m_lengths[candidate] == length && std::memcmp(m_data.constData() + m_start[candidate], bytes, length) == 0)
            return candidate;
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
    // FNV-1a, then a final mix so that linear probing over the low bits spreads well.
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (std::size_t i = 0; i < length; ++i) {
        h ^= static_cast<unsigned char>(bytes[i]);
        h *= 0x100000001b3ull;
    }
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ull;
    h ^= h >> 32;
    return h;
}

} // namespace md::tokens
