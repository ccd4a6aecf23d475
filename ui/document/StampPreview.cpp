#include "StampPreview.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace bubuh::StampPreview {

void paint(QPainter &p, const QRectF &r, bool active)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(r, QColor(255, 255, 255, 235));
    const double unit = r.width() / 100.0; // the same 100 x 100 layout the stamp uses
    p.setPen(QPen(QColor(191, 13, 26), std::max(1.0, 2 * unit)));
    p.drawRect(r.adjusted(unit, unit, -unit, -unit));
    // A QR-like square: finder patterns and a light texture, only to show where it will be.
    const QRectF qr(r.left() + 25 * unit, r.top() + 14 * unit, 50 * unit, 50 * unit);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(40, 40, 40));
    const double f = 14 * unit;
    for (const QPointF &corner :
         {qr.topLeft(), QPointF(qr.right() - f, qr.top()), QPointF(qr.left(), qr.bottom() - f)}) {
        p.drawRect(QRectF(corner, QSizeF(f, f)));
        p.setBrush(Qt::white);
        p.drawRect(
            QRectF(corner + QPointF(2 * unit, 2 * unit), QSizeF(f - 4 * unit, f - 4 * unit)));
        p.setBrush(QColor(40, 40, 40));
        p.drawRect(
            QRectF(corner + QPointF(4 * unit, 4 * unit), QSizeF(f - 8 * unit, f - 8 * unit)));
    }
    p.setBrush(QColor(120, 120, 120));
    for (int i = 0; i < 6; ++i)
        p.drawRect(QRectF(qr.left() + (18 + 5 * i) * unit, qr.top() + (18 + (i * 7) % 28) * unit,
                          3 * unit, 3 * unit));
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(std::max(1, int(6 * unit)));
    p.setFont(font);
    p.setPen(Qt::black);
    p.drawText(QRectF(r.left(), r.top() + 4 * unit, r.width(), 9 * unit), Qt::AlignCenter,
               u"METERAI ELEKTRONIK"_s);
    font.setPixelSize(std::max(1, int(11 * unit)));
    p.setFont(font);
    p.drawText(QRectF(r.left(), r.top() + 64 * unit, r.width(), 14 * unit), Qt::AlignCenter,
               u"10000"_s);
    if (active) {
        p.setPen(QPen(QColor(0, 120, 215), std::max(1.0, unit), Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r.adjusted(-2, -2, 2, 2));
    }
    p.restore();
}

} // namespace bubuh::StampPreview
