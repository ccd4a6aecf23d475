#include "SingleInstance.h"

#include "journal/Journal.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QThread>

using namespace Qt::StringLiterals;

namespace bubuh {

namespace {

// Unix: a socket file in the private folder. Windows: a pipe name, unique to the user's
// folder (pipes are machine-wide; the server accepts only this user, UserAccessOption).
QString socketFor(const QString &folder)
{
#if defined(Q_OS_WIN)
    const QByteArray hash
        = QCryptographicHash::hash(folder.toUtf8(), QCryptographicHash::Sha256).toHex();
    return u"bubuh-window-"_s + QString::fromLatin1(hash.left(24));
#else
    return folder + u"/window.socket"_s;
#endif
}

} // namespace

SingleInstance::SingleInstance(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
    , m_socket(socketFor(folder))
    , m_lock(folder + u"/window.lock"_s)
{
    m_lock.setStaleLockTime(0); // held for the window's life; stale only when it died
#if defined(Q_OS_WIN)
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
#endif
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::receive);
}

SingleInstance::Role SingleInstance::start(const QStringList &files, int patienceMs)
{
    QStringList absolute;
    for (const QString &file : files)
        absolute << QFileInfo(file).absoluteFilePath();
    Journal::makeFolder(m_folder);
    const QDeadlineTimer deadline(patienceMs);
    for (;;) {
        if (m_lock.tryLock(0)) {
            QLocalServer::removeServer(m_socket); // one a crashed window left behind
            if (!m_server.listen(m_socket))
                qWarning("bubuh: no window socket at %s: %s", qPrintable(m_socket),
                         qPrintable(m_server.errorString()));
            return Role::Primary;
        }
        if (m_lock.error() != QLockFile::LockFailedError) {
            // Not another window but a folder that cannot be written: be the window, whose
            // journal then says what is wrong.
            qWarning("bubuh: cannot take %s", qPrintable(m_lock.fileName()));
            return Role::Primary;
        }
        switch (forward(absolute, deadline)) {
        case Sent::Answered: return Role::Forwarded;
        case Sent::Unanswered: return Role::Unanswered; // sent once, never again
        case Sent::NoWindow: break;
        }
        if (deadline.hasExpired())
            return Role::Unanswered;
        QThread::msleep(100); // the window may still be starting: its socket comes soon
    }
}

SingleInstance::Sent SingleInstance::forward(const QStringList &files,
                                             const QDeadlineTimer &deadline)
{
    QLocalSocket socket;
    socket.connectToServer(m_socket);
    if (!socket.waitForConnected(int(std::min<qint64>(1000, deadline.remainingTime()))))
        return Sent::NoWindow;
    // Once written, the list is the window's: it is never sent a second time (a busy window
    // would open the files twice), only waited for.
    socket.write(QJsonDocument(QJsonArray::fromStringList(files)).toJson(QJsonDocument::Compact)
                 + '\n');
    while (!socket.canReadLine() && socket.state() == QLocalSocket::ConnectedState
           && !deadline.hasExpired())
        socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    return socket.readLine().trimmed() == "ok" ? Sent::Answered : Sent::Unanswered;
}

void SingleInstance::receive()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        const auto handle = [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > 1 << 20)
                    socket->abort(); // no list of files is that long
                return;
            }
            const QJsonArray list = QJsonDocument::fromJson(socket->readLine()).array();
            QStringList files;
            for (const QJsonValue &v : list) {
                if (v.isString())
                    files << v.toString();
            }
            socket->write("ok\n");
            socket->flush();
            socket->disconnectFromServer();
            Q_EMIT filesReceived(files);
        };
        connect(socket, &QLocalSocket::readyRead, this, handle);
        handle(); // what arrived before the connection was taken
    }
}

} // namespace bubuh
