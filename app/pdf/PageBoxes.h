#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QSizeF>

namespace bubuh {

// What a viewer needs to know about a page that Qt Pdf does not tell: its boxes, its /Rotate
// and its /UserUnit. Rectangles hold PDF coordinates: left() = x1, top() = y1 (the LOWER
// edge), right() = x2, bottom() = y2.
struct PageBoxes
{
    QRectF mediaBox;
    QRectF cropBox; // as written (inherited), before clipping to the media box
    int rotate = 0; // 0, 90, 180 or 270
    double userUnit = 1.0;

    // C = CropBox ∩ MediaBox, the part a viewer shows.
    QRectF visible() const;
    // The page as displayed, in points (/Rotate applied, /UserUnit scaled).
    QSizeF displaySize() const;

    // Reads every page's boxes with qpdf (inherited attributes resolved).
    static Result<QList<PageBoxes>> read(const QByteArray &pdf, const QString &password = {});
};

} // namespace bubuh
