#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QVector>

#include <optional>

namespace bubuh {

// Where a page has ink, in display terms (points from the top left of the page as shown), so
// that the stamp lands on blank paper: public guidance says it must not cover text or a
// signature (protocol.md Part A). Built from a low-resolution rendering and from the text
// layer's boxes, so that invisible text over a scan counts as well. Queries are O(1) through a
// summed-area table.
class InkMap
{
public:
    // A box covering more than this share of ink covers the page's content; below it, specks.
    static constexpr double kCoverThreshold = 0.003;

    InkMap() = default;
    // rendering: the page as displayed, any size; displayPoints: the page's size in points.
    static InkMap fromRendering(const QImage &rendering, QSizeF displayPoints);
    // Marks boxes (display points) as ink: text boxes, where a scan's OCR layer is invisible.
    void addInk(const QList<QRectF> &boxes);

    bool isNull() const { return m_width == 0; }
    QSizeF pageSize() const { return m_points; }
    // The share, 0 to 1, of box (display points) that is ink; clipped to the page.
    double coveredShare(const QRectF &box) const;
    bool covers(const QRectF &box) const { return coveredShare(box) > kCoverThreshold; }
    // The blank square of from's size nearest to from, at least `margin` points inside the page
    // and a few points clear of any ink; nullopt when the page has none.
    std::optional<QRectF> nearestBlank(const QRectF &from, double margin = 18) const;
    // Where a letter is signed: below and at the right of the page's lowest text, else the
    // nearest blank square to that; the bottom right corner of an empty page.
    QRectF suggestedSpot(double size) const;
    // The bounding box of the ink, in display points; empty when the page is blank.
    QRectF inkBounds() const;

private:
    qint64 inkIn(int x0, int y0, int x1, int y1) const; // cells [x0, x1) x [y0, y1)
    QRect cellsOf(const QRectF &box) const;
    void rebuildSums();

    QSizeF m_points;
    int m_width = 0, m_height = 0; // cells
    QSizeF m_cells{1, 1};          // cells per point, across and down
    QVector<uchar> m_ink;          // 1 where ink, row by row
    QVector<qint64> m_sums;        // (m_width + 1) x (m_height + 1)
};

} // namespace bubuh
