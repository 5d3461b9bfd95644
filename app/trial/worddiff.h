#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace md::trial {

// A word-level difference between two answers, for reading side by side.
class WordDiff
{
public:
    enum class Op { Same, Removed, Added };
    struct Segment {
        Op op;
        QString text;

        friend bool operator==(const Segment &, const Segment &) = default;
    };

    // Words, runs of white space and single punctuation marks, in order; joined they give `text` back.
    static QStringList tokenize(const QString &text);
    // `a` to `b`: Same segments are in both, Removed only in `a`, Added only in `b`.
    static std::vector<Segment> compute(const QString &a, const QString &b);
};

} // namespace md::trial
