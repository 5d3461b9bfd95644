#pragma once

#include "bperanks.h"

#include <QByteArrayView>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <memory>
#include <mutex>
#include <span>
#include <vector>

namespace md::tokens {

// One of OpenAI's byte-pair encodings (o200k_base, cl100k_base), exact to tiktoken's encode_ordinary:
// the text is cut into pieces by the encoding's pattern (PCRE2 through QRegularExpression), each piece's
// UTF-8 bytes are merged by rank (bytepairmerge.h). Text that looks like a special token ("<|endoftext|>")
// is counted as text. Thread-safe; the vocabulary is read from the resources once, on first use.
class Encoding final
{
public:
    Q_DISABLE_COPY_MOVE(Encoding)

    // The encodings there are, and one by name; nullptr for an unknown name.
    static QStringList names();
    static const Encoding *find(QStringView name);

    // Text from the bytes of a file: invalid UTF-8 is replaced by U+FFFD per maximal invalid subpart, as
    // Python's bytes.decode("utf-8", "replace") and a browser's TextDecoder do. A UTF-8 byte order mark is kept
    // (it is text to tiktoken too).
    static QString textFromUtf8(QByteArrayView bytes);

    QString name() const { return m_name; }
    // Lone UTF-16 surrogates count as U+FFFD, as tiktoken replaces them.
    std::vector<Rank> encode(QStringView text) const;
    qsizetype count(QStringView text) const;
    QByteArray decode(std::span<const Rank> tokens) const;
    // The vocabulary (loads it on first use), and for the tests the .tiktoken text it came from.
    const BpeRanks &ranks() const;
    Rank vocabularySize() const { return ranks().size(); }
    QByteArray tiktokenFile() const;

private:
    Encoding(QString name, QString resource, QString pattern);
    template <typename Sink> void split(QStringView text, Sink &&sink) const;

    QString m_name;
    QString m_resource;
    QRegularExpression m_pattern;
    mutable std::once_flag m_loaded;
    mutable std::unique_ptr<BpeRanks> m_ranks;
};

} // namespace md::tokens
