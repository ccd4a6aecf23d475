#include "PageInk.h"

#include "pdf/FlattenedPreview.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfDocument>
#include <QPdfSelection>

using namespace Qt::StringLiterals;

namespace bubuh::PageInk {

namespace {

constexpr int kMaxSide = 2000; // pixels; a poster-sized page is read more coarsely

// Qt Pdf draws no annotations (a signature widget, an earlier stamp): they are drawn into the
// page first, so that they count as ink.
QByteArray withAnnotationsDrawn(const QByteArray &pdf)
{
    if (!pdf.contains("/Annots"))
        return pdf;
    const Result<QByteArray> flattened = FlattenedPreview::make(pdf);
    return flattened ? flattened.value() : pdf;
}

} // namespace

Result<InkMap> read(const QByteArray &pdf, int pageIndex, const PageBoxes &boxes,
                    const QString &password)
{
    const auto failed = [](const QString &detail) {
        return Failure{QCoreApplication::translate(
                           "bubuh::PageInk",
                           "Bubuh cannot see where this page has text, so it cannot check that "
                           "the stamp lands on blank paper. Look at the preview yourself."),
                       detail};
    };
    QBuffer buffer;
    buffer.setData(withAnnotationsDrawn(pdf));
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.setPassword(password);
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready || pageIndex < 0
        || pageIndex >= document.pageCount())
        return failed(u"status %1"_s.arg(int(document.status())));
    const QSizeF points = boxes.displaySize();
    if (points.isEmpty())
        return failed(u"empty page"_s);
    const QSize pixels = (points.width() > kMaxSide || points.height() > kMaxSide)
        ? points.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio).toSize()
        : points.toSize().expandedTo(QSize(1, 1));
    const QImage rendering = document.render(pageIndex, pixels);
    if (rendering.isNull())
        return failed(u"render"_s);
    InkMap map = InkMap::fromRendering(rendering, points);
    // Text boxes are in the page's own space; they are used where that is the displayed space.
    if (boxes.rotate % 360 == 0 && boxes.userUnit == 1.0 && boxes.visible() == boxes.mediaBox) {
        QList<QRectF> text;
        for (const QPolygonF &polygon : document.getAllText(pageIndex).bounds())
            text << polygon.boundingRect();
        map.addInk(text);
    }
    return map;
}

} // namespace bubuh::PageInk
