#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace bubuh {

// Where a stamped result goes. A result is never written over an existing file: not over one
// that appeared after its name was chosen, and never through a link onto the original.
namespace ResultFile {

// path itself when nothing is there (not even a dangling link) and it is not in `taken`;
// else "<base>-2.<suffix>", "-3"…
QString nextFree(const QString &path, const QStringList &taken = {});
// Whether two paths name one file: through links, ".." and, where the file system ignores
// case (Windows, macOS), "DOC.PDF" against "doc.pdf". Either path may not exist yet.
bool sameFile(const QString &a, const QString &b);
// Writes bytes durably under path, or the next free name if path is taken by then; returns
// the name it was written under.
Result<QString> saveNew(const QString &path, const QByteArray &bytes);

} // namespace ResultFile

} // namespace bubuh
