#pragma once

#include "core/Result.h"
#include "pdf/ImageRecoder.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace bubuh {

// Makes one A4 PDF of photos and scans (JPEG, PNG), a page per image in the given order
// (issue #12): each turned upright by its EXIF orientation, fitted inside a 10 mm margin on a
// portrait or landscape page as the image is. A JPEG that needs no scaling is embedded as it is
// (DCT, not re-encoded), turned by the page's drawing rather than by its pixels; everything
// else is encoded as JPEG with the image settings of PdfShrinker's ladder.
class PhotoPdf
{
public:
    static constexpr double kMarginPoints = 72 / 25.4 * 10;

    // images: none = as they are where possible (at most 300 dpi).
    static Result<QByteArray> build(const QStringList &paths,
                                    const std::optional<ImageSettings> &images);
    // The least lossy rung of PdfShrinker::ladder() whose stamped size fits limitBytes.
    struct Fitted
    {
        QByteArray pdf;
        std::optional<ImageSettings> images;
        bool fits = false;
    };
    static Result<Fitted> buildToFit(const QStringList &paths, qint64 limitBytes,
                                     qint64 growthBytes, int maxDpi = 150);
};

} // namespace bubuh
