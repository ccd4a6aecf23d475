#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QTcpSocket;
class QTimer;

namespace sim {

class SimState;

// The long polls of the waiting room (protocol.md Part C, Bubuh's proposal): each
// `GET /queue/<ticket>?wait=S` keeps its socket here with one timer, armed for the moment the
// room says the poll is due (its admission, or its time running out). Nothing runs between.
class HeldPolls : public QObject
{
    Q_OBJECT
public:
    explicit HeldPolls(SimState &state, QObject *parent = nullptr);
    ~HeldPolls() override;

    void hold(QTcpSocket *socket, const QString &ticket, int waitSeconds, bool closeAfter);
    // The room's pace changed (a new admission rate): every held poll looks again now.
    void wakeAll();
    int count() const { return int(m_polls.size()); }

private:
    struct Poll
    {
        QPointer<QTcpSocket> socket;
        QString ticket;
        bool closeAfter = false;
        QTimer *timer = nullptr;
    };
    void check(quint64 hold);
    void arm(quint64 hold, qint64 wakeAtMs);

    SimState &m_state;
    QHash<quint64, Poll> m_polls; // by the room's hold number
    QHash<QString, quint64> m_byTicket;
};

} // namespace sim
