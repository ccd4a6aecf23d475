#include "PhotoPdf.h"

#include "pdf/PdfShrinker.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

using namespace Qt::StringLiterals;

namespace bubuh {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bubuh::PhotoPdf)
};

constexpr QSizeF kA4(595.276, 841.89);
constexpr int kPassThroughDpi = 300;      // what "as they are" means for images that are encoded
constexpr qint64 kMaxPixels = 60'000'000; // a 50 MP phone photo, with room
constexpr int kDecodeLimitMb = 512;       // QImageReader's own default refuses a 33 MP photo

using Turn = QImageIOHandler::Transformations;

// The JPEG's number of colour components, from its frame header; 0 when it has none.
int jpegComponents(const QByteArray &jpeg)
{
    qsizetype at = 2;
    while (at + 9 < jpeg.size() && uchar(jpeg[at]) == 0xFF) {
        const uchar marker = uchar(jpeg[at + 1]);
        const int length = (uchar(jpeg[at + 2]) << 8) | uchar(jpeg[at + 3]);
        const bool frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
            && marker != 0xCC;
        if (frame)
            return uchar(jpeg[at + 9]);
        if (marker == 0xDA || length < 2)
            return 0;
        at += 2 + length;
    }
    return 0;
}

// One image ready for a page: encoded data, and the turn the page's drawing still applies.
struct Picture
{
    QByteArray jpeg;
    QSize pixels; // as stored
    bool gray = false;
    Turn turn = QImageIOHandler::TransformationNone;

    QSizeF upright() const
    {
        return turn & QImageIOHandler::TransformationRotate90 ? QSizeF(pixels).transposed()
                                                              : QSizeF(pixels);
    }
};

QSizeF pageFor(QSizeF upright)
{
    return upright.width() > upright.height() ? kA4.transposed() : kA4;
}

// The image's box on its page: as large as fits inside the margin, centred.
QRectF placed(QSizeF upright)
{
    const QSizeF page = pageFor(upright);
    const QSizeF room = page - QSizeF(2, 2) * PhotoPdf::kMarginPoints;
    const QSizeF size = upright.scaled(room, Qt::KeepAspectRatio);
    return {QPointF((page.width() - size.width()) / 2, (page.height() - size.height()) / 2), size};
}

QByteArray encode(QImage image, int quality, bool *gray)
{
    if (image.hasAlphaChannel()) { // onto white paper, as it would be printed
        QImage paper(image.size(), QImage::Format_RGB32);
        paper.fill(Qt::white);
        QPainter(&paper).drawImage(0, 0, image);
        image = paper;
    }
    *gray = image.allGray();
    return encodeJpeg(
        image.convertToFormat(*gray ? QImage::Format_Grayscale8 : QImage::Format_RGB888), quality);
}

Result<Picture> prepare(const QString &path, const std::optional<ImageSettings> &settings)
{
    const auto unreadable = [&path](const QString &detail) {
        return Failure{Text::tr("%1 cannot be read as a photo or scan. Use JPEG or PNG images.")
                           .arg(QFileInfo(path).fileName()),
                       detail};
    };
    QImageReader reader(path);
    reader.setAutoTransform(false);
    reader.setAllocationLimit(kDecodeLimitMb);
    const QByteArray format = reader.format();
    if (format != "jpeg" && format != "png")
        return unreadable(reader.errorString());
    const QSize stored = reader.size();
    if (stored.isEmpty() || qint64(stored.width()) * stored.height() > kMaxPixels)
        return unreadable(u"size %1x%2"_s.arg(stored.width()).arg(stored.height()));
    const Turn turn = reader.transformation();
    const bool pureTurn = turn == QImageIOHandler::TransformationNone
        || turn == QImageIOHandler::TransformationRotate90
        || turn == QImageIOHandler::TransformationRotate180
        || turn == QImageIOHandler::TransformationRotate270;

    // As it is: the camera's own JPEG, turned upright by the drawing, not re-encoded.
    if (!settings && format == "jpeg" && pureTurn) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return unreadable(file.errorString());
        Picture picture{file.readAll(), stored, false, turn};
        const int components = jpegComponents(picture.jpeg);
        if (components == 1 || components == 3) {
            picture.gray = components == 1;
            return picture;
        }
    }
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull())
        return unreadable(reader.errorString());
    const int dpi = settings ? settings->dpi : kPassThroughDpi;
    const QSizeF drawn = placed(image.size()).size();
    const QSize needed(int(std::ceil(drawn.width() / 72 * dpi)),
                       int(std::ceil(drawn.height() / 72 * dpi)));
    if (image.width() > needed.width() || image.height() > needed.height())
        image = image.scaled(needed, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    Picture picture;
    picture.pixels = image.size();
    picture.jpeg = encode(image, settings ? settings->quality : 90, &picture.gray);
    if (picture.jpeg.isEmpty())
        return unreadable(u"JPEG encoding failed"_s);
    return picture;
}

// The matrix that draws the image's unit square upright into box (PDF space, y up).
QByteArray drawing(const Picture &p, const QRectF &box)
{
    const double x = box.x(), y = box.y(), w = box.width(), h = box.height();
    double m[6] = {w, 0, 0, h, x, y};
    if (p.turn == QImageIOHandler::TransformationRotate90) // the stored top becomes the right
        m[0] = 0, m[1] = -h, m[2] = w, m[3] = 0, m[4] = x, m[5] = y + h;
    else if (p.turn == QImageIOHandler::TransformationRotate270)
        m[0] = 0, m[1] = h, m[2] = -w, m[3] = 0, m[4] = x + w, m[5] = y;
    else if (p.turn == QImageIOHandler::TransformationRotate180)
        m[0] = -w, m[1] = 0, m[2] = 0, m[3] = -h, m[4] = x + w, m[5] = y + h;
    QByteArray out = "q";
    for (double v : m)
        out += ' ' + QByteArray::number(v, 'f', 4);
    return out + " cm /Im0 Do Q\n";
}

void addPage(QPDF &pdf, const Picture &p)
{
    QPDFObjectHandle image = newImageStream(pdf, p.jpeg, p.pixels, p.gray, "/DCTDecode");
    const QSizeF page = pageFor(p.upright());
    QPDFObjectHandle xobjects = QPDFObjectHandle::newDictionary();
    xobjects.replaceKey("/Im0", pdf.makeIndirectObject(image));
    QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
    resources.replaceKey("/XObject", xobjects);
    QPDFObjectHandle pageObject = QPDFObjectHandle::newDictionary();
    pageObject.replaceKey("/Type", QPDFObjectHandle::newName("/Page"));
    pageObject.replaceKey("/MediaBox",
                          QPDFObjectHandle::newArray(std::vector<QPDFObjectHandle>{
                              QPDFObjectHandle::newInteger(0), QPDFObjectHandle::newInteger(0),
                              QPDFObjectHandle::newReal(page.width(), 3),
                              QPDFObjectHandle::newReal(page.height(), 3)}));
    pageObject.replaceKey("/Resources", resources);
    pageObject.replaceKey(
        "/Contents",
        QPDFObjectHandle::newStream(&pdf, drawing(p, placed(p.upright())).toStdString()));
    QPDFPageDocumentHelper(pdf).addPage(QPDFPageObjectHelper(pdf.makeIndirectObject(pageObject)),
                                        false);
}

} // namespace

Result<QByteArray> PhotoPdf::build(const QStringList &paths,
                                   const std::optional<ImageSettings> &images)
{
    if (paths.isEmpty())
        return Failure{Text::tr("Choose at least one photo or scan."), {}};
    QPDF pdf;
    pdf.emptyPDF();
    for (const QString &path : paths) {
        const Result<Picture> picture = prepare(path, images);
        if (!picture)
            return picture.failure();
        addPage(pdf, picture.value());
    }
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.setObjectStreamMode(qpdf_o_generate);
    writer.setMinimumPDFVersion("1.7");
    writer.write();
    const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(out->getBuffer()), qsizetype(out->getSize()));
}

Result<PhotoPdf::Fitted> PhotoPdf::buildToFit(const QStringList &paths, qint64 limitBytes,
                                              qint64 growthBytes, int maxDpi)
{
    Fitted best;
    for (const std::optional<ImageSettings> &rung : PdfShrinker::ladder(maxDpi)) {
        const Result<QByteArray> built = build(paths, rung);
        if (!built)
            return built.failure();
        best = {built.value(), rung, built.value().size() + growthBytes <= limitBytes};
        if (best.fits)
            break;
    }
    return best;
}

} // namespace bubuh
