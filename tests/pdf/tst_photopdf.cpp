// Photos and scans to one A4 PDF (issue #12): upright by EXIF orientation, in the given order,
// the camera's JPEG embedded as it is when nothing needs changing.
#include "ExternalTools.h"
#include "core/Language.h"
#include "pdf/PhotoPdf.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bubuh;

namespace {

// Landscape, red in the top left corner and blue in the bottom right, as it should be seen.
QImage upright()
{
    QImage image(600, 400, QImage::Format_RGB888);
    image.fill(Qt::white);
    QPainter p(&image);
    p.fillRect(0, 0, 200, 130, Qt::red);
    p.fillRect(400, 270, 200, 130, Qt::blue);
    return image;
}

// A JPEG whose pixels are stored turned, with the EXIF orientation that turns them back.
QByteArray turnedJpeg(int orientation)
{
    const int angle = orientation == 6 ? -90 : orientation == 8 ? 90 : orientation == 3 ? 180 : 0;
    const QImage stored = upright().transformed(QTransform().rotate(angle));
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, "jpeg").write(stored);
    // APP1 "Exif": a big-endian TIFF header and one IFD entry, Orientation (0x0112) SHORT.
    QByteArray exif("Exif\0\0MM\0\x2a\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01", 24);
    exif += char(0);
    exif += char(orientation);
    exif += QByteArray(6, '\0'); // padding, no next IFD
    const int length = int(exif.size()) + 2;
    const QByteArray segment
        = QByteArray("\xFF\xE1", 2) + char(length >> 8) + char(length & 0xFF) + exif;
    return jpeg.insert(2, segment);
}

struct Centre
{
    QPointF red, blue;
};

Centre colourCentres(const QImage &page)
{
    QPointF red, blue;
    int reds = 0, blues = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            if (c.red() > 200 && c.green() < 60 && c.blue() < 60)
                red += QPointF(x, y), ++reds;
            else if (c.blue() > 200 && c.red() < 60 && c.green() < 60)
                blue += QPointF(x, y), ++blues;
        }
    }
    return {reds ? red / reds : QPointF(-1, -1), blues ? blue / blues : QPointF(-1, -1)};
}

} // namespace

class TestPhotoPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Language::install(u"id"_s); }

    void everyOrientationIsUpright_data()
    {
        QTest::addColumn<int>("orientation");
        QTest::addColumn<bool>("recoded");
        for (int o : {1, 3, 6, 8}) {
            QTest::addRow("EXIF %d, as it is", o) << o << false;
            QTest::addRow("EXIF %d, re-encoded", o) << o << true;
        }
    }

    void everyOrientationIsUpright()
    {
        QFETCH(int, orientation);
        QFETCH(bool, recoded);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"foto.jpg"_s);
        const QByteArray jpeg = turnedJpeg(orientation);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(jpeg) == jpeg.size());
        f.close();
        const std::optional<ImageSettings> settings
            = recoded ? std::optional(ImageSettings{100, 80}) : std::nullopt;
        const Result<QByteArray> pdf = PhotoPdf::build({path}, settings);
        QVERIFY2(pdf, qPrintable(pdf.failure().message));
        // The camera's bytes are embedded as they are unless asked to re-encode.
        QCOMPARE(pdf.value().contains(jpeg.mid(2, 4000)), !recoded);
        const QImage page = test::renderPage(pdf.value(), 1, 72);
        QVERIFY(!page.isNull());
        QVERIFY2(page.width() > page.height(), "a landscape photo gets a landscape A4 page");
        QCOMPARE(page.width(), 842);
        const Centre c = colourCentres(page);
        QVERIFY2(c.red.x() >= 0 && c.blue.x() >= 0, "both corners are drawn");
        QVERIFY2(c.red.x() < c.blue.x() && c.red.y() < c.blue.y(),
                 qPrintable(u"red at (%1, %2), blue at (%3, %4)"_s.arg(c.red.x())
                                .arg(c.red.y())
                                .arg(c.blue.x())
                                .arg(c.blue.y())));
        // Fitted inside the 10 mm margin: nothing drawn in the outer 28 pt.
        for (int x = 0; x < page.width(); x += 7) {
            QCOMPARE(page.pixelColor(x, 10), QColor(Qt::white));
            QCOMPARE(page.pixelColor(x, page.height() - 10), QColor(Qt::white));
        }
    }

    void theGivenOrderIsKept()
    {
        QTemporaryDir dir;
        const QString landscape = dir.filePath(u"1.png"_s), portrait = dir.filePath(u"2.png"_s);
        QVERIFY(upright().save(landscape));
        QVERIFY(upright().transformed(QTransform().rotate(90)).save(portrait));
        const Result<QByteArray> pdf = PhotoPdf::build({landscape, portrait}, std::nullopt);
        QVERIFY(pdf);
        const QImage first = test::renderPage(pdf.value(), 1, 36);
        const QImage second = test::renderPage(pdf.value(), 2, 36);
        QVERIFY(first.width() > first.height());
        QVERIFY(second.height() > second.width());
        QVERIFY(test::qpdfCheck(pdf.value()).exitCode == 0);
    }

    void theLimitIsRespected()
    {
        QTemporaryDir dir;
        QImage noisy(3000, 4000, QImage::Format_RGB888);
        for (int y = 0; y < noisy.height(); ++y)
            for (int x = 0; x < noisy.width() * 3; ++x)
                noisy.scanLine(y)[x] = uchar((x * 7 + y * 13) ^ (x * y));
        const QString path = dir.filePath(u"pindaian.jpg"_s);
        QVERIFY(noisy.save(path, "JPEG", 95));
        const Result<PhotoPdf::Fitted> fitted
            = PhotoPdf::buildToFit({path}, 500 * 1024, 160 * 1024);
        QVERIFY(fitted);
        QVERIFY(QFileInfo(path).size() + 160 * 1024 > 500 * 1024);
        QVERIFY(fitted.value().fits);
        QVERIFY(fitted.value().images);
        QVERIFY(fitted.value().pdf.size() + 160 * 1024 <= 500 * 1024);
    }

    void whatIsNotAnImageIsSaidSo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"surat.pdf"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.7 not an image");
        f.close();
        const Result<QByteArray> pdf = PhotoPdf::build({path}, std::nullopt);
        QVERIFY(!pdf);
        QVERIFY2(pdf.failure().message.contains(u"tidak dapat dibaca"_s),
                 qPrintable(pdf.failure().message));
    }
};

QTEST_MAIN(TestPhotoPdf)
#include "tst_photopdf.moc"
