#pragma once

#include <QtGlobal>

namespace sim {

// Server capacity: `rate` requests per second with a one-second burst. A rejection is not
// free: it takes `rejectCost` of a request's worth, and the bucket may go into debt down to
// one second of capacity. A retry storm therefore delays recovery, as it does on a real server.
class TokenBucket
{
public:
    void configure(double rate, double rejectCost, qint64 nowMs);
    bool unlimited() const { return m_rate <= 0.0; }

    // Takes one token if there is one; otherwise charges the rejection cost and returns false.
    bool tryAcquire(qint64 nowMs);
    // Whole seconds until a token is expected, at least 1.
    int retryAfterSeconds() const;

private:
    void refill(qint64 nowMs);

    double m_rate = 0.0;
    double m_rejectCost = 0.02;
    double m_tokens = 0.0;
    qint64 m_lastMs = 0;
};

} // namespace sim
