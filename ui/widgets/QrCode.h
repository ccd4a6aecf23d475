#pragma once

#include <QImage>
#include <QPixmap>

namespace bubuh::QrCode {

// The QR code of payload, one module = `scale` pixels, with the standard 4-module quiet zone;
// a null image if the payload cannot be encoded.
QImage render(const QByteArray &payload, int scale);

// For the screen: modules of `modulePoints` logical pixels drawn with whole device pixels at
// devicePixelRatio, so that a phone camera sees sharp edges on a HiDPI screen too.
QPixmap pixmap(const QByteArray &payload, int modulePoints, qreal devicePixelRatio);

} // namespace bubuh::QrCode
