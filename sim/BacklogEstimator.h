#pragma once

#include <QHash>
#include <QString>

namespace sim {

// An honest Retry-After for a server turning purchases away. The clients it turned away
// recently (each counted once, by its idempotency key) need backlog / capacity seconds to be
// served; each is told a wait drawn evenly from [1, 2 x that], so the crowd comes back spread
// over the time it takes to serve it: its retries add up to about the capacity, with neither a
// storm nor an idle server between waves.
class BacklogEstimator
{
public:
    static constexpr qint64 kMinWindowMs = 60'000;
    static constexpr int kMaxSeconds = 300;

    // A client (identified by key) was just turned away.
    void rejected(const QString &key, qint64 nowMs);
    // A client was served: it no longer waits.
    void served(const QString &key);
    // Seconds to ask the next rejected client to wait, at least 1; random01 in [0, 1).
    int retryAfterSeconds(double capacityPerSecond, qint64 nowMs, double random01);

private:
    void prune(qint64 nowMs);

    QHash<QString, qint64> m_lastRejectedMs;
    int m_lastAdvice = 1;
    qint64 m_lastPruneMs = 0;
};

} // namespace sim
