// libFuzzer target: the eval suite reader (a promptfoo config through yaml-cpp), the CSV tests reader and the
// template renderer. Any input must give a suite or a message naming the file, never a crash or a hang. The
// first byte picks what is fed: 0 a CSV of tests, 1 a template, anything else a suite.
#include "eval/csvtests.h"
#include "eval/suitereader.h"
#include "eval/templaterender.h"

#include <QJsonArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    // A folder that does not exist: file:// references fail the same way every run.
    const QString path = QStringLiteral("/nonexistent-modeldesk-fuzz/suite.yaml");
    switch (data[0] % 3) {
    case 0: {
        const auto tests = md::eval::CsvTests::parse(QString::fromUtf8(bytes), path);
        if (!tests.ok() && !tests.error().contains(QLatin1String("suite.yaml")))
            __builtin_trap();
        break;
    }
    case 1: {
        const QJsonObject vars{
            {QStringLiteral("a"), QJsonObject{{QStringLiteral("b"), QJsonArray{1, QStringLiteral("x")}}}},
            {QStringLiteral("name"), QStringLiteral("Ada")}};
        (void)md::eval::TemplateRender::render(QString::fromUtf8(bytes), vars);
        break;
    }
    default: {
        md::eval::ReadOptions options;
        options.environment = [](const QString &) { return QString(); };
        const auto suite = md::eval::SuiteReader::parse(bytes, path, options);
        if (!suite.ok() && suite.error().isEmpty())
            __builtin_trap();
        break;
    }
    }
    return 0;
}
