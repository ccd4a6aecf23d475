// The stamp lands on blank paper (issue #12): where a page has ink, from its rendering and its
// text layer, and the nearest blank square.
#include "ExternalTools.h"
#include "PdfFactory.h"
#include "SampleDocuments.h"
#include "pdf/InkMap.h"
#include "pdf/PageInk.h"

#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bubuh;

namespace {

InkMap inkOf(const QByteArray &pdf, int page = 0)
{
    const QList<PageBoxes> pages = PageBoxes::read(pdf).value();
    const Result<InkMap> ink = PageInk::read(pdf, page, pages.at(page));
    return ink ? ink.value() : InkMap();
}

// Independently of InkMap: whether poppler draws anything but paper inside box (display
// points, one pixel per point).
bool pixelsAreBlank(const QByteArray &pdf, const QRectF &box)
{
    const QImage page = test::renderPage(pdf, 1, 72).convertToFormat(QImage::Format_Grayscale8);
    for (int y = int(box.top()); y < int(box.bottom()); ++y)
        for (int x = int(box.left()); x < int(box.right()); ++x)
            if (qGray(page.pixel(x, y)) < 200)
                return false;
    return true;
}

} // namespace

class TestInkMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSignatureAndTheTextAreInk()
    {
        const QByteArray letter = bench::letterWithSignature().pdf;
        const InkMap ink = inkOf(letter);
        QVERIFY(!ink.isNull());
        // The signature image is drawn at (360, 200) 150 x 50 pt in PDF space: display y from
        // 841.89 - 250.
        const QRectF signature(360, 841.89 - 250, 150, 50);
        QVERIFY2(ink.covers(signature), QByteArray::number(ink.coveredShare(signature)));
        QVERIFY(ink.covers(QRectF(72, 90, 100, 100)));   // the body text
        QVERIFY(!ink.covers(QRectF(72, 700, 100, 100))); // the empty foot of the page
        QCOMPARE(ink.coveredShare(QRectF(72, 700, 100, 100)), 0.0);
    }

    void theSuggestedSpotIsBlank()
    {
        const QByteArray letter = bench::letterWithSignature().pdf;
        const InkMap ink = inkOf(letter);
        const QRectF spot = ink.suggestedSpot(100);
        QCOMPARE(ink.coveredShare(spot), 0.0);
        QVERIFY2(pixelsAreBlank(letter, spot.adjusted(-1, -1, 1, 1)),
                 qPrintable(u"%1, %2"_s.arg(spot.x()).arg(spot.y())));
        // Near where a letter is signed: in the lower half, right of the middle.
        QVERIFY(spot.center().y() > 841.89 / 2);
        QVERIFY(spot.center().x() > 595.276 / 2);
    }

    void theNearestBlankSquareIsFoundFromWhereThePersonPutIt()
    {
        const QByteArray letter = bench::letterWithSignature().pdf;
        const InkMap ink = inkOf(letter);
        const QRectF overText(200, 200, 100, 100);
        QVERIFY(ink.covers(overText));
        const std::optional<QRectF> moved = ink.nearestBlank(overText);
        QVERIFY(moved);
        QCOMPARE(moved->size(), overText.size());
        QCOMPARE(ink.coveredShare(*moved), 0.0);
        QVERIFY(pixelsAreBlank(letter, *moved));
        // Nearest: the text ends at about 490 pt, so the square goes just below it.
        QVERIFY2(moved->top() < 560, QByteArray::number(moved->top()));
    }

    // Invisible text over a scan (an OCR layer) counts as ink although nothing is drawn.
    void invisibleTextCounts()
    {
        QImage blank(595, 842, QImage::Format_RGB32);
        blank.fill(Qt::white);
        InkMap map = InkMap::fromRendering(blank, QSizeF(595.276, 841.89));
        QCOMPARE(map.coveredShare(QRectF(100, 100, 100, 100)), 0.0);
        map.addInk({QRectF(120, 130, 60, 12)});
        QVERIFY(map.covers(QRectF(100, 100, 100, 100)));
    }

    void aFullPageHasNoBlankSquare()
    {
        QImage full(100, 100, QImage::Format_RGB32);
        full.fill(Qt::black);
        const InkMap map = InkMap::fromRendering(full, QSizeF(595, 842));
        QVERIFY(!map.nearestBlank(QRectF(0, 0, 100, 100)));
    }
};

QTEST_MAIN(TestInkMap)
#include "tst_inkmap.moc"
