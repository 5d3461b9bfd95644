#include "common/binaryrun.h"

#include <QTemporaryDir>
#include <QTest>

// Runs the real binary as a person would, with no display.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version_printsAndExitsZero();
    void badData_exitsTwoNamingFileAndPlace_data();
    void badData_exitsTwoNamingFileAndPlace();
    void unknownOption_exitsTwo();

private:
    using Run = md::test::BinaryRun;
    Run run(const QStringList &arguments);
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

TestCli::Run TestCli::run(const QStringList &arguments)
{
    return md::test::runBinary(QStringLiteral(MODELDESK_BINARY), arguments, md::test::isolatedEnvironment(m_dir));
}

void TestCli::version_printsAndExitsZero()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QLatin1String("modeldesk ")), qPrintable(r.out));
}

void TestCli::badData_exitsTwoNamingFileAndPlace_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::addRow("missing file") << QByteArray() << QStringLiteral("no such file");
    QTest::addRow("invalid json") << QByteArray("{\n\"models\": [}") << QStringLiteral("line 2, column");
    QTest::addRow("wrong field") << QByteArray(R"({"benchmarks":[],"models":[{"id":7}]})")
                                 << QStringLiteral("models[0].id: must be a string");
}

void TestCli::badData_exitsTwoNamingFileAndPlace()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".json");
    if (!content.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    // Offscreen, the app reports on stderr only (no one could close a dialog).
    const Run r = run({QStringLiteral("--data"), path});
    const QString &err = r.err;
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(err.contains(path) || err.contains(QFileInfo(path).fileName()), qPrintable(err));
    QVERIFY2(err.contains(expected), qPrintable(err));
}

void TestCli::unknownOption_exitsTwo()
{
    const Run r = run({QStringLiteral("--no-such-option")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("no-such-option")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
