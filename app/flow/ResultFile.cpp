#include "ResultFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#if defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace bubuh::ResultFile {

namespace {

bool taken(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink(); // a dangling link is taken too
}

// The file a path ends at: links resolved, or for a file not yet there, its folder's.
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + u'/' + info.fileName();
}

// On disk before the job says "saved", as QSaveFile would do it.
bool syncToDisk(QFile &file)
{
#if defined(Q_OS_WIN)
    return FlushFileBuffers(reinterpret_cast<HANDLE>(_get_osfhandle(file.handle())));
#else
    return ::fsync(file.handle()) == 0;
#endif
}

constexpr Qt::CaseSensitivity kFileNameCase =
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    Qt::CaseInsensitive;
#else
    Qt::CaseSensitive;
#endif

} // namespace

QString nextFree(const QString &path, const QStringList &takenToo)
{
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    QString candidate = info.absoluteFilePath();
    for (int n = 2; taken(candidate) || takenToo.contains(candidate, kFileNameCase); ++n)
        candidate
            = dir.absoluteFilePath(u"%1-%2%3"_s.arg(info.completeBaseName()).arg(n).arg(suffix));
    return candidate;
}

bool sameFile(const QString &a, const QString &b)
{
    return resolved(a).compare(resolved(b), kFileNameCase) == 0;
}

Result<QString> saveNew(const QString &path, const QByteArray &bytes)
{
    const auto cannotSave = [&path](const QString &why) {
        return Failure{
            QCoreApplication::translate("bubuh::StampFlow", "The result cannot be saved to %1: %2")
                .arg(path, why),
            u"save failed"_s};
    };
    // NewOnly creates the file or fails if anything is there (O_EXCL, CREATE_NEW): the name is
    // taken and written in one step, so nothing that appeared meanwhile is ever replaced.
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QString target = nextFree(path);
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (taken(target))
                continue; // someone was quicker: the next free name
            return cannotSave(out.errorString());
        }
        if (out.write(bytes) != bytes.size() || !out.flush() || !syncToDisk(out)) {
            const QString why = out.errorString();
            out.close();
            QFile::remove(target); // never leave half a result under a result's name
            return cannotSave(why);
        }
        return target;
    }
    return cannotSave(u"every name is taken"_s);
}

} // namespace bubuh::ResultFile
