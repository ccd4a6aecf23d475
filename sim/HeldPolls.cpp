#include "HeldPolls.h"

#include "ShopApi.h"
#include "SimState.h"

#include <QTcpSocket>
#include <QTimer>

namespace sim {

HeldPolls::HeldPolls(SimState &state, QObject *parent) : QObject(parent), m_state(state) { }

HeldPolls::~HeldPolls()
{
    for (const Poll &p : std::as_const(m_polls))
        delete p.timer;
}

void HeldPolls::hold(QTcpSocket *socket, const QString &ticket, int waitSeconds, bool closeAfter)
{
    ++m_state.counters.queuePolls;
    const qint64 now = m_state.nowMs();
    const SimWaitingRoom::Held held = m_state.waitingRoom.holdPoll(ticket, waitSeconds, now);
    // One held poll per ticket: the one before is answered now with what it knows.
    const quint64 previous = waitSeconds >= 1 ? m_byTicket.take(ticket) : 0;
    if (held.answer) {
        writeHttpResponse(socket, ShopApi::queueStatus(*held.answer, m_state), closeAfter);
        if (previous)
            check(previous);
        return;
    }
    Poll poll;
    poll.socket = socket;
    poll.ticket = ticket;
    poll.closeAfter = closeAfter;
    poll.timer = new QTimer;
    poll.timer->setSingleShot(true);
    poll.timer->setTimerType(Qt::PreciseTimer);
    const quint64 id = held.hold;
    connect(poll.timer, &QTimer::timeout, this, [this, id] { check(id); });
    m_polls.insert(id, poll);
    m_byTicket.insert(ticket, id);
    arm(id, held.wakeAtMs);
    if (previous)
        check(previous);
}

void HeldPolls::wakeAll()
{
    const QList<quint64> holds = m_polls.keys();
    for (quint64 id : holds)
        check(id);
}

void HeldPolls::arm(quint64 hold, qint64 wakeAtMs)
{
    // The room's wake time is at most the end of the hold (30 s): it fits a timer's int.
    m_polls[hold].timer->start(int(std::max<qint64>(0, wakeAtMs - m_state.nowMs())));
}

void HeldPolls::check(quint64 hold)
{
    const auto it = m_polls.find(hold);
    if (it == m_polls.end())
        return;
    if (!it->socket || it->socket->state() != QAbstractSocket::ConnectedState) {
        // The client went away; the room forgets the hold with the ticket's next poll.
        it->timer->deleteLater();
        if (m_byTicket.value(it->ticket) == hold)
            m_byTicket.remove(it->ticket);
        m_polls.erase(it);
        return;
    }
    const SimWaitingRoom::Held held
        = m_state.waitingRoom.checkHeld(it->ticket, hold, m_state.nowMs());
    if (!held.answer) {
        arm(hold, held.wakeAtMs);
        return;
    }
    const Poll poll = *it;
    m_polls.erase(it);
    if (m_byTicket.value(poll.ticket) == hold)
        m_byTicket.remove(poll.ticket);
    poll.timer->deleteLater();
    writeHttpResponse(poll.socket, ShopApi::queueStatus(*held.answer, m_state), poll.closeAfter);
}

} // namespace sim
