// design.md's placement geometry: display terms <-> PDF user space, case by case.
#include "pdf/PlacementGeometry.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace bubuh;

Q_DECLARE_METATYPE(bubuh::PageBoxes)
Q_DECLARE_METATYPE(bubuh::Placement)

namespace {

PageBoxes page(QRectF media, QRectF crop = {}, int rotate = 0, double userUnit = 1)
{
    PageBoxes p;
    p.mediaBox = media;
    p.cropBox = crop;
    p.rotate = rotate;
    p.userUnit = userUnit;
    return p;
}

// PDF rectangles as (x1, y1)-(x2, y2).
QRectF pdfRect(double x1, double y1, double x2, double y2)
{
    return QRectF(QPointF(x1, y1), QPointF(x2, y2));
}

bool near(const QRectF &a, const QRectF &b)
{
    return std::abs(a.left() - b.left()) < 1e-6 && std::abs(a.top() - b.top()) < 1e-6
        && std::abs(a.right() - b.right()) < 1e-6 && std::abs(a.bottom() - b.bottom()) < 1e-6;
}

QString show(const QRectF &r)
{
    return u"[%1 %2 %3 %4]"_s.arg(r.left()).arg(r.top()).arg(r.right()).arg(r.bottom());
}

} // namespace

class TestPlacementGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toUserBox_data()
    {
        QTest::addColumn<PageBoxes>("boxes");
        QTest::addColumn<Placement>("placement");
        QTest::addColumn<QRectF>("expected");
        const QRectF a4 = pdfRect(0, 0, 595, 842);
        // The stamp's top-left 100 pt from the left and 50 pt from the top, 60 pt square.
        const Placement p{1, 100, 50, 60};
        QTest::newRow("rotate 0") << page(a4) << p << pdfRect(100, 732, 160, 792);
        QTest::newRow("rotate 90") << page(a4, {}, 90) << p << pdfRect(50, 100, 110, 160);
        QTest::newRow("rotate 180") << page(a4, {}, 180) << p << pdfRect(435, 50, 495, 110);
        QTest::newRow("rotate 270") << page(a4, {}, 270) << p << pdfRect(485, 682, 545, 742);
        QTest::newRow("crop box offset")
            << page(a4, pdfRect(50, 80, 500, 730)) << p << pdfRect(150, 620, 210, 680);
        QTest::newRow("crop box larger than media box is clipped")
            << page(a4, pdfRect(-100, -100, 700, 900)) << p << pdfRect(100, 732, 160, 792);
        QTest::newRow("media box off the origin")
            << page(pdfRect(-200, 300, 412, 1092)) << p << pdfRect(-100, 982, -40, 1042);
        QTest::newRow("rotate 90, crop box offset")
            << page(a4, pdfRect(50, 80, 500, 730), 90) << p << pdfRect(100, 180, 160, 240);
        QTest::newRow("rotate 270, media box off the origin")
            << page(pdfRect(-200, 300, 412, 1092), {}, 270) << p << pdfRect(302, 932, 362, 992);
        QTest::newRow("UserUnit 2 halves user-space distances")
            << page(pdfRect(0, 0, 300, 400), {}, 0, 2) << Placement{1, 100, 50, 60}
            << pdfRect(50, 345, 80, 375);
    }

    void toUserBox()
    {
        QFETCH(PageBoxes, boxes);
        QFETCH(Placement, placement);
        QFETCH(QRectF, expected);
        const QRectF box = PlacementGeometry::toUserBox(boxes, placement);
        QVERIFY2(near(box, expected), qPrintable(show(box) + u" != "_s + show(expected)));
        // ...and back: what is shown is where it lands.
        const QRectF back = PlacementGeometry::toDisplayRect(boxes, box);
        QVERIFY2(near(back, placement.displayRect()), qPrintable(show(back)));
    }

    void displaySize_data()
    {
        QTest::addColumn<PageBoxes>("boxes");
        QTest::addColumn<QSizeF>("size");
        const QRectF a4 = pdfRect(0, 0, 595, 842);
        QTest::newRow("A4") << page(a4) << QSizeF(595, 842);
        QTest::newRow("A4 turned") << page(a4, {}, 90) << QSizeF(842, 595);
        QTest::newRow("A4 upside down") << page(a4, {}, 180) << QSizeF(595, 842);
        QTest::newRow("cropped, turned")
            << page(a4, pdfRect(50, 80, 500, 730), 270) << QSizeF(650, 450);
        QTest::newRow("UserUnit 2") << page(pdfRect(0, 0, 300, 400), {}, 0, 2) << QSizeF(600, 800);
    }

    void displaySize()
    {
        QFETCH(PageBoxes, boxes);
        QFETCH(QSizeF, size);
        QCOMPARE(boxes.displaySize(), size);
    }

    void keptOnThePage()
    {
        const PageBoxes a4 = page(pdfRect(0, 0, 595, 842), {}, 90);
        Placement p = PlacementGeometry::clampedToPage(a4, {1, 800, -20, 100});
        QCOMPARE(p.u, 742.0); // the page is 842 wide as displayed
        QCOMPARE(p.v, 0.0);
        p = PlacementGeometry::clampedToPage(page(pdfRect(0, 0, 80, 80)), {1, 10, 10, 100});
        QCOMPARE(p.size, 80.0); // never larger than the page
        QCOMPARE(p.u, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestPlacementGeometry)
#include "tst_placementgeometry.moc"
