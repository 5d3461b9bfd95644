#include "core/bytesize.h"
#include "core/datasetjson.h"
#include "core/priceimport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/types.h>
#endif

using namespace md;

Q_DECLARE_METATYPE(md::ImportSource)

// Issue 12: files made to hurt the readers. Each is refused with a message naming the file, never a crash,
// a hang or an unbounded read. Every hostile input is written to a temporary folder.
class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dataset_refused_data();
    void dataset_refused();
    void dataset_utf8ByteOrderMarkIsSkipped();
    void dataset_messageStaysShort();
    void dataset_fileAndTextAgree_data();
    void dataset_fileAndTextAgree();
    void import_refused_data();
    void import_refused();
    void import_everyEntryJunkIsRefused();
    void import_oneGoodEntryIsEnough();
    void notRegularFile_refused_data();
    void notRegularFile_refused();

private:
    QString write(const QString &name, const QByteArray &data);
    QTemporaryDir m_dir;
};

namespace {

const QByteArray Bench = R"("benchmarks":[{"id":"mmlu","name":"MMLU"}])";
const QDate Today(2026, 12, 4);

QByteArray deepArrays(int n)
{
    return QByteArray(n, '[') + QByteArray(n, ']');
}

QByteArray deepObjects(int n)
{
    QByteArray data;
    for (int i = 0; i < n; ++i)
        data += "{\"a\":";
    data += "1";
    data += QByteArray(n, '}');
    return data;
}

QByteArray utf16(const QByteArray &utf8, bool bigEndian, bool mark)
{
    const QString text = QString::fromUtf8(utf8);
    QByteArray out;
    if (mark)
        out += bigEndian ? QByteArray("\xFE\xFF", 2) : QByteArray("\xFF\xFE", 2);
    for (const QChar c : text) {
        const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xFF);
        if (bigEndian)
            out.append(hi).append(lo);
        else
            out.append(lo).append(hi);
    }
    return out;
}

QByteArray utf32le(const QByteArray &utf8, bool mark)
{
    QByteArray out = mark ? QByteArray("\xFF\xFE\x00\x00", 4) : QByteArray();
    for (const char c : utf8) // ASCII only
        out.append(c).append(3, '\0');
    return out;
}

} // namespace

void TestHostileFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestHostileFiles::write(const QString &name, const QByteArray &data)
{
    QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        return QString();
    return path;
}

void TestHostileFiles::dataset_refused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    const QByteArray valid = "{" + Bench + R"(,"models":[{"id":"a"}]})";
    QTest::addRow("number too big for a double")
        << ("{" + Bench + R"(,"models":[{"id":"a","prices":[{"effective":"2024-07-18","input":1e400}]}]})")
        << QStringLiteral("number overflow");
    QTest::addRow("negative number too big")
        << ("{" + Bench + R"(,"models":[{"id":"a","context_window":-1e400}]})") << QStringLiteral("number overflow");
    QTest::addRow("100000 nested lists") << deepArrays(100'000) << QStringLiteral("nested deeper than 256 levels");
    QTest::addRow("100000 nested objects") << deepObjects(100'000) << QStringLiteral("nested deeper than 256 levels");
    QTest::addRow("257 nested lists") << deepArrays(257) << QStringLiteral("nested deeper than 256 levels");
    QTest::addRow("unclosed nesting") << QByteArray(100'000, '[') << QStringLiteral("nested deeper than 256 levels");
    QTest::addRow("duplicate top-level key")
        << ("{" + Bench + "," + Bench + R"(,"models":[{"id":"a"}]})") << QStringLiteral("\"benchmarks\" appears twice");
    QTest::addRow("duplicate key in a model")
        << ("{" + Bench + R"(,"models":[{"id":"a","context_window":1,"context_window":2}]})")
        << QStringLiteral("\"context_window\" appears twice");
    QTest::addRow("NUL in a model id") << ("{" + Bench + R"(,"models":[{"id":"gpt\u0000x"}]})")
                                       << QStringLiteral("models[0].id: must not contain a NUL character");
    QTest::addRow("UTF-16 LE with mark") << utf16(valid, false, true) << QStringLiteral("UTF-16; it must be UTF-8");
    QTest::addRow("UTF-16 BE with mark") << utf16(valid, true, true) << QStringLiteral("UTF-16; it must be UTF-8");
    QTest::addRow("UTF-16 LE without mark") << utf16(valid, false, false) << QStringLiteral("UTF-16; it must be UTF-8");
    QTest::addRow("UTF-16 BE without mark") << utf16(valid, true, false) << QStringLiteral("UTF-16; it must be UTF-8");
    QTest::addRow("UTF-32 LE with mark") << utf32le(valid, true) << QStringLiteral("UTF-32; it must be UTF-8");
    QTest::addRow("UTF-32 LE without mark") << utf32le(valid, false) << QStringLiteral("UTF-32; it must be UTF-8");
}

void TestHostileFiles::dataset_refused()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const QString path = write(QStringLiteral("dataset.json"), data);
    QVERIFY(!path.isEmpty());
    const auto loaded = DatasetJson::load(path);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().startsWith(path), qPrintable(loaded.error()));
    QVERIFY2(loaded.error().contains(message), qPrintable(loaded.error()));
    QVERIFY2(loaded.error().size() < 400, qPrintable(loaded.error()));
}

void TestHostileFiles::dataset_utf8ByteOrderMarkIsSkipped()
{
    const QString path = write(QStringLiteral("bom.json"), "\xEF\xBB\xBF{" + Bench + R"(,"models":[{"id":"a"}]})");
    const auto loaded = DatasetJson::load(path);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded->models.size(), size_t(1));
    QCOMPARE(loaded->models.front().id, QStringLiteral("a"));
}

void TestHostileFiles::dataset_messageStaysShort()
{
    // A megabyte of text where a list goes: the message quotes a little of it, not all.
    const QByteArray huge = R"({"benchmarks":")" + QByteArray(1 << 20, 'x') + R"(","models":[]})";
    const auto loaded = DatasetJson::parse(huge, QStringLiteral("huge.json"));
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().startsWith(QLatin1String("huge.json: benchmarks: must be a list")),
             qPrintable(loaded.error()));
    QVERIFY2(loaded.error().size() < 200, qPrintable(loaded.error()));

    // A list of a hundred thousand entries where a text goes.
    QByteArray wide = R"({"title":[)";
    for (int i = 0; i < 100'000; ++i)
        wide += i ? ",[1]" : "[1]";
    wide += R"(],)" + Bench + R"(,"models":[]})";
    const auto loadedWide = DatasetJson::parse(wide, QStringLiteral("wide.json"));
    QVERIFY(!loadedWide);
    QVERIFY2(loadedWide.error().startsWith(QLatin1String("wide.json: title: must be a string")),
             qPrintable(loadedWide.error()));
    QVERIFY2(loadedWide.error().size() < 200, qPrintable(loadedWide.error()));
}

void TestHostileFiles::dataset_fileAndTextAgree_data()
{
    // A file is parsed as it is read, in pieces of 1 MiB; the text in memory at once. Both give the same answer,
    // with the same line and column, wherever the error falls.
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected"); // a part of the message; empty: the file loads
    const QByteArray valid = "{" + Bench + R"(,"models":[{"id":"a"}]})";
    QByteArray longModels = "{" + Bench + R"(,"models":[)";
    for (int i = 0; longModels.size() < 3 * md::MiB; ++i)
        longModels += (i ? ",\n" : "") + QByteArray(R"({"id":"m)") + QByteArray::number(i) + R"(","name":"Model"})";
    QTest::addRow("valid") << valid << QString();
    QTest::addRow("valid with a byte order mark") << ("\xEF\xBB\xBF" + valid) << QString();
    QTest::addRow("valid, 3 MiB") << (longModels + "]}") << QString();
    QTest::addRow("syntax error on line 2") << QByteArray("{\n  \"title\": ]") << QStringLiteral("line 2, column 12");
    QTest::addRow("syntax error after a byte order mark")
        << QByteArray("\xEF\xBB\xBF{\n  \"title\": ]") << QStringLiteral("line 2, column 12");
    QTest::addRow("syntax error past 3 MiB") << (longModels + ",}") << QStringLiteral("not valid JSON");
    QTest::addRow("cut off past 3 MiB") << longModels << QStringLiteral("not valid JSON");
    QTest::addRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::addRow("only a byte order mark") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("not valid JSON");
    QTest::addRow("one byte") << QByteArray("{") << QStringLiteral("not valid JSON");
}

void TestHostileFiles::dataset_fileAndTextAgree()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    const QString path = write(QStringLiteral("agree.json"), data);
    QVERIFY(!path.isEmpty());
    const auto fromFile = DatasetJson::load(path);
    const auto fromText = DatasetJson::parse(data, path);
    QCOMPARE(bool(fromFile), bool(fromText));
    if (expected.isEmpty()) {
        QVERIFY2(fromFile, qPrintable(fromFile.error()));
        QCOMPARE(fromFile->models.size(), fromText->models.size());
        return;
    }
    QVERIFY(!fromFile);
    QCOMPARE(fromFile.error(), fromText.error());
    QVERIFY2(fromFile.error().contains(expected), qPrintable(fromFile.error()));
}

void TestHostileFiles::import_refused_data()
{
    QTest::addColumn<ImportSource>("source");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    const QByteArray liteLlm = R"({"gpt-x":{"input_cost_per_token":1.5e-07,"mode":"chat"}})";
    const QByteArray openRouter = R"({"data":[{"id":"openai/gpt-x","pricing":{"prompt":"0.00000015"}}]})";
    const struct {
        const char *name;
        ImportSource source;
        QByteArray valid;
        QByteArray hugeNumber;
    } formats[] = {
        {"litellm", ImportSource::LiteLlm, liteLlm, R"({"gpt-x":{"input_cost_per_token":1e400,"mode":"chat"}})"},
        {"openrouter", ImportSource::OpenRouter, openRouter,
         R"({"data":[{"id":"openai/gpt-x","context_length":1e400}]})"},
    };
    for (const auto &f : formats) {
        const auto row = [&f](const char *what) {
            return QStringLiteral("%1: %2").arg(QLatin1String(f.name), QLatin1String(what));
        };
        QTest::newRow(qPrintable(row("number too big")))
            << f.source << f.hugeNumber << QStringLiteral("number overflow");
        QTest::newRow(qPrintable(row("100000 nested lists")))
            << f.source << deepArrays(100'000) << QStringLiteral("nested deeper than 256 levels");
        QTest::newRow(qPrintable(row("100000 nested objects")))
            << f.source << deepObjects(100'000) << QStringLiteral("nested deeper than 256 levels");
        QTest::newRow(qPrintable(row("UTF-16 with mark")))
            << f.source << utf16(f.valid, false, true) << QStringLiteral("UTF-16; it must be UTF-8");
        QTest::newRow(qPrintable(row("UTF-16 without mark")))
            << f.source << utf16(f.valid, true, false) << QStringLiteral("UTF-16; it must be UTF-8");
        QTest::newRow(qPrintable(row("UTF-32 with mark")))
            << f.source << utf32le(f.valid, true) << QStringLiteral("UTF-32; it must be UTF-8");
    }
}

void TestHostileFiles::import_refused()
{
    QFETCH(ImportSource, source);
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const QString path = write(QStringLiteral("prices.json"), data);
    QVERIFY(!path.isEmpty());
    const auto batch = PriceImport::load(source, path, Today);
    QVERIFY(!batch);
    QVERIFY2(batch.error().startsWith(path), qPrintable(batch.error()));
    QVERIFY2(batch.error().contains(message), qPrintable(batch.error()));
    QVERIFY2(batch.error().size() < 400, qPrintable(batch.error()));
}

void TestHostileFiles::import_everyEntryJunkIsRefused()
{
    const QByteArray junk = R"({"a":{"input_cost_per_token":"abc","mode":"chat"},"b":5,"c":[1,2]})";
    const auto batch = PriceImport::parse(ImportSource::LiteLlm, junk, QStringLiteral("junk.json"), Today);
    QVERIFY2(batch, qPrintable(batch.error()));
    const QString refused = PriceImport::nothingReadable(batch.value());
    QVERIFY2(refused.startsWith(QLatin1String("junk.json: none of its 3 entries could be read")), qPrintable(refused));

    const QByteArray junkOpenRouter = R"({"data":[5,{"id":""},{"id":"x","pricing":{"prompt":"abc"}}]})";
    const auto orBatch = PriceImport::parse(ImportSource::OpenRouter, junkOpenRouter, QStringLiteral("or.json"), Today);
    QVERIFY2(orBatch, qPrintable(orBatch.error()));
    QVERIFY2(PriceImport::nothingReadable(orBatch.value()).startsWith(QLatin1String("or.json: none of its 3 entries")),
             qPrintable(PriceImport::nothingReadable(orBatch.value())));
}

void TestHostileFiles::import_oneGoodEntryIsEnough()
{
    const QByteArray mixed =
        R"({"a":{"input_cost_per_token":"abc","mode":"chat"},"b":{"input_cost_per_token":1e-7,"mode":"chat"}})";
    const auto batch = PriceImport::parse(ImportSource::LiteLlm, mixed, QStringLiteral("mixed.json"), Today);
    QVERIFY2(batch, qPrintable(batch.error()));
    QCOMPARE(batch->models.size(), size_t(1));
    QVERIFY(PriceImport::nothingReadable(batch.value()).isEmpty());

    // Only embeddings: nothing to merge, but nothing malformed either.
    const QByteArray embeddings = R"({"e":{"input_cost_per_token":1e-7,"mode":"embedding"}})";
    const auto other = PriceImport::parse(ImportSource::LiteLlm, embeddings, QStringLiteral("e.json"), Today);
    QVERIFY2(other, qPrintable(other.error()));
    QVERIFY(PriceImport::nothingReadable(other.value()).isEmpty());
}

void TestHostileFiles::notRegularFile_refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("import");
    for (const bool import : {false, true}) {
        const char *reader = import ? "import" : "dataset";
        QTest::addRow("%s: folder", reader) << QStringLiteral("folder") << import;
#ifdef Q_OS_UNIX
        QTest::addRow("%s: /dev/zero", reader) << QStringLiteral("/dev/zero") << import;
        QTest::addRow("%s: fifo", reader) << QStringLiteral("fifo") << import;
#endif
    }
}

void TestHostileFiles::notRegularFile_refused()
{
    QFETCH(QString, kind);
    QFETCH(bool, import);
    QString path = kind;
    if (kind == QLatin1String("folder")) {
        path = m_dir.filePath(QStringLiteral("a-folder.json"));
        QVERIFY(QDir().mkpath(path));
    }
#ifdef Q_OS_UNIX
    if (kind == QLatin1String("fifo")) {
        path = m_dir.filePath(QStringLiteral("a-pipe.json"));
        if (!QFile::exists(path))
            QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    }
#endif
    // Opening a pipe without a writer would block; reading /dev/zero would never end.
    const QString error =
        import ? PriceImport::load(ImportSource::LiteLlm, path, Today).error() : DatasetJson::load(path).error();
    QVERIFY2(error.startsWith(path), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("not a regular file")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
