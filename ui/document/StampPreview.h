#pragma once

#include <QRectF>

class QPainter;

namespace bubuh {

// Draws what the stamp will look like, upright, in a rectangle of the page as displayed: the
// frame, a QR-like square, "METERAI ELEKTRONIK" and "10000". The serial number and the real QR
// code only exist once the service issues them.
namespace StampPreview {

void paint(QPainter &painter, const QRectF &rect, bool active);

} // namespace StampPreview

} // namespace bubuh
