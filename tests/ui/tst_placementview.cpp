// What you see is where it lands: the stamp is placed through the real PageView with mouse
// and keyboard events, the simulator stamps the document, and an independent renderer
// (pdftoppm) finds the stamp where the widget showed it, within 1 pt, upright.
#include "Contrast.h"
#include "ExternalTools.h"
#include "PdfFactory.h"
#include "SimFixture.h"
#include "document/PageView.h"
#include "pdf/PlacementSnapper.h"

#include <QApplication>
#include <QBuffer>
#include <QPdfDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bubuh;
using namespace test;

namespace {

void sendMouse(QWidget *w, QEvent::Type type, QPointF pos, Qt::MouseButton button,
               Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers = Qt::AltModifier)
{
    QMouseEvent event(type, pos, w->mapToGlobal(pos), button, buttons, modifiers);
    QCoreApplication::sendEvent(w, &event);
}

// Drags the stamp by its centre to put its top-left corner at `target` (viewport pixels).
void dragStampTo(PageView &view, QPointF target, Qt::KeyboardModifiers modifiers = Qt::AltModifier)
{
    const QRectF stamp = view.stampRect();
    const QPointF grab = stamp.center();
    QWidget *vp = view.viewport();
    sendMouse(vp, QEvent::MouseButtonPress, grab, Qt::LeftButton, Qt::LeftButton, modifiers);
    const QPointF end = target + (grab - stamp.topLeft());
    for (int i = 1; i <= 5; ++i) // a few steps, as a hand moves
        sendMouse(vp, QEvent::MouseMove, grab + (end - grab) * i / 5.0, Qt::NoButton,
                  Qt::LeftButton, modifiers);
    sendMouse(vp, QEvent::MouseButtonRelease, end, Qt::LeftButton, Qt::NoButton, modifiers);
}

// A document shown in a PageView of the given size, ready for events.
struct ShownDocument
{
    QBuffer buffer;
    QPdfDocument document;
    PageView view;

    ShownDocument(const QByteArray &pdf, QSize size)
    {
        buffer.setData(pdf);
        buffer.open(QIODevice::ReadOnly);
        document.load(&buffer);
        view.resize(size);
        view.setDocument(&document, PageBoxes::read(pdf).value());
        view.show();
    }
};

bool isStampRed(QRgb c)
{
    return qRed(c) > 150 && qGreen(c) < 90 && qBlue(c) < 90;
}

QRectF redBounds(const QImage &image)
{
    QRect box;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (isStampRed(image.pixel(x, y)))
                box = box.united(QRect(x, y, 1, 1));
    return box;
}

} // namespace

Q_DECLARE_METATYPE(QList<test::PageSpec>)

class TestPlacementView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whatYouSeeIsWhereItLands_data()
    {
        QTest::addColumn<QList<PageSpec>>("pages");
        QTest::addColumn<int>("page");
        QTest::addColumn<QPointF>("where"); // fraction of the displayed page for the stamp's corner
        PageSpec a4;
        QTest::newRow("rotate 0") << QList<PageSpec>{a4} << 1 << QPointF(0.6, 0.7);
        for (int r : {90, 180, 270}) {
            PageSpec p;
            p.rotate = r;
            QTest::newRow(qPrintable(u"rotate %1"_s.arg(r)))
                << QList<PageSpec>{p} << 1 << QPointF(0.55, 0.4);
        }
        PageSpec cropped;
        cropped.cropBox = QRectF(50, 80, 450, 650);
        QTest::newRow("crop box offset") << QList<PageSpec>{cropped} << 1 << QPointF(0.5, 0.6);
        PageSpec offOrigin;
        offOrigin.mediaBox = QRectF(-200, 300, 612, 792);
        QTest::newRow("media box off the origin")
            << QList<PageSpec>{offOrigin} << 1 << QPointF(0.45, 0.3);
        PageSpec unit;
        unit.mediaBox = QRectF(0, 0, 300, 420);
        unit.userUnit = 2;
        QTest::newRow("UserUnit 2") << QList<PageSpec>{unit} << 1 << QPointF(0.5, 0.5);
        PageSpec letter, landscape, legal;
        letter.mediaBox = QRectF(0, 0, 612, 792);
        landscape.mediaBox = QRectF(0, 0, 842, 595);
        legal.mediaBox = QRectF(0, 0, 612, 1008);
        legal.rotate = 90;
        QTest::newRow("mixed sizes, page 3")
            << QList<PageSpec>{a4, letter, landscape, legal} << 3 << QPointF(0.3, 0.4);
    }

    void whatYouSeeIsWhereItLands()
    {
        QFETCH(QList<PageSpec>, pages);
        QFETCH(int, page);
        QFETCH(QPointF, where);
        const QByteArray pdf = makePdf(pages);
        QBuffer buffer;
        buffer.setData(pdf);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument document;
        document.load(&buffer);
        QCOMPARE(document.status(), QPdfDocument::Status::Ready);
        const Result<QList<PageBoxes>> boxes = PageBoxes::read(pdf);
        QVERIFY(boxes.ok());

        PageView view;
        view.resize(1000, 900);
        view.setDocument(&document, boxes.value());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setZoom(0.8);
        view.setPlacement({page, 10, 10, 80});
        view.showPage(page);

        // Drag with the mouse to a spot on the page, then nudge with the keyboard.
        const QRectF pageRect = view.pageRect(page);
        const QPointF drop = pageRect.topLeft()
            + QPointF(pageRect.width() * where.x(), pageRect.height() * where.y());
        dragStampTo(view, drop);
        QCOMPARE(view.placement().page, page);
        // The stamp followed the pointer: its corner is where it was dropped.
        QVERIFY((view.stampRect().topLeft() - drop).manhattanLength() < 1.0);
        view.setFocus();
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(&view, Qt::Key_Right);
        QTest::keyClick(&view, Qt::Key_Down, Qt::ShiftModifier);

        // Where the widget shows the stamp, in points of the page as displayed.
        const double ppp = view.pixelsPerPoint();
        const QRectF shownPx = view.stampRect();
        const QRectF shown((shownPx.topLeft() - view.pageRect(page).topLeft()) / ppp,
                           shownPx.size() / ppp);

        SimFixture sim;
        const PageBoxes &target = boxes->at(page - 1);
        const QByteArray stamped
            = sim.stampDocument(pdf, page, PlacementGeometry::toUserBox(target, view.placement()));
        QVERIFY(!stamped.isEmpty());
        const QImage image = renderPage(stamped, page, 144);
        QVERIFY(!image.isNull());
        // The renderer's pixels per displayed point (it may or may not honour /UserUnit).
        const double scale = image.width() / target.displaySize().width();
        const QRectF red = redBounds(image);
        const QRectF landed(red.topLeft() / scale, red.size() / scale);
        const double tolerance = 1.0 + 1.0 / scale; // 1 pt, plus the last pixel
        const auto close = [tolerance](double a, double b) { return std::abs(a - b) <= tolerance; };
        QVERIFY2(close(landed.left(), shown.left()) && close(landed.top(), shown.top())
                     && close(landed.right(), shown.right())
                     && close(landed.bottom(), shown.bottom()),
                 qPrintable(u"shown at %1,%2 %3x%4 pt, landed at %5,%6 %7x%8 pt"_s.arg(shown.left())
                                .arg(shown.top())
                                .arg(shown.width())
                                .arg(shown.height())
                                .arg(landed.left())
                                .arg(landed.top())
                                .arg(landed.width())
                                .arg(landed.height())));
        // Upright: the red band is at the bottom of the stamp as displayed.
        int top = 0, bottom = 0;
        for (int y = int(red.top()); y <= int(red.bottom()); ++y) {
            for (int x = int(red.left()); x <= int(red.right()); ++x) {
                if (!isStampRed(image.pixel(x, y)))
                    continue;
                (y > red.center().y() ? bottom : top) += 1;
            }
        }
        QVERIFY2(bottom > 2 * top, "the stamp is not upright");
    }

    void aHugePageIsRenderedWithBoundedPixels()
    {
        // As shown: rendered as shown.
        QCOMPARE(PageView::renderPixels(QSizeF(800, 1100)), QSize(800, 1100));
        // A page of /UserUnit 75000 at full zoom, or a strip: a bounded render, same shape.
        for (const QSizeF &shown : {QSizeF(1.08e9, 1.08e9), QSizeF(20'000, 80'000)}) {
            const QSize pixels = PageView::renderPixels(shown);
            QVERIFY(qint64(pixels.width()) * pixels.height() <= PageView::kMaxRenderPixels);
            QVERIFY(qAbs(double(pixels.height()) / pixels.width() - shown.height() / shown.width())
                    < 0.01);
        }
    }

    void snapsToTheMarginUnlessAlt()
    {
        ShownDocument shown(makeA4(), QSize(900, 900));
        PageView &view = shown.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const double ppp = view.pixelsPerPoint();
        const QPointF nearMargin = view.pageRect(1).topLeft()
            + QPointF(PlacementSnapper::kMarginPt + 2, PlacementSnapper::kMarginPt + 300) * ppp;
        dragStampTo(view, nearMargin, Qt::NoModifier);
        QCOMPARE(view.placement().u, PlacementSnapper::kMarginPt);
        dragStampTo(view, nearMargin, Qt::AltModifier);
        QVERIFY(std::abs(view.placement().u - (PlacementSnapper::kMarginPt + 2)) < 0.01);
    }

    // High contrast (issue #14): the paper stays white, so what is drawn on it keeps colours of
    // its own that read against white paper whatever the palette; the guides too.
    void theStampAndItsGuidesStayVisibleInHighContrast()
    {
        const QPalette original = QApplication::palette();
        QApplication::setPalette(highContrastPalette());
        ShownDocument shown(makeA4(), QSize(900, 900));
        PageView &view = shown.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setPlacement({1, 250, 400, 100});
        // Held near the left margin: the margin guide is drawn while dragging.
        const double ppp = view.pixelsPerPoint();
        const QRectF page = view.pageRect(1);
        QWidget *vp = view.viewport();
        const QPointF grab = view.stampRect().center();
        sendMouse(vp, QEvent::MouseButtonPress, grab, Qt::LeftButton, Qt::LeftButton,
                  Qt::NoModifier);
        const QPointF target = page.topLeft() + QPointF(PlacementSnapper::kMarginPt + 2, 400) * ppp
            + (grab - view.stampRect().topLeft());
        for (int i = 1; i <= 5; ++i)
            sendMouse(vp, QEvent::MouseMove, grab + (target - grab) * i / 5.0, Qt::NoButton,
                      Qt::LeftButton, Qt::NoModifier);
        const QImage shot = vp->grab().toImage();
        sendMouse(vp, QEvent::MouseButtonRelease, target, Qt::LeftButton, Qt::NoButton,
                  Qt::NoModifier);
        QApplication::setPalette(original);

        const QColor paper = shot.pixelColor(QPoint(int(page.center().x()), int(page.top()) + 5));
        QCOMPARE(paper, QColor(Qt::white));
        // The stamp's red frame.
        QVERIFY(!redBounds(shot).isEmpty());
        QVERIFY(contrast(QColor(191, 13, 26), paper) >= 4.5);
        // The margin guide: a thin dashed line, so 4.5:1 against the paper, above the stamp.
        const int x = qRound(page.left() + PlacementSnapper::kMarginPt * ppp);
        double best = 1;
        for (int y = int(page.top()) + 2; y < int(view.stampRect().top()) - 2; ++y)
            for (int dx = -1; dx <= 1; ++dx)
                best = std::max(best, contrast(shot.pixelColor(x + dx, y), paper));
        QVERIFY2(best >= 4.5, qPrintable(u"the guide's contrast is %1:1"_s.arg(best, 0, 'f', 2)));
    }

    void dragsOntoAnotherPageAndStaysInside()
    {
        ShownDocument shown(makePdf({PageSpec(), PageSpec()}), QSize(700, 900));
        PageView &view = shown.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setZoom(0.4); // both pages in view
        view.setPlacement({1, 100, 100, 100});
        dragStampTo(view, view.pageRect(2).topLeft() + QPointF(50, 50));
        QCOMPARE(view.placement().page, 2);
        // Pushed past the edge, it stops at the edge of the page.
        for (int i = 0; i < 100; ++i)
            QTest::keyClick(&view, Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(view.placement().u, 0.0);
        // Zooming keeps it on the same spot of the page.
        const Placement before = view.placement();
        QTest::keyClick(&view, Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(view.zoom() > 0.4);
        QCOMPARE(view.placement().u, before.u);
        QCOMPARE(view.placement().v, before.v);
    }
};

QTEST_MAIN(TestPlacementView)
#include "tst_placementview.moc"
