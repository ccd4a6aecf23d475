#pragma once

#include <QString>

class QCoreApplication;

namespace bubuh {

// Bubuh speaks Indonesian unless told otherwise, whatever the system locale (design.md).
namespace Language {

inline constexpr const char *kDefault = "id";

// Installs the translator for "id" or "en" on the application. Returns the language used.
QString install(const QString &language);

// Rp10.000, Rp1.250.000: Indonesian grouping, no decimals.
QString rupiah(qint64 amount);

} // namespace Language

} // namespace bubuh
