// The SSE decoder's throughput on a realistic chat-completion stream (goal: at least 50 MB/s).
//   ./build/benchmarks/bench_ssedecoder            (prints MB/s besides the QBENCHMARK figure)
#include "core/bytesize.h"
#include "trial/ssedecoder.h"

#include <QElapsedTimer>
#include <QTest>

class BenchSseDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
};

namespace {

QByteArray makeStream(const QByteArray &lineEnd)
{
    // Chunks shaped like OpenAI's, with keep-alive comments now and then.
    QByteArray stream;
    for (int i = 0; stream.size() < 8 * md::MiB; ++i) {
        stream += "data: {\"id\":\"chatcmpl-9x\",\"object\":\"chat.completion.chunk\",\"created\":1721000000,"
                  "\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\" token" +
                  QByteArray::number(i) + "\"},\"logprobs\":null,\"finish_reason\":null}]}" + lineEnd + lineEnd;
        if (i % 100 == 0)
            stream += ": keep-alive" + lineEnd + lineEnd;
    }
    return stream + "data: [DONE]" + lineEnd + lineEnd;
}

} // namespace

void BenchSseDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::addRow("LF") << QByteArray("\n");
    QTest::addRow("CRLF") << QByteArray("\r\n");
}

void BenchSseDecoder::decode()
{
    QFETCH(QByteArray, lineEnd);
    const QByteArray stream = makeStream(lineEnd);
    constexpr qsizetype ReadSize = qsizetype(16) * 1024; // a typical network read
    qint64 bytes = 0;
    qint64 events = 0;
    QElapsedTimer clock;
    clock.start();
    QBENCHMARK
    {
        md::trial::SseDecoder decoder;
        std::vector<md::trial::SseEvent> out;
        for (qsizetype at = 0; at < stream.size(); at += ReadSize) {
            decoder.feed(QByteArrayView(stream).sliced(at, std::min(ReadSize, stream.size() - at)), out);
            events += qint64(out.size());
            out.clear();
        }
        bytes += stream.size();
    }
    const double seconds = clock.nsecsElapsed() / 1e9;
    qInfo("SSE decoder (%s): %.1f MB/s over %.1f MB, %lld events", lineEnd == "\n" ? "LF" : "CRLF",
          bytes / 1e6 / seconds, bytes / 1e6, events);
    QVERIFY(events > 0);
}

QTEST_GUILESS_MAIN(BenchSseDecoder)
#include "bench_ssedecoder.moc"
#include "core/bytesize.h"
