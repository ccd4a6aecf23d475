#pragma once

#include "core/Settings.h"
#include "pdf/PageBoxes.h"

#include <QPointF>
#include <QRectF>

namespace bubuh {

// Where the stamp goes, in the terms the user sees: a page (1-based) and the stamp's top-left
// corner (u, v) in points from the top-left corner of the page as displayed, and its size.
struct Placement
{
    int page = 1;
    double u = 0;
    double v = 0;
    double size = Settings::kDefaultStampSize;

    QRectF displayRect() const { return QRectF(u, v, size, size); }
    bool operator==(const Placement &) const = default;
};

// design.md's placement geometry: display terms <-> PDF user space, exact for /Rotate
// 0/90/180/270, crop and media box offsets and /UserUnit.
namespace PlacementGeometry {

QPointF toUser(const PageBoxes &page, QPointF display);
QPointF toDisplay(const PageBoxes &page, QPointF user);
// The axis-aligned user-space box of the displayed square: what docSigningZ is sent.
QRectF toUserBox(const PageBoxes &page, const Placement &placement);
// The displayed rectangle of a user-space box.
QRectF toDisplayRect(const PageBoxes &page, const QRectF &userBox);
// The placement moved inside the page as displayed (and no larger than it).
Placement clampedToPage(const PageBoxes &page, Placement placement);

} // namespace PlacementGeometry

} // namespace bubuh
