#pragma once

#include <QByteArray>
#include <QString>

namespace sim {

// Draws the simulated e-Meterai as a PDF content stream in a width x height box, upright:
// a QR code of the serial number, the value 10000 and, in red, "SIMULASI - TIDAK SAH".
// Uses only the standard Helvetica-Bold font (resource /HeBo), so nothing is embedded.
class StampAppearance
{
public:
    static QByteArray contentStream(const QString &serial, double width, double height);
    static QByteArray fontResources();
    // Width of text in Helvetica-Bold at size 1 (text is ASCII).
    static double textWidth(QByteArrayView text);
};

} // namespace sim
