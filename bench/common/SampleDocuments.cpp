#include "SampleDocuments.h"

#include "pdf/ImageRecoder.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

using namespace Qt::StringLiterals;

namespace bench {

namespace {

constexpr double kA4Width = 595.276, kA4Height = 841.89;

const QStringList &sentences()
{
    static const QStringList lines = {
        u"Yang bertanda tangan di bawah ini menyatakan dengan sesungguhnya bahwa"_s,
        u"data yang saya sampaikan dalam pendaftaran ini adalah benar dan sah."_s,
        u"Apabila di kemudian hari terbukti tidak benar, saya bersedia menerima"_s,
        u"sanksi sesuai ketentuan peraturan perundang-undangan yang berlaku."_s,
        u"Demikian surat pernyataan ini saya buat dengan penuh kesadaran."_s,
    };
    return lines;
}

// Paper grain and sensor noise, up to spread either way: what makes a real scan hard to
// compress.
void addGrain(QImage &image, quint32 seed, int spread)
{
    QRandomGenerator random(seed);
    const int bytesPerPixel = image.depth() / 8;
    for (int y = 0; y < image.height(); ++y) {
        uchar *row = image.scanLine(y);
        for (int x = 0; x < image.width() * bytesPerPixel; ++x)
            row[x] = uchar(
                std::clamp(int(row[x]) + int(random.bounded(2 * spread + 1)) - spread, 0, 255));
    }
}

// A page as a scanner sees it: off-white paper with grain, a letterhead, lines of text.
QImage scannedPage(int dpi, int number, bool colour, quint32 seed)
{
    const QSize size(int(kA4Width / 72 * dpi), int(kA4Height / 72 * dpi));
    QImage page(size, QImage::Format_RGB888);
    page.fill(QColor(246, 244, 238));
    QPainter p(&page);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const double mm = dpi / 25.4;
    p.setPen(QPen(colour ? QColor(20, 60, 140) : QColor(40, 40, 40), 0.8 * mm));
    p.drawLine(QPointF(20 * mm, 38 * mm), QPointF(size.width() - 20 * mm, 38 * mm));
    QFont heading(u"DejaVu Sans"_s);
    heading.setPixelSize(int(6 * mm));
    heading.setBold(true);
    p.setFont(heading);
    p.drawText(QPointF(20 * mm, 30 * mm), u"PEMERINTAH KABUPATEN CONTOH"_s);
    if (colour) { // a stamp-like logo in colour
        p.setBrush(QColor(200, 40, 40));
        p.drawEllipse(QPointF(size.width() - 35 * mm, 22 * mm), 12 * mm, 12 * mm);
    }
    QFont body(u"DejaVu Serif"_s);
    body.setPixelSize(int(3.6 * mm));
    p.setFont(body);
    p.setPen(QColor(25, 25, 25));
    for (int i = 0; i < 40; ++i) {
        const QString line = sentences()[(i + number) % sentences().size()];
        p.drawText(QPointF(20 * mm, (50 + i * 5.8) * mm), line);
    }
    p.end();
    addGrain(page, seed, 6);
    return colour ? page : page.convertToFormat(QImage::Format_Grayscale8);
}

std::string bytes(const QByteArray &data)
{
    return std::string(data.constData(), size_t(data.size()));
}

QPDFObjectHandle jpegImage(QPDF &pdf, const QImage &image, int quality)
{
    return bubuh::newImageStream(pdf, bubuh::encodeJpeg(image, quality), image.size(),
                                 image.format() == QImage::Format_Grayscale8, "/DCTDecode");
}

// An RGB image as office programs embed pictures: samples, compressed by the writer.
QPDFObjectHandle flateImage(QPDF &pdf, const QImage &source)
{
    const QImage image = source.convertToFormat(QImage::Format_RGB888);
    QByteArray samples;
    for (int y = 0; y < image.height(); ++y)
        samples.append(reinterpret_cast<const char *>(image.constScanLine(y)), image.width() * 3);
    return bubuh::newImageStream(pdf, samples, image.size(), false);
}

QByteArray textLines(int number, double top, int count)
{
    QByteArray out = "BT /F1 11 Tf 14 TL 72 " + QByteArray::number(top) + " Td ";
    for (int i = 0; i < count; ++i) {
        out += '(' + sentences()[(i + number) % sentences().size()].toLatin1() + ") Tj T* ";
    }
    return out + "ET\n";
}

class Builder
{
public:
    Builder()
    {
        m_pdf.emptyPDF();
        m_font = m_pdf.makeIndirectObject(QPDFObjectHandle::parse(
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
    }

    // A page drawing content, with images named /Im0, /Im1, ...
    void addPage(const QByteArray &content, const QList<QPDFObjectHandle> &images = {})
    {
        QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
        QPDFObjectHandle fonts = QPDFObjectHandle::newDictionary();
        fonts.replaceKey("/F1", m_font);
        resources.replaceKey("/Font", fonts);
        QPDFObjectHandle xobjects = QPDFObjectHandle::newDictionary();
        for (int i = 0; i < images.size(); ++i)
            xobjects.replaceKey("/Im" + std::to_string(i), m_pdf.makeIndirectObject(images[i]));
        resources.replaceKey("/XObject", xobjects);
        QPDFObjectHandle page
            = QPDFObjectHandle::parse("<< /Type /Page /MediaBox [0 0 595.276 841.89] >>");
        page.replaceKey("/Resources", resources);
        page.replaceKey("/Contents", QPDFObjectHandle::newStream(&m_pdf, bytes(content)));
        QPDFPageDocumentHelper(m_pdf).addPage(QPDFPageObjectHelper(m_pdf.makeIndirectObject(page)),
                                              false);
    }
    QPDF &pdf() { return m_pdf; }

    QByteArray written()
    {
        QPDFWriter writer(m_pdf);
        writer.setOutputMemory();
        writer.setStaticID(true);
        writer.forcePDFVersion("1.7");
        writer.write();
        auto buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()),
                          qsizetype(buffer->getSize()));
    }

private:
    QPDF m_pdf;
    QPDFObjectHandle m_font;
};

const QByteArray kFullPage = "q 595.276 0 0 841.89 0 0 cm /Im0 Do Q\n";

SampleDocument scan(const QString &name, int pages, int dpi, bool colour)
{
    Builder b;
    for (int i = 0; i < pages; ++i)
        b.addPage(kFullPage, {jpegImage(b.pdf(), scannedPage(dpi, i, colour, 7 + i), 90)});
    return {name, b.written(), false};
}

// A signature scanned on paper and pasted in: 800 x 270 px with the paper's grain, which is what
// makes such letters weigh a quarter of a megabyte.
QImage signature()
{
    QImage image(800, 270, QImage::Format_RGB888);
    image.fill(QColor(250, 249, 245));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(10, 30, 120), 9, Qt::SolidLine, Qt::RoundCap));
    QPainterPath path(QPointF(40, 200));
    path.cubicTo(180, 20, 260, 300, 380, 120);
    path.cubicTo(470, 10, 560, 280, 700, 140);
    path.cubicTo(730, 90, 760, 160, 780, 110);
    p.drawPath(path);
    p.end();
    addGrain(image, 11, 2);
    return image;
}

QImage photo(int width, int height, quint32 seed)
{
    QImage image(width, height, QImage::Format_RGB888);
    QPainter p(&image);
    QLinearGradient sky(0, 0, 0, height);
    sky.setColorAt(0, QColor(120, 170, 230));
    sky.setColorAt(1, QColor(60, 140, 70));
    p.fillRect(image.rect(), sky);
    QRandomGenerator random(seed);
    for (int i = 0; i < 60; ++i) {
        p.setBrush(
            QColor(int(random.bounded(256)), int(random.bounded(256)), int(random.bounded(256))));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(random.bounded(width), random.bounded(height)),
                      random.bounded(width / 6) + 4, random.bounded(height / 6) + 4);
    }
    p.end();
    addGrain(image, seed + 1, 4);
    return image;
}

} // namespace

SampleDocument colourScan(int pages, int dpi)
{
    return scan(u"pindaian-berwarna"_s, pages, dpi, true);
}

SampleDocument grayscaleScan(int pages, int dpi)
{
    return scan(u"pindaian-abu"_s, pages, dpi, false);
}

SampleDocument letterWithSignature()
{
    Builder b;
    // The signature image is 800 x 270 px drawn at 150 x 50 pt: 384 dpi, as pasted from a scan.
    b.addPage(textLines(0, 760, 30) + "q 150 0 0 50 360 200 cm /Im0 Do Q\n"
                  + "BT /F1 11 Tf 360 185 Td (Nama Pelamar) Tj ET\n",
              {flateImage(b.pdf(), signature())});
    return {u"surat-bertanda-tangan"_s, b.written(), true};
}

SampleDocument mixedReport(int pages)
{
    Builder b;
    for (int i = 0; i < pages; ++i) {
        if (i % 4 == 1) // a photo on every fourth page, 1200 x 800 px drawn 400 x 267 pt
            b.addPage(textLines(i, 780, 12) + "q 400 0 0 267 97 300 cm /Im0 Do Q\n",
                      {flateImage(b.pdf(), photo(1200, 800, quint32(i)))});
        else
            b.addPage(textLines(i, 780, 48));
    }
    return {u"laporan-campuran"_s, b.written(), true};
}

QList<SampleDocument> allSamples()
{
    return {colourScan(), grayscaleScan(), letterWithSignature(), mixedReport()};
}

} // namespace bench
