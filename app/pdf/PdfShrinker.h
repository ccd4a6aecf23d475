#pragma once

#include "core/Result.h"
#include "pdf/ImageRecoder.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace bubuh {

// Makes a smaller copy of a document before it is stamped, so that the stamped result fits the
// portal slot (issue #12): a stamped file may not be compressed afterwards. Text and vector
// graphics are kept exactly; raster images are scaled down to what the page needs and written
// as JPEG; the structure is rewritten with object streams and Flate at level 9, without
// thumbnails, embedded files, JavaScript and page-piece data. Encrypted, signed and certified
// documents are refused: rewriting them would break what protects them.
class PdfShrinker
{
public:
    struct Outcome
    {
        QByteArray pdf;
        // The image settings used; none when only the structure was rewritten.
        std::optional<ImageSettings> images;
        int imagesRecoded = 0;
        QStringList removed; // what was left out, in the user's language
    };

    // The settings tried by shrinkToFit, from the least loss to the most.
    static QList<std::optional<ImageSettings>> ladder(int maxDpi = 150);

    // One rewrite with the given image settings (none: structure only).
    static Result<Outcome> shrink(const QByteArray &pdf,
                                  const std::optional<ImageSettings> &images);
    // The least lossy rung of the ladder whose size plus growthBytes is at most limitBytes;
    // the strongest one, with fits = false, when none is.
    struct Fitted
    {
        Outcome outcome;
        bool fits = false;
    };
    static Result<Fitted> shrinkToFit(const QByteArray &pdf, qint64 limitBytes, qint64 growthBytes,
                                      int maxDpi = 150);

    // Why pdf may not be rewritten, in the user's language; empty when it may.
    static QString refusal(const QByteArray &pdf);
    // "surat_kecil.pdf" beside "surat.pdf".
    static QString smallerCopyPath(const QString &path);
};

} // namespace bubuh
