#include "jsonfile.h"

#include "datasetjson.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <climits>
#include <unordered_set>
#include <vector>

using nlohmann::json;

static_assert(md::JsonFile::MaxFileSize == md::DatasetJson::MaxFileSize);

namespace md {

namespace {

// The DOM builder of nlohmann, plus a nesting limit (the DOM and dump() recurse; 100,000 '[' would overflow
// the stack) and a watch on duplicate keys. (A parse callback can do this too but makes parsing about twice
// as slow.)
class GuardedSax
{
public:
    using Dom = nlohmann::detail::json_sax_dom_parser<json>;
    GuardedSax(json &root, int keyDepth, QStringList &duplicates, const JsonFile::Stream *stream)
        : m_dom(root, false)
        , m_root(root)
        , m_keyDepth(keyDepth)
        , m_duplicates(duplicates)
        , m_stream(stream)
    {}

    bool null() { return scalar(m_dom.null()); }
    bool boolean(bool v) { return scalar(m_dom.boolean(v)); }
    bool number_integer(json::number_integer_t v) { return scalar(m_dom.number_integer(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return scalar(m_dom.number_unsigned(v)); }
    bool number_float(json::number_float_t v, const json::string_t &s) { return scalar(m_dom.number_float(v, s)); }
    bool string(json::string_t &v) { return scalar(m_dom.string(v)); }
    bool binary(json::binary_t &v) { return scalar(m_dom.binary(v)); }
    bool start_object(std::size_t n)
    {
        if (!enter())
            return false;
        if (m_depth == 1)
            m_rootIsObject = true;
        if (watching())
            m_keys.emplace_back();
        return m_dom.start_object(n);
    }
    bool end_object()
    {
        if (watching() && !m_keys.empty())
            m_keys.pop_back();
        --m_depth;
        return m_dom.end_object() && elementDone();
    }
    bool start_array(std::size_t n)
    {
        if (!enter())
            return false;
        if (m_depth == 2 && m_rootIsObject && m_stream) {
            m_streaming = std::find(m_stream->keys.begin(), m_stream->keys.end(), m_topKey) != m_stream->keys.end();
            m_index = 0;
        }
        return m_dom.start_array(n);
    }
    bool end_array()
    {
        if (m_depth == 2)
            m_streaming = false;
        --m_depth;
        return m_dom.end_array() && elementDone();
    }
    bool key(json::string_t &k)
    {
        if (watching() && !m_keys.empty() && !m_keys.back().insert(k).second)
            m_duplicates << QString::fromStdString(k);
        if (m_depth == 1)
            m_topKey = k;
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
    bool tooDeep = false;

private:
    bool enter()
    {
        if (++m_depth > JsonFile::MaxDepth) {
            tooDeep = true;
            return false;
        }
        return true;
    }
    bool watching() const { return m_keyDepth == JsonFile::AnyDepth || m_depth == m_keyDepth; }
    bool scalar(bool ok) { return ok && elementDone(); }

    // Called after every value: one that completes an element of a streamed array is handed on and dropped.
    // The DOM builder keeps a pointer to the array (not to its elements), so removing the last one is safe.
    bool elementDone()
    {
        if (!m_streaming || m_depth != 2)
            return true;
        auto &array = m_root[m_topKey].get_ref<json::array_t &>();
        json element = std::move(array.back());
        array.pop_back();
        m_stream->element(m_topKey, m_index++, std::move(element));
        return true;
    }

    Dom m_dom;
    json &m_root;
    int m_keyDepth;
    int m_depth = 0;
    QStringList &m_duplicates;
    const JsonFile::Stream *m_stream;
    bool m_rootIsObject = false;
    bool m_streaming = false;
    std::string m_topKey;
    std::size_t m_index = 0;
    std::vector<std::unordered_set<std::string>> m_keys; // one set per open watched object
};

// A file read in pieces while it is parsed: the parser pulls characters through ChunkIterator, which refills
// one buffer from the file, stops at the size cap and remembers a read error. (nlohmann reads any input iterator
// of char; a pointer pair would need the whole text in memory.)
class ChunkedFile
{
public:
    static constexpr qsizetype PieceSize = 1 << 20;

    explicit ChunkedFile(QFile &file)
        : m_file(file)
    {
        m_buffer.resize(PieceSize);
    }
    // Reads the next piece; false at the end of the file, at the cap or on a read error.
    bool refill()
    {
        m_pos = 0;
        m_length = 0;
        if (m_total > JsonFile::MaxFileSize)
            return false;
        const qint64 n = m_file.read(m_buffer.data(), PieceSize);
        if (n < 0) {
            failed = true;
            return false;
        }
        m_total += n;
        if (m_total > JsonFile::MaxFileSize) {
            tooLarge = true;
            return false;
        }
        m_length = qsizetype(n);
        return n > 0;
    }
    // The first bytes of the file, for the encoding check (at least 4 when the file has them).
    QByteArray head() const { return QByteArray::fromRawData(m_buffer.constData(), m_length).left(4); }
    void skip(qsizetype n) { m_pos = qMin(m_pos + n, m_length); }
    bool atEnd() const { return m_pos >= m_length; }
    char at() const { return m_buffer.at(m_pos); }
    bool advance() { return ++m_pos < m_length || refill(); }

    bool failed = false;
    bool tooLarge = false;

private:
    QFile &m_file;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_length = 0;
    qint64 m_total = 0;
};

class ChunkIterator
{
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = char;

    ChunkIterator() = default; // the end
    explicit ChunkIterator(ChunkedFile *file)
        : m_file(file && !file->atEnd() ? file : nullptr)
    {}
    char operator*() const { return m_file->at(); }
    ChunkIterator &operator++()
    {
        if (!m_file->advance())
            m_file = nullptr;
        return *this;
    }
    bool operator==(const ChunkIterator &other) const { return m_file == other.m_file; }
    bool operator!=(const ChunkIterator &other) const { return m_file != other.m_file; }

private:
    ChunkedFile *m_file = nullptr;
};

// The parse shared by text in memory and a file read in pieces. `skipped` is the length of a byte order mark
// left out of [first, last), so that an error's byte offset counts from the start of the file.
template <typename Iterator>
QString runParse(Iterator first, Iterator last, size_t skipped, const QString &origin, int keyDepth,
                 const JsonFile::Stream &stream, JsonFile::Parsed &result,
                 const std::function<QByteArray(size_t)> &textUpTo)
{
    GuardedSax sax(result.root, keyDepth, result.duplicateKeys, stream.element ? &stream : nullptr);
    try {
        if (json::sax_parse(first, last, &sax))
            return QString();
        if (sax.tooDeep)
            return JsonFile::tr("%1: nested deeper than %2 levels").arg(origin).arg(JsonFile::MaxDepth);
        const size_t byte = sax.errorByte + skipped;
        return DatasetJson::syntaxError(textUpTo(byte), qint64(byte), sax.errorWhat.c_str(), origin);
    } catch (const json::exception &e) {
        // The DOM builder does not throw when told not to; this is a guard for what a later version might.
        return JsonFile::tr("%1: not valid JSON (%2)").arg(origin, QString::fromUtf8(e.what()));
    }
}

enum class Encoding { MaybeUtf8, Utf16, Utf32 };

// By the byte order mark, or without one by the NUL bytes around the first character (JSON text starts with an
// ASCII character).
Encoding sniffEncoding(const QByteArray &data)
{
    static constexpr char Utf32Be[] = {0, 0, '\xFE', '\xFF'};
    static constexpr char Utf32Le[] = {'\xFF', '\xFE', 0, 0};
    static constexpr char Utf16Be[] = {'\xFE', '\xFF'};
    static constexpr char Utf16Le[] = {'\xFF', '\xFE'};
    const auto startsWith = [&data](const auto &mark) { return data.startsWith(QByteArrayView(mark, sizeof mark)); };
    if (startsWith(Utf32Be) || startsWith(Utf32Le))
        return Encoding::Utf32;
    if (startsWith(Utf16Be) || startsWith(Utf16Le))
        return Encoding::Utf16;
    if (data.size() >= 4) {
        const bool z0 = data[0] == 0, z1 = data[1] == 0, z2 = data[2] == 0, z3 = data[3] == 0;
        if ((z0 && z1 && z2 && !z3) || (!z0 && z1 && z2 && z3))
            return Encoding::Utf32;
        if ((z0 && !z1) || (!z0 && z1))
            return Encoding::Utf16;
    } else if (data.size() >= 2 && ((data[0] == 0) != (data[1] == 0))) {
        return Encoding::Utf16;
    }
    return Encoding::MaybeUtf8;
}

} // namespace

QString JsonFile::tooLargeMessage(const QString &origin, qint64 maxBytes)
{
    return tr("%1: the file is larger than %2 MiB").arg(origin).arg(maxBytes >> 20);
}

QString JsonFile::open(const QString &path, QFile &file, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return tr("%1: no such file").arg(path);
    // /dev/zero, a pipe or a socket reports size 0 and never ends; a folder cannot be read as text.
    if (!info.isFile())
        return tr("%1: not a regular file").arg(path);
    if (info.size() > maxBytes)
        return tooLargeMessage(path, maxBytes);
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1: cannot be read (%2)").arg(path, file.errorString());
    return QString();
}

Result<QByteArray> JsonFile::read(const QString &path, qint64 maxBytes)
{
    QFile file;
    if (const QString problem = open(path, file, maxBytes); !problem.isEmpty())
        return Result<QByteArray>::failure(problem);
    // Read through the cap anyway: the file may grow between the check and the read.
    QByteArray data = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Result<QByteArray>::failure(tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    if (data.size() > maxBytes)
        return Result<QByteArray>::failure(tooLargeMessage(path, maxBytes));
    return data;
}

QString JsonFile::encodingError(const QByteArray &data, const QString &origin)
{
    switch (sniffEncoding(data)) {
    case Encoding::Utf32:
        return tr("%1: the file is UTF-32; it must be UTF-8").arg(origin);
    case Encoding::Utf16:
        return tr("%1: the file is UTF-16; it must be UTF-8").arg(origin);
    case Encoding::MaybeUtf8:
        break;
    }
    return QString();
}

JsonFile::Parsed JsonFile::parse(const QByteArray &data, const QString &origin, int keyDepth)
{
    return parse(data, origin, keyDepth, Stream());
}

JsonFile::Parsed JsonFile::parse(const QByteArray &data, const QString &origin, int keyDepth, const Stream &stream)
{
    Parsed result;
    if (data.size() > MaxFileSize) {
        result.error = tooLargeMessage(origin);
        return result;
    }
    result.error = encodingError(data, origin);
    if (!result.error.isEmpty())
        return result;
    const qsizetype skip = data.startsWith("\xEF\xBB\xBF") ? 3 : 0; // a UTF-8 byte order mark
    result.error = runParse(data.cbegin() + skip, data.cend(), size_t(skip), origin, keyDepth, stream, result,
                            [&data](size_t) { return data; });
    if (!result.error.isEmpty())
        result.root = json();
    return result;
}

JsonFile::Parsed JsonFile::parseFile(const QString &path, int keyDepth, const Stream &stream)
{
    Parsed result;
    QFile file;
    if (const QString problem = open(path, file); !problem.isEmpty()) {
        result.error = problem;
        return result;
    }
    ChunkedFile pieces(file);
    pieces.refill();
    result.error = encodingError(pieces.head(), path);
    if (result.error.isEmpty()) {
        const bool bom = pieces.head().startsWith("\xEF\xBB\xBF");
        if (bom)
            pieces.skip(3);
        // An error's line and column are counted again from the start of the file, read up to the error.
        const auto textUpTo = [&path](size_t byte) {
            QFile again(path);
            return again.open(QIODevice::ReadOnly) ? again.read(qint64(qMin<size_t>(byte + 1, MaxFileSize)))
                                                   : QByteArray();
        };
        result.error =
            runParse(ChunkIterator(&pieces), ChunkIterator(), bom ? 3 : 0, path, keyDepth, stream, result, textUpTo);
    }
    // Whatever the parser made of a cut text, the real problem is the size or the read.
    if (pieces.tooLarge)
        result.error = tooLargeMessage(path);
    else if (pieces.failed)
        result.error = tr("%1: cannot be read (%2)").arg(path, file.errorString());
    if (!result.error.isEmpty())
        result.root = json();
    return result;
}

QString JsonFile::describe(const json &value, int limit)
{
    if (value.is_string()) {
        // Cut long text before it is written out: a value may be as large as the file.
        const std::string &full = value.get_ref<const std::string &>();
        if (full.size() > size_t(limit) * 4)
            return describe(json(full.substr(0, size_t(limit) * 4)), limit);
    }
    if (value.is_object() || value.is_array()) {
        // Only a shallow, small container is written out; the rest is named by its kind and size.
        const bool small = value.size() <= 8 && [&value, limit] {
            for (const json &x : value)
                if ((x.is_structured() && !x.empty()) ||
                    (x.is_string() && x.get_ref<const std::string &>().size() > size_t(limit) * 4))
                    return false;
            return true;
        }();
        if (!small)
            return value.is_object() ? tr("an object of %n entries", nullptr, int(qMin<size_t>(value.size(), INT_MAX)))
                                     : tr("a list of %n items", nullptr, int(qMin<size_t>(value.size(), INT_MAX)));
    }
    QString text = QString::fromStdString(value.dump(-1, ' ', false, json::error_handler_t::replace));
    if (text.size() > limit)
        text = text.left(limit - 3) + QStringLiteral("...");
    return text;
}

} // namespace md
