#include "tokens/bperanks.h"
#include "tokens/encoding.h"

#include <QCryptographicHash>
#include <QTest>

using namespace md::tokens;

// The compiled-in vocabularies are OpenAI's published .tiktoken files, byte for byte: rebuilding the file
// from the compact form gives the published SHA-256 (resources/tokenizers/README.md).
class TestVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void vocabulary_matchesPublishedHash_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("size");
        QTest::addColumn<QByteArray>("sha256");
        QTest::addRow("o200k_base") << QStringLiteral("o200k_base") << 199998
                                    << QByteArray("446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d");
        QTest::addRow("cl100k_base") << QStringLiteral("cl100k_base") << 100256
                                     << QByteArray("223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7");
    }
    void vocabulary_matchesPublishedHash()
    {
        QFETCH(QString, name);
        QFETCH(int, size);
        QFETCH(QByteArray, sha256);
        const Encoding *encoding = Encoding::find(name);
        QVERIFY(encoding);
        QCOMPARE(int(encoding->vocabularySize()), size);
        const QByteArray file = encoding->tiktokenFile();
        QCOMPARE(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex(), sha256);
    }

    void find_unknownName_isNull()
    {
        QVERIFY(!Encoding::find(u"p50k_base"));
        QVERIFY(!Encoding::find(u""));
        QCOMPARE(Encoding::names(), (QStringList{QStringLiteral("o200k_base"), QStringLiteral("cl100k_base")}));
    }

    void parse_damagedData_isRefused_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("wrong magic") << QByteArray("MDBPE9\n\x01\x00\x00\x00\x01"
                                                   "a",
                                                   13);
        QTest::addRow("truncated") << QByteArray("MDBPE1\n\x02\x00\x00\x00\x01\x01"
                                                 "a",
                                                 14);
        QTest::addRow("empty token") << QByteArray("MDBPE1\n\x01\x00\x00\x00\x00", 12);
        QTest::addRow("duplicate") << QByteArray("MDBPE1\n\x02\x00\x00\x00\x01\x01"
                                                 "aa",
                                                 15);
        QTest::addRow("trailing bytes") << QByteArray("MDBPE1\n\x01\x00\x00\x00\x01"
                                                      "ab",
                                                      14);
    }
    void parse_damagedData_isRefused()
    {
        QFETCH(QByteArray, data);
        QString error;
        QVERIFY(!BpeRanks::parse(data, &error));
        QVERIFY(!error.isEmpty());
    }

    void parse_smallVocabulary_looksUpBothWays()
    {
        QString error;
        const auto ranks = BpeRanks::parse(QByteArray("MDBPE1\n\x03\x00\x00\x00\x01\x01\x02"
                                                      "abab",
                                                      18),
                                           &error);
        QVERIFY2(ranks, qPrintable(error));
        QCOMPARE(ranks->size(), Rank(3));
        QCOMPARE(ranks->rank("ab", 2), Rank(2));
        QCOMPARE(ranks->rank("b", 1), Rank(1));
        QCOMPARE(ranks->rank("ba", 2), NoRank);
        QCOMPARE(ranks->bytes(2), QByteArrayView("ab"));
        QVERIFY(ranks->bytes(3).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
