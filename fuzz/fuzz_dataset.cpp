// libFuzzer target: the dataset loader's parse stage, on any bytes.
#include "core/datasetjson.h"

#include <QByteArray>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = md::DatasetJson::parse(bytes, QStringLiteral("fuzz.json"));
    if (result) // what parses must serialise and parse again
        (void)md::DatasetJson::parse(md::DatasetJson::serialize(result.value()), QStringLiteral("again.json"));
    return 0;
}
