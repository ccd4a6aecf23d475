#include "StampAppearance.h"

#include <qrencode.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace sim {

namespace {

QByteArray num(double v)
{
    return QByteArray::number(v, 'f', 3);
}

// Helvetica-Bold advance widths (per 1000 em) for the characters a stamp uses.
int glyphWidth(char c)
{
    static const int upper[26] = {722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833,
                                  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611};
    if (c >= 'A' && c <= 'Z')
        return upper[c - 'A'];
    if (c >= '0' && c <= '9')
        return 556;
    switch (c) {
    case ' ': return 278;
    case '-': return 333;
    case '.': return 278;
    case '(':
    case ')': return 333;
    default: return 611;
    }
}

QByteArray escaped(QByteArrayView text)
{
    QByteArray out;
    for (char c : text) {
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

} // namespace

double StampAppearance::textWidth(QByteArrayView text)
{
    double w = 0;
    for (char c : text)
        w += glyphWidth(c);
    return w / 1000.0;
}

QByteArray StampAppearance::fontResources()
{
    return "<< /Font << /HeBo << /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
           "/Encoding /WinAnsiEncoding >> >> >>";
}

QByteArray StampAppearance::contentStream(const QString &serial, double width, double height)
{
    // Everything is laid out in a 100 x 100 square scaled into the box, so that it looks the
    // same at 54 pt and at 100 pt; a non-square box is centred.
    const double side = std::min(width, height);
    const double scale = side / 100.0;
    QByteArray s;
    s += "q\n";
    s += "1 0 0 1 " + num((width - side) / 2) + ' ' + num((height - side) / 2) + " cm\n";
    s += num(scale) + " 0 0 " + num(scale) + " 0 0 cm\n";
    // Paper and frame.
    s += "1 1 1 rg 0 0 100 100 re f\n";
    s += "0.75 0.05 0.1 RG 2 w 1 1 98 98 re S\n";

    // QR code of the serial number; its text says it is simulated when scanned.
    const QByteArray payload = "SIMULASI TIDAK SAH " + serial.toLatin1();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> qr(
        QRcode_encodeString8bit(payload.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (qr) {
        const double qrSide = 50.0;
        const double module = qrSide / qr->width;
        s += "q 0 0 0 rg\n";
        s += "1 0 0 1 25 36 cm\n";
        for (int y = 0; y < qr->width; ++y) {
            for (int x = 0; x < qr->width; ++x) {
                if (qr->data[y * qr->width + x] & 1) {
                    s += num(x * module) + ' ' + num(qrSide - (y + 1) * module) + ' ' + num(module)
                        + ' ' + num(module) + " re\n";
                }
            }
        }
        s += "f Q\n";
    }

    const auto centred = [&s](QByteArrayView text, double size, double baseline) {
        const double x = (100.0 - StampAppearance::textWidth(text) * size) / 2.0;
        s += "BT /HeBo " + num(size) + " Tf " + num(x) + ' ' + num(baseline) + " Td ("
            + escaped(text) + ") Tj ET\n";
    };
    s += "0 0 0 rg\n";
    centred("METERAI ELEKTRONIK", 6, 89.5);
    s += "0.1 0.1 0.1 rg\n";
    centred("10000", 11, 24.5);
    centred(serial.toLatin1(), 4.4, 18.2);
    s += "0.8 0 0 rg 0 3 100 13 re f 1 1 1 rg\n";
    centred("SIMULASI - TIDAK SAH", 6.6, 7.2);
    s += "Q\n";
    return s;
}

} // namespace sim
