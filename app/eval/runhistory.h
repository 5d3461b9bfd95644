#pragma once

#include "evalrun.h"

#include <QJsonObject>
#include <vector>

namespace md::eval {

// Past runs, one JSON file each under QStandardPaths::AppDataLocation/eval-runs (the report's JSON with what
// "Compare with run…" needs: the tests, prompts and providers). Holds no key: runs hold none.
class RunHistory
{
public:
    RunHistory(); // the standard folder
    explicit RunHistory(const QString &folder);

    QString folder() const { return m_folder; }
    bool save(const EvalRun &run) const;
    // Runs of `suitePath` (every suite when empty), newest first.
    std::vector<EvalRun> load(const QString &suitePath = {}) const;

    static QJsonObject toJson(const EvalRun &run);
    static std::optional<EvalRun> fromJson(const QJsonObject &object);

private:
    QString m_folder;
};

// The cells whose verdict differs between two runs, matched by test, prompt and provider name (repeat 0).
struct CellChange {
    int test = 0;
    int prompt = 0;
    int provider = 0; // in `now`
    QString before;   // "PASS", "FAIL", "ERROR", "—" (the other run did not have the cell)
    QString after;
};
std::vector<CellChange> compareRuns(const EvalRun &before, const EvalRun &now);

} // namespace md::eval
