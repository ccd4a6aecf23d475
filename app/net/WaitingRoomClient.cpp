#include "WaitingRoomClient.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bubuh {

namespace {

bool readInt(const QJsonObject &o, QLatin1StringView key, int min, int max, int *out)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max)
        return false;
    *out = int(v.toDouble());
    return true;
}

constexpr int kDay = 24 * 3600;
// The longest a waiting room may ask Bubuh to wait between polls, like Retry-After's cap.
constexpr int kMaxPollSeconds = 5 * 60;

// A room that offers long polls keeps a ticket 10 minutes after its last request (Part C,
// Bubuh's proposal); Bubuh comes back well before that.
constexpr int kMaxStayAwaySeconds = 8 * 60;

qint64 nextPollAfter(int pollAfterSeconds, qint64 nowMs, int maxSeconds = kMaxPollSeconds)
{
    // Never faster than once a second, never slower than the cap, whatever the server says.
    return nowMs + std::clamp(pollAfterSeconds, 1, maxSeconds) * 1000LL;
}

// The optional offer of long polls; absent is 0, a value that is not a sane number is refused.
bool readLongPoll(const QJsonObject &o, int *out)
{
    *out = 0;
    return !o.contains("longPollSeconds"_L1) || readInt(o, "longPollSeconds"_L1, 0, kDay, out);
}

} // namespace

void WaitingRoomClient::queueRequired()
{
    m_waiting = true;
    m_state.queueToken.clear();
    m_state.tokenExpiresMs = 0;
}

bool WaitingRoomClient::joined(const QJsonObject &reply, qint64 nowMs)
{
    const QString ticket = reply.value("ticket"_L1).toString();
    if (ticket.isEmpty() || ticket.size() > 200)
        return false;
    State next = m_state;
    next.ticket = ticket;
    if (!readWaiting(reply, nowMs, &next))
        return false;
    m_waiting = true;
    m_state = next;
    return true;
}

bool WaitingRoomClient::readWaiting(const QJsonObject &reply, qint64 nowMs, State *state)
{
    int position = 0, eta = 0, pollAfter = 1, longPoll = 0;
    if (!readInt(reply, "position"_L1, 0, 100'000'000, &position)
        || !readInt(reply, "etaSeconds"_L1, 0, 30 * kDay, &eta)
        || !readInt(reply, "pollAfterSeconds"_L1, 0, kDay, &pollAfter)
        || !readLongPoll(reply, &longPoll))
        return false;
    state->position = position;
    state->etaSeconds = eta;
    state->toldAtMs = nowMs;
    state->longPollSeconds = std::min(longPoll, kMaxLongPollSeconds);
    if (state->longPollSeconds > 0) {
        // Stay away until admission is half a hold off, so that a forecast that is a little
        // late or early still ends inside the held poll; that poll then carries the news.
        // Never sooner than pollAfterSeconds either, so that a room that offers long polls
        // but answers them at once is paced as a plain one is; and never away so long that
        // the room forgets the ticket.
        state->nextPollMs = nextPollAfter(std::max(eta - state->longPollSeconds / 2, pollAfter),
                                          nowMs, kMaxStayAwaySeconds);
    } else {
        state->nextPollMs = nextPollAfter(pollAfter, nowMs);
    }
    return true;
}

int WaitingRoomClient::pollWaitSeconds() const
{
    return m_state.longPollSeconds;
}

WaitingRoomClient::Estimate WaitingRoomClient::estimate(qint64 nowMs) const
{
    const State &s = m_state;
    if (s.etaSeconds <= 0 || s.toldAtMs == 0)
        return {s.position, s.etaSeconds};
    const double left = std::max(0.0, s.etaSeconds - double(nowMs - s.toldAtMs) / 1000.0);
    // Never shown as admitted before the room says so: at least place 1, at least a second.
    return {std::max(1, int(std::ceil(s.position * left / s.etaSeconds))),
            std::max(1, int(std::ceil(left)))};
}

bool WaitingRoomClient::polled(const QJsonObject &reply, qint64 nowMs)
{
    if (!reply.value("admitted"_L1).isBool())
        return false;
    if (reply.value("admitted"_L1).toBool()) {
        const QString token = reply.value("queueToken"_L1).toString();
        int validFor = 0;
        if (token.isEmpty() || token.size() > 4096
            || !readInt(reply, "validForSeconds"_L1, 1, kDay, &validFor))
            return false;
        m_state.queueToken = token;
        m_state.tokenExpiresMs = nowMs + validFor * 1000LL;
        m_state.position = 0;
        m_state.etaSeconds = 0;
        m_waiting = false;
        return true;
    }
    return readWaiting(reply, nowMs, &m_state);
}

void WaitingRoomClient::tooEarly(qint64 retryAfterMs, qint64 nowMs)
{
    m_state.nextPollMs
        = std::max(m_state.nextPollMs,
                   nowMs + std::clamp<qint64>(retryAfterMs, 1000, kMaxPollSeconds * 1000LL));
}

void WaitingRoomClient::ticketLost()
{
    m_state.ticket.clear();
    m_waiting = true;
}

WaitingRoomClient::Step WaitingRoomClient::next(qint64 nowMs) const
{
    if (hasToken(nowMs))
        return Step::Admitted;
    if (!m_waiting)
        return Step::None;
    return m_state.ticket.isEmpty() ? Step::Join : Step::Poll;
}

bool WaitingRoomClient::hasToken(qint64 nowMs) const
{
    // A token about to lapse is not worth an order attempt: five seconds of margin.
    return !m_state.queueToken.isEmpty() && nowMs + 5000 < m_state.tokenExpiresMs;
}

void WaitingRoomClient::restore(const State &state)
{
    m_state = state;
    m_waiting = !state.ticket.isEmpty() && state.queueToken.isEmpty();
}

} // namespace bubuh
