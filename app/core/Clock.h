#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>

namespace bubuh {

// Time, replaceable: tests and the overload benchmark run on a virtual clock
// (as KeePassXC's Clock does).
class Clock
{
public:
    virtual ~Clock() = default;
    // Monotonic milliseconds, for delays and deadlines.
    virtual qint64 monotonicMs() const = 0;
    // Wall time, for records and for Retry-After dates.
    virtual QDateTime now() const = 0;

    static Clock &system();
};

class VirtualClock : public Clock
{
public:
    explicit VirtualClock(const QDateTime &start
                          = QDateTime::fromSecsSinceEpoch(1790000000, QTimeZone::utc()))
        : m_start(start)
    { }
    qint64 monotonicMs() const override { return m_ms; }
    QDateTime now() const override { return m_start.addMSecs(m_ms); }
    void advance(qint64 ms) { m_ms += ms; }
    void setMs(qint64 ms) { m_ms = ms; }

private:
    QDateTime m_start;
    qint64 m_ms = 0;
};

} // namespace bubuh
