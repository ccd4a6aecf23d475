#include "InkMap.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace bubuh {

namespace {

// How much darker than the paper a pixel must be to be ink: anti-aliased strokes of small print
// at one pixel per point stay well below it, a scan's grain and a tinted paper stay above.
constexpr double kInkBelowPaper = 0.75;
constexpr double kSearchStepPoints = 3;
// A stamp placed for the applicant keeps this far from the nearest ink, so that it does not
// touch a letter's descenders or a signature's last stroke.
constexpr double kClearancePoints = 4;

} // namespace

InkMap InkMap::fromRendering(const QImage &rendering, QSizeF displayPoints)
{
    InkMap map;
    if (rendering.isNull() || displayPoints.isEmpty())
        return map;
    // The brightness of each pixel on white paper: Qt Pdf leaves the page transparent where
    // nothing is drawn.
    const QImage argb = rendering.convertToFormat(QImage::Format_ARGB32);
    QImage gray(argb.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *in = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        uchar *out = gray.scanLine(y);
        for (int x = 0; x < argb.width(); ++x) {
            const int alpha = qAlpha(in[x]);
            out[x] = uchar((qGray(in[x]) * alpha + 255 * (255 - alpha)) / 255);
        }
    }
    map.m_points = displayPoints;
    map.m_width = gray.width();
    map.m_height = gray.height();
    map.m_cells
        = QSizeF(gray.width() / displayPoints.width(), gray.height() / displayPoints.height());
    // The paper's brightness: what most of the page is, the 90th percentile.
    std::array<qint64, 256> histogram{};
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *row = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            ++histogram[row[x]];
    }
    const qint64 total = qint64(gray.width()) * gray.height();
    int paper = 255;
    for (qint64 seen = 0; paper > 0; --paper) {
        seen += histogram[size_t(paper)];
        if (seen >= total / 10)
            break;
    }
    // A page with no light paper at all is judged against white.
    const int threshold = int(std::max(paper, 128) * kInkBelowPaper);
    map.m_ink.resize(qsizetype(total));
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *row = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            map.m_ink[qsizetype(y) * map.m_width + x] = row[x] < threshold ? 1 : 0;
    }
    map.rebuildSums();
    return map;
}

void InkMap::addInk(const QList<QRectF> &boxes)
{
    if (isNull())
        return;
    for (const QRectF &box : boxes) {
        const QRect cells = cellsOf(box);
        for (int y = cells.top(); y <= cells.bottom(); ++y)
            std::fill_n(m_ink.begin() + qsizetype(y) * m_width + cells.left(), cells.width(), 1);
    }
    rebuildSums();
}

void InkMap::rebuildSums()
{
    const int w = m_width + 1;
    m_sums.fill(0, qsizetype(w) * (m_height + 1));
    for (int y = 0; y < m_height; ++y) {
        qint64 row = 0;
        for (int x = 0; x < m_width; ++x) {
            row += m_ink[qsizetype(y) * m_width + x];
            m_sums[qsizetype(y + 1) * w + x + 1] = m_sums[qsizetype(y) * w + x + 1] + row;
        }
    }
}

qint64 InkMap::inkIn(int x0, int y0, int x1, int y1) const
{
    const int w = m_width + 1;
    return m_sums[qsizetype(y1) * w + x1] - m_sums[qsizetype(y0) * w + x1]
        - m_sums[qsizetype(y1) * w + x0] + m_sums[qsizetype(y0) * w + x0];
}

QRect InkMap::cellsOf(const QRectF &box) const
{
    const int x0 = std::clamp(int(std::floor(box.left() * m_cells.width())), 0, m_width);
    const int y0 = std::clamp(int(std::floor(box.top() * m_cells.height())), 0, m_height);
    const int x1 = std::clamp(int(std::ceil(box.right() * m_cells.width())), 0, m_width);
    const int y1 = std::clamp(int(std::ceil(box.bottom() * m_cells.height())), 0, m_height);
    return QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
}

double InkMap::coveredShare(const QRectF &box) const
{
    if (isNull() || !box.isValid())
        return 0;
    const QRect c = cellsOf(box);
    if (c.isEmpty())
        return 0;
    return double(inkIn(c.left(), c.top(), c.right() + 1, c.bottom() + 1))
        / (double(c.width()) * c.height());
}

std::optional<QRectF> InkMap::nearestBlank(const QRectF &from, double margin) const
{
    if (isNull())
        return std::nullopt;
    const QSizeF size = from.size();
    const double right = m_points.width() - margin - size.width();
    const double bottom = m_points.height() - margin - size.height();
    std::optional<QRectF> best;
    double bestDistance = 0, bestShare = 0;
    // Every position on a fine grid: a few tens of thousands of O(1) queries, under a
    // millisecond. The cleanest spot wins; of equally clean ones, the nearest. A poster-sized
    // page is searched on a coarser grid, never more than 400 x 400 positions.
    const double step
        = std::max({kSearchStepPoints, m_points.width() / 400, m_points.height() / 400});
    for (double y = margin; y <= bottom; y += step) {
        for (double x = margin; x <= right; x += step) {
            const QRectF candidate(QPointF(x, y), size);
            const double share = coveredShare(candidate.adjusted(
                -kClearancePoints, -kClearancePoints, kClearancePoints, kClearancePoints));
            if (share > kCoverThreshold)
                continue;
            const double distance = std::hypot(x - from.x(), y - from.y());
            const bool cleaner = !best || (share == 0 && bestShare > 0);
            const bool asClean = best && ((share == 0) == (bestShare == 0));
            if (cleaner || (asClean && distance < bestDistance)) {
                best = candidate;
                bestDistance = distance;
                bestShare = share;
            }
        }
    }
    return best;
}

QRectF InkMap::inkBounds() const
{
    int left = m_width, top = m_height, right = -1, bottom = -1;
    for (int y = 0; y < m_height; ++y) {
        for (int x = 0; x < m_width; ++x) {
            if (m_ink[qsizetype(y) * m_width + x]) {
                left = std::min(left, x), right = std::max(right, x);
                top = std::min(top, y), bottom = std::max(bottom, y);
            }
        }
    }
    if (right < 0)
        return {};
    return QRectF(left / m_cells.width(), top / m_cells.height(),
                  (right + 1 - left) / m_cells.width(), (bottom + 1 - top) / m_cells.height());
}

QRectF InkMap::suggestedSpot(double size) const
{
    const QRectF ink = inkBounds();
    const QRectF corner(m_points.width() - 72 - size, m_points.height() - 144 - size, size, size);
    if (ink.isEmpty())
        return corner;
    // A letter ends at its lower right with the signature and the name: the nearest blank
    // square to that corner of the text.
    const QRectF start(ink.right() - size, ink.bottom() - size, size, size);
    return nearestBlank(start).value_or(corner);
}

} // namespace bubuh
