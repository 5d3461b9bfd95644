#include "worddiff.h"

#include <algorithm>

namespace md::trial {

namespace {

enum class Kind { Word, Space, Mark };

Kind kindOf(QChar c)
{
    if (c.isSpace())
        return Kind::Space;
    return c.isLetterOrNumber() || c == QLatin1Char('_') ? Kind::Word : Kind::Mark;
}

void append(std::vector<WordDiff::Segment> &out, WordDiff::Op op, const QString &token)
{
    if (!out.empty() && out.back().op == op)
        out.back().text += token;
    else
        out.push_back({op, token});
}

bool isBlank(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

// "most everyday" -> "many common" reads better as one change than as two interleaved ones:
// changes separated only by white space become one removal followed by one addition.
std::vector<WordDiff::Segment> grouped(const std::vector<WordDiff::Segment> &in)
{
    std::vector<WordDiff::Segment> out;
    size_t i = 0;
    while (i < in.size()) {
        if (in[i].op == WordDiff::Op::Same) {
            append(out, in[i].op, in[i].text);
            ++i;
            continue;
        }
        QString removed, added;
        size_t end = i;
        size_t j = i;
        while (j < in.size()) {
            if (in[j].op != WordDiff::Op::Same) {
                end = ++j;
            } else if (isBlank(in[j].text) && j + 1 < in.size() && in[j + 1].op != WordDiff::Op::Same) {
                ++j;
            } else {
                break;
            }
        }
        for (size_t k = i; k < end; ++k) {
            if (in[k].op != WordDiff::Op::Added)
                removed += in[k].text;
            if (in[k].op != WordDiff::Op::Removed)
                added += in[k].text;
        }
        if (!removed.isEmpty())
            append(out, WordDiff::Op::Removed, removed);
        if (!added.isEmpty())
            append(out, WordDiff::Op::Added, added);
        i = end;
    }
    return out;
}

} // namespace

QStringList WordDiff::tokenize(const QString &text)
{
    QStringList tokens;
    qsizetype start = 0;
    for (qsizetype i = 1; i <= text.size(); ++i) {
        const Kind k = kindOf(text.at(start));
        if (i == text.size() || k == Kind::Mark || kindOf(text.at(i)) != k) {
            tokens << text.mid(start, i - start);
            start = i;
        }
    }
    return tokens;
}

std::vector<WordDiff::Segment> WordDiff::compute(const QString &a, const QString &b)
{
    const QStringList x = tokenize(a);
    const QStringList y = tokenize(b);
    // Common prefix and suffix first: answers often share their opening and closing lines.
    qsizetype prefix = 0;
    while (prefix < x.size() && prefix < y.size() && x[prefix] == y[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < x.size() - prefix && suffix < y.size() - prefix &&
           x[x.size() - 1 - suffix] == y[y.size() - 1 - suffix])
        ++suffix;
    const qsizetype n = x.size() - prefix - suffix;
    const qsizetype m = y.size() - prefix - suffix;

    std::vector<Segment> out;
    for (qsizetype i = 0; i < prefix; ++i)
        append(out, Op::Same, x[i]);
    // Longest common subsequence over the middle; past ~16M cells the middle is shown as replaced.
    if (n > 0 && m > 0 && n * m <= 16'000'000) {
        std::vector<quint32> lcs(size_t((n + 1) * (m + 1)), 0);
        auto at = [&](qsizetype i, qsizetype j) -> quint32 & { return lcs[size_t(i * (m + 1) + j)]; };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = x[prefix + i] == y[prefix + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        }
        qsizetype i = 0, j = 0;
        while (i < n && j < m) {
            if (x[prefix + i] == y[prefix + j]) {
                append(out, Op::Same, x[prefix + i]);
                ++i;
                ++j;
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                append(out, Op::Removed, x[prefix + i++]);
            } else {
                append(out, Op::Added, y[prefix + j++]);
            }
        }
        for (; i < n; ++i)
            append(out, Op::Removed, x[prefix + i]);
        for (; j < m; ++j)
            append(out, Op::Added, y[prefix + j]);
    } else {
        for (qsizetype i = 0; i < n; ++i)
            append(out, Op::Removed, x[prefix + i]);
        for (qsizetype j = 0; j < m; ++j)
            append(out, Op::Added, y[prefix + j]);
    }
    for (qsizetype i = x.size() - suffix; i < x.size(); ++i)
        append(out, Op::Same, x[i]);
    return grouped(out);
}

} // namespace md::trial
