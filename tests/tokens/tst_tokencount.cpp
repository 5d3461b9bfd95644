#include "tokens/tokencount.h"

#include <QTest>

using namespace md::tokens;

// Counting for a model: its tokenizer when public, an estimate otherwise; chat requests with OpenAI's framing.
class TestTokenCount : public QObject
{
    Q_OBJECT

private slots:
    void countChat_addsPerMessageFraming_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<qint64>("tokens");
        QTest::addColumn<int>("source");
        // Role and content counts by tiktoken, plus 3 per message and 3 priming the reply.
        QTest::addRow("o200k_base") << QStringLiteral("o200k_base") << qint64(60) << int(TokenSource::Tokenizer);
        QTest::addRow("cl100k_base") << QStringLiteral("cl100k_base") << qint64(66) << int(TokenSource::Tokenizer);
        QTest::addRow("not public") << QString() << qint64(66) << int(TokenSource::Estimate);
        QTest::addRow("none") << QStringLiteral("none") << qint64(66) << int(TokenSource::Estimate);
    }
    void countChat_addsPerMessageFraming()
    {
        QFETCH(QString, encoding);
        QFETCH(qint64, tokens);
        QFETCH(int, source);
        const ChatMessage messages[] = {
            {QStringLiteral("system"), QStringLiteral("You are a helpful, pattern-following assistant that translates "
                                                      "corporate jargon into plain English.")},
            {QStringLiteral("user"), QStringLiteral("New synergies will help drive top-line growth.")},
            {QStringLiteral("assistant"), QStringLiteral("Things working well together will increase revenue.")},
            {QStringLiteral("user"), QStringLiteral("这个模型便宜吗？")},
        };
        const TokenCount count = countChat(encoding, messages);
        QCOMPARE(count.tokens, tokens);
        QCOMPARE(int(count.source), source);
        QCOMPARE(count.exact(), source != int(TokenSource::Estimate));
    }

    void countChat_noMessages_isThePriming()
    {
        QCOMPARE(countChat(QStringLiteral("o200k_base"), {}).tokens, qint64(TokensPrimingReply));
    }

    void countText_perEncoding_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<qint64>("tokens");
        QTest::addRow("o200k_base") << QStringLiteral("o200k_base") << qint64(6);
        QTest::addRow("cl100k_base") << QStringLiteral("cl100k_base") << qint64(11);
    }
    void countText_perEncoding()
    {
        QFETCH(QString, encoding);
        QFETCH(qint64, tokens);
        QCOMPARE(countText(encoding, u"这个模型便宜吗？").tokens, tokens);
        QCOMPARE(countText(encoding, u"").tokens, qint64(0));
    }

    void sourceName_isTheJsonValue()
    {
        QCOMPARE(sourceName(TokenSource::Server), QStringLiteral("server"));
        QCOMPARE(sourceName(TokenSource::Tokenizer), QStringLiteral("tokenizer"));
        QCOMPARE(sourceName(TokenSource::Estimate), QStringLiteral("estimate"));
    }
};

QTEST_GUILESS_MAIN(TestTokenCount)
#include "tst_tokencount.moc"
