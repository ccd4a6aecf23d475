#include "ShopModel.h"

namespace bench {

ShopModel::ShopModel(const Config &config, quint64 seed)
    : m_config(config), m_random(seed), m_room(&m_random)
{
    m_capacity.configure(config.capacity, config.rejectCost, 0);
    m_frontDoor.configure(config.capacity * config.parseFactor, 0.0, 0);
    m_room.setAdmitRate(config.admitRate, 0);
}

ShopModel::Reply ShopModel::order(qint64 now, int user, quint64 key, const QString &queueToken)
{
    Reply r;
    if (m_config.waitingRoom && !m_room.tokenValid(queueToken, now)) {
        ++m_edge; // turned away at the edge: the backend never sees it
        r.answer = Answer::QueueRequired;
        r.atMs = now + m_config.rttMs;
        return r;
    }
    ++m_backend;
    if (m_config.waitingRoom)
        m_room.orderAttempt(queueToken, now);
    if (!m_frontDoor.tryAcquire(now)) { // never parsed: the client waits in vain
        ++m_frontDoorTimeouts;
        r.atMs = now + m_config.timeoutMs;
        return r;
    }
    // Clients without a key are told the bucket's short wait; keyed ones the backlog's.
    const QString id = key ? QString::number(key) : QString();
    if (!m_capacity.tryAcquire(now)) {
        m_backlog.rejected(id, now);
        r.answer = Answer::Busy;
        r.retryAfterMs = std::max(m_capacity.retryAfterSeconds(),
                                  key ? m_backlog.retryAfterSeconds(m_config.capacity, now,
                                                                    m_random.generateDouble())
                                      : 0)
            * 1000LL;
        r.atMs = now + m_config.rttMs;
        return r;
    }
    m_backlog.served(id);
    const bool replay = key && m_keys.contains(key);
    if (!replay) {
        r.charged = true;
        ++m_chargesPerUser[user];
        if (key)
            m_keys.insert(key, true);
    }
    if (!replay && m_random.generateDouble() < m_config.lostShare) {
        r.atMs = now + m_config.timeoutMs; // committed and charged; the answer is lost
        return r;
    }
    r.answer = Answer::Success;
    r.atMs = now + m_config.rttMs;
    return r;
}

} // namespace bench
