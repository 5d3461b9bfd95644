#pragma once

#include <QAbstractSpinBox>
#include <QFontMetrics>

namespace md {

// A spin box sized for what it shows: never narrower than `widest` (its largest figure with the suffix), and
// tall enough for glyphs from a fallback font (Chinese "默认" is taller than the Latin font the box is sized by
// and would lose its top).
inline void fitSpinBox(QAbstractSpinBox *box, const QString &widest)
{
    const QFontMetrics metrics(box->font());
    const int extraHeight = std::max(0, metrics.boundingRect(widest).height() - metrics.height());
    if (extraHeight > 0)
        box->setMinimumHeight(box->sizeHint().height() + extraHeight + 2);
    box->setMinimumWidth(box->sizeHint().width());
}

} // namespace md
