#pragma once

#include <QString>

namespace bubuh {

// Named places where a crash test may stop the process dead, right after a journal change
// was committed. BUBUH_CRASH_AT="name" (or "name#N" for its Nth time) arms one; unset, it
// costs a string comparison. Used by tests/flows/tst_crashsafety; compiled only where the
// tests are (CMake option BUBUH_CRASH_POINTS).
namespace CrashPoint {

void reached(const QString &name);

} // namespace CrashPoint

} // namespace bubuh
