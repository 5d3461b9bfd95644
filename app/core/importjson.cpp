#include "importjson.h"

#include "priceimport.h"

#include <unordered_set>

namespace md::importjson {

QString describe(const json &value)
{
    QString s = QString::fromStdString(value.dump(-1, ' ', false, json::error_handler_t::replace));
    return s.size() > 40 ? s.left(37) + QStringLiteral("...") : s;
}

void fail(const char *field, const QString &message)
{
    throw EntryError{QLatin1String(field) + QLatin1String(": ") + message};
}

std::optional<MicroUsdPerMTok> perTokenPrice(const json &object, const char *field)
{
    const auto it = object.find(field);
    if (it == object.end() || it->is_null())
        return std::nullopt;
    std::string decimal;
    if (it->is_number())
        decimal = it->dump();
    else if (it->is_string())
        decimal = it->get<std::string>(); // OpenRouter writes prices as text
    else
        fail(field, PriceImport::tr("must be a price per token, got %1").arg(describe(*it)));
    const auto micro = PriceImport::perTokenToMicroPerMTok(QByteArrayView(decimal.data(), qsizetype(decimal.size())));
    if (!micro)
        fail(field, PriceImport::tr("must be a price per token, got %1").arg(describe(*it)));
    if (*micro < 0)
        fail(field, PriceImport::tr("must not be negative, got %1").arg(describe(*it)));
    return micro;
}

std::optional<qint64> tokenCount(const json &object, const char *field)
{
    const auto it = object.find(field);
    if (it == object.end() || it->is_null())
        return std::nullopt;
    if (it->is_number_integer() && it->get<qint64>() >= 0)
        return it->get<qint64>();
    // Some lists write 128000.0; a whole number is still a count.
    if (it->is_number_float() && it->get<double>() >= 0 && it->get<double>() < 1e15 &&
        it->get<double>() == double(qint64(it->get<double>())))
        return qint64(it->get<double>());
    fail(field, PriceImport::tr("must be a whole number of at least 0, got %1").arg(describe(*it)));
}

std::optional<QString> text(const json &object, const char *field)
{
    const auto it = object.find(field);
    if (it == object.end() || it->is_null())
        return std::nullopt;
    if (!it->is_string())
        fail(field, PriceImport::tr("must be text, got %1").arg(describe(*it)));
    return QString::fromStdString(it->get<std::string>());
}

namespace {
// The DOM builder of nlohmann, plus a watch on the keys at one depth: the parser itself would silently keep the
// last of two equal keys. (A parse callback can do this too but makes parsing about twice as slow.)
class DuplicateKeySax
{
public:
    using Dom = nlohmann::detail::json_sax_dom_parser<json>;
    DuplicateKeySax(json &root, int keyDepth, QStringList &duplicates)
        : m_dom(root, true)
        , m_keyDepth(keyDepth)
        , m_duplicates(duplicates)
    {}

    bool null() { return m_dom.null(); }
    bool boolean(bool v) { return m_dom.boolean(v); }
    bool number_integer(json::number_integer_t v) { return m_dom.number_integer(v); }
    bool number_unsigned(json::number_unsigned_t v) { return m_dom.number_unsigned(v); }
    bool number_float(json::number_float_t v, const json::string_t &s) { return m_dom.number_float(v, s); }
    bool string(json::string_t &v) { return m_dom.string(v); }
    bool binary(json::binary_t &v) { return m_dom.binary(v); }
    bool start_object(std::size_t n)
    {
        if (++m_depth == m_keyDepth)
            m_keys.clear();
        return m_dom.start_object(n);
    }
    bool end_object()
    {
        --m_depth;
        return m_dom.end_object();
    }
    bool start_array(std::size_t n)
    {
        ++m_depth;
        return m_dom.start_array(n);
    }
    bool end_array()
    {
        --m_depth;
        return m_dom.end_array();
    }
    bool key(json::string_t &k)
    {
        if (m_depth == m_keyDepth && !m_keys.insert(k).second)
            m_duplicates << QString::fromStdString(k);
        return m_dom.key(k);
    }
    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &e)
    {
        errorByte = position;
        errorWhat = e.what();
        return false; // stop; the caller turns this into a message with line and column
    }

    std::size_t errorByte = 0;
    std::string errorWhat;

private:
    Dom m_dom;
    int m_keyDepth;
    int m_depth = 0;
    QStringList &m_duplicates;
    std::unordered_set<std::string> m_keys;
};
} // namespace

Parsed parse(const QByteArray &data, const QString &origin, int keyDepth)
{
    Parsed result;
    DuplicateKeySax sax(result.root, keyDepth, result.duplicateKeys);
    if (!json::sax_parse(data.cbegin(), data.cend(), &sax)) {
        result.error = DatasetJson::syntaxError(data, qint64(sax.errorByte), sax.errorWhat.c_str(), origin);
        result.root = json();
    }
    return result;
}

} // namespace md::importjson
