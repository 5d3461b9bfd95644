#include <QProcess>
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
    struct Run {
        int exitCode;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments);
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

TestCli::Run TestCli::run(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Keep settings and data of the run inside the temporary folder.
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MODELDESK_BINARY), arguments);
    if (!p.waitForFinished(60000)) {
        p.kill();
        return {-1, {}, QStringLiteral("timed out")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
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
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MODELDESK_BINARY), {QStringLiteral("--data"), path});
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 2);
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
