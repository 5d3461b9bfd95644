#include "encoding.h"

#include "bytepairmerge.h"

#include <QFile>
#include <QStringDecoder>
#include <unordered_map>

namespace md::tokens {

namespace {

// tiktoken's pre-tokenising patterns (tiktoken_ext/openai_public.py), as written there; \s and \S are made exact
// below.
const char16_t Cl100kPattern[] =
    uR"((?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+)";
const char16_t O200kPattern[] =
    uR"([^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?)"
    uR"(|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?)"
    uR"(|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+)";

// tiktoken's \s is Unicode's White_Space (Rust's regex). PCRE2's \s also takes U+180E MONGOLIAN VOWEL SEPARATOR,
// which stopped being a space in Unicode 6.3, so the patterns spell White_Space out.
const char16_t WhiteSpace[] = uR"(\t-\r \x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000})";

QString withExactWhiteSpace(QString pattern)
{
    const QString list = QString::fromUtf16(WhiteSpace);
    pattern.replace(QLatin1String("[^\\s"), QLatin1String("[^") + list); // inside a class: [^\s\p{L}\p{N}]
    pattern.replace(QLatin1String("\\s"), QLatin1Char('[') + list + QLatin1Char(']'));
    pattern.replace(QLatin1String("\\S"), QLatin1String("[^") + list + QLatin1Char(']'));
    return pattern;
}

} // namespace

Encoding::Encoding(QString name, QString resource, QString pattern)
    : m_name(std::move(name))
    , m_resource(std::move(resource))
    , m_pattern(withExactWhiteSpace(std::move(pattern)), QRegularExpression::UseUnicodePropertiesOption)
{
    m_pattern.optimize();
}

QStringList Encoding::names()
{
    return {QStringLiteral("o200k_base"), QStringLiteral("cl100k_base")};
}

const Encoding *Encoding::find(QStringView name)
{
    // Built on first use and kept for the life of the process (the vocabularies load later still, lazily).
    static Encoding o200k(QStringLiteral("o200k_base"), QStringLiteral(":/tokenizers/o200k_base.bpe"),
                          QString::fromUtf16(O200kPattern));
    static Encoding cl100k(QStringLiteral("cl100k_base"), QStringLiteral(":/tokenizers/cl100k_base.bpe"),
                           QString::fromUtf16(Cl100kPattern));
    if (name == o200k.name())
        return &o200k;
    if (name == cl100k.name())
        return &cl100k;
    return nullptr;
}

const BpeRanks &Encoding::ranks() const
{
    std::call_once(m_loaded, [this] {
        QFile file(m_resource);
        QString error;
        if (file.open(QIODevice::ReadOnly))
            m_ranks = BpeRanks::parse(file.readAll(), &error);
        else
            error = file.errorString();
        // The vocabularies are compiled in; a missing or damaged one is a broken build, not bad input.
        if (!m_ranks)
            qFatal("%s: %s", qPrintable(m_resource), qPrintable(error));
    });
    return *m_ranks;
}

QString Encoding::textFromUtf8(QByteArrayView bytes)
{
    QString text;
    text.reserve(bytes.size());
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    // QString::fromUtf8 drops a byte order mark at the start of what it converts (here: of every valid run); to
    // tiktoken it is the text U+FEFF wherever it stands.
    QStringDecoder run(QStringConverter::Utf8,
                       QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    while (i < size) {
        // Copy the longest valid run in one go.
        qsizetype runEnd = i;
        qsizetype invalidLength = 0;
        while (runEnd < size) {
            const unsigned char lead = data[runEnd];
            if (lead < 0x80) {
                ++runEnd;
                continue;
            }
            // Maximal subpart (Unicode 15, table 3-7): how many bytes after the lead are valid continuations.
            int need = 0;
            unsigned char low = 0x80, high = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                need = 1;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                need = 2;
                low = lead == 0xE0 ? 0xA0 : 0x80;
                high = lead == 0xED ? 0x9F : 0xBF;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                need = 3;
                low = lead == 0xF0 ? 0x90 : 0x80;
                high = lead == 0xF4 ? 0x8F : 0xBF;
            } else {
                invalidLength = 1;
                break;
            }
            int have = 0;
            for (; have < need && runEnd + 1 + have < size; ++have) {
                const unsigned char c = data[runEnd + 1 + have];
                const bool ok = have == 0 ? (c >= low && c <= high) : (c >= 0x80 && c <= 0xBF);
                if (!ok)
                    break;
            }
            if (have < need) {
                invalidLength = 1 + have;
                break;
            }
            runEnd += 1 + need;
        }
        text += run.decode(bytes.sliced(i, runEnd - i));
        i = runEnd;
        if (invalidLength > 0) {
            text += QChar::ReplacementCharacter;
            i += invalidLength;
        }
    }
    return text;
}

template <typename Sink> void Encoding::split(QStringView input, Sink &&sink) const
{
    // Lone surrogates become U+FFFD (copying only when there is one), so the UTF-8 below is exact.
    QString cleaned;
    QStringView text = input;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input[i];
        const bool pairHigh = c.isHighSurrogate() && i + 1 < input.size() && input[i + 1].isLowSurrogate();
        if (pairHigh) {
            ++i;
            continue;
        }
        if (c.isSurrogate()) {
            if (cleaned.isNull())
                cleaned = input.toString();
            cleaned[i] = QChar::ReplacementCharacter;
        }
    }
    if (!cleaned.isNull())
        text = cleaned;
    const QByteArray utf8 = text.toUtf8();

    // Walk UTF-16 offsets and UTF-8 offsets together; the pieces cover the text in order.
    qsizetype unit = 0;
    qsizetype byte = 0;
    const auto advance = [&](qsizetype to) {
        for (; unit < to; ++unit) {
            const char16_t c = text[unit].unicode();
            byte += c < 0x80 ? 1 : c < 0x800 ? 2 : QChar::isSurrogate(c) ? 2 : 3;
        }
    };
    QRegularExpressionMatchIterator it = m_pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        advance(match.capturedStart());
        const qsizetype from = byte;
        advance(match.capturedEnd());
        sink(std::string_view(utf8.constData() + from, std::size_t(byte - from)));
    }
}

namespace {

// Pieces that are no single token, merged once per call: text repeats them (indentation, long runs of spaces,
// frequent rare words), and a merge costs far more than a look-up. Keys view the call's UTF-8 buffer.
class MergeCache
{
public:
    static constexpr std::size_t MaxEntries = 1 << 16;

    // The tokens of `piece`, appended to `out`.
    void encode(const BpeRanks &ranks, std::string_view piece, std::vector<Rank> &out)
    {
        if (const Rank whole = ranks.rank(piece.data(), piece.size()); whole != NoRank) {
            out.push_back(whole);
            return;
        }
        if (const auto it = m_cache.find(piece); it != m_cache.end()) {
            out.insert(out.end(), m_tokens.begin() + qsizetype(it->second.first),
                       m_tokens.begin() + qsizetype(it->second.first + it->second.second));
            return;
        }
        if (m_cache.size() >= MaxEntries) {
            m_cache.clear();
            m_tokens.clear();
        }
        const std::size_t from = out.size();
        bytePairEncode(ranks, piece, out);
        m_cache.emplace(piece, std::pair{m_tokens.size(), out.size() - from});
        m_tokens.insert(m_tokens.end(), out.begin() + qsizetype(from), out.end());
    }

private:
    std::unordered_map<std::string_view, std::pair<std::size_t, std::size_t>> m_cache;
    std::vector<Rank> m_tokens;
};

} // namespace

std::vector<Rank> Encoding::encode(QStringView text) const
{
    const BpeRanks &vocabulary = ranks();
    std::vector<Rank> tokens;
    tokens.reserve(std::size_t(text.size() / 3 + 1));
    MergeCache cache;
    split(text, [&](std::string_view piece) { cache.encode(vocabulary, piece, tokens); });
    return tokens;
}

qsizetype Encoding::count(QStringView text) const
{
    const BpeRanks &vocabulary = ranks();
    qsizetype total = 0;
    std::vector<Rank> scratch;
    MergeCache cache;
    split(text, [&](std::string_view piece) {
        scratch.clear();
        cache.encode(vocabulary, piece, scratch);
        total += qsizetype(scratch.size());
    });
    return total;
}

QByteArray Encoding::decode(std::span<const Rank> tokens) const
{
    const BpeRanks &vocabulary = ranks();
    QByteArray bytes;
    for (const Rank token : tokens)
        bytes += vocabulary.bytes(token);
    return bytes;
}

QByteArray Encoding::tiktokenFile() const
{
    const BpeRanks &vocabulary = ranks();
    QByteArray file;
    for (Rank rank = 0; rank < vocabulary.size(); ++rank)
        file += vocabulary.bytes(rank).toByteArray().toBase64() + ' ' + QByteArray::number(rank) + '\n';
    return file;
}

} // namespace md::tokens
