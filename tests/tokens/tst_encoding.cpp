#include "tokens/bytepairmerge.h"
#include "tokens/encoding.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace md::tokens;

namespace {

QJsonArray corpusCases()
{
    QFile file(QStringLiteral(MODELDESK_TOKEN_CORPUS "/expected.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("cases")).toArray();
}

std::vector<Rank> ids(const QJsonArray &array)
{
    std::vector<Rank> out;
    for (const QJsonValue v : array)
        out.push_back(Rank(v.toInteger()));
    return out;
}

QByteArray readCorpusFile(const QString &name)
{
    QFile file(QStringLiteral(MODELDESK_TOKEN_CORPUS "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Token ids identical to tiktoken's (tests/data/tokens/expected.json was written by tiktoken itself).
class TestEncoding : public QObject
{
    Q_OBJECT

private slots:
    void encode_corpus_matchesTiktoken_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QJsonArray>("expected");
        const QJsonArray cases = corpusCases();
        QVERIFY(cases.size() >= 12);
        for (const QJsonValue c : cases) {
            const QString file = c[QLatin1String("file")].toString();
            for (const QString &encoding : Encoding::names())
                QTest::addRow("%s %s", qPrintable(encoding), qPrintable(file))
                    << encoding << file << c[encoding].toArray();
        }
    }
    void encode_corpus_matchesTiktoken()
    {
        QFETCH(QString, encoding);
        QFETCH(QString, file);
        QFETCH(QJsonArray, expected);
        const QByteArray bytes = readCorpusFile(file);
        QVERIFY(!bytes.isEmpty());
        const Encoding *e = Encoding::find(encoding);
        QVERIFY(e);
        const QString text = Encoding::textFromUtf8(bytes);
        const std::vector<Rank> got = e->encode(text);
        const std::vector<Rank> want = ids(expected);
        if (got != want) {
            std::size_t at = 0;
            while (at < got.size() && at < want.size() && got[at] == want[at])
                ++at;
            QFAIL(qPrintable(QStringLiteral("first difference at token %1 of %2 (expected %3)")
                                 .arg(at)
                                 .arg(got.size())
                                 .arg(want.size())));
        }
        QCOMPARE(e->count(text), qsizetype(want.size()));
    }

    void encode_knownCounts_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<uint>>("expected");
        // Values from tiktoken's own test suite and documentation.
        QTest::addRow("cl100k hello world")
            << QStringLiteral("cl100k_base") << QStringLiteral("hello world") << QList<uint>{15339, 1917};
        QTest::addRow("o200k hello world")
            << QStringLiteral("o200k_base") << QStringLiteral("hello world") << QList<uint>{24912, 2375};
        QTest::addRow("empty") << QStringLiteral("o200k_base") << QString() << QList<uint>{};
        QTest::addRow("special as text") << QStringLiteral("cl100k_base") << QStringLiteral("<|endoftext|>")
                                         << QList<uint>{27, 91, 8862, 728, 428, 91, 29};
    }
    void encode_knownCounts()
    {
        QFETCH(QString, encoding);
        QFETCH(QString, text);
        QFETCH(QList<uint>, expected);
        const std::vector<Rank> got = Encoding::find(encoding)->encode(text);
        QCOMPARE(QList<uint>(got.begin(), got.end()), expected);
    }

    void encode_loneSurrogate_countsAsReplacementCharacter()
    {
        const Encoding *e = Encoding::find(u"o200k_base");
        const QString lone = QStringLiteral("a") + QChar(0xD83D) + QStringLiteral("b");
        const QString replaced = QStringLiteral("a\uFFFDb");
        QCOMPARE(e->encode(lone), e->encode(replaced));
        const QString lowFirst = QChar(0xDE00) + QStringLiteral("x") + QChar(0xD83D);
        QCOMPARE(e->encode(lowFirst), e->encode(QStringLiteral("\uFFFDx\uFFFD")));
    }

    void textFromUtf8_replacesMaximalSubparts_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addRow("valid") << QByteArray("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80") << QStringLiteral("aé€😀");
        QTest::addRow("lone continuation") << QByteArray("a\x80\x80z") << QStringLiteral("a\uFFFD\uFFFDz");
        QTest::addRow("truncated 3-byte") << QByteArray("\xe2\x82z") << QStringLiteral("\uFFFDz");
        QTest::addRow("truncated 4-byte at end") << QByteArray("x\xf0\x9f\x98") << QStringLiteral("x\uFFFD");
        QTest::addRow("surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("\uFFFD\uFFFD\uFFFD");
        QTest::addRow("overlong") << QByteArray("\xc0\xaf") << QStringLiteral("\uFFFD\uFFFD");
        QTest::addRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << QStringLiteral("\uFFFD\uFFFD\uFFFD\uFFFD");
        QTest::addRow("bom kept") << QByteArray("\xef\xbb\xbfx") << QStringLiteral("\uFEFFx");
        // Found by fuzz_tokens: a mark that starts a later valid run was dropped.
        QTest::addRow("two boms kept") << QByteArray("\xef\xbb\xbf\xef\xbb\xbfx") << QStringLiteral("\uFEFF\uFEFFx");
        QTest::addRow("bom after invalid byte") << QByteArray("\xff\xef\xbb\xbfx") << QStringLiteral("\uFFFD\uFEFFx");
    }
    void textFromUtf8_replacesMaximalSubparts()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(Encoding::textFromUtf8(bytes), text);
    }

    void encode_longRuns_roundTrip()
    {
        // Pieces over 128 bytes take the heap merge; a run of 20,000 spaces is one piece.
        const Encoding *e = Encoding::find(u"cl100k_base");
        for (const int n : {127, 128, 129, 1000, 20000}) {
            const QString text = QString(n, QLatin1Char(' ')) + QLatin1Char('x');
            const std::vector<Rank> tokens = e->encode(text);
            QCOMPARE(e->decode(tokens), text.toUtf8());
        }
        // A long piece of multi-byte characters.
        QString emoji;
        for (int i = 0; i < 200; ++i)
            emoji += QString::fromUcs4(std::array<char32_t, 1>{char32_t(0x1F600 + i % 80)}.data(), 1);
        QCOMPARE(e->decode(e->encode(emoji)), emoji.toUtf8());
    }

    void mergeHeapAndFlat_agreeOnRandomPieces()
    {
        // Up to 128 bytes bytePairEncode merges in a flat array, above it with a heap; both must give the same
        // tokens. Random pieces from a small alphabet have many merges and many equal-rank ties.
        QRandomGenerator random(17);
        const char alphabet[] = "aeiouenstrl  ";
        for (const QString &name : Encoding::names()) {
            const BpeRanks &ranks = Encoding::find(name)->ranks();
            for (int round = 0; round < 2000; ++round) {
                std::string piece;
                const int length = 2 + int(random.bounded(int(detail::FlatLimit) - 1));
                for (int i = 0; i < length; ++i)
                    piece += alphabet[random.bounded(int(sizeof(alphabet) - 1))];
                std::vector<Rank> flat, heap;
                detail::mergeFlat(ranks, piece, flat);
                detail::mergeHeap(ranks, piece, heap);
                QCOMPARE(heap, flat);
            }
        }
    }

    void roundTrip_randomValidText()
    {
        QRandomGenerator random(42);
        for (const QString &name : Encoding::names()) {
            const Encoding *e = Encoding::find(name);
            for (int round = 0; round < 300; ++round) {
                QString text;
                const int length = int(random.bounded(200));
                for (int i = 0; i < length; ++i) {
                    char32_t c = char32_t(random.bounded(0x30000));
                    if (c >= 0xD800 && c <= 0xDFFF)
                        c = U' ';
                    if (random.bounded(4) == 0)
                        c = char32_t(random.bounded(0x80));
                    text += QString::fromUcs4(&c, 1);
                }
                const std::vector<Rank> tokens = e->encode(text);
                QCOMPARE(QString::fromUtf8(e->decode(tokens)), text);
                QCOMPARE(e->count(text), qsizetype(tokens.size()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestEncoding)
#include "tst_encoding.moc"
