#include "datasetjson.h"

#include "jsonfile.h"
#include "modelfields.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <cmath>
#include <nlohmann/json.hpp>
#include <optional>

using nlohmann::json;

namespace md {

MicroUsdPerMTok microUsdFromDollars(double dollars)
{
    return MicroUsdPerMTok(std::llround(dollars * 1e6));
}

double dollarsFromMicroUsd(MicroUsdPerMTok micro)
{
    return double(micro) / 1e6;
}

namespace {

constexpr int FormatVersion = 1;
const char *const FormatName = "modeldesk-dataset";

// Thrown inside the reader only; turned into a Result at the API boundary.
struct FieldError {
    QString path;
    QString message;
};

// Walks one JSON value and remembers its path, so each error can say exactly where it is. The path is written
// out only when it is needed (an error, or a child of a child): a large file reads millions of fields.
class Reader
{
public:
    Reader(const json &value, QString path)
        : m_value(value)
        , m_path(std::move(path))
    {}
    // An element of a top-level list ("models[3]"); `list` is a name that outlives the reader.
    Reader(const json &value, const char *list, size_t index)
        : m_value(value)
        , m_key(list)
        , m_index(qsizetype(index))
    {}

    // Written out only for a message: a large file reads millions of fields. A reader made by field() or
    // forEach() names its parent, which outlives it (it is the reader the call was made on).
    QString path() const
    {
        QString p = m_parent ? m_parent->path() : m_path;
        if (m_key)
            p = p.isEmpty() ? QString::fromLatin1(m_key) : p + QLatin1Char('.') + QLatin1String(m_key);
        if (m_index >= 0)
            p += QLatin1Char('[') + QString::number(m_index) + QLatin1Char(']');
        return p;
    }
    const json &raw() const { return m_value; }

    [[noreturn]] void fail(const QString &message) const { throw FieldError{path(), message}; }

    Reader field(const char *name) const
    {
        requireObject();
        const auto it = m_value.find(name);
        if (it == m_value.end())
            throw FieldError{Reader(m_value, this, name).path(), DatasetJson::tr("is required but missing")};
        return Reader(*it, this, name);
    }

    bool has(const char *name) const
    {
        requireObject();
        const auto it = m_value.find(name);
        return it != m_value.end() && !it->is_null();
    }

    QString string() const
    {
        if (!m_value.is_string())
            fail(DatasetJson::tr("must be a string, got %1").arg(JsonFile::describe(m_value)));
        const std::string &text = m_value.get_ref<const std::string &>();
        if (text.find('\0') != std::string::npos)
            fail(DatasetJson::tr("must not contain a NUL character, got %1").arg(JsonFile::describe(m_value)));
        return QString::fromStdString(text);
    }

    QString nonEmptyString() const
    {
        const QString s = string().trimmed();
        if (s.isEmpty())
            fail(DatasetJson::tr("must not be empty"));
        return s;
    }

    double number(double minimum, double maximum) const
    {
        if (!m_value.is_number())
            fail(DatasetJson::tr("must be a number, got %1").arg(JsonFile::describe(m_value)));
        const double v = m_value.get<double>();
        if (!std::isfinite(v) || v < minimum || v > maximum)
            fail(DatasetJson::tr("must be between %1 and %2, got %3")
                     .arg(minimum)
                     .arg(maximum)
                     .arg(JsonFile::describe(m_value)));
        return v;
    }

    qint64 count() const
    {
        if (!m_value.is_number_integer() || m_value.get<qint64>() < 0)
            fail(DatasetJson::tr("must be a whole number of at least 0, got %1").arg(JsonFile::describe(m_value)));
        return m_value.get<qint64>();
    }

    bool boolean() const
    {
        if (!m_value.is_boolean())
            fail(DatasetJson::tr("must be true or false, got %1").arg(JsonFile::describe(m_value)));
        return m_value.get<bool>();
    }

    QDate date() const
    {
        const QString s = string();
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            fail(DatasetJson::tr("must be a date written YYYY-MM-DD, got \"%1\"").arg(s));
        return d;
    }

    template <typename Fn> void forEach(Fn &&fn) const
    {
        if (!m_value.is_array())
            fail(DatasetJson::tr("must be a list, got %1").arg(JsonFile::describe(m_value)));
        for (size_t i = 0; i < m_value.size(); ++i)
            fn(Reader(m_value[i], this, nullptr, qsizetype(i)));
    }

    void requireObject() const
    {
        if (!m_value.is_object())
            fail(DatasetJson::tr("must be an object, got %1").arg(JsonFile::describe(m_value)));
    }

private:
    // A field (`key`, a name from the code: a literal or the field table, never freed) or a list element of `parent`.
    Reader(const json &value, const Reader *parent, const char *key, qsizetype index = -1)
        : m_value(value)
        , m_parent(parent)
        , m_key(key)
        , m_index(index)
    {}

    const json &m_value;
    const Reader *m_parent = nullptr;
    QString m_path;              // the path before m_key and m_index, when there is no parent
    const char *m_key = nullptr; // then ".key"
    qsizetype m_index = -1;      // then "[index]"
};

std::optional<MicroUsdPerMTok> optionalPrice(const Reader &r, const char *name)
{
    if (!r.has(name))
        return std::nullopt;
    return microUsdFromDollars(r.field(name).number(0.0, 1e6));
}

QString optionalString(const Reader &r, const char *name)
{
    return r.has(name) ? r.field(name).string() : QString();
}

// The prices a tier may replace, as JSON keys (written in this order).
const std::pair<const char *, std::optional<MicroUsdPerMTok> PriceTier::*> TierPrices[] = {
    {"input", &PriceTier::input},
    {"output", &PriceTier::output},
    {"cached_input", &PriceTier::cachedInput},
    {"cache_write", &PriceTier::cacheWrite},
};

PriceEntry readPrice(const Reader &r)
{
    r.requireObject();
    PriceEntry p;
    p.effective = r.field("effective").date();
    p.source = optionalString(r, "source");
    for (const ModelField &field : ModelFields::all())
        if (field.kind == ModelField::Price)
            *field.priceSlot(p) = optionalPrice(r, field.key);
    if (r.has("tiers")) {
        r.field("tiers").forEach([&p](const Reader &t) {
            PriceTier tier;
            tier.aboveInputTokens = t.field("above_input_tokens").count();
            for (const auto &[key, slot] : TierPrices)
                tier.*slot = optionalPrice(t, key);
            if (!p.tiers.empty() && tier.aboveInputTokens <= p.tiers.back().aboveInputTokens)
                t.field("above_input_tokens").fail(DatasetJson::tr("tiers must be listed by increasing prompt length"));
            p.tiers.push_back(tier);
        });
    }
    return p;
}

// One field of the table (modelfields.h) that is not a price: prices are read per entry by readPrice.
void readField(const Reader &r, const ModelField &field, ModelInfo &m)
{
    const Reader value = r.field(field.key);
    switch (field.kind) {
    case ModelField::Text: {
        QString &text = m.*std::get<QString ModelInfo::*>(field.access);
        text = field.has(ModelField::NonEmpty) ? value.nonEmptyString() : value.string();
        if (!field.choices.empty() && text == QLatin1String("none"))
            text.clear();
        if (!field.allows(text)) {
            QStringList choices;
            for (const char *choice : field.choices)
                choices << QLatin1String(choice);
            value.fail(DatasetJson::tr("must be %1 or none, got \"%2\"").arg(choices.join(QLatin1String(", ")), text));
        }
        break;
    }
    case ModelField::Date:
        m.*std::get<QDate ModelInfo::*>(field.access) = value.date();
        break;
    case ModelField::Count:
        m.*std::get<qint64 ModelInfo::*>(field.access) = value.count();
        break;
    case ModelField::List: {
        QStringList &list = m.*std::get<QStringList ModelInfo::*>(field.access);
        value.forEach([&list](const Reader &x) { list << x.nonEmptyString(); });
        break;
    }
    case ModelField::Price:
        break;
    }
}

ModelInfo readModel(const Reader &r)
{
    r.requireObject();
    ModelInfo m;
    for (const ModelField &field : ModelFields::all())
        if (field.kind != ModelField::Price && (field.has(ModelField::Required) || r.has(field.key)))
            readField(r, field, m);
    if (m.name.isEmpty())
        m.name = m.id;
    if (r.has("hand_edited"))
        r.field("hand_edited").forEach([&m](const Reader &x) { m.handEdited.insert(x.nonEmptyString()); });
    if (r.has("fact_sources")) {
        // Sources of the facts (modelfields.cpp, the Fact flag) by their field names; older files
        // have none and load as before.
        const Reader sources = r.field("fact_sources");
        sources.requireObject();
        for (const auto &[key, value] : sources.raw().items()) {
            const ModelField *field = ModelFields::forKey(QString::fromStdString(key));
            if (!field || !field->has(ModelField::Fact)) {
                QStringList facts;
                for (const ModelField &f : ModelFields::all())
                    if (f.has(ModelField::Fact))
                        facts << f.jsonKey();
                sources.fail(DatasetJson::tr("\"%1\" is not a fact with a source (%2)")
                                 .arg(QString::fromStdString(key).left(40), facts.join(QLatin1String(", "))));
            }
            const QString source = sources.field(field->key).string().trimmed();
            if (!source.isEmpty())
                m.factSources.insert(field->jsonKey(), source);
        }
    }
    if (r.has("limit_changes")) {
        r.field("limit_changes").forEach([&m](const Reader &x) {
            x.requireObject();
            LimitChange c;
            c.date = x.field("date").date();
            c.source = optionalString(x, "source");
            c.field = x.field("field").nonEmptyString();
            c.from = x.field("from").count();
            c.to = x.field("to").count();
            m.limitChanges.push_back(std::move(c));
        });
    }
    if (r.has("prices")) {
        r.field("prices").forEach([&m](const Reader &x) {
            PriceEntry p = readPrice(x);
            if (!m.prices.empty() && p.effective <= m.prices.back().effective)
                x.field("effective").fail(DatasetJson::tr("price history must be listed oldest first"));
            m.prices.push_back(std::move(p));
        });
    }
    return m;
}

Benchmark readBenchmark(const Reader &r)
{
    r.requireObject();
    Benchmark b;
    b.id = r.field("id").nonEmptyString();
    b.name = r.has("name") ? r.field("name").nonEmptyString() : b.id;
    b.category = optionalString(r, "category");
    b.description = optionalString(r, "description");
    if (r.has("unit"))
        b.unit = r.field("unit").string();
    if (r.has("higher_is_better"))
        b.higherIsBetter = r.field("higher_is_better").boolean();
    return b;
}

// What the streaming parse has taken from the "models" and "scores" lists while the file was read: a model as
// soon as it is complete, a score as plain text and a number (checked against its model and benchmark once
// the whole file is in). The first error waits until the format and version have been checked.
struct Streamed {
    struct PendingScore {
        QString model;
        QString benchmark;
        QString source;
        json value;
        size_t index;
    };
    std::vector<ModelInfo> models;
    QHash<QString, int> modelRows;
    std::vector<PendingScore> scores;
    std::optional<FieldError> error;

    void take(const std::string &key, size_t index, json &&element)
    {
        if (error)
            return;
        try {
            const bool model = key == "models";
            const Reader r(element, model ? "models" : "scores", index);
            if (model) {
                ModelInfo m = readModel(r);
                if (modelRows.contains(m.id))
                    r.field("id").fail(DatasetJson::tr("duplicate model id \"%1\"").arg(m.id));
                modelRows.insert(m.id, int(models.size()));
                models.push_back(std::move(m));
            } else {
                r.requireObject();
                PendingScore score{r.field("model").nonEmptyString(), r.field("benchmark").nonEmptyString(),
                                   optionalString(r, "source"), r.field("value").raw(), index};
                scores.push_back(std::move(score));
            }
        } catch (const FieldError &e) {
            error = e;
        } catch (const json::exception &e) {
            error = FieldError{QString::fromStdString(key), QString::fromUtf8(e.what())};
        }
    }
};

Dataset readDataset(const Reader &root, Streamed &streamed)
{
    root.requireObject();
    if (root.has("format") && root.field("format").string() != QLatin1String(FormatName))
        root.field("format").fail(DatasetJson::tr("must be \"%1\"").arg(QLatin1String(FormatName)));
    if (root.has("version") && root.field("version").count() > FormatVersion)
        root.field("version").fail(DatasetJson::tr("is newer than this ModelDesk understands (%1)").arg(FormatVersion));
    if (streamed.error)
        throw *streamed.error;

    Dataset d;
    d.title = optionalString(root, "title");
    d.description = optionalString(root, "description");
    d.source = optionalString(root, "source");
    if (root.has("date"))
        d.date = root.field("date").date();

    QSet<QString> ids;
    root.field("benchmarks").forEach([&](const Reader &r) {
        Benchmark b = readBenchmark(r);
        if (ids.contains(b.id))
            r.field("id").fail(DatasetJson::tr("duplicate benchmark id \"%1\"").arg(b.id));
        ids.insert(b.id);
        d.benchmarks.push_back(std::move(b));
    });
    // The lists were streamed: what is left of them here is empty, or not a list (which forEach refuses).
    root.field("models").forEach([](const Reader &) {});
    d.models = std::move(streamed.models);
    if (root.has("scores"))
        root.field("scores").forEach([](const Reader &) {});
    for (Streamed::PendingScore &pending : streamed.scores) {
        const QString path = QStringLiteral("scores[%1]").arg(pending.index);
        const auto row = streamed.modelRows.constFind(pending.model);
        if (row == streamed.modelRows.cend())
            throw FieldError{path + QLatin1String(".model"),
                             DatasetJson::tr("names no model in \"models\": \"%1\"").arg(pending.model)};
        const Benchmark *b = d.benchmark(pending.benchmark);
        if (!b)
            throw FieldError{path + QLatin1String(".benchmark"),
                             DatasetJson::tr("names no benchmark in \"benchmarks\": \"%1\"").arg(pending.benchmark)};
        const bool percent = b->unit == QLatin1String("%");
        Score score;
        score.value =
            Reader(pending.value, path + QLatin1String(".value")).number(percent ? 0.0 : -1e12, percent ? 100.0 : 1e12);
        score.source = std::move(pending.source);
        auto &scores = d.models[size_t(*row)].scores;
        if (scores.contains(pending.benchmark))
            throw FieldError{path,
                             DatasetJson::tr("a second score for %1 on %2").arg(pending.model, pending.benchmark)};
        scores.insert(pending.benchmark, score);
    }
    return d;
}

// nlohmann reports a byte offset; people want a line and a column.
QString lineAndColumn(const QByteArray &data, size_t byteOffset)
{
    const qsizetype end = qMin<qsizetype>(qsizetype(byteOffset), data.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < end; ++i) {
        if (data.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const int column = int(QString::fromUtf8(data.mid(lineStart, qMax<qsizetype>(0, end - lineStart - 1))).size()) + 1;
    return DatasetJson::tr("line %1, column %2").arg(line).arg(column);
}

json priceJson(std::optional<MicroUsdPerMTok> price)
{
    return price ? json(dollarsFromMicroUsd(*price)) : json(nullptr);
}

void putPrice(json &obj, const char *name, std::optional<MicroUsdPerMTok> price)
{
    if (price)
        obj[name] = priceJson(price);
}

void putString(json &obj, const char *name, const QString &value)
{
    if (!value.isEmpty())
        obj[name] = value.toStdString();
}

// One field of the table that is not a price; unknown values (empty, 0, no date) are left out.
void putField(json &obj, const ModelInfo &m, const ModelField &field)
{
    switch (field.kind) {
    case ModelField::Text: {
        const QString &text = m.*std::get<QString ModelInfo::*>(field.access);
        if (field.has(ModelField::NonEmpty))
            obj[field.key] = text.toStdString();
        else
            putString(obj, field.key, text);
        break;
    }
    case ModelField::Date:
        if (const QDate d = m.*std::get<QDate ModelInfo::*>(field.access); d.isValid())
            obj[field.key] = d.toString(Qt::ISODate).toStdString();
        break;
    case ModelField::Count:
        if (const qint64 n = m.*std::get<qint64 ModelInfo::*>(field.access); n > 0)
            obj[field.key] = n;
        break;
    case ModelField::List:
        if (const QStringList &items = m.*std::get<QStringList ModelInfo::*>(field.access); !items.isEmpty()) {
            json list = json::array();
            for (const QString &x : items)
                list.push_back(x.toStdString());
            obj[field.key] = std::move(list);
        }
        break;
    case ModelField::Price:
        break;
    }
}

} // namespace

QString DatasetJson::syntaxError(const QByteArray &data, qint64 byteOffset, const char *what, const QString &origin)
{
    QString reason = QString::fromUtf8(what);
    // "[json.exception.out_of_range.406] number overflow parsing '1e400'" -> drop the exception's name.
    if (reason.startsWith(QLatin1Char('[')) && reason.indexOf(QLatin1String("] ")) > 0)
        reason = reason.mid(reason.indexOf(QLatin1String("] ")) + 2);
    // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error ..." -> keep the reason.
    const int colon = reason.indexOf(QLatin1String(": "));
    if (colon >= 0)
        reason = reason.mid(colon + 2);
    return tr("%1: %2: not valid JSON (%3)")
        .arg(origin, lineAndColumn(data, size_t(qMax<qint64>(0, byteOffset))), reason);
}

Result<QByteArray> DatasetJson::readFile(const QString &path)
{
    return JsonFile::read(path);
}

namespace {

// Models and scores are read as they stream past, so a large file never holds its whole JSON tree. `parse` runs
// the JSON parse with the stream it is given (from text in memory or from a file read in pieces).
Result<Dataset> readStreamed(const QString &origin,
                             const std::function<JsonFile::Parsed(const JsonFile::Stream &)> &parse)
{
    Streamed streamed;
    JsonFile::Stream stream{{"models", "scores"}, [&streamed](const std::string &key, size_t index, json &&element) {
                                streamed.take(key, index, std::move(element));
                            }};
    JsonFile::Parsed parsed = parse(stream);
    if (!parsed.error.isEmpty())
        return Result<Dataset>::failure(parsed.error);
    if (!parsed.duplicateKeys.isEmpty())
        return Result<Dataset>::failure(DatasetJson::tr("%1: the key \"%2\" appears twice in one object; a dataset "
                                                        "names each field once")
                                            .arg(origin, parsed.duplicateKeys.constFirst().left(80)));
    const json &root = parsed.root;
    try {
        return readDataset(Reader(root, QString()), streamed);
    } catch (const FieldError &e) {
        const QString where = e.path.isEmpty() ? DatasetJson::tr("top level") : e.path;
        return Result<Dataset>::failure(DatasetJson::tr("%1: %2: %3").arg(origin, where, e.message));
    } catch (const json::exception &e) {
        return Result<Dataset>::failure(DatasetJson::tr("%1: %2").arg(origin, QString::fromUtf8(e.what())));
    }
}

} // namespace

Result<Dataset> DatasetJson::parse(const QByteArray &data, const QString &origin)
{
    return readStreamed(origin, [&](const JsonFile::Stream &stream) {
        return JsonFile::parse(data, origin, JsonFile::AnyDepth, stream);
    });
}

Result<Dataset> DatasetJson::load(const QString &path)
{
    return readStreamed(path, [&path](const JsonFile::Stream &stream) {
        return JsonFile::parseFile(path, JsonFile::AnyDepth, stream);
    });
}

QByteArray DatasetJson::serialize(const Dataset &d)
{
    json root = json::object();
    root["format"] = FormatName;
    root["version"] = FormatVersion;
    putString(root, "title", d.title);
    putString(root, "description", d.description);
    putString(root, "source", d.source);
    if (d.date.isValid())
        root["date"] = d.date.toString(Qt::ISODate).toStdString();

    json benchmarks = json::array();
    for (const Benchmark &b : d.benchmarks) {
        json o = {{"id", b.id.toStdString()}, {"name", b.name.toStdString()}};
        putString(o, "category", b.category);
        putString(o, "description", b.description);
        o["unit"] = b.unit.toStdString();
        o["higher_is_better"] = b.higherIsBetter;
        benchmarks.push_back(std::move(o));
    }
    root["benchmarks"] = std::move(benchmarks);

    json models = json::array();
    json scores = json::array();
    for (const ModelInfo &m : d.models) {
        json o = json::object();
        for (const ModelField &field : ModelFields::all())
            putField(o, m, field);
        json prices = json::array();
        for (const PriceEntry &p : m.prices) {
            json po = {{"effective", p.effective.toString(Qt::ISODate).toStdString()}};
            putString(po, "source", p.source);
            for (const ModelField &field : ModelFields::all())
                if (field.kind == ModelField::Price)
                    putPrice(po, field.key, field.price(p));
            if (!p.tiers.empty()) {
                json tiers = json::array();
                for (const PriceTier &t : p.tiers) {
                    json to = {{"above_input_tokens", t.aboveInputTokens}};
                    for (const auto &[key, slot] : TierPrices)
                        putPrice(to, key, t.*slot);
                    tiers.push_back(std::move(to));
                }
                po["tiers"] = std::move(tiers);
            }
            prices.push_back(std::move(po));
        }
        o["prices"] = std::move(prices);
        if (!m.factSources.isEmpty()) {
            json sources = json::object(); // in the table's order, so a saved file diffs cleanly
            for (const ModelField &field : ModelFields::all())
                if (const auto it = m.factSources.constFind(field.jsonKey()); it != m.factSources.cend())
                    sources[field.key] = it->toStdString();
            o["fact_sources"] = std::move(sources);
        }
        if (!m.limitChanges.empty()) {
            json changes = json::array();
            for (const LimitChange &c : m.limitChanges) {
                json co = {{"date", c.date.toString(Qt::ISODate).toStdString()}};
                putString(co, "source", c.source);
                co["field"] = c.field.toStdString();
                co["from"] = c.from;
                co["to"] = c.to;
                changes.push_back(std::move(co));
            }
            o["limit_changes"] = std::move(changes);
        }
        if (!m.handEdited.isEmpty()) {
            QStringList edited = m.handEdited.values();
            edited.sort();
            json list = json::array();
            for (const QString &x : std::as_const(edited))
                list.push_back(x.toStdString());
            o["hand_edited"] = std::move(list);
        }
        models.push_back(std::move(o));

        // Scores in benchmark order, so a saved file diffs cleanly.
        for (const Benchmark &b : d.benchmarks) {
            const auto s = m.score(b.id);
            if (!s)
                continue;
            json so = {{"model", m.id.toStdString()}, {"benchmark", b.id.toStdString()}, {"value", s->value}};
            putString(so, "source", s->source);
            scores.push_back(std::move(so));
        }
    }
    root["models"] = std::move(models);
    root["scores"] = std::move(scores);
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

Result<bool> DatasetJson::save(const Dataset &dataset, const QString &path)
{
    return writeFile(serialize(dataset), path);
}

Result<bool> DatasetJson::writeFile(const QByteArray &data, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<bool>::failure(tr("%1: cannot be written (%2)").arg(path, file.errorString()));
    // write() only fills Qt's buffer; a full disk shows at flush(), which commit() alone would not report.
    if (file.write(data) != data.size() || !file.flush() || !file.commit())
        return Result<bool>::failure(
            tr("%1: saving failed (%2); the previous file is unchanged").arg(path, file.errorString()));
    return true;
}

QString DatasetJson::builtInPath()
{
    return QStringLiteral(":/data/launch-2024-07.json");
}

Dataset DatasetJson::builtIn()
{
    auto result = load(builtInPath());
    // The built-in file is checked by the test suite; failing here is a build defect.
    Q_ASSERT_X(result.ok(), "DatasetJson::builtIn", qPrintable(result.error()));
    return result.ok() ? std::move(result).value() : Dataset{};
}

} // namespace md
