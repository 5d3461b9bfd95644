#include "suitereader.h"

#include "assertionkinds.h"
#include "core/jsonfile.h"
#include "csvtests.h"
#include "jsonchecks.h"
#include "yamljson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>
#include <yaml-cpp/yaml.h>

namespace md::eval {

// The largest max_tokens a suite may ask for (no model comes near it; the int it becomes holds it).
constexpr int MaxTokensLimit = 10'000'000;

QString SourceRef::toString() const
{
    const QString name = QFileInfo(file).fileName();
    return line > 0 ? QStringLiteral("%1:%2").arg(name).arg(line) : name;
}

QString Suite::benchmarkName() const
{
    return description.trimmed().isEmpty() ? QFileInfo(path).completeBaseName() : description.trimmed();
}

int Suite::skippedCount() const
{
    int n = 0;
    for (const TestCase &t : tests)
        for (const Assertion &a : t.asserts)
            n += a.skipped ? 1 : 0;
    return n;
}

namespace {

constexpr int MaxDepth = 64;

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(SuiteReader)

public:
    Reader(const QString &path, const ReadOptions &options)
        : m_path(path)
        , m_dir(QFileInfo(path).absoluteDir())
        , m_options(options)
    {}

    Suite read(const YAML::Node &root);
    const QStringList &problems() const { return m_problems; }

private:
    SourceRef at(const YAML::Node &node) const { return {m_path, node.Mark().line >= 0 ? node.Mark().line + 1 : 0}; }
    void problem(const YAML::Node &node, const QString &message) { problem(at(node), message); }
    void problem(const SourceRef &where, const QString &message)
    {
        m_problems << QStringLiteral("%1: %2").arg(where.toString(), message);
    }
    QString env(const QString &name) const
    {
        return m_options.environment ? m_options.environment(name) : qEnvironmentVariable(qPrintable(name));
    }
    QJsonValue toJson(const YAML::Node &node, int depth = 0);
    std::optional<QString> text(const YAML::Node &node, const QString &what);
    std::optional<double> number(const YAML::Node &node, const QString &what);
    std::optional<QByteArray> readReferenced(const YAML::Node &node, const QString &reference, QString *path);

    void readPrompts(const YAML::Node &node, Suite &suite);
    void addPromptFile(const YAML::Node &node, const QString &reference, const QString &label, Suite &suite);
    void readProviders(const YAML::Node &node, Suite &suite);
    std::optional<ProviderSpec> readProvider(const YAML::Node &node);
    ProviderSpec makeProvider(const YAML::Node &where, const QString &id, const YAML::Node &config);
    void readTests(const YAML::Node &node, const TestCase &defaults, Suite &suite);
    void readTestFile(const YAML::Node &node, const QString &reference, const TestCase &defaults, Suite &suite);
    std::optional<TestCase> readTest(const YAML::Node &node, const TestCase &defaults);
    TestCase readDefaults(const YAML::Node &node, Suite &suite);
    std::vector<Assertion> readAsserts(const YAML::Node &node);
    std::optional<Assertion> readAssert(const YAML::Node &node);

    QString m_path;
    QDir m_dir;
    ReadOptions m_options;
    QStringList m_problems;
    std::vector<ProviderSpec> m_graders; // named on single checks
    std::optional<ProviderSpec> m_suiteGrader;
};

QJsonValue Reader::toJson(const YAML::Node &node, int)
{
    return yamlToJson(
        node, [this](const YAML::Node &where, const QString &message) { problem(where, message); }, MaxDepth);
}

std::optional<QString> Reader::text(const YAML::Node &node, const QString &what)
{
    if (!node.IsScalar()) {
        problem(node, tr("%1 must be text").arg(what));
        return std::nullopt;
    }
    return QString::fromStdString(node.Scalar());
}

std::optional<double> Reader::number(const YAML::Node &node, const QString &what)
{
    const QJsonValue v = node.IsScalar() ? yamlScalarToJson(node) : QJsonValue();
    if (!v.isDouble()) {
        problem(node, tr("%1 must be a number").arg(what));
        return std::nullopt;
    }
    return v.toDouble();
}

std::optional<QByteArray> Reader::readReferenced(const YAML::Node &node, const QString &reference, QString *path)
{
    const QString relative = reference.mid(7); // after file://
    *path = QDir::cleanPath(m_dir.absoluteFilePath(relative));
    if (relative.contains(QLatin1Char('*')) || relative.contains(QLatin1Char('?'))) {
        problem(node, tr("file patterns (%1) are not supported; name each file").arg(reference));
        return std::nullopt;
    }
    QFile file(*path);
    if (!QFileInfo(*path).isFile() || !file.open(QIODevice::ReadOnly)) {
        problem(node, tr("cannot read %1").arg(QDir::toNativeSeparators(*path)));
        return std::nullopt;
    }
    if (file.size() > SuiteReader::MaxFileSize) {
        problem(node, tr("%1 is larger than 16 MiB").arg(QDir::toNativeSeparators(*path)));
        return std::nullopt;
    }
    return file.readAll();
}

Suite Reader::read(const YAML::Node &root)
{
    Suite suite;
    suite.path = m_path;
    if (!root.IsMap()) {
        problem(root, tr("a promptfoo config must be a mapping (description:, prompts:, providers:, tests:)"));
        return suite;
    }
    if (const YAML::Node d = root["description"]; d && !d.IsNull())
        suite.description = text(d, QStringLiteral("description")).value_or(QString());
    const YAML::Node prompts = root["prompts"];
    if (!prompts || prompts.IsNull())
        problem(root, tr("prompts: is missing"));
    else
        readPrompts(prompts, suite);
    const YAML::Node providers = root["providers"] ? root["providers"] : root["targets"];
    if (!providers || providers.IsNull())
        problem(root, tr("providers: is missing"));
    else
        readProviders(providers, suite);
    TestCase defaults;
    if (const YAML::Node d = root["defaultTest"]; d && !d.IsNull())
        defaults = readDefaults(d, suite);
    if (const YAML::Node t = root["tests"]; t && !t.IsNull())
        readTests(t, defaults, suite);
    if (suite.tests.empty() && m_problems.isEmpty()) {
        // promptfoo runs each prompt once without vars when there are no tests
        TestCase only = defaults;
        only.where = at(root);
        suite.tests.push_back(only);
    }
    bool rubric = !m_graders.empty();
    for (const TestCase &t : suite.tests)
        for (const Assertion &a : t.asserts)
            rubric = rubric || (!a.skipped && a.baseType == QLatin1String("llm-rubric"));
    if (rubric) {
        suite.graders.push_back(m_suiteGrader ? *m_suiteGrader
                                              : makeProvider(root, QStringLiteral("openai:chat:gpt-4o-mini"), {}));
        suite.graders.insert(suite.graders.end(), m_graders.begin(), m_graders.end());
    }
    return suite;
}

void Reader::readPrompts(const YAML::Node &node, Suite &suite)
{
    auto one = [&](const YAML::Node &item) {
        if (item.IsScalar()) {
            const QString value = QString::fromStdString(item.Scalar());
            if (value.startsWith(QLatin1String("file://")))
                addPromptFile(item, value, QString(), suite);
            else
                suite.prompts.push_back({value, value, at(item)});
        } else if (item.IsMap()) {
            const QString label =
                item["label"] && item["label"].IsScalar() ? QString::fromStdString(item["label"].Scalar()) : QString();
            const YAML::Node raw = item["raw"] ? item["raw"] : item["id"];
            const auto value = raw ? text(raw, QStringLiteral("a prompt's raw/id")) : std::nullopt;
            if (!raw)
                problem(item, tr("a prompt needs raw: or id:"));
            if (!value)
                return;
            if (value->startsWith(QLatin1String("file://")))
                addPromptFile(raw, *value, label, suite);
            else
                suite.prompts.push_back({label.isEmpty() ? *value : label, *value, at(item)});
        } else {
            problem(item, tr("a prompt must be text, file://... or a mapping with raw:"));
        }
    };
    if (node.IsSequence()) {
        for (const YAML::Node &item : node)
            one(item);
    } else {
        one(node);
    }
    if (suite.prompts.empty() && m_problems.isEmpty())
        problem(node, tr("no prompts"));
}

void Reader::addPromptFile(const YAML::Node &node, const QString &reference, const QString &label, Suite &suite)
{
    QString path;
    const auto data = readReferenced(node, reference, &path);
    if (!data)
        return;
    const QString content = QString::fromUtf8(*data);
    const QString name = label.isEmpty() ? QFileInfo(path).fileName() : label;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json") || suffix == QLatin1String("txt") || suffix == QLatin1String("md") ||
        suffix.isEmpty()) {
        // A text file holds one or more prompts separated by a line of "---", as promptfoo splits them.
        static const QRegularExpression separator(QStringLiteral(R"(\r?\n---\r?\n)"));
        const QStringList parts = suffix == QLatin1String("json") ? QStringList{content} : content.split(separator);
        for (const QString &part : parts)
            suite.prompts.push_back(
                {parts.size() > 1 ? name + QStringLiteral(" #%1").arg(suite.prompts.size() + 1) : name, part,
                 at(node)});
        return;
    }
    problem(node, tr("prompt files of type .%1 are not supported (text, Markdown or chat JSON only)").arg(suffix));
}

void Reader::readProviders(const YAML::Node &node, Suite &suite)
{
    if (node.IsSequence()) {
        for (const YAML::Node &item : node)
            if (auto p = readProvider(item))
                suite.providers.push_back(std::move(*p));
    } else if (auto p = readProvider(node)) {
        suite.providers.push_back(std::move(*p));
    }
    if (suite.providers.empty() && m_problems.isEmpty())
        problem(node, tr("no providers"));
}

std::optional<ProviderSpec> Reader::readProvider(const YAML::Node &node)
{
    if (node.IsScalar())
        return makeProvider(node, QString::fromStdString(node.Scalar()), YAML::Node());
    if (node.IsMap()) {
        if (node["id"]) {
            const auto id = text(node["id"], QStringLiteral("a provider's id"));
            if (!id)
                return std::nullopt;
            ProviderSpec p = makeProvider(node, *id, node["config"]);
            if (node["label"] && node["label"].IsScalar())
                p.label = QString::fromStdString(node["label"].Scalar());
            return p;
        }
        if (node.size() == 1) { // - openai:chat:gpt-4o: {config: ...}
            const auto pair = *node.begin();
            if (pair.first.IsScalar()) {
                ProviderSpec p = makeProvider(node, QString::fromStdString(pair.first.Scalar()),
                                              pair.second.IsMap() ? pair.second["config"] : YAML::Node());
                if (pair.second.IsMap() && pair.second["label"] && pair.second["label"].IsScalar())
                    p.label = QString::fromStdString(pair.second["label"].Scalar());
                return p;
            }
        }
    }
    problem(node, tr("a provider must be an id such as openai:chat:gpt-4o-mini, or a mapping with id:"));
    return std::nullopt;
}

ProviderSpec Reader::makeProvider(const YAML::Node &where, const QString &id, const YAML::Node &config)
{
    ProviderSpec p;
    p.id = id;
    p.label = id;
    p.where = at(where);
    const QStringList parts = id.split(QLatin1Char(':'));
    if (parts.size() >= 3 && parts[0] == QLatin1String("modeldesk")) {
        p.modeldeskProvider = parts[1];
        p.model = parts.mid(2).join(QLatin1Char(':'));
    } else if (parts.size() >= 3 && parts[0] == QLatin1String("openai") && parts[1] == QLatin1String("chat")) {
        p.model = parts.mid(2).join(QLatin1Char(':'));
    } else if (parts.size() >= 2 && parts[0] == QLatin1String("openai") &&
               !QStringList{QStringLiteral("completion"), QStringLiteral("embedding"), QStringLiteral("embeddings"),
                            QStringLiteral("assistant"), QStringLiteral("image"), QStringLiteral("responses"),
                            QStringLiteral("realtime")}
                    .contains(parts[1])) {
        p.model = parts.mid(1).join(QLatin1Char(':'));
    } else {
        problem(where, tr("the provider \"%1\" is not supported: use openai:chat:<model>, openai:<model> or "
                          "modeldesk:<provider>:<model>")
                           .arg(id));
    }
    if (p.model.isEmpty() && !p.id.isEmpty() && m_problems.isEmpty())
        problem(where, tr("the provider \"%1\" names no model").arg(id));
    if (config && !config.IsNull() && !config.IsMap())
        problem(config, tr("a provider's config must be a mapping"));
    const bool hasConfig = config && config.IsMap();
    auto configText = [&](const char *key) -> QString {
        if (!hasConfig || !config[key])
            return {};
        return text(config[key], QString::fromLatin1(key)).value_or(QString());
    };
    if (hasConfig) {
        if (config["temperature"])
            p.temperature = number(config["temperature"], QStringLiteral("temperature"));
        if (config["max_tokens"]) {
            const auto n = number(config["max_tokens"], QStringLiteral("max_tokens"));
            // Compared before any conversion: a double beyond int's range has no int value (fuzz_suite found 7e26).
            if (n && (*n < 1 || *n > MaxTokensLimit || *n != std::floor(*n)))
                problem(config["max_tokens"], tr("max_tokens must be a whole number from 1 to %1").arg(MaxTokensLimit));
            else if (n)
                p.maxTokens = int(*n);
        }
    }
    p.apiKey = configText("apiKey");
    p.apiKeyEnvar = configText("apiKeyEnvar");
    // Where promptfoo's OpenAI provider looks, in its order.
    p.baseUrl = configText("apiBaseUrl");
    if (p.baseUrl.isEmpty() && !configText("apiHost").isEmpty())
        p.baseUrl = QStringLiteral("https://%1/v1").arg(configText("apiHost"));
    for (const char *name : {"OPENAI_BASE_URL", "OPENAI_API_BASE_URL"}) {
        if (p.baseUrl.isEmpty())
            p.baseUrl = env(QString::fromLatin1(name));
    }
    if (p.baseUrl.isEmpty() && !env(QStringLiteral("OPENAI_API_HOST")).isEmpty())
        p.baseUrl = QStringLiteral("https://%1/v1").arg(env(QStringLiteral("OPENAI_API_HOST")));
    if (p.baseUrl.isEmpty())
        p.baseUrl = QStringLiteral("https://api.openai.com/v1");
    while (p.baseUrl.endsWith(QLatin1Char('/')))
        p.baseUrl.chop(1);
    if (!p.modeldeskProvider.isEmpty())
        p.baseUrl.clear(); // the ModelDesk provider's own endpoint
    return p;
}

TestCase Reader::readDefaults(const YAML::Node &node, Suite &)
{
    TestCase defaults;
    if (!node.IsMap()) {
        problem(node, tr("defaultTest must be a mapping"));
        return defaults;
    }
    if (const YAML::Node options = node["options"]; options && options.IsMap() && options["provider"]) {
        if (auto g = readProvider(options["provider"]))
            m_suiteGrader = std::move(*g);
    }
    if (auto t = readTest(node, {}))
        defaults = std::move(*t);
    return defaults;
}

void Reader::readTests(const YAML::Node &node, const TestCase &defaults, Suite &suite)
{
    if (node.IsScalar()) {
        readTestFile(node, QString::fromStdString(node.Scalar()), defaults, suite);
        return;
    }
    if (!node.IsSequence()) {
        problem(node, tr("tests must be a list or file://tests.csv"));
        return;
    }
    for (const YAML::Node &item : node) {
        if (item.IsScalar())
            readTestFile(item, QString::fromStdString(item.Scalar()), defaults, suite);
        else if (auto t = readTest(item, defaults))
            suite.tests.push_back(std::move(*t));
    }
}

void Reader::readTestFile(const YAML::Node &node, const QString &reference, const TestCase &defaults, Suite &suite)
{
    if (!reference.startsWith(QLatin1String("file://"))) {
        problem(node, tr("a test must be a mapping or file://tests.csv"));
        return;
    }
    QString path;
    const auto data = readReferenced(node, reference, &path);
    if (!data)
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv")) {
        auto rows = CsvTests::parse(QString::fromUtf8(*data), path);
        if (!rows) {
            m_problems << rows.error();
            return;
        }
        for (TestCase t : std::move(rows).value()) {
            for (Assertion &a : t.asserts) {
                if (findAssertionKind(a.baseType))
                    continue;
                if (m_options.skipUnsupported)
                    a.skipped = true;
                else
                    problem(a.where, tr("the assertion type \"%1\" is not supported (use --skip-unsupported to skip "
                                        "such checks)")
                                         .arg(a.type));
            }
            TestCase merged = defaults;
            for (auto it = t.vars.begin(); it != t.vars.end(); ++it)
                merged.vars.insert(it.key(), it.value());
            merged.asserts.insert(merged.asserts.end(), t.asserts.begin(), t.asserts.end());
            merged.description = t.description;
            if (t.threshold)
                merged.threshold = t.threshold;
            merged.where = t.where;
            suite.tests.push_back(std::move(merged));
        }
    } else if (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml")) {
        try {
            const YAML::Node list = YAML::Load(data->toStdString());
            // Lines and relative paths of that file are its own.
            const QString outerPath = m_path;
            const QDir outerDir = m_dir;
            m_path = path;
            m_dir = QFileInfo(path).absoluteDir();
            if (list.IsScalar())
                problem(list, tr("a test file must hold a list of tests"));
            else
                readTests(list, defaults, suite);
            m_path = outerPath;
            m_dir = outerDir;
        } catch (const YAML::Exception &e) {
            m_problems << QStringLiteral("%1:%2: %3")
                              .arg(QFileInfo(path).fileName())
                              .arg(e.mark.line + 1)
                              .arg(QString::fromStdString(e.msg));
        }
    } else {
        problem(node, tr("test files of type .%1 are not supported (CSV or YAML only)").arg(suffix));
    }
}

std::optional<TestCase> Reader::readTest(const YAML::Node &node, const TestCase &defaults)
{
    if (!node.IsMap()) {
        problem(node, tr("a test must be a mapping with vars: and assert:"));
        return std::nullopt;
    }
    TestCase t = defaults;
    t.where = at(node);
    if (node["description"] && !node["description"].IsNull())
        t.description = text(node["description"], QStringLiteral("description")).value_or(QString());
    if (const YAML::Node vars = node["vars"]; vars && !vars.IsNull()) {
        const QJsonValue v = toJson(vars);
        if (!v.isObject())
            problem(vars, tr("vars must be a mapping"));
        const QJsonObject object = v.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            t.vars.insert(it.key(), it.value());
    }
    if (const YAML::Node threshold = node["threshold"]; threshold && !threshold.IsNull())
        t.threshold = number(threshold, QStringLiteral("threshold"));
    if (const YAML::Node asserts = node["assert"]; asserts && !asserts.IsNull()) {
        const std::vector<Assertion> more = readAsserts(asserts);
        t.asserts.insert(t.asserts.end(), more.begin(), more.end());
    }
    return t;
}

std::vector<Assertion> Reader::readAsserts(const YAML::Node &node)
{
    std::vector<Assertion> out;
    if (!node.IsSequence()) {
        problem(node, tr("assert must be a list"));
        return out;
    }
    for (const YAML::Node &item : node)
        if (auto a = readAssert(item))
            out.push_back(std::move(*a));
    return out;
}

std::optional<Assertion> Reader::readAssert(const YAML::Node &node)
{
    if (!node.IsMap() || !node["type"]) {
        problem(node, tr("an assertion must be a mapping with type:"));
        return std::nullopt;
    }
    const auto type = text(node["type"], QStringLiteral("type"));
    if (!type)
        return std::nullopt;
    Assertion a;
    a.type = *type;
    a.inverse = type->startsWith(QLatin1String("not-"));
    a.baseType = a.inverse ? type->mid(4) : *type;
    a.where = at(node);
    if (node["value"])
        a.value = toJson(node["value"]);
    if (node["threshold"] && !node["threshold"].IsNull())
        a.threshold = number(node["threshold"], QStringLiteral("threshold"));
    if (node["weight"] && !node["weight"].IsNull()) {
        const auto w = number(node["weight"], QStringLiteral("weight"));
        if (w && *w < 0)
            problem(node["weight"], tr("weight must not be negative"));
        a.weight = w.value_or(1.0);
    }
    if (node["metric"] && node["metric"].IsScalar())
        a.metric = QString::fromStdString(node["metric"].Scalar());
    YAML::Node grader = node["provider"];
    if (!grader && node["options"] && node["options"].IsMap())
        grader = node["options"]["provider"];
    if (grader && !grader.IsNull()) {
        if (auto g = readProvider(grader)) {
            m_graders.push_back(std::move(*g));
            a.grader = int(m_graders.size()); // index 0 is the suite's grader
        }
    }
    const AssertionKind *kind = findAssertionKind(a.baseType);
    // Keys that change what a check sees are not run, rather than run differently from promptfoo.
    QString unsupportedKey;
    for (const char *key : {"transform", "contextTransform", "config", "rubricPrompt"})
        if (node[key])
            unsupportedKey = QString::fromLatin1(key);
    if (!kind || !unsupportedKey.isEmpty()) {
        if (m_options.skipUnsupported) {
            a.skipped = true;
            return a;
        }
        if (!unsupportedKey.isEmpty())
            problem(node, tr("\"%1:\" on an assertion is not supported (use --skip-unsupported to skip such checks)")
                              .arg(unsupportedKey));
        else if (isKnownUnsupported(a.baseType))
            problem(node, tr("the assertion type \"%1\" is not supported (use --skip-unsupported to skip such checks)")
                              .arg(a.type));
        else
            problem(node, tr("unknown assertion type \"%1\" (use --skip-unsupported to skip such checks)").arg(a.type));
        return std::nullopt;
    }
    if (kind->kind == CheckKind::Json && !a.value.isNull() && !a.value.isUndefined()) {
        if (a.value.isString()) { // a schema written as YAML or JSON text, or file://schema.json
            const QString schemaText = a.value.toString();
            QString schemaPath;
            std::optional<QByteArray> data = schemaText.startsWith(QLatin1String("file://"))
                                                 ? readReferenced(node["value"], schemaText, &schemaPath)
                                                 : std::optional<QByteArray>(schemaText.toUtf8());
            if (data) {
                try {
                    a.value = toJson(YAML::Load(data->toStdString()));
                } catch (const YAML::Exception &e) {
                    problem(node["value"],
                            tr("the schema is not valid JSON or YAML (%1)").arg(QString::fromStdString(e.msg)));
                }
            }
        }
        if (!a.value.isObject() && !a.value.isBool())
            problem(node["value"], tr("the schema of \"%1\" must be a mapping").arg(a.type));
        if (const QStringList unknown = JsonChecks::unsupportedKeywords(a.value); !unknown.isEmpty()) {
            if (m_options.skipUnsupported) {
                a.skipped = true;
                return a;
            }
            problem(node["value"], tr("JSON Schema keywords not supported: %1 (supported: type, properties, required, "
                                      "items, enum, const, minimum, maximum, exclusiveMinimum, exclusiveMaximum, "
                                      "minLength, maxLength, minItems, maxItems, additionalProperties; use "
                                      "--skip-unsupported to skip such checks)")
                                       .arg(unknown.join(QStringLiteral(", "))));
        }
    }
    if (kind->needsValue && (a.value.isNull() || a.value.isUndefined()))
        problem(node, tr("the assertion \"%1\" needs a value:").arg(a.type));
    if ((a.baseType == QLatin1String("latency") || a.baseType == QLatin1String("cost")) && !a.threshold)
        problem(node, tr("the assertion \"%1\" needs a threshold:").arg(a.type));
    return a;
}

} // namespace

Result<Suite> SuiteReader::load(const QString &path, const ReadOptions &options)
{
    // The same checks as every other file the app reads: no such file, not a regular file (a FIFO would block),
    // cannot be read and why, and a read through a cap whatever size the file reports.
    const auto text = JsonFile::read(path, MaxFileSize);
    if (!text.ok())
        return Result<Suite>::failure(text.error());
    return parse(text.value(), path, options);
}

Result<Suite> SuiteReader::parse(const QByteArray &text, const QString &path, const ReadOptions &options)
{
    const QString name = QFileInfo(path).fileName();
    if (text.contains('\0'))
        return Result<Suite>::failure(tr("%1: not a text file (NUL character)").arg(name));
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        Reader reader(path, options);
        Suite suite = reader.read(root);
        if (!reader.problems().isEmpty())
            return Result<Suite>::failure(reader.problems().join(QLatin1Char('\n')));
        return suite;
    } catch (const YAML::Exception &e) {
        return Result<Suite>::failure(
            tr("%1:%2: not valid YAML (%3)").arg(name).arg(e.mark.line + 1).arg(QString::fromStdString(e.msg)));
    }
}

} // namespace md::eval
