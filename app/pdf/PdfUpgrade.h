#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace bubuh {

// The real signing adapter rewrites documents older than PDF 1.6 before it signs them, so the
// bytes Bubuh uploaded would no longer be a prefix of the result and a paid stamp could not be
// checked. Bubuh rewrites such a document itself first, as PDF 1.7 with the same objects and
// streams, and treats that copy as the original.
class PdfUpgrade
{
public:
    static constexpr double kMinimumVersion = 1.6;

    // Whether version ("1.4") is older than the adapter leaves alone.
    static bool needed(const QString &version);
    // The same document written as PDF 1.7: content streams, pages and resources unchanged.
    static Result<QByteArray> toPdf17(const QByteArray &pdf);
};

} // namespace bubuh
