#pragma once

#include <QHash>
#include <QString>
#include <deque>

class QRandomGenerator;

namespace sim {

// The shop's waiting room (protocol.md Part C): FIFO tickets admitted at `admitRate` per
// second. Admitted clients get a queue token that lets them place orders for a while.
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
    };

    explicit SimWaitingRoom(QRandomGenerator *rng) : m_rng(rng) { }

    static constexpr int kTokenValidSeconds = 300;
    static constexpr qint64 kAbandonAfterMs = 10 * 60 * 1000;

    void setAdmitRate(double perSecond, qint64 nowMs);
    Status join(qint64 nowMs);
    Status poll(const QString &ticketId, qint64 nowMs);
    bool leave(const QString &ticketId, qint64 nowMs);
    bool tokenValid(const QString &token, qint64 nowMs);
    int waiting() const { return int(m_order.size()); }

private:
    void admit(qint64 nowMs);
    Status statusOf(Ticket &ticket, qint64 nowMs);
    int positionOf(const QString &ticketId) const;
    void issueToken(Ticket &ticket, qint64 nowMs);
    QString randomHex(int bytes);

    QRandomGenerator *m_rng;

    double m_admitRate = 2.0;
    double m_credit = 1e9; // a full one-second burst, clamped by setAdmitRate()
    qint64 m_lastAdmitMs = 0;
    std::deque<QString> m_order; // tickets not yet admitted, front first
    QHash<QString, Ticket> m_tickets;
    QHash<QString, QString> m_tokenToTicket;
};

} // namespace sim
