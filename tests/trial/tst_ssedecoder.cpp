#include "trial/ssedecoder.h"

#include <QTest>

using md::trial::SseDecoder;
using md::trial::SseEvent;

class TestSseDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decode_sameForAnySplit_data();
    void decode_sameForAnySplit();
    void crAtEndOfRead_lfInNextReadIsNotABlankLine();
    void utf8SplitAcrossReads_decodesWhole();
    void cutStream_leavesPendingData();
    void retryField_isRemembered();
};

namespace {

// Events as "event|id|data" lines, so a table row reads as what the decoder must produce.
QStringList describe(const std::vector<SseEvent> &events)
{
    QStringList out;
    for (const SseEvent &e : events)
        out << e.event + QLatin1Char('|') + e.id + QLatin1Char('|') + e.data;
    return out;
}

} // namespace

void TestSseDecoder::decode_sameForAnySplit_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");
    const QString msg = QStringLiteral("message||");
    QTest::addRow("lf") << QByteArray("data: a\n\ndata: b\n\n")
                        << QStringList{msg + QStringLiteral("a"), msg + QStringLiteral("b")};
    QTest::addRow("crlf") << QByteArray("data: a\r\n\r\ndata: b\r\n\r\n")
                          << QStringList{msg + QStringLiteral("a"), msg + QStringLiteral("b")};
    QTest::addRow("cr") << QByteArray("data: a\r\rdata: b\r\r")
                        << QStringList{msg + QStringLiteral("a"), msg + QStringLiteral("b")};
    QTest::addRow("mixed line ends") << QByteArray("data: a\r\ndata: b\n\rdata: c\r\n\n")
                                     << QStringList{msg + QStringLiteral("a\nb"), msg + QStringLiteral("c")};
    QTest::addRow("comments") << QByteArray(": keep-alive\n\n:another\ndata: x\n: inside\n\n")
                              << QStringList{msg + QStringLiteral("x")};
    QTest::addRow("multi-line data") << QByteArray("data: {\"a\":\ndata: 1}\n\n")
                                     << QStringList{msg + QStringLiteral("{\"a\":\n1}")};
    QTest::addRow("no space after colon") << QByteArray("data:x\n\n") << QStringList{msg + QStringLiteral("x")};
    QTest::addRow("two spaces keep one") << QByteArray("data:  x\n\n") << QStringList{msg + QStringLiteral(" x")};
    QTest::addRow("empty data line") << QByteArray("data\n\n") << QStringList{msg};
    QTest::addRow("event and id") << QByteArray("event: error\nid: 7\ndata: boom\n\ndata: next\n\n")
                                  << QStringList{QStringLiteral("error|7|boom"), QStringLiteral("message|7|next")};
    QTest::addRow("no data, no event") << QByteArray("event: ping\n\n\n\n") << QStringList{};
    QTest::addRow("unknown field ignored")
        << QByteArray("foo: bar\ndata: y\n\n") << QStringList{msg + QStringLiteral("y")};
    QTest::addRow("bom at start") << QByteArray("\xEF\xBB\xBF"
                                                "data: z\n\n")
                                  << QStringList{msg + QStringLiteral("z")};
    QTest::addRow("done marker") << QByteArray("data: [DONE]\n\n") << QStringList{msg + QStringLiteral("[DONE]")};
    QTest::addRow("unfinished event dropped")
        << QByteArray("data: a\n\ndata: b\n") << QStringList{msg + QStringLiteral("a")};
    QTest::addRow("utf-8") << QByteArray("data: Grüße 世界 🙂\n\n")
                           << QStringList{msg + QStringLiteral("Grüße 世界 🙂")};
}

void TestSseDecoder::decode_sameForAnySplit()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);

    SseDecoder whole;
    QCOMPARE(describe(whole.feed(input)), expected);

    // Every byte its own read: the worst a network can do.
    SseDecoder bytewise;
    std::vector<SseEvent> events;
    for (char c : input)
        bytewise.feed(QByteArrayView(&c, 1), events);
    QCOMPARE(describe(events), expected);

    // Every two-way split.
    for (qsizetype at = 1; at < input.size(); ++at) {
        SseDecoder split;
        std::vector<SseEvent> parts = split.feed(QByteArrayView(input).first(at));
        split.feed(QByteArrayView(input).sliced(at), parts);
        QVERIFY2(describe(parts) == expected, qPrintable(QStringLiteral("split at %1").arg(at)));
    }
}

void TestSseDecoder::crAtEndOfRead_lfInNextReadIsNotABlankLine()
{
    SseDecoder d;
    QVERIFY(d.feed("data: a\r").empty());
    // Had the LF counted as a line of its own, this would dispatch "a" here.
    QVERIFY(d.feed("\ndata: b\r\n").empty());
    QCOMPARE(describe(d.feed("\r\n")), QStringList{QStringLiteral("message||a\nb")});
}

void TestSseDecoder::utf8SplitAcrossReads_decodesWhole()
{
    const QByteArray smile = QStringLiteral("🙂").toUtf8();
    QCOMPARE(smile.size(), 4);
    SseDecoder d;
    QVERIFY(d.feed(QByteArray(QByteArray("data: ") + smile.left(1))).empty());
    QVERIFY(d.feed(smile.mid(1, 2)).empty());
    const auto events = d.feed(QByteArray(smile.mid(3) + "\n\n"));
    QCOMPARE(events.size(), size_t(1));
    QCOMPARE(events.front().data, QStringLiteral("🙂"));
}

void TestSseDecoder::cutStream_leavesPendingData()
{
    SseDecoder d;
    d.feed("data: half");
    QVERIFY(d.hasPendingData());
    d.feed("\n\n");
    QVERIFY(!d.hasPendingData());
}

void TestSseDecoder::retryField_isRemembered()
{
    SseDecoder d;
    d.feed("retry: 1500\nretry: x\n\n");
    QCOMPARE(d.retryMs(), 1500);
}

QTEST_GUILESS_MAIN(TestSseDecoder)
#include "tst_ssedecoder.moc"
