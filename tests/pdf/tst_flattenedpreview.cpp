// Qt Pdf draws no signature widget; the flattened in-memory copy shows the stamp where it is.
#include "PdfFactory.h"
#include "SimFixture.h"
#include "pdf/FlattenedPreview.h"

#include <QBuffer>
#include <QPdfDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace test;

namespace {

QImage renderWithQtPdf(const QByteArray &pdf)
{
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument doc;
    doc.load(&buffer);
    if (doc.status() != QPdfDocument::Status::Ready)
        return {};
    const QSizeF points = doc.pagePointSize(0);
    return doc.render(0, points.toSize()); // one pixel per point
}

int redPixels(const QImage &image, const QRect &area)
{
    int count = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            const QRgb c = image.pixel(x, y);
            count += qRed(c) > 150 && qGreen(c) < 90 && qBlue(c) < 90;
        }
    }
    return count;
}

} // namespace

class TestFlattenedPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheStampWhereItIs()
    {
        SimFixture sim;
        // Displayed at (400, 650), 100 pt square, on a plain A4 page.
        const QByteArray stamped = sim.stampDocument(makeA4(), 1, QRectF(400, 91.89, 100, 100));
        QVERIFY(!stamped.isEmpty());
        const QRect box(400, 650, 100, 100);

        const QImage asIs = renderWithQtPdf(stamped);
        QVERIFY(!asIs.isNull());
        const bubuh::Result<QByteArray> flat = bubuh::FlattenedPreview::make(stamped);
        QVERIFY(flat.ok());
        const QImage preview = renderWithQtPdf(flat.value());
        QVERIFY(!preview.isNull());
        // The flattened copy shows the stamp in its box and nowhere else...
        QVERIFY(redPixels(preview, box) > 500);
        QCOMPARE(redPixels(preview, preview.rect()),
                 redPixels(preview, box.adjusted(-1, -1, 1, 1)));
        // ...which the document as it is, under Qt Pdf, would not have shown at all.
        QVERIFY2(redPixels(asIs, box) < redPixels(preview, box) / 10,
                 "Qt Pdf now draws signature widgets: the flattening may no longer be needed");
        // The copy is for looking only: it no longer holds the signature.
        QVERIFY(!flat.value().contains("/ByteRange"));
    }

    void refusesWhatIsNotAPdf() { QVERIFY(!bubuh::FlattenedPreview::make("not a pdf").ok()); }
};

QTEST_MAIN(TestFlattenedPreview)
#include "tst_flattenedpreview.moc"
