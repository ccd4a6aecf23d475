// Sharp on HiDPI: at a device pixel ratio of 2 the page view renders pages at twice the
// pixels, not an upscaled blur.
#include "PdfFactory.h"
#include "document/PageView.h"
#include "widgets/QrCode.h"

#include <QApplication>
#include <QBuffer>
#include <QPainter>
#include <QPdfDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bubuh;

namespace {

// Qt Pdf renders onto transparency; the view shows pages on white paper.
QImage onPaper(const QImage &image)
{
    QImage paper(image.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter(&paper).drawImage(0, 0, image);
    return paper;
}

// Mean absolute difference of two same-sized images, over the grey channel.
double difference(const QImage &a, const QImage &b)
{
    double sum = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            sum += std::abs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y)));
    return sum / (double(a.width()) * a.height());
}

} // namespace

class TestHiDpi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersAtTheDevicePixelRatio()
    {
        const QByteArray pdf
            = test::makeA4(u"Surat Pernyataan dengan huruf kecil untuk menguji ketajaman"_s);
        QBuffer buffer;
        buffer.setData(pdf);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument document;
        document.load(&buffer);
        PageView view;
        view.resize(1000, 700); // the whole width of the page in view
        view.setDocument(&document, PageBoxes::read(pdf).value());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.devicePixelRatioF(), 2.0);
        bool rendered = false;
        connect(&view, &PageView::pageRendered, this,
                [&rendered](int page) { rendered |= page == 1; });
        view.setZoom(1.0);
        view.setPlacement({1, 400, 600, 100}); // out of the way of the text compared below
        view.viewport()->update();
        QTRY_VERIFY(rendered);
        view.viewport()->repaint();

        // What is on screen, at device pixels, cut to the page.
        const QRectF page = view.pageRect(1);
        const QImage screen = view.viewport()->grab().toImage();
        QCOMPARE(screen.devicePixelRatio(), 2.0);
        const QRect pixels((page.topLeft() * 2).toPoint(), (page.size() * 2).toSize());
        // The top of the page, where the text is, inside the page's frame line.
        const QRect band(QPoint(4, 4), QSize(pixels.width() - 8, 300));
        const QImage shown
            = screen.copy(band.translated(pixels.topLeft())).convertToFormat(QImage::Format_RGB32);
        // The same page rendered straight at device pixels, and at logical pixels blown up.
        const QImage sharp = onPaper(document.render(0, pixels.size())).copy(band);
        const QImage blurred
            = onPaper(document.render(0, page.size().toSize())
                          .scaled(pixels.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation))
                  .copy(band);
        const double toSharp = difference(shown, sharp);
        const double toBlurred = difference(shown, blurred);
        qInfo("to sharp %.2f, to blurred %.2f", toSharp, toBlurred);
        QVERIFY2(toSharp < toBlurred / 2, qPrintable(u"%1 vs %2"_s.arg(toSharp).arg(toBlurred)));
    }

    void paymentCodeIsSharpAtTheDevicePixelRatio()
    {
        QWidget screen;
        const qreal dpr = screen.devicePixelRatioF();
        QCOMPARE(dpr, 2.0);
        const QByteArray payload
            = "00020101021226610016ID.CO.BUBUH.SIM5204599953033605406230005802ID";
        const QPixmap normal = bubuh::QrCode::pixmap(payload, 4, 1.0);
        const QPixmap hidpi = bubuh::QrCode::pixmap(payload, 4, dpr);
        // The same size on screen, twice the pixels, and only pure black and white ones: each
        // module is whole device pixels, nothing blurred by scaling.
        QCOMPARE(hidpi.deviceIndependentSize(), normal.deviceIndependentSize());
        QCOMPARE(hidpi.width(), 2 * normal.width());
        const QImage image = hidpi.toImage().convertToFormat(QImage::Format_RGB32);
        int dark = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb c = image.pixel(x, y);
                QVERIFY(c == qRgb(0, 0, 0) || c == qRgb(255, 255, 255));
                dark += c == qRgb(0, 0, 0);
            }
        }
        QVERIFY(dark > image.width() * image.height() / 5);
        // The quiet zone: 4 modules of white around the code.
        QCOMPARE(image.pixel(4 * 8 - 1, 4 * 8 - 1), qRgb(255, 255, 255));
        QCOMPARE(image.pixel(4 * 8, 4 * 8), qRgb(0, 0, 0)); // the finder pattern's corner
    }
};

int main(int argc, char *argv[])
{
    qputenv("QT_SCALE_FACTOR", "2"); // a HiDPI screen, before the application starts
    QApplication app(argc, argv);
    TestHiDpi test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hidpi.moc"
