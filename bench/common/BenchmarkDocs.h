#pragma once

#include <QString>

namespace bench {

// Replaces the part of docs/benchmarks.md between <!-- NAME:begin --> and <!-- NAME:end -->,
// so that each benchmark rewrites only its own section.
bool replaceSection(const QString &path, const QString &name, const QString &content);

} // namespace bench
