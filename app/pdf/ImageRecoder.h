#pragma once

#include <QByteArray>
#include <QImage>
#include <QSizeF>

#include <map>

#include <qpdf/QPDFObjGen.hh>
#include <qpdf/QPDFObjectHandle.hh>

class QPDF;

namespace bubuh {

// How far raster images may go: drawn at most `dpi` on the page, JPEG at `quality`.
struct ImageSettings
{
    int dpi = 150;
    int quality = 80;
    bool operator==(const ImageSettings &) const = default;
};

// Where each image is drawn: the largest size, in points, at which a page's content draws it,
// read from the transformation in force at each Do. Images drawn only inside forms are not
// listed; they keep their resolution.
using DrawnSizes = std::map<QPDFObjGen, QSizeF>;
DrawnSizes drawnImageSizes(QPDF &pdf);

// Re-encodes one raster image stream in place when that makes it smaller: decoded (JPEG
// through QImage, the rest through qpdf's filters), scaled down to the settings' resolution at
// its drawn size, and written as JPEG. Grayscale stays grayscale; masks and soft masks are
// separate images and are kept as they are; images of a few flat colours (line art, QR codes)
// stay lossless, and a black-and-white one stored as 8-bit gray becomes 1-bit. Images it cannot
// judge faithfully (CMYK, indexed, 16-bit, colour-key masked, with a /Decode array, stencil
// masks) are left alone.
// Returns whether the stream was replaced.
bool recodeImage(QPDFObjectHandle image, QSizeF drawnPoints, const ImageSettings &settings);

// image as JPEG at quality (Grayscale8 stays one component); empty on failure.
QByteArray encodeJpeg(const QImage &image, int quality);
// A new image XObject stream of data, already encoded with filter (none: raw samples).
QPDFObjectHandle newImageStream(QPDF &pdf, const QByteArray &data, QSize pixels, bool gray,
                                const char *filter = nullptr);

} // namespace bubuh
