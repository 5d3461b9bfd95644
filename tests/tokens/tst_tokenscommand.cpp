#include "common/binaryrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// `modeldesk tokens`, run as a person would run it.
class TestTokensCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void json_countsEachFileLikeTiktoken_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("source");
        QTest::addRow("default encoding")
            << QStringList() << QStringLiteral("o200k_base") << QStringLiteral("tokenizer");
        QTest::addRow("--encoding") << QStringList{QStringLiteral("--encoding"), QStringLiteral("cl100k_base")}
                                    << QStringLiteral("cl100k_base") << QStringLiteral("tokenizer");
        QTest::addRow("--model gpt-3.5-turbo")
            << QStringList{QStringLiteral("--model"), QStringLiteral("gpt-3.5-turbo")} << QStringLiteral("cl100k_base")
            << QStringLiteral("tokenizer");
        // Claude's tokenizer is not public: the cl100k_base count, as an estimate.
        QTest::addRow("--model claude") << QStringList{QStringLiteral("--model"),
                                                       QStringLiteral("claude-3-haiku-20240307")}
                                        << QStringLiteral("none") << QStringLiteral("estimate");
    }
    void json_countsEachFileLikeTiktoken()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, encoding);
        QFETCH(QString, source);
        const QStringList files{corpus(QStringLiteral("chinese.txt")), corpus(QStringLiteral("invalid-utf8.txt"))};
        const auto r = run(QStringList{QStringLiteral("--format"), QStringLiteral("json")} + options + files);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 2);
        const QString countedWith = encoding == QLatin1String("none") ? QStringLiteral("cl100k_base") : encoding;
        for (int i = 0; i < 2; ++i) {
            const QJsonObject row = rows.at(i).toObject();
            QCOMPARE(row.value(QLatin1String("file")).toString(), files.at(i));
            QCOMPARE(row.value(QLatin1String("encoding")).toString(), encoding);
            QCOMPARE(row.value(QLatin1String("tokens_source")).toString(), source);
            QCOMPARE(row.value(QLatin1String("tokens")).toInteger(), expectedCount(files.at(i), countedWith));
            QCOMPARE(row.value(QLatin1String("bytes")).toInteger(), QFileInfo(files.at(i)).size());
        }
        // 232 code points; invalid bytes count as one U+FFFD per maximal invalid sequence.
        QCOMPARE(rows.at(0).toObject().value(QLatin1String("characters")).toInteger(), 232);
    }

    void text_totalsSeveralFiles()
    {
        const auto r = run({corpus(QStringLiteral("english.txt")), corpus(QStringLiteral("chinese.txt"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const qint64 total = expectedCount(corpus(QStringLiteral("english.txt")), QStringLiteral("o200k_base")) +
                             expectedCount(corpus(QStringLiteral("chinese.txt")), QStringLiteral("o200k_base"));
        QVERIFY2(r.out.contains(QStringLiteral("total: %1 tokens").arg(QLocale::c().toString(total))),
                 qPrintable(r.out));
    }

    void standardInput_isCounted()
    {
        QProcess p;
        p.setProcessEnvironment(md::test::isolatedEnvironment(m_dir));
        p.start(QStringLiteral(MODELDESK_BINARY),
                {QStringLiteral("tokens"), QStringLiteral("--format=json"), QStringLiteral("-")});
        p.write("hello world");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject row = QJsonDocument::fromJson(p.readAllStandardOutput()).array().at(0).toObject();
        QCOMPARE(row.value(QLatin1String("tokens")).toInteger(), 2);
        QCOMPARE(row.value(QLatin1String("file")).toString(), QStringLiteral("-"));
    }

    void badUsage_exitsTwoNamingIt_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        const QString file = corpus(QStringLiteral("english.txt"));
        QTest::addRow("unknown encoding")
            << QStringList{QStringLiteral("--encoding=p50k_base"), file} << QStringLiteral("p50k_base");
        QTest::addRow("missing file") << QStringList{QStringLiteral("/nonexistent/prompt.txt")}
                                      << QStringLiteral("/nonexistent/prompt.txt");
        QTest::addRow("folder") << QStringList{QStringLiteral(MODELDESK_TOKEN_CORPUS)}
                                << QStringLiteral(MODELDESK_TOKEN_CORPUS);
        QTest::addRow("no file") << QStringList() << QStringLiteral("no file");
        QTest::addRow("both") << QStringList{QStringLiteral("--encoding=o200k_base"), QStringLiteral("--model=gpt-4o"),
                                             file}
                              << QStringLiteral("--model");
        QTest::addRow("unknown model") << QStringList{QStringLiteral("--model=gpt-9"), file} << QStringLiteral("gpt-9");
        QTest::addRow("bad format") << QStringList{QStringLiteral("--format=xml"), file} << QStringLiteral("--format");
    }
    void badUsage_exitsTwoNamingIt()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const auto r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

private:
    md::test::BinaryRun run(const QStringList &arguments)
    {
        return md::test::runBinary(QStringLiteral(MODELDESK_BINARY), QStringList{QStringLiteral("tokens")} + arguments,
                                   md::test::isolatedEnvironment(m_dir));
    }
    static QString corpus(const QString &name) { return QStringLiteral(MODELDESK_TOKEN_CORPUS "/") + name; }
    // The committed tiktoken ids of a corpus file (tests/data/tokens/expected.json).
    static qint64 expectedCount(const QString &path, const QString &encoding)
    {
        QFile file(corpus(QStringLiteral("expected.json")));
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        const QString name = QFileInfo(path).fileName();
        for (const QJsonValue c :
             QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("cases")).toArray())
            if (c[QLatin1String("file")].toString() == name)
                return c[encoding].toArray().size();
        return -1;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestTokensCommand)
#include "tst_tokenscommand.moc"
