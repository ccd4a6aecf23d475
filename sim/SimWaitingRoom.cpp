#include "SimWaitingRoom.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>
#include <limits>

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
    // Admissions are counted lazily, at the next request: a quiet spell while people wait
    // (long polls make those common) still admits at the full pace over that spell.
    m_credit += elapsed * m_admitRate;
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
    // Admission slots do not pile up while nobody waits: a burst after a quiet spell is one second.
    if (m_order.empty())
        m_credit = std::min(m_credit, burstOf(m_admitRate));
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
    s.etaSeconds = etaOf(s.position);
    // Poll about four times on the way to the front, never more than once a second.
    s.pollAfterSeconds = std::clamp(s.etaSeconds / 4, 1, 30);
    s.longPollSeconds = m_longPoll ? kLongPollSeconds : 0;
    ticket.nextPollMs = nowMs + s.pollAfterSeconds * 1000;
    ticket.toldEtaSeconds = s.etaSeconds;
    ticket.toldAtMs = nowMs;
    return s;
}

int SimWaitingRoom::etaOf(int position) const
{
    // Bounded, so that a tiny admission rate cannot overflow the conversion.
    constexpr double kMaxEtaSeconds = 30 * 24 * 3600;
    return m_admitRate > 0 ? int(std::min(std::ceil(position / m_admitRate), kMaxEtaSeconds))
                           : 3600;
}

bool SimWaitingRoom::isNews(const Ticket &ticket, int position, qint64 nowMs) const
{
    // The client counts the last ETA down by itself; news is a queue that no longer keeps
    // that forecast (admissions slowed, people ahead left), by 10 s or a quarter of it.
    const double forecast
        = std::max(0.0, ticket.toldEtaSeconds - double(nowMs - ticket.toldAtMs) / 1000.0);
    return std::abs(etaOf(position) - forecast) >= std::max(10.0, forecast / 4);
}

qint64 SimWaitingRoom::admissionExpectedMs(int position, qint64 nowMs) const
{
    if (m_admitRate <= 0)
        return std::numeric_limits<qint64>::max();
    // The ticket at `position` is admitted once `position` slots more than the credit accrued.
    constexpr double kDayMs = 24 * 3600 * 1000.0;
    return nowMs + qint64(std::min(std::ceil((position - m_credit) / m_admitRate * 1000.0), kDayMs))
        + 1;
}

SimWaitingRoom::Held SimWaitingRoom::holdPoll(const QString &ticketId, int waitSeconds,
                                              qint64 nowMs)
{
    if (waitSeconds < 1) // no hold at all is a plain poll, paced by pollAfterSeconds
        return {poll(ticketId, nowMs), 0, 0};
    const auto it = m_tickets.find(ticketId);
    if (it == m_tickets.end())
        return {Status{}, 0, 0};
    it->hold = ++m_lastHold;
    it->holdUntilMs = nowMs + std::min(waitSeconds, kLongPollSeconds) * 1000LL;
    it->lastPollMs = nowMs;
    Held held = checkHeld(ticketId, it->hold, nowMs);
    held.hold = it->hold;
    return held;
}

SimWaitingRoom::Held SimWaitingRoom::checkHeld(const QString &ticketId, quint64 hold, qint64 nowMs)
{
    admit(nowMs);
    const auto it = m_tickets.find(ticketId);
    if (it == m_tickets.end())
        return {Status{}, 0, hold};
    Ticket &ticket = it.value();
    const int position = ticket.admitted ? 0 : positionOf(ticket.id);
    if (ticket.admitted || ticket.hold != hold || nowMs >= ticket.holdUntilMs
        || isNews(ticket, position, nowMs)) {
        if (ticket.hold == hold)
            ticket.hold = 0;
        ticket.lastPollMs = nowMs;
        issueToken(ticket, nowMs);
        return {statusOf(ticket, nowMs), 0, hold};
    }
    return {std::nullopt, std::min(ticket.holdUntilMs, admissionExpectedMs(position, nowMs)), hold};
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

void SimWaitingRoom::orderAttempt(const QString &token, qint64 nowMs)
{
    const auto it = m_tokenToTicket.constFind(token);
    if (it == m_tokenToTicket.constEnd())
        return;
    const auto ticket = m_tickets.find(*it);
    if (ticket == m_tickets.end() || ++ticket->orders == 1)
        return;
    admit(nowMs);
    // At most ten seconds' worth of admissions in debt: a storm of repeats pauses the room
    // for that long at the most, and the room goes on once the repeats stop.
    m_credit = std::max(m_credit - 1.0, -10.0 * m_admitRate);
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
