#include "core/datasetexport.h"
#include "core/datasetjson.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace md;

class TestDatasetExport : public QObject
{
    Q_OBJECT

private slots:
    void csv_oneRowPerModelWithPricesAndScores();
    void csv_quotesFieldsWithCommas();
    void markdown_isATableWithNa();
    void json_roundTrips();
    void asOf_exportsThePricesInForceAndSaysTheDate_data();
    void asOf_exportsThePricesInForceAndSaysTheDate();
    void formatFromName_data();
    void formatFromName();
};

void TestDatasetExport::csv_oneRowPerModelWithPricesAndScores()
{
    const QString csv = QString::fromUtf8(DatasetExport::render(DatasetJson::builtIn(), ExportFormat::Csv));
    const QStringList lines = csv.split(QLatin1String("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines[0], QStringLiteral("id,name,vendor,release_date,context_window,max_output_tokens,price_effective,"
                                      "input_usd_per_1m,output_usd_per_1m,cached_input_usd_per_1m,"
                                      "cache_write_usd_per_1m,batch_input_usd_per_1m,batch_output_usd_per_1m,"
                                      "mmlu,gpqa,drop,mgsm,math,humaneval,mmmu,mathvista"));
    QCOMPARE(lines[1], QStringLiteral("gpt-4o-mini,GPT-4o mini,OpenAI,2024-07-18,128000,16384,2024-10-01,"
                                      "0.15,0.6,0.075,,0.075,0.3,82,40.2,79.7,87,70.2,87.2,59.4,56.7"));
    QVERIFY2(lines[4].endsWith(QLatin1String(",,")),
             qPrintable(lines[4])); // GPT-3.5 Turbo: MMMU, MathVista not reported
}

void TestDatasetExport::csv_quotesFieldsWithCommas()
{
    Dataset d;
    ModelInfo m;
    m.id = QStringLiteral("x");
    m.name = QStringLiteral("Model \"X\", large");
    d.models.push_back(m);
    const QString csv = QString::fromUtf8(DatasetExport::render(d, ExportFormat::Csv));
    QVERIFY2(csv.contains(QLatin1String("x,\"Model \"\"X\"\", large\",")), qPrintable(csv));
}

void TestDatasetExport::markdown_isATableWithNa()
{
    const QString md = QString::fromUtf8(DatasetExport::render(DatasetJson::builtIn(), ExportFormat::Markdown));
    const QStringList lines = md.split(QLatin1Char('\n'));
    QVERIFY(lines[0].startsWith(QLatin1String("| Model | Vendor | Context | Input $/1M | Output $/1M | MMLU |")));
    QVERIFY(lines[1].startsWith(QLatin1String("| --- | --- | ---: |")));
    QCOMPARE(lines[2],
             QStringLiteral("| GPT-4o mini | OpenAI | 128000 | $0.15 | $0.60 | 82.0 | 40.2 | 79.7 | 87.0 | 70.2 | "
                            "87.2 | 59.4 | 56.7 |"));
    QVERIFY(lines[5].endsWith(QLatin1String("| n/a | n/a |")));
}

void TestDatasetExport::json_roundTrips()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.json"));
    QVERIFY(DatasetExport::save(DatasetJson::builtIn(), ExportFormat::Json, path).ok());
    QVERIFY(DatasetJson::load(path).value() == DatasetJson::builtIn());
}

void TestDatasetExport::asOf_exportsThePricesInForceAndSaysTheDate_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("dateText");
    QTest::addColumn<QString>("launchPrice"); // Gemini 1.5 Flash before the 2024-08-12 cut
    QTest::addRow("csv")
        << int(ExportFormat::Csv) << QStringLiteral(",2024-07-18\r\n")
        << QStringLiteral("gemini-1.5-flash,Gemini 1.5 Flash,Google,2024-05-14,1048576,8192,2024-05-14,0.35,1.05,");
    QTest::addRow("markdown") << int(ExportFormat::Markdown) << QStringLiteral("Prices as of 2024-07-18.")
                              << QStringLiteral("| $0.35 | $1.05 |");
    QTest::addRow("json") << int(ExportFormat::Json) << QStringLiteral("\"prices_as_of\": \"2024-07-18\"")
                          << QStringLiteral("\"input\": 0.35");
}

void TestDatasetExport::asOf_exportsThePricesInForceAndSaysTheDate()
{
    QFETCH(int, format);
    QFETCH(QString, dateText);
    QFETCH(QString, launchPrice);
    const Dataset data = DatasetJson::builtIn();
    const QString asOf = QString::fromUtf8(DatasetExport::render(data, ExportFormat(format), QDate(2024, 7, 18)));
    QVERIFY2(asOf.contains(dateText), qPrintable(asOf));
    QVERIFY2(asOf.contains(launchPrice), qPrintable(asOf));
    QVERIFY2(!asOf.contains(QLatin1String("2024-08-12")), "no entry of later than the day");
    const QString newest = QString::fromUtf8(DatasetExport::render(data, ExportFormat(format)));
    QVERIFY(!newest.contains(dateText));
    QVERIFY(!newest.contains(launchPrice) || format == int(ExportFormat::Json)); // JSON keeps the history
}

void TestDatasetExport::formatFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format");
    QTest::addRow("json") << QStringLiteral("json") << int(ExportFormat::Json);
    QTest::addRow("CSV") << QStringLiteral("CSV") << int(ExportFormat::Csv);
    QTest::addRow("markdown") << QStringLiteral("markdown") << int(ExportFormat::Markdown);
    QTest::addRow("md") << QStringLiteral("md") << int(ExportFormat::Markdown);
    QTest::addRow("xml") << QStringLiteral("xml") << -1;
}

void TestDatasetExport::formatFromName()
{
    QFETCH(QString, name);
    QFETCH(int, format);
    const auto f = DatasetExport::formatFromName(name);
    QCOMPARE(f ? int(*f) : -1, format);
}

QTEST_GUILESS_MAIN(TestDatasetExport)
#include "tst_datasetexport.moc"
