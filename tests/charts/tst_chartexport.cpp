#include "charts/chartexporter.h"
#include "charts/chartfactory.h"
#include "charts/modelcolors.h"
#include "cli/exportchartcommand.h"
#include "core/datasetjson.h"
#include "core/datasetmodel.h"

#include <QChart>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace md;

// Exports as files people open: PNG of the asked size, SVG that parses with the names as text,
// PDF; and the export-chart command's options and exit codes.
class TestChartExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportFile_data();
    void exportFile();
    void formatForPath_data();
    void formatForPath();
    void parseSize_data();
    void parseSize();
    void parseOptions_data();
    void parseOptions();
    void command_exitCodes_data();
    void command_exitCodes();
    void command_failedWriteKeepsOldFile();
    void asOf_subtitleSaysTheDay_data();
    void asOf_subtitleSaysTheDay();

private:
    struct Run {
        int exitCode;
        QString err;
    };
    Run run(const QStringList &arguments);
    QTemporaryDir m_dir;
    DatasetModel m_model;
};

void TestChartExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_model.setDataset(DatasetJson::builtIn());
}

void TestChartExport::exportFile_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    for (const QString &spec : {QStringLiteral("grouped"), QStringLiteral("ranking:gpqa"), QStringLiteral("value"),
                                QStringLiteral("price-history")}) {
        QTest::addRow("%s png", qPrintable(spec)) << spec << QStringLiteral("png") << QSize(800, 500) << 1.0;
        QTest::addRow("%s png x2", qPrintable(spec)) << spec << QStringLiteral("png") << QSize(640, 400) << 2.0;
        QTest::addRow("%s svg", qPrintable(spec)) << spec << QStringLiteral("svg") << QSize(1200, 700) << 1.0;
        QTest::addRow("%s pdf", qPrintable(spec)) << spec << QStringLiteral("pdf") << QSize(1200, 700) << 1.0;
    }
}

void TestChartExport::exportFile()
{
    QFETCH(QString, spec);
    QFETCH(QString, suffix);
    QFETCH(QSize, size);
    QFETCH(double, scale);
    auto chart = ChartFactory::create(spec, &m_model, {});
    QVERIFY(chart);
    const QString path = m_dir.filePath(
        QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').replace(u':', u'-') + u'.' + suffix);
    const auto written = ChartExporter::exportChart(chart.value().get(), path, size, scale);
    QVERIFY2(written, qPrintable(written.error()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (suffix == QLatin1String("png")) {
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        QCOMPARE(image.size(), size * scale);
        // Not blank: the background and at least the bars' colours.
        QSet<QRgb> colors;
        for (int x = 0; x < image.width(); x += 7)
            colors.insert(image.pixel(x, image.height() / 2));
        if (spec == QLatin1String("price-history")) {
            // Step lines need not cross the middle row: every line's colour somewhere in the image instead.
            colors.clear();
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    colors.insert(image.pixel(x, y) & 0xffffff);
            for (const ModelInfo &m : m_model.dataset().models)
                QVERIFY2(colors.contains(ModelColors::color(m.id).rgb() & 0xffffff), qPrintable(m.id));
        }
        QVERIFY(colors.size() > 3);
    } else if (suffix == QLatin1String("svg")) {
        QXmlStreamReader xml(bytes);
        QStringList texts;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        const QString all = texts.join(u'\n');
        // Text as text, not outlines: the model names are there to search and copy.
        for (const QString &name :
             {QStringLiteral("GPT-4o mini"), QStringLiteral("Claude 3 Haiku"), QStringLiteral("GPT-4o")})
            QVERIFY2(all.contains(name), qPrintable(name));
        QVERIFY(bytes.contains("viewBox=\"0 0 1200 700\""));
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 2000);
        QVERIFY(bytes.contains("/Font")); // text, not paths
    }
}

void TestChartExport::formatForPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1: rejected
    QTest::addRow("png") << QStringLiteral("a.png") << int(ChartExporter::Format::Png);
    QTest::addRow("upper case") << QStringLiteral("dir/A.PNG") << int(ChartExporter::Format::Png);
    QTest::addRow("svg") << QStringLiteral("a.svg") << int(ChartExporter::Format::Svg);
    QTest::addRow("pdf") << QStringLiteral("report.chart.pdf") << int(ChartExporter::Format::Pdf);
    QTest::addRow("jpeg") << QStringLiteral("a.jpg") << -1;
    QTest::addRow("none") << QStringLiteral("chart") << -1;
}

void TestChartExport::formatForPath()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const auto result = ChartExporter::formatForPath(path);
    QCOMPARE(result.ok(), format >= 0);
    if (result)
        QCOMPARE(int(result.value()), format);
    else
        QVERIFY(result.error().contains(path));
}

void TestChartExport::parseSize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QSize>("expected"); // invalid: rejected
    QTest::addRow("plain") << QStringLiteral("1200x700") << QSize(1200, 700);
    QTest::addRow("capital X") << QStringLiteral("800X600") << QSize(800, 600);
    QTest::addRow("spaces") << QStringLiteral(" 640 x 400 ") << QSize(640, 400);
    QTest::addRow("smallest") << QStringLiteral("200x200") << QSize(200, 200);
    QTest::addRow("too small") << QStringLiteral("199x700") << QSize();
    QTest::addRow("too large") << QStringLiteral("10001x700") << QSize();
    QTest::addRow("one number") << QStringLiteral("1200") << QSize();
    QTest::addRow("negative") << QStringLiteral("-1200x700") << QSize();
    QTest::addRow("words") << QStringLiteral("bigxsmall") << QSize();
}

void TestChartExport::parseSize()
{
    QFETCH(QString, text);
    QFETCH(QSize, expected);
    const auto size = ChartExporter::parseSize(text);
    QCOMPARE(size.ok(), expected.isValid());
    if (size)
        QCOMPARE(size.value(), expected);
    else
        QVERIFY2(size.error().contains(text), qPrintable(size.error()));
}

void TestChartExport::parseOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error"); // empty: valid
    const auto args = [](std::initializer_list<const char *> list) {
        QStringList out{QStringLiteral("modeldesk")};
        for (const char *a : list)
            out << QString::fromUtf8(a);
        return out;
    };
    QTest::addRow("minimal") << args({"--chart", "grouped", "--out", "a.png"}) << QString();
    QTest::addRow("everything") << args({"--chart", "ranking:mmlu", "--out", "a.pdf", "--size", "800x600", "--scale",
                                         "2", "--models", "gpt-4o,gpt-4o-mini", "--benchmarks", "mmlu", "--theme",
                                         "dark"})
                                << QString();
    QTest::addRow("no chart") << args({"--out", "a.png"}) << QStringLiteral("--chart is required");
    QTest::addRow("no out") << args({"--chart", "grouped"}) << QStringLiteral("--out FILE is required");
    QTest::addRow("unknown chart") << args({"--chart", "pie", "--out", "a.png"})
                                   << QStringLiteral("unknown chart \"pie\"");
    QTest::addRow("unknown benchmark in chart")
        << args({"--chart", "ranking:foo", "--out", "a.png"}) << QStringLiteral("unknown benchmark \"foo\"");
    QTest::addRow("unknown model") << args({"--chart", "grouped", "--out", "a.png", "--models", "gpt-4o,gpt-5"})
                                   << QStringLiteral("--models: unknown id \"gpt-5\"");
    QTest::addRow("unknown benchmark") << args({"--chart", "grouped", "--out", "a.png", "--benchmarks", "mmlu,arc"})
                                       << QStringLiteral("--benchmarks: unknown id \"arc\"");
    QTest::addRow("empty models") << args({"--chart", "grouped", "--out", "a.png", "--models", ","})
                                  << QStringLiteral("--models: no ids");
    QTest::addRow("bad size") << args({"--chart", "grouped", "--out", "a.png", "--size", "big"})
                              << QStringLiteral("--size");
    QTest::addRow("bad scale") << args({"--chart", "grouped", "--out", "a.png", "--scale", "0"})
                               << QStringLiteral("--scale");
    QTest::addRow("bad extension") << args({"--chart", "grouped", "--out", "a.gif"})
                                   << QStringLiteral("unknown extension \".gif\"");
    QTest::addRow("bad theme") << args({"--chart", "grouped", "--out", "a.png", "--theme", "blue"})
                               << QStringLiteral("--theme: unknown theme \"blue\"");
    QTest::addRow("blend") << args({"--chart", "value", "--out", "a.svg", "--blend", "1:1"}) << QString();
    QTest::addRow("bad blend") << args({"--chart", "value", "--out", "a.svg", "--blend", "3"})
                               << QStringLiteral("--blend: invalid weights \"3\"");
    QTest::addRow("zero blend") << args({"--chart", "value", "--out", "a.svg", "--blend", "0:0"})
                                << QStringLiteral("--blend");
    QTest::addRow("as-of") << args({"--chart", "value", "--out", "a.svg", "--as-of", "2024-07-18"}) << QString();
    QTest::addRow("bad as-of") << args({"--chart", "value", "--out", "a.svg", "--as-of", "2024-02-30"})
                               << QStringLiteral("--as-of: \"2024-02-30\" is not a date");
    QTest::addRow("price history") << args({"--chart", "price-history", "--out", "a.svg", "--price", "input",
                                            "--models", "gemini-1.5-flash"})
                                   << QString();
    QTest::addRow("bad price") << args({"--chart", "price-history", "--out", "a.svg", "--price", "cached"})
                               << QStringLiteral("--price: \"cached\" is not input, output or blended");
    QTest::addRow("stray argument") << args({"--chart", "grouped", "--out", "a.png", "extra"})
                                    << QStringLiteral("unexpected argument \"extra\"");
}

void TestChartExport::parseOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const auto request = cli::ExportChartOptions::parse(arguments, m_model.dataset());
    QVERIFY2(request.ok() == error.isEmpty(), qPrintable(request.error()));
    if (!request) {
        QVERIFY2(request.error().contains(error), qPrintable(request.error()));
        return;
    }
    if (arguments.contains(QStringLiteral("--theme"))) {
        QCOMPARE(request->size, QSize(800, 600));
        QCOMPARE(request->scale, 2.0);
        QCOMPARE(request->options.modelIds, QStringList({QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini")}));
        QCOMPARE(request->options.benchmarkIds, QStringList{QStringLiteral("mmlu")});
        QCOMPARE(request->options.theme, ChartTheme::Dark);
    } else if (arguments.contains(QStringLiteral("--price"))) {
        QCOMPARE(request->options.historyPrice, ChartOptions::HistoryPrice::Input);
    } else if (arguments.contains(QStringLiteral("--as-of"))) {
        QCOMPARE(request->options.workload.pricesAsOf, QDate(2024, 7, 18));
    } else if (arguments.contains(QStringLiteral("--blend"))) {
        QCOMPARE(request->options.inputWeight, 1);
        QCOMPARE(request->options.outputWeight, 1);
    } else {
        QCOMPARE(request->options.inputWeight, 3);
        QCOMPARE(request->options.outputWeight, 1);
        QCOMPARE(request->size, ChartExporter::DefaultSize);
        QCOMPARE(request->options.theme, ChartTheme::Light);
    }
}

void TestChartExport::asOf_subtitleSaysTheDay_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addRow("value") << QStringLiteral("value");
    QTest::addRow("cost") << QStringLiteral("cost");
    QTest::addRow("price-history") << QStringLiteral("price-history");
}

void TestChartExport::asOf_subtitleSaysTheDay()
{
    QFETCH(QString, spec);
    ChartOptions options;
    options.workload.pricesAsOf = QDate(2024, 7, 18);
    const auto chart = ChartFactory::create(spec, &m_model, options);
    QVERIFY(chart.ok());
    QVERIFY2(chart.value()->title().contains(QLatin1String("Prices as of 2024-07-18")),
             qPrintable(chart.value()->title()));
    const auto newest = ChartFactory::create(spec, &m_model, ChartOptions());
    QVERIFY(!newest.value()->title().contains(QLatin1String("Prices as of")));
}

TestChartExport::Run TestChartExport::run(const QStringList &arguments)
{
    QProcess p;
    // As a script on a server would call it: no display, no platform chosen.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MODELDESK_BINARY), QStringList{QStringLiteral("export-chart")} + arguments);
    if (!p.waitForFinished(60000)) {
        p.kill();
        return {-1, QStringLiteral("timed out")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardError())};
}

void TestChartExport::command_exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString out = m_dir.filePath(QStringLiteral("cli.png"));
    QTest::addRow("ok") << QStringList{QStringLiteral("--chart"), QStringLiteral("value"),
                                       QStringLiteral("--out"),   out,
                                       QStringLiteral("--size"),  QStringLiteral("640x400")}
                        << 0 << QString();
    QTest::addRow("unknown chart") << QStringList{QStringLiteral("--chart"), QStringLiteral("pie"),
                                                  QStringLiteral("--out"), out}
                                   << 2 << QStringLiteral("unknown chart \"pie\"");
    QTest::addRow("unknown id") << QStringList{QStringLiteral("--chart"), QStringLiteral("ranking:nope"),
                                               QStringLiteral("--out"), out}
                                << 2 << QStringLiteral("unknown benchmark \"nope\"");
    QTest::addRow("unknown size") << QStringList{QStringLiteral("--chart"), QStringLiteral("grouped"),
                                                 QStringLiteral("--out"),   out,
                                                 QStringLiteral("--size"),  QStringLiteral("huge")}
                                  << 2 << QStringLiteral("invalid size \"huge\"");
    QTest::addRow("unknown extension") << QStringList{QStringLiteral("--chart"), QStringLiteral("grouped"),
                                                      QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.bmp"))}
                                       << 2 << QStringLiteral("unknown extension \".bmp\"");
    QTest::addRow("bad data") << QStringList{QStringLiteral("--chart"), QStringLiteral("grouped"),
                                             QStringLiteral("--out"),   out,
                                             QStringLiteral("--data"),  m_dir.filePath(QStringLiteral("missing.json"))}
                              << 2 << QStringLiteral("missing.json");
}

void TestChartExport::command_exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run r = run(arguments);
    QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    if (exitCode == 0) {
        QImage image(arguments.at(3));
        QCOMPARE(image.size(), QSize(640, 400));
    }
}

void TestChartExport::command_failedWriteKeepsOldFile()
{
    // A folder where the file should go: the write fails, nothing else is touched.
    const QString folder = m_dir.filePath(QStringLiteral("taken.png"));
    QVERIFY(QDir().mkpath(folder));
    const Run r = run({QStringLiteral("--chart"), QStringLiteral("grouped"), QStringLiteral("--out"), folder});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("taken.png")), qPrintable(r.err));
    QVERIFY(QFileInfo(folder).isDir());
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
