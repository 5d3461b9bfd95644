#pragma once

#include <QString>
#include <QStringList>
#include <span>

namespace md::eval {

// What a check looks at.
enum class CheckKind {
    Text,    // the output's text (equals, contains, regex, ...)
    Json,    // is-json, contains-json
    Script,  // javascript (QJSEngine)
    Latency, // the call's time
    Cost,    // the call's cost
    Rubric,  // llm-rubric: a grader model
};

// The promptfoo assertion types ModelDesk runs: one row each. Every one also has its "not-" form.
struct AssertionKind {
    const char *name;
    CheckKind kind;
    bool needsValue; // a check without a value is a mistake in the suite
    bool listValue;  // the value is a list (a string is split at commas, as promptfoo does)
};

std::span<const AssertionKind> assertionKinds();
const AssertionKind *findAssertionKind(const QString &baseType);
// promptfoo types ModelDesk knows of but does not run (similar, python, factuality, ...): named in the message.
bool isKnownUnsupported(const QString &baseType);
// "equals, contains, ..." for messages and the README.
QStringList supportedTypeNames();

} // namespace md::eval
