#include "PageBoxes.h"

#include <QCoreApplication>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <cmath>

using namespace Qt::StringLiterals;

namespace bubuh {

namespace {

QRectF toRect(QPDFObjectHandle box)
{
    if (!box.isRectangle())
        return {};
    const QPDFObjectHandle::Rectangle r = box.getArrayAsRectangle();
    // Normalised: some writers give the corners in any order.
    return QRectF(QPointF(std::min(r.llx, r.urx), std::min(r.lly, r.ury)),
                  QPointF(std::max(r.llx, r.urx), std::max(r.lly, r.ury)));
}

} // namespace

QRectF PageBoxes::visible() const
{
    const QRectF crop = cropBox.isValid() ? cropBox.intersected(mediaBox) : mediaBox;
    return crop.isValid() ? crop : mediaBox;
}

QSizeF PageBoxes::displaySize() const
{
    const QRectF c = visible();
    const QSizeF size(c.width() * userUnit, c.height() * userUnit);
    return rotate == 90 || rotate == 270 ? size.transposed() : size;
}

Result<QList<PageBoxes>> PageBoxes::read(const QByteArray &pdf, const QString &password)
{
    try {
        QPDF qpdf;
        qpdf.setSuppressWarnings(true);
        qpdf.processMemoryFile("document.pdf", pdf.constData(), size_t(pdf.size()),
                               password.isEmpty() ? nullptr : password.toUtf8().constData());
        QList<PageBoxes> pages;
        for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(qpdf).getAllPages()) {
            PageBoxes b;
            b.mediaBox = toRect(page.getMediaBox());
            if (!b.mediaBox.isValid())
                b.mediaBox = QRectF(0, 0, 612, 792); // the spec's default when none is given
            b.cropBox = toRect(page.getCropBox());
            QPDFObjectHandle rotate = page.getAttribute("/Rotate", false);
            const int r = rotate.isInteger() ? rotate.getIntValueAsInt() : 0;
            b.rotate = (((r % 360) + 360) % 360) / 90 * 90;
            QPDFObjectHandle unit = page.getObjectHandle().getKey("/UserUnit");
            if (unit.isNumber() && unit.getNumericValue() > 0 && unit.getNumericValue() <= 75000)
                b.userUnit = unit.getNumericValue();
            pages.append(b);
        }
        return pages;
    } catch (const QPDFExc &e) {
        const bool password = e.getErrorCode() == qpdf_e_password;
        return Failure{
            password ? QCoreApplication::translate("bubuh::PageBoxes",
                                                   "The document is protected with a password.")
                     : QCoreApplication::translate("bubuh::PageBoxes",
                                                   "The document is damaged and cannot be read."),
            QString::fromStdString(e.what())};
    } catch (const std::exception &e) {
        return Failure{QCoreApplication::translate("bubuh::PageBoxes",
                                                   "The document is damaged and cannot be read."),
                       QString::fromStdString(e.what())};
    }
}

} // namespace bubuh
