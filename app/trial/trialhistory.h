#pragma once

#include "core/result.h"
#include "trialrecord.h"

#include <QCoreApplication>
#include <vector>

namespace md::trial {

// The trial history file (JSON) in the application data folder. Records hold prompts,
// settings, answers and metrics; keys never reach them.
class TrialHistory
{
    Q_DECLARE_TR_FUNCTIONS(TrialHistory)

public:
    static constexpr int MaxRecords = 200; // the oldest go first

    // QStandardPaths::AppDataLocation/trial-history.json unless a path is given.
    explicit TrialHistory(QString path = {});

    const QString &path() const { return m_path; }
    // Newest first. A missing file is an empty history; a damaged one an error naming it.
    Result<std::vector<TrialRecord>> load() const;
    // Adds `record` or replaces the one with its id (a follow-up extends a trial), atomically.
    Result<bool> save(const TrialRecord &record) const;
    Result<bool> remove(const QString &id) const;
    Result<bool> writeAll(const std::vector<TrialRecord> &records) const;

private:
    QString m_path;
};

} // namespace md::trial
