// libFuzzer target: the SSE decoder fed the same bytes whole and in splits the input chooses; both must
// give the same events.
#include "trial/ssedecoder.h"

#include <QByteArrayView>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const size_t step = 1 + data[0] % 17; // the first byte picks the split
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    md::trial::SseDecoder whole;
    const std::vector<md::trial::SseEvent> expected = whole.feed(bytes);
    md::trial::SseDecoder split;
    std::vector<md::trial::SseEvent> got;
    for (qsizetype at = 0; at < bytes.size(); at += qsizetype(step))
        split.feed(bytes.sliced(at, qMin(qsizetype(step), bytes.size() - at)), got);
    if (got.size() != expected.size())
        __builtin_trap();
    for (size_t i = 0; i < got.size(); ++i)
        if (got[i].data != expected[i].data || got[i].event != expected[i].event)
            __builtin_trap();
    return 0;
}
