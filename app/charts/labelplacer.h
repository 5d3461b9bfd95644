#pragma once

#include <QRectF>
#include <vector>

namespace md {

// Keeps hand-placed chart labels apart and inside the plot: a label is drawn only where it
// overlaps no label placed before it and stays within the bounds.
class LabelPlacer
{
public:
    explicit LabelPlacer(const QRectF &bounds)
        : m_bounds(bounds)
    {}

    bool fits(const QRectF &rect) const
    {
        if (!m_bounds.contains(rect))
            return false;
        for (const QRectF &taken : m_taken) {
            if (taken.intersects(rect))
                return false;
        }
        return true;
    }
    // Reserves `rect` when it fits; returns whether it did.
    bool place(const QRectF &rect)
    {
        if (!fits(rect))
            return false;
        m_taken.push_back(rect);
        return true;
    }
    // Reserves space the labels must avoid (points, bars), whether or not it is inside the bounds.
    void reserve(const QRectF &rect) { m_taken.push_back(rect); }

private:
    QRectF m_bounds;
    std::vector<QRectF> m_taken;
};

} // namespace md
