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
    const int slot = pinnedSlot(modelId);
    if (slot >= 0)
        return QColor::fromRgb(Palette[size_t(slot)]);
    // Other models: a hue from a cryptographic hash of the id (the same on every machine and run,
    // unlike qHash's seeded one). A continuous hue, not one of a dozen slots, so two models of a
    // chart rarely share a colour; saturation and value stay where the colour reads on both themes.
    const QByteArray digest = QCryptographicHash::hash(modelId.toUtf8(), QCryptographicHash::Md5);
    const int hue = int((quint16(quint8(digest.at(0))) << 8 | quint8(digest.at(1))) % 360);
    const int saturation = 140 + quint8(digest.at(2)) % 80; // 140..219
    const int value = (quint8(digest.at(3)) & 1) ? 200 : 165;
    return QColor::fromHsv(hue, saturation, value);
}

int ModelColors::paletteSize()
{
    return int(Palette.size());
}

} // namespace md
