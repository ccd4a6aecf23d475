#pragma once

#include "BacklogEstimator.h"
#include "SimWaitingRoom.h"
#include "TokenBucket.h"

#include <QHash>
#include <QRandomGenerator>

namespace bench {

// The distributor's shop under a purchase rush, as issue #3 describes it: capacity C purchases
// per second (one-second burst) in which even a rejection costs a little; a front door that can
// parse only so many requests (the rest time out); 1 % of committed purchases whose answer is
// lost; optionally a waiting room at the edge. It reuses the simulator's own TokenBucket and
// SimWaitingRoom, so the benchmark and emeterai-sim model the same server.
class ShopModel
{
public:
    struct Config
    {
        double capacity = 20;      // purchases per second
        double parseFactor = 10;   // requests per second the front door can parse, x capacity
        double rejectCost = 0.02;  // of one purchase's capacity, per 503
        double lostShare = 0.01;   // committed purchases whose answer is lost
        qint64 timeoutMs = 10'000; // what the client waits for an answer that never comes
        qint64 rttMs = 50;
        bool waitingRoom = false;
        // Waiting-room admissions per second. The room pays for every repeated order of an
        // admitted client with an admission slot, so it can admit at the full capacity.
        double admitRate = 20;
    };

    enum class Answer { Success, Busy, QueueRequired, Timeout };
    struct Reply
    {
        Answer answer = Answer::Timeout;
        qint64 atMs = 0;         // when the client learns it
        qint64 retryAfterMs = 0; // with Busy
        bool charged = false;    // this request took money
    };

    ShopModel(const Config &config, quint64 seed);

    // A purchase request. key: an idempotency key (0 = none); queueToken: from the waiting room.
    Reply order(qint64 nowMs, int user, quint64 key, const QString &queueToken);
    sim::SimWaitingRoom &waitingRoom() { return m_room; }

    qint64 backendRequests() const { return m_backend; }
    qint64 edgeRequests() const { return m_edge; }
    qint64 frontDoorTimeouts() const { return m_frontDoorTimeouts; }
    void countEdgeRequest() { ++m_edge; }
    qint64 charges(int user) const { return m_chargesPerUser.value(user); }

private:
    Config m_config;
    QRandomGenerator m_random;
    sim::TokenBucket m_capacity;
    sim::TokenBucket m_frontDoor;
    sim::SimWaitingRoom m_room;
    sim::BacklogEstimator m_backlog;
    QHash<quint64, bool> m_keys; // idempotency keys already committed
    QHash<int, qint64> m_chargesPerUser;
    qint64 m_backend = 0, m_edge = 0, m_frontDoorTimeouts = 0;
};

} // namespace bench
