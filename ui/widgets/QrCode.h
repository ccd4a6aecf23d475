#pragma once

#include <QImage>

namespace bubuh::QrCode {

// The QR code of payload, one module = `scale` pixels, with the standard 4-module quiet zone;
// a null image if the payload cannot be encoded.
QImage render(const QByteArray &payload, int scale);

} // namespace bubuh::QrCode
