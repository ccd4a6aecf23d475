#include "ImageRecoder.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QSet>
#include <QTransform>

#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <cmath>
#include <stdexcept>

namespace bubuh {

namespace {

// Follows q/Q/cm through a page's content and notes the size of each image at its Do.
class DrawnSizeCollector : public QPDFObjectHandle::ParserCallbacks
{
public:
    DrawnSizeCollector(QPDFObjectHandle xobjects, double userUnit, DrawnSizes &sizes)
        : m_xobjects(xobjects), m_userUnit(userUnit), m_sizes(sizes)
    { }

    void handleObject(QPDFObjectHandle object) override
    {
        if (!object.isOperator()) {
            if (m_operands.size() < 16) // no operator takes more; the rest is noise
                m_operands.push_back(object);
            return;
        }
        const std::string op = object.getOperatorValue();
        if (op == "q" && m_saved.size() < 256) {
            m_saved.push_back(m_ctm);
        } else if (op == "Q" && !m_saved.empty()) {
            m_ctm = m_saved.back();
            m_saved.pop_back();
        } else if (op == "cm" && m_operands.size() == 6) {
            double m[6];
            for (int i = 0; i < 6; ++i) {
                if (!m_operands[size_t(i)].getValueAsNumber(m[i]) || !std::isfinite(m[i]))
                    return clear();
            }
            m_ctm = QTransform(m[0], m[1], m[2], m[3], m[4], m[5]) * m_ctm;
        } else if (op == "Do" && m_operands.size() == 1 && m_operands[0].isName()
                   && m_xobjects.isDictionary()) {
            QPDFObjectHandle x = m_xobjects.getKey(m_operands[0].getName());
            if (x.isStream() && x.getDict().getKey("/Subtype").isNameAndEquals("/Image")) {
                // The unit square, through the CTM: its sides are the drawn width and height.
                const QSizeF drawn(std::hypot(m_ctm.m11(), m_ctm.m12()) * m_userUnit,
                                   std::hypot(m_ctm.m21(), m_ctm.m22()) * m_userUnit);
                QSizeF &largest = m_sizes[x.getObjGen()];
                largest = largest.expandedTo(drawn);
            }
        }
        clear();
    }
    void handleEOF() override { }

private:
    void clear() { m_operands.clear(); }

    QPDFObjectHandle m_xobjects;
    double m_userUnit;
    DrawnSizes &m_sizes;
    QTransform m_ctm;
    std::vector<QTransform> m_saved;
    std::vector<QPDFObjectHandle> m_operands;
};

// The number of colour components of a colour space Bubuh can re-encode as JPEG: 1 or 3.
int components(QPDFObjectHandle colorSpace)
{
    if (colorSpace.isNameAndEquals("/DeviceGray") || colorSpace.isNameAndEquals("/CalGray"))
        return 1;
    if (colorSpace.isNameAndEquals("/DeviceRGB") || colorSpace.isNameAndEquals("/CalRGB"))
        return 3;
    if (colorSpace.isArray() && colorSpace.getArrayNItems() == 2
        && colorSpace.getArrayItem(0).isNameAndEquals("/ICCBased")) {
        QPDFObjectHandle profile = colorSpace.getArrayItem(1);
        long long n = 0;
        if (profile.isStream() && profile.getDict().getKey("/N").getValueAsInt(n)
            && (n == 1 || n == 3))
            return int(n);
    }
    return 0;
}

// Collects decoded samples up to a limit, and stops the decoding beyond it: a stream that
// inflates far past what its /Width and /Height need is a bomb, not an image.
class BoundedSamples : public Pipeline
{
public:
    explicit BoundedSamples(size_t limit) : Pipeline("bounded samples", nullptr), m_limit(limit) { }
    void write(unsigned char const *data, size_t length) override
    {
        if (m_data.size() + length > m_limit)
            throw std::length_error("image stream larger than its size says");
        m_data.append(reinterpret_cast<const char *>(data), qsizetype(length));
    }
    void finish() override { }
    const QByteArray &data() const { return m_data; }

private:
    size_t m_limit;
    QByteArray m_data;
};

constexpr qint64 kMaxPixels = 60'000'000; // a 600 dpi A4 scan is 35 million
constexpr int kDecodeLimitMb = 512;       // QImageReader's own default refuses a 33 MP photo

QImage decode(QPDFObjectHandle image, int width, int height, int n)
{
    QPDFObjectHandle dict = image.getDict();
    QPDFObjectHandle filter = dict.getKey("/Filter");
    if (filter.isArray() && filter.getArrayNItems() == 1)
        filter = filter.getArrayItem(0);
    if (filter.isNameAndEquals("/DCTDecode")) {
        // /DecodeParms can say the samples are not YCbCr (ColorTransform 0): libjpeg would guess.
        if (dict.hasKey("/DecodeParms"))
            return {};
        const std::shared_ptr<Buffer> raw = image.getRawStreamData();
        QByteArray bytes(reinterpret_cast<const char *>(raw->getBuffer()),
                         qsizetype(raw->getSize()));
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, "jpeg");
        reader.setAllocationLimit(kDecodeLimitMb);
        if (reader.size() != QSize(width, height))
            return {};
        const QImage decoded = reader.read();
        if (decoded.isNull())
            return {};
        return decoded.convertToFormat(n == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    }
    const qsizetype rowBytes = qsizetype(width) * n;
    BoundedSamples samples(size_t(rowBytes) * size_t(height) + 4096);
    try {
        if (!image.pipeStreamData(&samples, 0, qpdf_dl_generalized, true))
            return {}; // a filter qpdf does not decode (JPX, CCITT, JBIG2)
    } catch (const std::exception &) {
        return {};
    }
    if (samples.data().size() < rowBytes * height)
        return {};
    QImage decoded(width, height, n == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    if (decoded.isNull())
        return {};
    for (int y = 0; y < height; ++y)
        memcpy(decoded.scanLine(y), samples.data().constData() + rowBytes * y, size_t(rowBytes));
    return decoded;
}

// Whether the image has at most 16 colours: drawn, not photographed.
bool fewColours(const QImage &image)
{
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            seen.insert(image.pixel(x, y));
            if (seen.size() > 16)
                return false;
        }
    }
    return true;
}

// Replaces an 8-bit gray image holding only black and white by its 1-bit form, written with
// Flate by the writer, when that is smaller. Lossless: nothing the page shows changes.
bool toOneBit(QPDFObjectHandle image, const QImage &gray)
{
    const int rowBytes = (gray.width() + 7) / 8;
    QByteArray bits(qsizetype(rowBytes) * gray.height(), '\0');
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *row = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            if (row[x] != 0 && row[x] != 255)
                return false;
            if (row[x] == 255) // 1 is white in DeviceGray at one bit per sample
                bits[qsizetype(y) * rowBytes + x / 8] |= char(0x80 >> (x % 8));
        }
    }
    // Whether it pays: the samples as Flate would store them, against the stream as it is.
    if (qCompress(bits, 9).size() >= qsizetype(image.getRawStreamData()->getSize()))
        return false;
    image.replaceStreamData(bits.toStdString(), QPDFObjectHandle::newNull(),
                            QPDFObjectHandle::newNull());
    image.getDict().replaceKey("/BitsPerComponent", QPDFObjectHandle::newInteger(1));
    image.getDict().removeKey("/DecodeParms");
    return true;
}

} // namespace

DrawnSizes drawnImageSizes(QPDF &pdf)
{
    DrawnSizes sizes;
    for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        QPDFObjectHandle resources = page.getAttribute("/Resources", false);
        QPDFObjectHandle xobjects
            = resources.isDictionary() ? resources.getKey("/XObject") : QPDFObjectHandle();
        double userUnit = 1;
        if (!page.getObjectHandle().getKey("/UserUnit").getValueAsNumber(userUnit)
            || !(userUnit > 0 && userUnit < 75'000))
            userUnit = 1;
        DrawnSizeCollector collector(xobjects, userUnit, sizes);
        try {
            page.parseContents(&collector);
        } catch (const std::exception &) {
            // A page whose content cannot be read keeps its images as they are.
        }
    }
    return sizes;
}

bool recodeImage(QPDFObjectHandle image, QSizeF drawnPoints, const ImageSettings &settings)
{
    QPDFObjectHandle dict = image.getDict();
    long long width = 0, height = 0, bits = 0;
    if (!dict.getKey("/Width").getValueAsInt(width) || !dict.getKey("/Height").getValueAsInt(height)
        || !dict.getKey("/BitsPerComponent").getValueAsInt(bits) || bits != 8 || width < 1
        || height < 1 || width > 20'000 || height > 20'000 || width * height > kMaxPixels)
        return false;
    if (dict.getKey("/ImageMask").isBool() && dict.getKey("/ImageMask").getBoolValue())
        return false;
    // Lossy samples would no longer match a colour key, and a /Decode array remaps them.
    if (dict.getKey("/Mask").isArray() || dict.hasKey("/Decode") || dict.hasKey("/SMaskInData"))
        return false;
    // A soft mask with /Matte holds colours premultiplied at the image's own size.
    if (QPDFObjectHandle smask = dict.getKey("/SMask");
        smask.isStream() && smask.getDict().hasKey("/Matte"))
        return false;
    const int n = components(dict.getKey("/ColorSpace"));
    if (n == 0)
        return false;
    QImage decoded = decode(image, int(width), int(height), n);
    if (decoded.isNull())
        return false;
    // Line art, a signature or a QR code in a few flat colours stays lossless: JPEG smears it.
    // A bilevel scan kept as 8-bit gray becomes 1-bit (Flate), which is smaller still.
    if (!dict.getKey("/Filter").isNameAndEquals("/DCTDecode") && fewColours(decoded))
        return n == 1 && toOneBit(image, decoded);

    // The pixels the page needs: the drawn size at the chosen resolution, never enlarged.
    QSize target{int(width), int(height)};
    if (drawnPoints.width() > 0 && drawnPoints.height() > 0) {
        // In double until it is known to fit: a huge drawn size is no reason to enlarge.
        const auto pixels = [&settings](double points) {
            return int(std::clamp(std::ceil(points / 72 * settings.dpi), 1.0, 20'000.0));
        };
        const QSize needed(pixels(drawnPoints.width()), pixels(drawnPoints.height()));
        target = target.boundedTo(needed);
    }
    if (target != decoded.size())
        decoded = decoded.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QByteArray encoded = encodeJpeg(decoded, settings.quality);
    const qsizetype before = qsizetype(image.getRawStreamData()->getSize());
    // Not worth a generation of loss unless it saves a tenth.
    if (encoded.isEmpty() || encoded.size() > before * 9 / 10)
        return false;
    image.replaceStreamData(encoded.toStdString(), QPDFObjectHandle::newName("/DCTDecode"),
                            QPDFObjectHandle::newNull());
    dict.replaceKey("/Width", QPDFObjectHandle::newInteger(decoded.width()));
    dict.replaceKey("/Height", QPDFObjectHandle::newInteger(decoded.height()));
    dict.removeKey("/DecodeParms");
    return true;
}

QByteArray encodeJpeg(const QImage &image, int quality)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.setOptimizedWrite(true);
    return writer.write(image) ? out : QByteArray();
}

QPDFObjectHandle newImageStream(QPDF &pdf, const QByteArray &data, QSize pixels, bool gray,
                                const char *filter)
{
    QPDFObjectHandle image = QPDFObjectHandle::newStream(&pdf);
    image.replaceStreamData(data.toStdString(),
                            filter ? QPDFObjectHandle::newName(filter)
                                   : QPDFObjectHandle::newNull(),
                            QPDFObjectHandle::newNull());
    QPDFObjectHandle dict = image.getDict();
    dict.replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
    dict.replaceKey("/Subtype", QPDFObjectHandle::newName("/Image"));
    dict.replaceKey("/Width", QPDFObjectHandle::newInteger(pixels.width()));
    dict.replaceKey("/Height", QPDFObjectHandle::newInteger(pixels.height()));
    dict.replaceKey("/BitsPerComponent", QPDFObjectHandle::newInteger(8));
    dict.replaceKey("/ColorSpace", QPDFObjectHandle::newName(gray ? "/DeviceGray" : "/DeviceRGB"));
    return image;
}

} // namespace bubuh
