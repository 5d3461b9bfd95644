#pragma once

#include "arenavote.h"
#include "battlefile.h"
#include "core/result.h"

#include <QCoreApplication>

namespace md::arena {

// The person's own votes: one JSON object a line (VoteJson::record) in the application data folder. Each vote
// is appended, flushed and synced to disk before append() returns, so a crash (kill -9) loses no earlier vote;
// a last line left incomplete by a crash is skipped on reading with a warning, and cut off before the next
// vote is appended.
class VotesFile
{
    Q_DECLARE_TR_FUNCTIONS(VotesFile)

public:
    static constexpr qint64 MaxFileSize = qint64(1) << 30;

    // QStandardPaths::AppDataLocation/arena-votes.jsonl unless a path is given.
    explicit VotesFile(QString path = {});
    static QString defaultPath();

    const QString &path() const { return m_path; }
    Result<bool> append(const Vote &vote) const;
    // A missing file is no votes; a damaged line other than the last is an error naming the file and line.
    Result<LoadedVotes> load() const;
    static Result<LoadedVotes> parse(const QByteArray &data, const QString &origin);

private:
    QString m_path;
};

} // namespace md::arena
