#include "JournalLock.h"

#include "journal/Journal.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace bubuh {

JournalLock::JournalLock(const QString &journalPath) : m_lock(journalPath + u".lock"_s)
{
    m_lock.setStaleLockTime(0); // held for hours on purpose: stale only when its process died
}

bool JournalLock::tryLock(int waitMs)
{
    Journal::makeFolder(QFileInfo(m_lock.fileName()).absolutePath());
    return m_lock.tryLock(waitMs);
}

QString JournalLock::holder() const
{
    qint64 pid = 0;
    QString host, app;
    if (!m_lock.getLockInfo(&pid, &host, &app))
        return {};
    return QCoreApplication::translate("bubuh::JournalLock", "%1, process %2").arg(app).arg(pid);
}

QString JournalLock::refusal() const
{
    if (m_lock.error() == QLockFile::LockFailedError) {
        const QString who = holder();
        return QCoreApplication::translate(
                   "bubuh::JournalLock",
                   "Another Bubuh is working with this journal%1. Close it first, or let "
                   "bubuh-cli wait for it with --wait-lock.")
            .arg(who.isEmpty() ? QString() : u" ("_s + who + u')');
    }
    return QCoreApplication::translate("bubuh::JournalLock",
                                       "The lock file %1 cannot be written. Check that the folder "
                                       "can be written to.")
        .arg(m_lock.fileName());
}

} // namespace bubuh
