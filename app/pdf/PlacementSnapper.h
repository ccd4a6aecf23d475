#pragma once

#include "pdf/PlacementGeometry.h"

#include <QLineF>
#include <QList>

namespace bubuh {

// Snaps a stamp being dragged to where stamps usually go: the page margins (1 cm in), the
// corners they make, and the page's vertical centre line. Works in display points; the caller
// gives the pull distance in points (a few screen pixels at the current zoom).
class PlacementSnapper
{
public:
    static constexpr double kMarginPt = 72.0 / 2.54; // 1 cm

    struct Snapped
    {
        Placement placement;
        QList<QLineF> guides; // what to draw: the lines it snapped to, in display points
    };

    static Snapped snap(const PageBoxes &page, Placement placement, double pullPt);
};

} // namespace bubuh
