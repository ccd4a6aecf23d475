#include "TokenBucket.h"

#include <algorithm>
#include <cmath>

namespace sim {

void TokenBucket::configure(double rate, double rejectCost, qint64 nowMs)
{
    m_rate = rate;
    m_rejectCost = rejectCost;
    m_tokens = rate; // start with a full one-second burst
    m_lastMs = nowMs;
}

void TokenBucket::refill(qint64 nowMs)
{
    const double elapsed = double(std::max<qint64>(0, nowMs - m_lastMs)) / 1000.0;
    m_tokens = std::min(m_rate, m_tokens + elapsed * m_rate);
    m_lastMs = nowMs;
}

bool TokenBucket::tryAcquire(qint64 nowMs)
{
    if (unlimited())
        return true;
    refill(nowMs);
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return true;
    }
    m_tokens = std::max(-m_rate, m_tokens - m_rejectCost);
    return false;
}

int TokenBucket::retryAfterSeconds() const
{
    if (unlimited())
        return 1;
    return std::max(1, int(std::ceil((1.0 - m_tokens) / m_rate)));
}

} // namespace sim
