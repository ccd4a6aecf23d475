#pragma once

#include <QDateTime>
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

// "27 November 2026, 14.05 WIB": Indonesian style in Western Indonesia Time (UTC+7), the
// zone the service and its deadlines keep. English uses the same layout with English months.
QString dateTime(const QDateTime &at);

} // namespace Language

} // namespace bubuh
