#include "assertionkinds.h"

#include <array>

namespace md::eval {

namespace {

constexpr std::array Kinds = {
    AssertionKind{"equals", CheckKind::Text, true, false},
    AssertionKind{"contains", CheckKind::Text, true, false},
    AssertionKind{"icontains", CheckKind::Text, true, false},
    AssertionKind{"contains-any", CheckKind::Text, true, true},
    AssertionKind{"contains-all", CheckKind::Text, true, true},
    AssertionKind{"icontains-any", CheckKind::Text, true, true},
    AssertionKind{"icontains-all", CheckKind::Text, true, true},
    AssertionKind{"starts-with", CheckKind::Text, true, false},
    AssertionKind{"regex", CheckKind::Text, true, false},
    AssertionKind{"is-json", CheckKind::Json, false, false},
    AssertionKind{"contains-json", CheckKind::Json, false, false},
    AssertionKind{"javascript", CheckKind::Script, true, false},
    AssertionKind{"latency", CheckKind::Latency, false, false},
    AssertionKind{"cost", CheckKind::Cost, false, false},
    AssertionKind{"llm-rubric", CheckKind::Rubric, true, false},
};

constexpr std::array Unsupported = {
    "similar",
    "python",
    "webhook",
    "factuality",
    "model-graded-closedqa",
    "model-graded-factuality",
    "answer-relevance",
    "context-faithfulness",
    "context-recall",
    "context-relevance",
    "g-eval",
    "levenshtein",
    "rouge-n",
    "bleu",
    "meteor",
    "gleu",
    "is-xml",
    "contains-xml",
    "is-sql",
    "contains-sql",
    "is-html",
    "contains-html",
    "perplexity",
    "perplexity-score",
    "classifier",
    "moderation",
    "is-valid-openai-tools-call",
    "is-valid-openai-function-call",
    "is-valid-function-call",
    "tool-call-f1",
    "select-best",
    "human",
    "assert-set",
    "icontains-none",
    "contains-none",
    "select-best",
    "max-score",
    "finish-reason",
    "guardrails",
    "pi",
    "ruby",
    "f-score",
    "trace-span-count",
    "trace-span-duration",
    "trace-error-spans",
    "word-count",
    "is-refusal",
    "search-rubric",
    "conversation-relevance",
};

} // namespace

std::span<const AssertionKind> assertionKinds()
{
    return Kinds;
}

const AssertionKind *findAssertionKind(const QString &baseType)
{
    for (const AssertionKind &k : Kinds) {
        if (baseType == QLatin1String(k.name))
            return &k;
    }
    return nullptr;
}

bool isKnownUnsupported(const QString &baseType)
{
    for (const char *name : Unsupported) {
        if (baseType == QLatin1String(name))
            return true;
    }
    return false;
}

QStringList supportedTypeNames()
{
    QStringList names;
    for (const AssertionKind &k : Kinds)
        names << QString::fromLatin1(k.name);
    return names;
}

} // namespace md::eval
