#include "modelcolors.h"

#include <QCryptographicHash>
#include <QHash>

#include <array>

namespace md {

namespace {
// Okabe-Ito and Tableau-derived colours: distinct for colour-blind readers, readable on light and dark.
constexpr std::array<QRgb, 12> Palette = {
    0x0072B2, // blue
    0xE69F00, // orange
    0x009E73, // green
    0xCC79A7, // purple-pink
    0xD55E00, // vermillion
    0x56B4E9, // sky
    0x8C6BB1, // violet
    0xB8A000, // olive yellow
    0x7F7F7F, // grey
    0x1B9E77, // teal
    0xE7298A, // magenta
    0x8C564B, // brown
};

int pinnedSlot(const QString &id)
{
    static const QHash<QString, int> pinned = {
        {QStringLiteral("gpt-4o-mini"), 0},
        {QStringLiteral("gemini-1.5-flash"), 1},
        {QStringLiteral("claude-3-haiku-20240307"), 3},
        {QStringLiteral("claude-3-haiku"), 3},
        {QStringLiteral("gpt-3.5-turbo"), 8},
        {QStringLiteral("gpt-4o"), 2},
    };
    return pinned.value(id, -1);
}
} // namespace

QColor ModelColors::color(const QString &modelId)
{
    int slot = pinnedSlot(modelId);
    if (slot < 0) {
        // A cryptographic hash is the same on every machine and run, unlike qHash's seeded one.
        const QByteArray digest = QCryptographicHash::hash(modelId.toUtf8(), QCryptographicHash::Md5);
        slot = int(quint8(digest.at(0)) % Palette.size());
    }
    return QColor::fromRgb(Palette[size_t(slot)]);
}

int ModelColors::paletteSize()
{
    return int(Palette.size());
}

} // namespace md
