#include "QrCode.h"

#include <qrencode.h>

#include <memory>

namespace bubuh::QrCode {

QImage render(const QByteArray &payload, int scale)
{
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(payload.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code || scale < 1)
        return {};
    constexpr int kQuiet = 4;
    const int modules = code->width;
    const int side = (modules + 2 * kQuiet) * scale;
    QImage image(side, side, QImage::Format_Mono);
    image.fill(0); // colour 0 = white in the table below
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            if (!(code->data[y * modules + x] & 1))
                continue;
            for (int dy = 0; dy < scale; ++dy)
                for (int dx = 0; dx < scale; ++dx)
                    image.setPixel((x + kQuiet) * scale + dx, (y + kQuiet) * scale + dy, 1);
        }
    }
    return image;
}

QPixmap pixmap(const QByteArray &payload, int modulePoints, qreal devicePixelRatio)
{
    const int scale = qMax(1, qRound(modulePoints * devicePixelRatio));
    QPixmap result = QPixmap::fromImage(render(payload, scale));
    result.setDevicePixelRatio(qreal(scale) / modulePoints);
    return result;
}

} // namespace bubuh::QrCode
