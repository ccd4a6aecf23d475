#pragma once

#include <QJsonObject>
#include <QString>

namespace bubuh {

// The client's side of the shop's waiting room (protocol.md Part C) as a pure state machine:
// it is told what the server answered and says what to do next and when. The ticket survives
// restarts through state()/restore(), so a restart keeps the place in the queue.
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
    };

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
    bool hasToken(qint64 nowMs) const;
    QString queueToken() const { return m_state.queueToken; }
    int position() const { return m_state.position; }
    int etaSeconds() const { return m_state.etaSeconds; }
    bool inQueue() const { return m_waiting; }

    const State &state() const { return m_state; }
    void restore(const State &state);

private:
    State m_state;
    bool m_waiting = false;
};

} // namespace bubuh
