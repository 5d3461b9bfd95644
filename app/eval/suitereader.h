#pragma once

#include "core/bytesize.h"
#include "core/result.h"
#include "suite.h"

#include <QCoreApplication>
#include <functional>

namespace md::eval {

struct ReadOptions {
    bool skipUnsupported = false; // mark unsupported checks skipped instead of refusing the suite
    // The environment (OPENAI_BASE_URL, ...); the process environment when unset. Tests pass their own.
    std::function<QString(const QString &)> environment;
};

// Reads a promptfoo config (promptfooconfig.yaml) into a Suite: the subset README "Suites" lists. Every error
// names the file and line, e.g. "suite.yaml:12: the assertion type \"similar\" is not supported".
class SuiteReader
{
    Q_DECLARE_TR_FUNCTIONS(SuiteReader)

public:
    static constexpr qint64 MaxFileSize = 16 * MiB;

    static Result<Suite> load(const QString &path, const ReadOptions &options = {});
    // `text` as if read from `path` (files it names are read relative to the folder of `path`).
    static Result<Suite> parse(const QByteArray &text, const QString &path, const ReadOptions &options = {});
};

// A promptfoo assertion written as one string, as in a CSV's __expected columns: "contains: foo",
// "icontains:", "regex:", "javascript:"/"fn:"/"eval:", "grade:"/"llm-rubric:", "is-json", "not-..."; anything
// else is an "equals" check of the whole string.
Assertion assertionFromString(const QString &text);

} // namespace md::eval
