#include "PlacementGeometry.h"

#include <algorithm>

namespace bubuh::PlacementGeometry {

QPointF toUser(const PageBoxes &page, QPointF display)
{
    const QRectF c = page.visible();
    const double x1 = c.left(), y1 = c.top(), x2 = c.right(), y2 = c.bottom();
    const double u = display.x() / page.userUnit, v = display.y() / page.userUnit;
    switch (page.rotate) {
    case 90: return {x1 + v, y1 + u};
    case 180: return {x2 - u, y1 + v};
    case 270: return {x2 - v, y2 - u};
    default: return {x1 + u, y2 - v};
    }
}

QPointF toDisplay(const PageBoxes &page, QPointF user)
{
    const QRectF c = page.visible();
    const double x1 = c.left(), y1 = c.top(), x2 = c.right(), y2 = c.bottom();
    QPointF d;
    switch (page.rotate) {
    case 90: d = {user.y() - y1, user.x() - x1}; break;
    case 180: d = {x2 - user.x(), user.y() - y1}; break;
    case 270: d = {y2 - user.y(), x2 - user.x()}; break;
    default: d = {user.x() - x1, y2 - user.y()}; break;
    }
    return d * page.userUnit;
}

static QRectF spanning(QPointF a, QPointF b)
{
    return QRectF(QPointF(std::min(a.x(), b.x()), std::min(a.y(), b.y())),
                  QPointF(std::max(a.x(), b.x()), std::max(a.y(), b.y())));
}

QRectF toUserBox(const PageBoxes &page, const Placement &p)
{
    const QRectF d = p.displayRect();
    return spanning(toUser(page, d.topLeft()), toUser(page, d.bottomRight()));
}

QRectF toDisplayRect(const PageBoxes &page, const QRectF &userBox)
{
    return spanning(toDisplay(page, userBox.topLeft()), toDisplay(page, userBox.bottomRight()));
}

Placement clampedToPage(const PageBoxes &page, Placement p)
{
    const QSizeF size = page.displaySize();
    p.size = std::min({p.size, size.width(), size.height()});
    p.u = std::clamp(p.u, 0.0, size.width() - p.size);
    p.v = std::clamp(p.v, 0.0, size.height() - p.size);
    return p;
}

} // namespace bubuh::PlacementGeometry
