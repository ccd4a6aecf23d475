#include "WaitingRoomClient.h"

#include <algorithm>

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

qint64 nextPollAfter(int pollAfterSeconds, qint64 nowMs)
{
    // Never faster than once a second, never slower than the cap, whatever the server says.
    return nowMs + std::clamp(pollAfterSeconds, 1, kMaxPollSeconds) * 1000LL;
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
    int position = 0, eta = 0, pollAfter = 1;
    if (ticket.isEmpty() || ticket.size() > 200
        || !readInt(reply, "position"_L1, 0, 100'000'000, &position)
        || !readInt(reply, "etaSeconds"_L1, 0, 30 * kDay, &eta)
        || !readInt(reply, "pollAfterSeconds"_L1, 0, kDay, &pollAfter))
        return false;
    m_waiting = true;
    m_state.ticket = ticket;
    m_state.position = position;
    m_state.etaSeconds = eta;
    m_state.nextPollMs = nextPollAfter(pollAfter, nowMs);
    return true;
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
    int position = 0, eta = 0, pollAfter = 1;
    if (!readInt(reply, "position"_L1, 0, 100'000'000, &position)
        || !readInt(reply, "etaSeconds"_L1, 0, 30 * kDay, &eta)
        || !readInt(reply, "pollAfterSeconds"_L1, 0, kDay, &pollAfter))
        return false;
    m_state.position = position;
    m_state.etaSeconds = eta;
    m_state.nextPollMs = nextPollAfter(pollAfter, nowMs);
    return true;
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
