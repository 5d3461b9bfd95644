// libFuzzer target: the arena's battle-file and votes-file parsers, on any bytes.
#include "arena/battlefile.h"
#include "arena/votesfile.h"

#include <QByteArray>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto battles = md::arena::BattleFile::parse(bytes, QStringLiteral("fuzz.json"));
    if (battles) { // what parses must serialise and parse again to the same battles
        const auto again = md::arena::BattleFile::parse(md::arena::BattleFile::serialize(battles->votes),
                                                        QStringLiteral("again.json"));
        if (!again || again->votes.size() != battles->votes.size())
            __builtin_trap();
    }
    (void)md::arena::VotesFile::parse(bytes, QStringLiteral("fuzz.jsonl"));
    return 0;
}
