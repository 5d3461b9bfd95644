#include "common/binaryrun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// `modeldesk import` and `modeldesk export-data`, run as a person or a script would.
class TestDataCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void import_writesMergedDatasetAndReport();
    void import_badInput_exitsTwoNamingFile_data();
    void import_badInput_exitsTwoNamingFile();
    void exportData_writesEachFormat_data();
    void exportData_writesEachFormat();
    void exportData_badUsage_exitsTwo_data();
    void exportData_badUsage_exitsTwo();

private:
    using Run = md::test::BinaryRun;
    Run run(const QStringList &arguments);
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    QTemporaryDir m_dir;
};

TestDataCommands::Run TestDataCommands::run(const QStringList &arguments)
{
    return md::test::runBinary(QStringLiteral(MODELDESK_BINARY), arguments, md::test::isolatedEnvironment(m_dir));
}

void TestDataCommands::import_writesMergedDatasetAndReport()
{
    const QString out = path("merged.json");
    const Run r = run({QStringLiteral("import"), QStringLiteral("--from"), QStringLiteral("litellm"),
                       QStringLiteral(MODELDESK_FIXTURES "/litellm-sample.json"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("2 added, 1 updated, 3 unchanged, 3 skipped, 2 not chat models")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("added    deepseek/deepseek-chat")));
    QVERIFY(r.out.contains(QLatin1String("updated  gpt-4o: ")));
    QVERIFY(r.out.contains(QLatin1String("skipped  sample_spec: max_input_tokens: must be a whole number")));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("\"deepseek/deepseek-chat\""));

    // Importing the result again changes nothing.
    const Run again = run({QStringLiteral("import"), QStringLiteral("--from"), QStringLiteral("litellm"),
                           QStringLiteral(MODELDESK_FIXTURES "/litellm-sample.json"), QStringLiteral("--data"), out,
                           QStringLiteral("--out"), path("merged2.json")});
    QVERIFY2(again.out.contains(QLatin1String("0 added, 0 updated, 6 unchanged")), qPrintable(again.out));
}

void TestDataCommands::import_badInput_exitsTwoNamingFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString lite = QStringLiteral(MODELDESK_FIXTURES "/litellm-sample.json");
    const QString router = QStringLiteral(MODELDESK_FIXTURES "/openrouter-sample.json");
    QTest::addRow("unknown source") << QStringList{QStringLiteral("--from"), QStringLiteral("bedrock"), lite,
                                                   QStringLiteral("--out"), QStringLiteral("x.json")}
                                    << QStringLiteral("--from must be litellm, openrouter, genai-prices or models-dev");
    QTest::addRow("no out") << QStringList{QStringLiteral("--from"), QStringLiteral("litellm"), lite}
                            << QStringLiteral("--out FILE is required");
    QTest::addRow("missing list") << QStringList{QStringLiteral("--from"), QStringLiteral("litellm"),
                                                 QStringLiteral("/nonexistent/list.json"), QStringLiteral("--out"),
                                                 QStringLiteral("x.json")}
                                  << QStringLiteral("/nonexistent/list.json: no such file");
    QTest::addRow("wrong format") << QStringList{QStringLiteral("--from"), QStringLiteral("openrouter"), lite,
                                                 QStringLiteral("--out"), QStringLiteral("x.json")}
                                  << QStringLiteral(
                                         "litellm-sample.json: top level: must be an object with a \"data\" list");
    QTest::addRow("bad --data")
        << QStringList{QStringLiteral("--from"), QStringLiteral("openrouter"), router, QStringLiteral("--data"), lite,
                       QStringLiteral("--out"),  QStringLiteral("x.json")}
        << QStringLiteral("litellm-sample.json: benchmarks: is required but missing");
}

void TestDataCommands::import_badInput_exitsTwoNamingFile()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    for (QString &a : arguments)
        if (a == QLatin1String("x.json"))
            a = path("x.json");
    const Run r = run(QStringList{QStringLiteral("import")} + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY(!QFile::exists(path("x.json"))); // nothing written
}

void TestDataCommands::exportData_writesEachFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("starts");
    QTest::addRow("json") << QStringLiteral("json") << QByteArray("{\n  \"benchmarks\"");
    QTest::addRow("csv") << QStringLiteral("csv") << QByteArray("id,name,vendor,");
    QTest::addRow("markdown") << QStringLiteral("markdown") << QByteArray("| Model | Vendor |");
    QTest::addRow("csv as of launch") << QStringLiteral("csv --as-of 2024-07-18") << QByteArray("id,name,vendor,");
}

void TestDataCommands::exportData_writesEachFormat()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, starts);
    const QString out = path("export.out");
    const QStringList extra = format.split(QLatin1Char(' ')).mid(1);
    const Run r = run(QStringList{QStringLiteral("export-data"), QStringLiteral("--format"),
                                  format.section(QLatin1Char(' '), 0, 0), QStringLiteral("--out"), out} +
                      extra);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("Wrote 5 models")));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    QVERIFY2(content.startsWith(starts), content.left(80).constData());
    QCOMPARE(content.contains(",prices_as_of\r\n"), !extra.isEmpty());
}

void TestDataCommands::exportData_badUsage_exitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::addRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml"),
                                               QStringLiteral("--out"), QStringLiteral("y.out")}
                                << QStringLiteral("--format must be json, csv or markdown");
    QTest::addRow("no out") << QStringList{QStringLiteral("--format"), QStringLiteral("csv")}
                            << QStringLiteral("--out FILE is required");
    QTest::addRow("bad data") << QStringList{QStringLiteral("--format"),
                                             QStringLiteral("csv"),
                                             QStringLiteral("--data"),
                                             QStringLiteral(MODELDESK_FIXTURES "/openrouter-sample.json"),
                                             QStringLiteral("--out"),
                                             QStringLiteral("y.out")}
                              << QStringLiteral("openrouter-sample.json: benchmarks: is required");
    QTest::addRow("bad as-of") << QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                              QStringLiteral("--as-of"),  QStringLiteral("18.07.2024"),
                                              QStringLiteral("--out"),    QStringLiteral("y.out")}
                               << QStringLiteral("--as-of: \"18.07.2024\" is not a date (YYYY-MM-DD)");
}

void TestDataCommands::exportData_badUsage_exitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    for (QString &a : arguments)
        if (a == QLatin1String("y.out"))
            a = path("y.out");
    const Run r = run(QStringList{QStringLiteral("export-data")} + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY(!QFile::exists(path("y.out")));
}

QTEST_GUILESS_MAIN(TestDataCommands)
#include "tst_datacommands.moc"
