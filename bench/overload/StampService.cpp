#include "StampService.h"

#include <algorithm>

namespace bench {

StampService::StampService(const Config &config, quint64 seed) : m_config(config), m_random(seed)
{
    m_capacity.configure(config.capacity, config.rejectCost, 0);
    m_frontDoor.configure(config.capacity * config.parseFactor, 0.0, 0);
}

void StampService::settle(qint64 nowMs)
{
    while (!m_stampsEnding.empty() && m_stampsEnding.top() <= nowMs)
        m_stampsEnding.pop();
}

double StampService::expected97(qint64 nowMs)
{
    settle(nowMs);
    // At capacity one request in four is a stamp, each in progress for 5 s on average.
    const double atCapacity
        = documentsPerSecond() * double(m_config.stampMinMs + m_config.stampMaxMs) / 2000.0;
    const double load = double(m_stampsEnding.size()) / atCapacity;
    return std::min(0.9, m_config.base97 + m_config.load97 * load * load);
}

int StampService::stampsOf(int doc) const
{
    int n = 0;
    for (int sn : m_serialsOfDoc.value(doc))
        n += m_stamped.at(sn - 1) ? 1 : 0;
    return n;
}

StampService::Reply StampService::call(qint64 now, int client, Op op, int doc, int sn)
{
    ++m_requests;
    Reply r;
    if (!m_frontDoor.tryAcquire(now)) { // never parsed: the client waits in vain
        r.atMs = now + m_config.timeoutMs;
        return r;
    }
    const QString account = QString::number(client);
    // The balance is Part A's backend, not the signing side: as in emeterai-sim, it does not
    // cost the stamping capacity (it is still counted as a request).
    if (op != Op::Balance && !m_capacity.tryAcquire(now)) {
        m_backlog.rejected(account, now);
        r.answer = Answer::Busy;
        r.retryAfterMs = std::max(m_capacity.retryAfterSeconds(),
                                  m_backlog.retryAfterSeconds(documentsPerSecond(), now,
                                                              m_random.generateDouble()))
            * 1000LL;
        r.atMs = now + m_config.rttMs;
        return r;
    }
    m_backlog.served(account);
    r.atMs = now + m_config.rttMs;
    r.answer = Answer::Ok;
    switch (op) {
    case Op::Upload:
    case Op::Balance:
    case Op::Download: break;
    case Op::Serial:
        m_docOfSerial.append(doc);
        m_stamped.append(false);
        r.sn = int(m_docOfSerial.size());
        m_serialsOfDoc[doc].append(r.sn);
        break;
    case Op::SerialList: {
        // The list shows the document's SN under its unique file name; the newest unused one.
        const QList<int> serials = m_serialsOfDoc.value(doc);
        for (auto it = serials.crbegin(); it != serials.crend() && !r.sn; ++it)
            r.sn = m_stamped.at(*it - 1) ? 0 : *it;
        break;
    }
    case Op::Status: r.stamped = m_stamped.at(sn - 1); break;
    case Op::Stamp: {
        if (m_stamped.at(sn - 1)) {
            r.answer = Answer::Used;
            break;
        }
        const qint64 service = m_config.stampMinMs
            + qint64(m_random.generateDouble() * double(m_config.stampMaxMs - m_config.stampMinMs));
        const bool failed = m_random.generateDouble() < expected97(now);
        m_stampsEnding.push(now + service);
        r.atMs += service;
        if (failed) {
            r.answer = Answer::Failed97;
            return r; // a definite answer: never lost in this model
        }
        m_stamped[sn - 1] = true;
        break;
    }
    }
    if (m_random.generateDouble() < m_config.lostShare) { // done, and the answer is lost
        r = Reply{Answer::Timeout, now + m_config.timeoutMs, 0, 0, false};
    }
    return r;
}

} // namespace bench
