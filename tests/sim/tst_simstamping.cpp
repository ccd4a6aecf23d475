// Real stamping: the simulator's output checked by independent tools (pdfsig, qpdf, pdftoppm).
#include "ExternalTools.h"
#include "PdfFactory.h"
#include "SimFixture.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace test;

namespace {

// The displayed page's crop area C = CropBox ∩ MediaBox as [x1 y1 x2 y2].
QRectF visibleArea(const PageSpec &p)
{
    return p.cropBox.isEmpty() ? p.mediaBox : p.cropBox.intersected(p.mediaBox);
}

// design.md's table: display point (u, v) from the top-left of the page as shown -> user space.
QPointF toUser(const PageSpec &p, double u, double v)
{
    const QRectF c = visibleArea(p);
    const double x1 = c.left(), y1 = c.top(), x2 = c.right(), y2 = c.bottom();
    switch (p.rotate) {
    case 90: return {x1 + v, y1 + u};
    case 180: return {x2 - u, y1 + v};
    case 270: return {x2 - v, y2 - u};
    default: return {x1 + u, y2 - v};
    }
}

QRectF userBox(const PageSpec &p, const QRectF &display)
{
    const QPointF a = toUser(p, display.left(), display.top());
    const QPointF b = toUser(p, display.right(), display.bottom());
    return QRectF(QPointF(std::min(a.x(), b.x()), std::min(a.y(), b.y())),
                  QPointF(std::max(a.x(), b.x()), std::max(a.y(), b.y())));
}

bool isStampRed(QRgb c)
{
    return qRed(c) > 150 && qGreen(c) < 90 && qBlue(c) < 90;
}

int redPixels(const QImage &image, const QRect &area)
{
    int count = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            count += isStampRed(image.pixel(x, y));
    }
    return count;
}

QRect boundingRed(const QImage &image)
{
    QRect box;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (isStampRed(image.pixel(x, y)))
                box = box.united(QRect(x, y, 1, 1));
        }
    }
    return box;
}

} // namespace

class TestSimStamping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *tool : {"pdfsig", "pdftoppm", "qpdf"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(), tool);
    }

    void stampLandsWhereAsked_data()
    {
        QTest::addColumn<QList<PageSpec>>("pages");
        QTest::addColumn<int>("page");
        QTest::addColumn<QRectF>("display"); // where the stamp should appear, in points
        QTest::addColumn<bool>("objectStreams");

        const PageSpec a4;
        const QRectF corner(400, 650, 100, 100);
        QTest::newRow("plain A4") << QList<PageSpec>{a4} << 1 << corner << false;
        for (int rotate : {90, 180, 270}) {
            PageSpec p = a4;
            p.rotate = rotate;
            const QRectF place = rotate == 180 ? corner : QRectF(600, 400, 80, 80);
            QTest::newRow(qPrintable(u"rotate %1"_s.arg(rotate)))
                << QList<PageSpec>{p} << 1 << place << false;
        }
        PageSpec cropped = a4;
        cropped.cropBox = QRectF(50, 80, 450, 650);
        QTest::newRow("crop box offset from media box")
            << QList<PageSpec>{cropped} << 1 << QRectF(300, 500, 90, 90) << false;
        PageSpec offOrigin;
        offOrigin.mediaBox = QRectF(-200, 300, 612, 792);
        QTest::newRow("media box not at the origin")
            << QList<PageSpec>{offOrigin} << 1 << QRectF(450, 650, 100, 100) << false;
        PageSpec croppedRotated = cropped;
        croppedRotated.rotate = 90;
        QTest::newRow("rotate 90 with crop box offset")
            << QList<PageSpec>{croppedRotated} << 1 << QRectF(500, 300, 70, 70) << false;
        PageSpec letter;
        letter.mediaBox = QRectF(0, 0, 612, 792);
        PageSpec a5landscape;
        a5landscape.mediaBox = QRectF(0, 0, 595.276, 419.528);
        PageSpec legal270;
        legal270.mediaBox = QRectF(0, 0, 612, 1008);
        legal270.rotate = 270;
        QTest::newRow("mixed sizes, stamp on page 3 of 4")
            << QList<PageSpec>{a4, letter, a5landscape, legal270} << 3 << QRectF(450, 300, 60, 60)
            << false;
        QTest::newRow("object streams")
            << QList<PageSpec>{a4, letter} << 2 << QRectF(460, 640, 100, 100) << true;
        QTest::newRow("smallest stamp, 54 pt")
            << QList<PageSpec>{a4} << 1 << QRectF(500, 740, 54, 54) << false;
    }

    void stampLandsWhereAsked()
    {
        QFETCH(QList<PageSpec>, pages);
        QFETCH(int, page);
        QFETCH(QRectF, display);
        QFETCH(bool, objectStreams);

        PdfOptions options;
        options.objectStreams = objectStreams;
        const QByteArray original = makePdf(pages, options);
        const PageSpec &spec = pages.at(page - 1);
        SimFixture sim;
        QString sn;
        const QByteArray stamped = sim.stampDocument(original, page, userBox(spec, display), &sn);
        QVERIFY(!stamped.isEmpty());
        QCOMPARE(sn.size(), 22);

        // An incremental update: the original bytes are an exact prefix.
        QVERIFY(stamped.startsWith(original));

        const ToolRun sig = pdfsig(stamped);
        QVERIFY2(sig.output.contains(u"Signature Field Name: Emet"_s + sn), qPrintable(sig.output));
        QVERIFY2(sig.output.contains(u"Signature is Valid"_s), qPrintable(sig.output));
        QVERIFY2(sig.output.contains(u"Total document signed"_s), qPrintable(sig.output));
        QVERIFY2(sig.output.contains(u"ETSI.CAdES.detached"_s), qPrintable(sig.output));
        QVERIFY2(sig.output.contains(u"SHA-256"_s), qPrintable(sig.output));

        const ToolRun check = qpdfCheck(stamped);
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.output.contains(u"No syntax or stream encoding errors"_s),
                 qPrintable(check.output));

        // An independent renderer shows the stamp inside the requested box, upright.
        const QImage image = renderPage(stamped, page, 72);
        QVERIFY(!image.isNull());
        const QRect red = boundingRed(image);
        QVERIFY2(!red.isEmpty(), "no stamp pixels on the page");
        const QRect expected = display.toAlignedRect();
        QVERIFY2(expected.adjusted(-1, -1, 1, 1).contains(red),
                 qPrintable(u"stamp pixels at %1,%2 %3x%4, asked for %5,%6 %7x%8"_s.arg(red.x())
                                .arg(red.y())
                                .arg(red.width())
                                .arg(red.height())
                                .arg(expected.x())
                                .arg(expected.y())
                                .arg(expected.width())
                                .arg(expected.height())));
        // The frame reaches every side of the box: the stamp fills it.
        QVERIFY(std::abs(red.left() - display.left()) <= 2);
        QVERIFY(std::abs(red.right() + 1 - display.right()) <= 2);
        QVERIFY(std::abs(red.top() - display.top()) <= 2);
        QVERIFY(std::abs(red.bottom() + 1 - display.bottom()) <= 2);
        // Upright: the red "SIMULASI - TIDAK SAH" band is at the bottom as displayed.
        const int h = expected.height();
        const QRect bottomBand(expected.left(), expected.top() + h * 80 / 100, expected.width(),
                               h * 15 / 100);
        const QRect topBand(expected.left(), expected.top() + h * 5 / 100, expected.width(),
                            h * 15 / 100);
        QVERIFY2(redPixels(image, bottomBand) > 4 * redPixels(image, topBand) + 10,
                 "the stamp is not upright");
        // Other pages carry no stamp.
        for (int other = 1; other <= pages.size(); ++other) {
            if (other != page)
                QVERIFY(boundingRed(renderPage(stamped, other, 36)).isEmpty());
        }
    }

    void dssUpdateFollowsTheSignature()
    {
        SimFixture sim({{u"dss"_s, true}});
        const QByteArray original = makeA4();
        const QByteArray stamped = sim.stampDocument(original, 1, QRectF(400, 100, 100, 100));
        QVERIFY(stamped.startsWith(original));
        // Two updates after the original: the signature and the DSS.
        QCOMPARE(stamped.count("%%EOF"), original.count("%%EOF") + 2);
        QVERIFY(stamped.contains("/Type /DSS"));
        const ToolRun sig = pdfsig(stamped);
        QVERIFY2(sig.output.contains(u"Signature is Valid"_s), qPrintable(sig.output));
        // The signature no longer covers the whole file: the DSS update came after it.
        QVERIFY2(sig.output.contains(u"Not total document signed"_s), qPrintable(sig.output));
        QCOMPARE(qpdfCheck(stamped).exitCode, 0);
    }

    void secondStampOnAStampedDocument()
    {
        SimFixture sim;
        const QByteArray once = sim.stampDocument(makeA4(), 1, QRectF(400, 100, 100, 100));
        QVERIFY(!once.isEmpty());
        SimFixture sim2;
        const QByteArray twice = sim2.stampDocument(once, 1, QRectF(100, 100, 100, 100));
        QVERIFY(twice.startsWith(once));
        const ToolRun sig = pdfsig(twice);
        QCOMPARE(sig.output.count(u"Signature is Valid"_s), 2);
        QCOMPARE(qpdfCheck(twice).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestSimStamping)
#include "tst_simstamping.moc"
