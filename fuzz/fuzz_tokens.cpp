// libFuzzer target: the byte-pair encoder on any bytes. The first byte picks the encoding. No crash; every token
// is in the vocabulary; count() agrees with encode(); decoding gives back the text's UTF-8 (the input itself when
// it is valid UTF-8); and the two merge strategies agree on the input as one piece.
#include "tokens/bytepairmerge.h"
#include "tokens/encoding.h"

#include <QByteArrayView>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const md::tokens::Encoding *encoding = md::tokens::Encoding::find(md::tokens::Encoding::names().at(data[0] % 2));
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString text = md::tokens::Encoding::textFromUtf8(bytes);
    const std::vector<md::tokens::Rank> tokens = encoding->encode(text);
    for (const md::tokens::Rank token : tokens)
        if (token >= encoding->vocabularySize())
            __builtin_trap();
    if (encoding->count(text) != qsizetype(tokens.size()))
        __builtin_trap();
    const QByteArray decoded = encoding->decode(tokens);
    if (decoded != text.toUtf8())
        __builtin_trap();
    if (QByteArrayView(bytes).isValidUtf8() && decoded != bytes)
        __builtin_trap();
    if (bytes.size() >= 2 && bytes.size() <= qsizetype(md::tokens::detail::FlatLimit)) {
        const std::string_view piece(bytes.data(), size_t(bytes.size()));
        std::vector<md::tokens::Rank> flat, heap;
        md::tokens::detail::mergeFlat(encoding->ranks(), piece, flat);
        md::tokens::detail::mergeHeap(encoding->ranks(), piece, heap);
        if (flat != heap)
            __builtin_trap();
    }
    return 0;
}
