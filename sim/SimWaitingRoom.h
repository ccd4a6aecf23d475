#pragma once

#include <QHash>
#include <QString>
#include <deque>
#include <optional>

class QRandomGenerator;

namespace sim {

// The shop's waiting room (protocol.md Part C): FIFO tickets admitted at `admitRate` per
// second. Admitted clients get a queue token that lets them place orders for a while.
//
// It also holds long polls (Bubuh's proposal in Part C): a poll may wait up to
// kLongPollSeconds for news. The room is pure (time comes from outside); it says when a held
// poll is due, and whoever holds the socket arms one timer for that moment.
class SimWaitingRoom
{
public:
    struct Ticket
    {
        QString id;
        qint64 joinedMs = 0;
        qint64 lastPollMs = 0;
        qint64 nextPollMs = 0; // polling earlier than this is answered 429
        bool admitted = false;
        QString queueToken;
        qint64 tokenExpiresMs = 0;
        // What this ticket was last told, to tell news from the forecast it already has.
        int toldEtaSeconds = 0;
        qint64 toldAtMs = 0;
        quint64 hold = 0; // the long poll holding it now; 0 = none
        qint64 holdUntilMs = 0;
        int orders = 0; // order requests made with its token
    };
    struct Status
    {
        bool found = false;
        QString ticket;
        bool tooEarly = false;
        int retryAfter = 0;
        bool admitted = false;
        int position = 0;
        int etaSeconds = 0;
        int pollAfterSeconds = 0;
        QString queueToken;
        int validForSeconds = 0;
        int longPollSeconds = 0; // the longest hold this room offers; 0 = none
    };
    // A long poll: its answer now, or the moment it is due to be looked at again.
    struct Held
    {
        std::optional<Status> answer;
        qint64 wakeAtMs = 0;
        quint64 hold = 0;
    };

    explicit SimWaitingRoom(QRandomGenerator *rng) : m_rng(rng) { }

    static constexpr int kTokenValidSeconds = 300;
    static constexpr qint64 kAbandonAfterMs = 10 * 60 * 1000;
    static constexpr int kLongPollSeconds = 30;

    void setLongPoll(bool offered) { m_longPoll = offered; }
    bool longPoll() const { return m_longPoll; }

    void setAdmitRate(double perSecond, qint64 nowMs);
    Status join(qint64 nowMs);
    Status poll(const QString &ticketId, qint64 nowMs);
    // Starts holding a poll for up to waitSeconds (capped); a poll already holding this
    // ticket is answered at its next check. A wait under a second is a plain poll.
    Held holdPoll(const QString &ticketId, int waitSeconds, qint64 nowMs);
    // Looks at a held poll again: answered on admission, on news (the position is a
    // meaningful step away from the ticket's last forecast), when superseded, or when its time
    // is up; otherwise not before wakeAtMs. A ticket that is gone answers "not found".
    Held checkHeld(const QString &ticketId, quint64 hold, qint64 nowMs);
    bool leave(const QString &ticketId, qint64 nowMs);
    bool tokenValid(const QString &token, qint64 nowMs);
    // An order came with this (valid) token. Its first is what the admission was for; each
    // later one (a retry after a lost answer or a 503) takes an admission slot, so the room
    // admits what the shop can really serve, not a guessed share of its capacity.
    void orderAttempt(const QString &token, qint64 nowMs);
    int waiting() const { return int(m_order.size()); }

private:
    void admit(qint64 nowMs);
    Status statusOf(Ticket &ticket, qint64 nowMs);
    int positionOf(const QString &ticketId) const;
    int etaOf(int position) const;
    bool isNews(const Ticket &ticket, int position, qint64 nowMs) const;
    // When the ticket at this position is admitted if admissions keep their pace.
    qint64 admissionExpectedMs(int position, qint64 nowMs) const;
    void issueToken(Ticket &ticket, qint64 nowMs);
    QString randomHex(int bytes);

    QRandomGenerator *m_rng;

    double m_admitRate = 2.0;
    bool m_longPoll = true;
    quint64 m_lastHold = 0;
    double m_credit = 1e9; // a full one-second burst, clamped by setAdmitRate()
    qint64 m_lastAdmitMs = 0;
    std::deque<QString> m_order; // tickets not yet admitted, front first
    QHash<QString, Ticket> m_tickets;
    QHash<QString, QString> m_tokenToTicket;
};

} // namespace sim
