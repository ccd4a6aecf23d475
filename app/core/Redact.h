#pragma once

#include <QByteArray>
#include <QString>

namespace bubuh {

// Text fit for a log line: tokens, passwords and Authorization headers replaced by "***",
// wherever they appear (JSON keys, "Bearer …", any JWT), and at most 4,000 characters. Every
// log line that could hold a reply body, a header or a failure's detail goes through it.
QString redacted(const QString &text);
QString redacted(const QByteArray &body);

} // namespace bubuh
