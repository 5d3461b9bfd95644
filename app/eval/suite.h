#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace md::eval {

// Where something was written: a file and a 1-based line (0 when unknown).
struct SourceRef {
    QString file;
    int line = 0;

    QString toString() const; // "suite.yaml:12" or "suite.yaml"
    friend bool operator==(const SourceRef &, const SourceRef &) = default;
};

// One check on an answer, as written in the suite (the value is not rendered with the test's vars yet).
struct Assertion {
    QString type;         // as written, e.g. "not-icontains"
    QString baseType;     // without "not-"
    bool inverse = false; // a "not-" form
    QJsonValue value;     // YAML converted to JSON (plain scalars typed as YAML's core schema does)
    std::optional<double> threshold;
    double weight = 1.0;
    QString metric;
    bool skipped = false; // an unsupported type the person chose to skip
    int grader = -1;      // llm-rubric: its own grader (an index into Suite::graders), -1 for the suite's
    SourceRef where;

    friend bool operator==(const Assertion &, const Assertion &) = default;
};

struct TestCase {
    QString description;
    QJsonObject vars;
    std::vector<Assertion> asserts; // defaultTest's first, as promptfoo merges them
    std::optional<double> threshold;
    SourceRef where;

    friend bool operator==(const TestCase &, const TestCase &) = default;
};

// A prompt template. As in promptfoo, a prompt whose rendered text is a JSON array of {role, content} (a chat
// file, say) is sent as those messages; any other text is one user message.
struct PromptTemplate {
    QString label; // as written, or the file name
    QString text;
    SourceRef where;
    friend bool operator==(const PromptTemplate &, const PromptTemplate &) = default;
};

// A model to ask: an OpenAI-compatible endpoint (openai:chat:<model>) or a provider set up in ModelDesk
// (modeldesk:<provider name>:<model>, whose key comes from the key store).
struct ProviderSpec {
    QString id;    // as written in the suite
    QString label; // `label:` or the id
    QString model; // the API model id
    QString baseUrl;
    QString apiKey;            // from config.apiKey (memory only, never written anywhere)
    QString apiKeyEnvar;       // config.apiKeyEnvar
    QString modeldeskProvider; // set for modeldesk:<name>:<model>
    std::optional<double> temperature;
    std::optional<int> maxTokens;
    SourceRef where;
    friend bool operator==(const ProviderSpec &, const ProviderSpec &) = default;
};

struct Suite {
    QString path; // the YAML file
    QString description;
    std::vector<PromptTemplate> prompts;
    std::vector<ProviderSpec> providers;
    std::vector<TestCase> tests;
    // llm-rubric graders: [0] the suite's (defaultTest.options.provider, else openai:chat:gpt-4o-mini), then
    // those named on single checks. Empty when no check needs one.
    std::vector<ProviderSpec> graders;

    // The name of the benchmark the suite becomes in the dataset: its description, else the file's base name.
    QString benchmarkName() const;
    // The assertions the person chose to skip, for the report.
    int skippedCount() const;
};

} // namespace md::eval
