#pragma once

#include <QColor>
#include <QString>

namespace md {

// A model keeps one colour in every chart and every session: the colour follows from the model id
// (a fixed palette slot chosen by a stable hash, with the launch models pinned), never from its position.
class ModelColors
{
public:
    static QColor color(const QString &modelId);
    static int paletteSize();
};

} // namespace md
