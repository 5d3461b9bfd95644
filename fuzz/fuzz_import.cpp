// libFuzzer target: one price-list importer (MODELDESK_FUZZ_IMPORTER names it in the importers table), on any bytes.
#include "core/priceimport.h"

#include <QByteArray>
#include <QDate>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const md::Importer *importer = md::PriceImport::importer(QStringLiteral(MODELDESK_FUZZ_IMPORTER));
    if (!importer)
        __builtin_trap(); // the build named an importer the table does not have
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)md::PriceImport::parse(importer->source, bytes, QStringLiteral("fuzz.json"), QDate(2024, 7, 18));
    return 0;
}
