#pragma once

#include <QJsonObject>
#include <QString>

namespace bubuh {

// The client's side of the shop's waiting room (protocol.md Part C) as a pure state machine:
// it is told what the server answered and says what to do next and when. The ticket survives
// restarts through state()/restore(), so a restart keeps the place in the queue.
//
// When the room offers long polls (`longPollSeconds`, Bubuh's proposal in Part C), Bubuh stays
// away while the forecast says admission is more than one hold off, counts the forecast down
// by itself (estimate()), and then asks with `?wait=S`: the room answers on admission or news.
// Without the offer it polls as pollAfterSeconds says.
class WaitingRoomClient
{
public:
    enum class Step { None, Join, Poll, Admitted };

    struct State
    {
        QString ticket;
        QString queueToken;
        qint64 tokenExpiresMs = 0; // on the caller's monotonic clock
        qint64 nextPollMs = 0;
        int position = 0;
        int etaSeconds = 0;
        qint64 toldAtMs = 0;     // when position and etaSeconds were told
        int longPollSeconds = 0; // the hold the room offers; 0 = it does not
    };
    struct Estimate
    {
        int position = 0;
        int etaSeconds = 0;
    };

    // The longest hold Bubuh asks for, whatever a room offers.
    static constexpr int kMaxLongPollSeconds = 30;

    // The shop said the queue is required (or rejected our token): join, or poll the ticket
    // we already hold.
    void queueRequired();
    // Replies of join/poll; false if the reply is not of the expected shape.
    bool joined(const QJsonObject &reply, qint64 nowMs);
    bool polled(const QJsonObject &reply, qint64 nowMs);
    // 429 to a poll: wait at least retryAfterMs.
    void tooEarly(qint64 retryAfterMs, qint64 nowMs);
    // 404 for the ticket: it expired on the server; join again (at the back).
    void ticketLost();

    Step next(qint64 nowMs) const;
    // When the next poll may be sent (Step::Poll).
    qint64 nextPollMs() const { return m_state.nextPollMs; }
    // What the next poll asks the room to hold it for, in seconds; 0 = a plain poll.
    int pollWaitSeconds() const;
    // The last forecast counted down to nowMs: where the ticket should be by now.
    Estimate estimate(qint64 nowMs) const;
    bool hasToken(qint64 nowMs) const;
    QString queueToken() const { return m_state.queueToken; }
    int position() const { return m_state.position; }
    int etaSeconds() const { return m_state.etaSeconds; }
    bool inQueue() const { return m_waiting; }

    const State &state() const { return m_state; }
    void restore(const State &state);

private:
    // The fields of a reply that says "not yet"; false (state untouched) if one is unusable.
    static bool readWaiting(const QJsonObject &reply, qint64 nowMs, State *state);

    State m_state;
    bool m_waiting = false;
};

} // namespace bubuh
