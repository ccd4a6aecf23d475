#include "PlacementSnapper.h"

#include <cmath>

namespace bubuh {

PlacementSnapper::Snapped PlacementSnapper::snap(const PageBoxes &page, Placement p, double pull)
{
    const QSizeF size = page.displaySize();
    Snapped result;
    // Candidate positions of the stamp's left edge, with the guide line each belongs to.
    const double w = size.width(), h = size.height();
    struct Candidate
    {
        double position;
        double line;
    };
    const Candidate xs[] = {
        {kMarginPt, kMarginPt}, {w - kMarginPt - p.size, w - kMarginPt}, {(w - p.size) / 2, w / 2}};
    const Candidate ys[] = {{kMarginPt, kMarginPt}, {h - kMarginPt - p.size, h - kMarginPt}};
    const auto best = [pull](double value, const auto &candidates, double *line) {
        double nearest = pull;
        double snapped = value;
        for (const Candidate &c : candidates) {
            if (std::abs(c.position - value) <= nearest) {
                nearest = std::abs(c.position - value);
                snapped = c.position;
                *line = c.line;
            }
        }
        return snapped;
    };
    double xLine = -1, yLine = -1;
    p.u = best(p.u, xs, &xLine);
    p.v = best(p.v, ys, &yLine);
    if (xLine >= 0)
        result.guides.append(QLineF(xLine, 0, xLine, h));
    if (yLine >= 0)
        result.guides.append(QLineF(0, yLine, w, yLine));
    result.placement = PlacementGeometry::clampedToPage(page, p);
    return result;
}

} // namespace bubuh
