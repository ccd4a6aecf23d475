#pragma once

#include <QLockFile>
#include <QString>

namespace bubuh {

// One process at a time works with a journal: the window or one bubuh-cli, held for the
// process's whole life, so that two of them never take up the same unfinished order or job.
// A lock left by a process that died is taken over (QLockFile checks its process id).
class JournalLock
{
public:
    explicit JournalLock(const QString &journalPath);

    // Takes the lock, waiting up to waitMs (-1: as long as it takes).
    bool tryLock(int waitMs = 0);
    bool isLocked() const { return m_lock.isLocked(); }
    // Who holds it, for the message: "bubuh (proses 4242)"; empty when unknown.
    QString holder() const;
    // Why the lock was not taken, in plain words, with what to do.
    QString refusal() const;

private:
    QLockFile m_lock;
};

} // namespace bubuh
