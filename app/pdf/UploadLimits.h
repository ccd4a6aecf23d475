#pragma once

#include <QList>
#include <QString>

class QSettings;

namespace bubuh {

// Each upload slot of a registration portal has its own limit (200 KB to 1 MB are common,
// protocol.md Part A), and an applicant uploads the same kinds of document each time. The limit
// chosen for a document is remembered per name pattern, as placements are ("surat-lamaran*"
// -> 300 KB), and Settings::Key::UploadLimitKb applies to the rest.
namespace UploadLimits {

// The limits offered first: 200, 300, 500, 800 KB and 1 MB.
QList<int> commonKb();
// The limit for documents of no remembered kind (Settings::Key::UploadLimitKb).
int defaultKb(QSettings &settings);
void setDefaultKb(QSettings &settings, int kb);
void remember(QSettings &settings, const QString &fileName, int kb);
// The remembered limit for fileName's pattern, else defaultKb().
int forFile(QSettings &settings, const QString &fileName);

} // namespace UploadLimits

} // namespace bubuh
