// Bubuh's own icons: every one is there, line icons take the palette's text colour (so they
// show on dark and high-contrast palettes), the states keep theirs, and all are sharp on HiDPI.
#include "widgets/Icons.h"

#include <QApplication>
#include <QPalette>
#include <QPixmap>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bubuh;

namespace {

// The colour of the most opaque pixel: what a line icon is drawn in.
QColor inkOf(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    QRgb best = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > qAlpha(best))
                best = image.pixel(x, y);
    return QColor::fromRgba(best);
}

int opaquePixels(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 128;
    return count;
}

bool near(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue()) < 24;
}

constexpr Icon kLast = Icon::StateLater;

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyIconIsDrawn()
    {
        for (int i = 0; i <= int(kLast); ++i) {
            const QIcon drawn = icon(Icon(i));
            QVERIFY2(!drawn.isNull(), qPrintable(QString::number(i)));
            QVERIFY2(opaquePixels(drawn.pixmap(QSize(24, 24))) > 20,
                     qPrintable(QString::number(i)));
        }
    }

    void lineIconsTakeThePalettesTextColour()
    {
        const QPalette original = QApplication::palette();
        for (const QColor text : {QColor(0x20, 0x20, 0x20), QColor(0xf0, 0xf0, 0xf0),
                                  QColor(0xff, 0xff, 0x00)}) { // light, dark, high contrast
            QPalette palette = original;
            palette.setColor(QPalette::Active, QPalette::WindowText, text);
            palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
            QApplication::setPalette(palette);
            const QColor drawn = inkOf(icon(Icon::Open).pixmap(QSize(32, 32)));
            QVERIFY2(near(drawn, text), qPrintable(drawn.name() + u" vs "_s + text.name()));
            const QColor disabled = inkOf(icon(Icon::Open).pixmap(QSize(32, 32), QIcon::Disabled));
            QVERIFY2(near(disabled, QColor(0x80, 0x80, 0x80)), qPrintable(disabled.name()));
        }
        QApplication::setPalette(original);
    }

    void statesKeepTheirOwnColours()
    {
        QPalette palette = QApplication::palette();
        palette.setColor(QPalette::WindowText, Qt::yellow);
        QApplication::setPalette(palette);
        const QImage ok = icon(Icon::StateOk).pixmap(QSize(32, 32)).toImage();
        const QColor middleLeft = ok.pixelColor(6, 16); // the green disc, beside the tick
        QVERIFY2(middleLeft.green() > middleLeft.red() + 40, qPrintable(middleLeft.name()));
        const QImage error = icon(Icon::StateError).pixmap(QSize(32, 32)).toImage();
        QVERIFY(error.pixelColor(6, 16).red() > error.pixelColor(6, 16).green() + 60);
    }

    void sharpOnHighDpi()
    {
        const QPixmap twice = icon(Icon::Stamp).pixmap(QSize(24, 24), 2.0);
        QCOMPARE(twice.size(), QSize(48, 48));
        QCOMPARE(twice.devicePixelRatio(), 2.0);
        // Drawn at 48 px, not a 24 px picture blown up: more edge pixels than the 1x one.
        QVERIFY(opaquePixels(twice) > 3 * opaquePixels(icon(Icon::Stamp).pixmap(QSize(24, 24))));
    }

    void theApplicationIconReadsAtSixteenPixels()
    {
        const QImage small = icon(Icon::Application).pixmap(QSize(16, 16)).toImage();
        QCOMPARE(small.size(), QSize(16, 16));
        // Its own drawing on the 16 px grid: whole-pixel perforations, a red body, a white
        // seal and a red tick, each crisp rather than a blend.
        const auto red = [&small](int x, int y) {
            const QColor c = small.pixelColor(x, y);
            return c.alpha() == 255 && c.red() > 150 && c.green() < 60;
        };
        QVERIFY(red(1, 1) && red(1, 8) && red(14, 14));
        QCOMPARE(small.pixelColor(3, 0).alpha(), 0);       // a perforation
        QVERIFY(small.pixelColor(8, 4).lightness() > 230); // the seal, above the tick
        QVERIFY(red(7, 9));                                // the tick
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
