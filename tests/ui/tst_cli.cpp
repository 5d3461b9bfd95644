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
    void unknownCommand_exitsTwoListingCommands_data();
    void unknownCommand_exitsTwoListingCommands();
    void existingFile_isNotAnUnknownCommand();
    void headless_withoutRuntimeDir_printsOnlyOwnMessages_data();
    void headless_withoutRuntimeDir_printsOnlyOwnMessages();

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

void TestCli::unknownCommand_exitsTwoListingCommands_data()
{
    QTest::addColumn<bool>("display");
    QTest::addRow("offscreen") << true;
    // No display at all: a misspelt command must not be taken for the window (which would need one).
    QTest::addRow("no display") << false;
}

void TestCli::unknownCommand_exitsTwoListingCommands()
{
    QFETCH(bool, display);
    QProcessEnvironment env = md::test::isolatedEnvironment(m_dir);
    if (!display) {
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    }
    const Run r = md::test::runBinary(QStringLiteral(MODELDESK_BINARY), {QStringLiteral("nosuchcmd")}, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("unknown command 'nosuchcmd'")), qPrintable(r.err));
    for (const char *command : {"cost", "export-chart", "export-data", "import", "trial"})
        QVERIFY2(r.err.contains(QLatin1String(command)), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::existingFile_isNotAnUnknownCommand()
{
    // A word naming a file is the dataset to open: a broken one is reported as such, not as a command.
    const QString path = m_dir.filePath(QStringLiteral("broken.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{");
    f.close();
    const Run r = run({path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(!r.err.contains(QLatin1String("unknown command")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("broken.json")), qPrintable(r.err));
}

void TestCli::headless_withoutRuntimeDir_printsOnlyOwnMessages_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("version") << QStringList{QStringLiteral("--version")} << 0;
    QTest::addRow("cost") << QStringList{QStringLiteral("cost"), QStringLiteral("--input-tokens=1000"),
                                         QStringLiteral("--output-tokens=500"), QStringLiteral("--requests=10"),
                                         QStringLiteral("--format=csv")}
                          << 0;
    QTest::addRow("export-data") << QStringList{QStringLiteral("export-data"), QStringLiteral("--format=csv"),
                                                QStringLiteral("--out"), m_dir.filePath(QStringLiteral("models.csv"))}
                                 << 0;
    QTest::addRow("export-chart") << QStringList{QStringLiteral("export-chart"), QStringLiteral("--chart=grouped"),
                                                 QStringLiteral("--out"), m_dir.filePath(QStringLiteral("chart.png"))}
                                  << 0;
    QTest::addRow("unknown command") << QStringList{QStringLiteral("nosuchcmd")} << 2;
}

void TestCli::headless_withoutRuntimeDir_printsOnlyOwnMessages()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QProcessEnvironment env = md::test::isolatedEnvironment(m_dir);
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    const Run r = md::test::runBinary(QStringLiteral(MODELDESK_BINARY), arguments, env);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(!r.err.contains(QLatin1String("QStandardPaths")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("XDG_RUNTIME_DIR")), qPrintable(r.err));
    if (exitCode == 0)
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
