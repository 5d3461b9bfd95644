#include "bytepairmerge.h"

#include <queue>

namespace md::tokens {

namespace detail {

// Short pieces (nearly all of them): a flat array of parts, scanned for the lowest rank after each merge.
// Quadratic in the piece length, and the fastest for a few dozen bytes.

void mergeFlat(const BpeRanks &ranks, std::string_view piece, std::vector<Rank> &out)
{
    struct Part {
        std::uint32_t start;
        Rank rank; // rank of the bytes from this part's start to the end of the next part
    };
    if (piece.size() > FlatLimit)
        return mergeHeap(ranks, piece, out);
    Part parts[FlatLimit + 1];
    const std::size_t n = piece.size();
    std::size_t count = n + 1;
    const auto pairRank = [&](std::size_t i) {
        // parts[i] joined with parts[i + 1]: the bytes up to the start of parts[i + 2]
        if (i + 2 >= count)
            return NoRank;
        return ranks.rank(piece.data() + parts[i].start, parts[i + 2].start - parts[i].start);
    };
    for (std::size_t i = 0; i <= n; ++i)
        parts[i].start = std::uint32_t(i);
    for (std::size_t i = 0; i + 1 < count; ++i)
        parts[i].rank = pairRank(i);
    parts[n].rank = NoRank;

    for (;;) {
        Rank best = NoRank;
        std::size_t at = 0;
        for (std::size_t i = 0; i + 1 < count; ++i) {
            if (parts[i].rank < best) {
                best = parts[i].rank;
                at = i;
            }
        }
        if (best == NoRank)
            break;
        for (std::size_t i = at + 1; i + 1 < count; ++i)
            parts[i] = parts[i + 1];
        --count;
        parts[at].rank = pairRank(at);
        if (at > 0)
            parts[at - 1].rank = pairRank(at - 1);
    }
    for (std::size_t i = 0; i + 1 < count; ++i)
        out.push_back(ranks.rank(piece.data() + parts[i].start, parts[i + 1].start - parts[i].start));
}

// Long pieces (a run of thousands of spaces is one piece): the same merges in the same order, in
// O(n log n) with a linked list of parts and a heap ordered by (rank, start), so the leftmost of equal ranks
// still goes first. Stale heap entries are skipped by comparing with the part's current rank.
void mergeHeap(const BpeRanks &ranks, std::string_view piece, std::vector<Rank> &out)
{
    const std::size_t n = piece.size();
    std::vector<std::uint32_t> next(n + 1), prev(n + 1);
    std::vector<Rank> rank(n + 1, NoRank);
    std::vector<bool> alive(n + 1, true);
    for (std::size_t i = 0; i <= n; ++i) {
        next[i] = std::uint32_t(i + 1);
        prev[i] = i == 0 ? 0 : std::uint32_t(i - 1);
    }
    // Part starts are byte offsets; part n is the end sentinel.
    const auto pairRank = [&](std::uint32_t i) {
        if (i >= n || next[i] >= n)
            return NoRank;
        const std::uint32_t end = next[next[i]];
        return ranks.rank(piece.data() + i, end - i);
    };
    using Entry = std::pair<Rank, std::uint32_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap;
    for (std::uint32_t i = 0; i + 1 < n; ++i) {
        rank[i] = pairRank(i);
        if (rank[i] != NoRank)
            heap.emplace(rank[i], i);
    }
    while (!heap.empty()) {
        const auto [r, i] = heap.top();
        heap.pop();
        if (!alive[i] || rank[i] != r)
            continue;
        const std::uint32_t gone = next[i];
        alive[gone] = false;
        next[i] = next[gone];
        prev[next[gone]] = i;
        rank[i] = pairRank(i);
        if (rank[i] != NoRank)
            heap.emplace(rank[i], i);
        if (i > 0) {
            const std::uint32_t before = prev[i];
            const Rank updated = pairRank(before);
            if (updated != rank[before]) {
                rank[before] = updated;
                if (updated != NoRank)
                    heap.emplace(updated, before);
            }
        }
    }
    for (std::uint32_t i = 0; i < n; i = next[i])
        out.push_back(ranks.rank(piece.data() + i, next[i] - i));
}

} // namespace detail

void bytePairEncode(const BpeRanks &ranks, std::string_view piece, std::vector<Rank> &out)
{
    if (piece.empty())
        return;
    if (const Rank whole = ranks.rank(piece.data(), piece.size()); whole != NoRank) {
        out.push_back(whole);
        return;
    }
    if (piece.size() <= detail::FlatLimit)
        detail::mergeFlat(ranks, piece, out);
    else
        detail::mergeHeap(ranks, piece, out);
}

} // namespace md::tokens
