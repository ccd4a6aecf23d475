#pragma once

#include "core/Result.h"

#include <QByteArray>

namespace bubuh {

// Qt Pdf 6.4 does not draw signature widgets, so a stamped document previewed as it is shows
// no stamp. This makes an in-memory copy whose annotation appearances are drawn into the page
// content (qpdf's flattenAnnotations): render that to show the stamp. Never save it: it is no
// longer the signed document.
namespace FlattenedPreview {

Result<QByteArray> make(const QByteArray &pdf);

} // namespace FlattenedPreview

} // namespace bubuh
