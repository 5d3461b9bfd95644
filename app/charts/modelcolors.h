#pragma once

#include <QColor>
#include <QString>

namespace md {

// A model keeps one colour in every chart and every session: the colour follows from the model id
// (the launch models pinned to a colour-blind-safe palette, any other a hue from a stable hash), never from its
// position.
class ModelColors
{
public:
    static QColor color(const QString &modelId);
    static int paletteSize();
};

} // namespace md
