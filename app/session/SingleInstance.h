#pragma once

#include <QDeadlineTimer>
#include <QLocalServer>
#include <QLockFile>
#include <QObject>
#include <QStringList>

namespace bubuh {

// One Bubuh window per user. `Exec=bubuh %F` starts a process for every PDF opened from the
// file manager; each one after the first hands its files to the running window over a local
// socket and exits, so that only one window ever works with the journals. Which process is
// the window is decided by a lock file in the user's own (0700) folder, where the socket
// lives too (on Unix), so no other user can take its place.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role {
        Primary,    // this process is the window: it listens for the others
        Forwarded,  // the running window took the files: this process should exit
        Unanswered, // a window holds the lock but does not answer: say so and exit
    };

    explicit SingleInstance(const QString &folder, QObject *parent = nullptr);

    // Hands files (made absolute) to the running window, or becomes it. A window that is
    // still starting is given patienceMs to answer.
    Role start(const QStringList &files, int patienceMs = 5000);

Q_SIGNALS:
    // Another `bubuh FILE…` asked this window to open these files.
    void filesReceived(const QStringList &files);

private:
    enum class Sent { NoWindow, Answered, Unanswered };
    Sent forward(const QStringList &files, const QDeadlineTimer &deadline);
    void receive();

    QString m_folder;
    QString m_socket;
    QLockFile m_lock;
    QLocalServer m_server;
};

} // namespace bubuh
