#include "SimWaitingRoom.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace sim {

QString SimWaitingRoom::randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(m_rng->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

void SimWaitingRoom::issueToken(Ticket &ticket, qint64 nowMs)
{
    if (!ticket.admitted || !ticket.queueToken.isEmpty())
        return;
    ticket.queueToken = randomHex(16);
    ticket.tokenExpiresMs = nowMs + kTokenValidSeconds * 1000;
    m_tokenToTicket.insert(ticket.queueToken, ticket.id);
}

static double burstOf(double admitRate)
{
    return admitRate > 0 ? std::max(1.0, admitRate) : 0.0;
}

void SimWaitingRoom::setAdmitRate(double perSecond, qint64 nowMs)
{
    admit(nowMs);
    m_admitRate = perSecond;
    m_credit = std::min(m_credit, burstOf(perSecond));
}

void SimWaitingRoom::admit(qint64 nowMs)
{
    const double elapsed = double(std::max<qint64>(0, nowMs - m_lastAdmitMs)) / 1000.0;
    m_lastAdmitMs = nowMs;
    // Admission slots do not pile up while nobody waits: a burst after a quiet spell is one second.
    m_credit = std::min(m_credit + elapsed * m_admitRate, burstOf(m_admitRate));
    while (!m_order.empty()) {
        Ticket &front = m_tickets[m_order.front()];
        if (nowMs - front.lastPollMs > kAbandonAfterMs) { // gone: its place is freed
            m_tickets.remove(front.id);
            m_order.pop_front();
            continue;
        }
        if (m_credit < 1.0)
            break;
        m_credit -= 1.0;
        front.admitted = true;
        m_order.pop_front();
    }
}

int SimWaitingRoom::positionOf(const QString &ticketId) const
{
    const auto it = std::find(m_order.begin(), m_order.end(), ticketId);
    return it == m_order.end() ? 0 : int(it - m_order.begin()) + 1;
}

SimWaitingRoom::Status SimWaitingRoom::statusOf(Ticket &ticket, qint64 nowMs)
{
    Status s;
    s.found = true;
    s.ticket = ticket.id;
    s.admitted = ticket.admitted;
    if (ticket.admitted) {
        s.queueToken = ticket.queueToken;
        s.validForSeconds = int(std::max<qint64>(0, ticket.tokenExpiresMs - nowMs) / 1000);
        return s;
    }
    s.position = positionOf(ticket.id);
    s.etaSeconds = m_admitRate > 0 ? int(std::ceil(s.position / m_admitRate)) : 3600;
    // Poll about four times on the way to the front, never more than once a second.
    s.pollAfterSeconds = std::clamp(s.etaSeconds / 4, 1, 30);
    ticket.nextPollMs = nowMs + s.pollAfterSeconds * 1000;
    return s;
}

SimWaitingRoom::Status SimWaitingRoom::join(qint64 nowMs)
{
    admit(nowMs);
    Ticket ticket;
    ticket.id = randomHex(12);
    ticket.joinedMs = nowMs;
    ticket.lastPollMs = nowMs;
    m_order.push_back(ticket.id);
    Ticket &stored = m_tickets.insert(ticket.id, ticket).value();
    admit(nowMs); // may be admitted at once when nobody waits
    issueToken(stored, nowMs);
    return statusOf(stored, nowMs);
}

SimWaitingRoom::Status SimWaitingRoom::poll(const QString &ticketId, qint64 nowMs)
{
    admit(nowMs);
    const auto it = m_tickets.find(ticketId);
    if (it == m_tickets.end())
        return {};
    Ticket &ticket = it.value();
    if (!ticket.admitted && nowMs < ticket.nextPollMs) {
        Status early;
        early.found = true;
        early.tooEarly = true;
        early.retryAfter = int(std::ceil(double(ticket.nextPollMs - nowMs) / 1000.0));
        return early;
    }
    ticket.lastPollMs = nowMs;
    issueToken(ticket, nowMs);
    return statusOf(ticket, nowMs);
}

bool SimWaitingRoom::leave(const QString &ticketId, qint64 nowMs)
{
    admit(nowMs);
    const auto it = m_tickets.find(ticketId);
    if (it == m_tickets.end())
        return false;
    m_order.erase(std::remove(m_order.begin(), m_order.end(), ticketId), m_order.end());
    m_tokenToTicket.remove(it->queueToken);
    m_tickets.erase(it);
    return true;
}

bool SimWaitingRoom::tokenValid(const QString &token, qint64 nowMs)
{
    const auto it = m_tokenToTicket.constFind(token);
    if (it == m_tokenToTicket.constEnd())
        return false;
    const Ticket ticket = m_tickets.value(*it);
    return ticket.admitted && nowMs < ticket.tokenExpiresMs;
}

} // namespace sim
