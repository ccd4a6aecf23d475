#pragma once

#include "core/Result.h"
#include "pdf/InkMap.h"
#include "pdf/PageBoxes.h"

#include <QByteArray>

namespace bubuh {

// Reads a page's ink: a rendering at one pixel per point plus its text boxes. It opens its own
// renderer over the bytes, so it may run on any thread (the window runs it on a worker); the
// page is drawn as displayed (crop box, rotation).
namespace PageInk {

Result<InkMap> read(const QByteArray &pdf, int pageIndex, const PageBoxes &boxes,
                    const QString &password = {});

} // namespace PageInk

} // namespace bubuh
