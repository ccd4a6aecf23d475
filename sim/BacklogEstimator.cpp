#include "BacklogEstimator.h"

#include <algorithm>
#include <cmath>

namespace sim {

void BacklogEstimator::rejected(const QString &key, qint64 nowMs)
{
    if (!key.isEmpty())
        m_lastRejectedMs.insert(key, nowMs);
}

void BacklogEstimator::served(const QString &key)
{
    m_lastRejectedMs.remove(key);
}

void BacklogEstimator::prune(qint64 nowMs)
{
    // A client is still waiting if it came back within about one advised wait.
    const qint64 window = std::max<qint64>(kMinWindowMs, 2LL * m_lastAdvice * 1000);
    if (nowMs - m_lastPruneMs < 1000)
        return;
    m_lastPruneMs = nowMs;
    m_lastRejectedMs.removeIf(
        [&](const QHash<QString, qint64>::iterator &it) { return nowMs - it.value() > window; });
}

int BacklogEstimator::retryAfterSeconds(double capacity, qint64 nowMs, double random01)
{
    prune(nowMs);
    if (capacity <= 0)
        return 1;
    const double drain = double(m_lastRejectedMs.size()) / capacity;
    m_lastAdvice = std::clamp(int(std::ceil(drain)), 1, kMaxSeconds);
    const double spread = std::min(2.0 * drain, double(kMaxSeconds));
    return std::clamp(int(std::ceil(1.0 + random01 * std::max(0.0, spread - 1.0))), 1, kMaxSeconds);
}

} // namespace sim
