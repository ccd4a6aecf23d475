#pragma once

#include "pdf/PlacementGeometry.h"

#include <optional>

class QSettings;

namespace bubuh {

// Applicants stamp the same kinds of letter again and again, and the stamp goes in the same
// spot each time. The last placement is remembered per document name pattern
// ("Surat Lamaran 2.pdf" and "surat-lamaran-3.pdf" share "surat lamaran") and offered for the
// next document of that kind.
namespace PlacementMemory {

QString patternOf(const QString &fileName);
void remember(QSettings &settings, const QString &fileName, const Placement &placement);
std::optional<Placement> recall(QSettings &settings, const QString &fileName);

} // namespace PlacementMemory

} // namespace bubuh
