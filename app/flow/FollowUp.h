#pragma once

#include "core/Clock.h"

#include <QDateTime>
#include <QTimer>
#include <functional>

namespace bubuh {

// Takes work up again after a pause: when the service stayed unavailable, an order or stamp
// jobs are tried again by themselves, and at() tells the window when.
class FollowUp
{
public:
    explicit FollowUp(std::function<void()> action) : m_action(std::move(action))
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_at = {};
            m_action();
        });
    }

    void setDelay(qint64 ms) { m_delayMs = ms; }
    void schedule(Clock &clock)
    {
        m_at = clock.now().addMSecs(m_delayMs);
        m_timer.start(int(m_delayMs));
    }
    void cancel()
    {
        m_timer.stop();
        m_at = {};
    }
    // When it will happen; invalid when nothing is scheduled.
    QDateTime at() const { return m_at; }

private:
    std::function<void()> m_action;
    QTimer m_timer;
    qint64 m_delayMs = 120'000; // two minutes: long enough for an overloaded service to recover
    QDateTime m_at;
};

} // namespace bubuh
