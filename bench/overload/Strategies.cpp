#include "Strategies.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bench {

namespace {

using Answer = ShopModel::Answer;
using Send = Strategy::Send;

// Retries the moment an answer (or its absence) is known.
class NaiveRetry final : public Strategy
{
public:
    Next afterOrder(const ShopModel::Reply &r, qint64 now) override
    {
        return r.answer == Answer::Success ? Next{} : Next{Send::Order, now};
    }
};

// A person pressing "refresh" about once a second until the page says it worked.
class PersonRefreshing final : public Strategy
{
public:
    Next afterOrder(const ShopModel::Reply &r, qint64 now) override
    {
        return r.answer == Answer::Success ? Next{} : Next{Send::Order, now + 1000};
    }
};

// AWS SDK "standard" retry mode: 3 attempts, full jitter (base 1 s, cap 20 s), a 500-token
// retry quota (5 per retry, 10 after a timeout, 1 back per success); when the SDK gives up,
// the person clicks again after 2 to 10 seconds.
class AwsStandard final : public Strategy
{
public:
    explicit AwsStandard(QRandomGenerator &rng) : m_rng(rng) { }
    Next afterOrder(const ShopModel::Reply &r, qint64 now) override
    {
        if (r.answer == Answer::Success) {
            m_quota = std::min(500, m_quota + 1);
            return {};
        }
        const int cost = r.answer == Answer::Timeout ? 10 : 5;
        if (m_attempt < 3 && m_quota >= cost) {
            m_quota -= cost;
            const double ceiling = std::min(20'000.0, 1000.0 * double(1 << (m_attempt - 1)));
            ++m_attempt;
            return {Send::Order, now + qint64(m_rng.generateDouble() * ceiling)};
        }
        m_attempt = 1; // the SDK gave up; the person tries again
        return {Send::Order, now + 2000 + qint64(m_rng.generateDouble() * 8000)};
    }

private:
    QRandomGenerator &m_rng;
    int m_attempt = 1;
    int m_quota = 500;
};

// Bubuh's RetryPolicy, with or without heeding Retry-After, always with an idempotency key.
class BubuhRetry : public Strategy
{
public:
    BubuhRetry(QRandomGenerator &rng, quint64 key, bool heedRetryAfter)
        : m_rng(rng), m_key(key), m_heedRetryAfter(heedRetryAfter)
    { }
    Next start(qint64 now) override
    {
        m_startedMs = now;
        return {Send::Order, now};
    }
    Next afterOrder(const ShopModel::Reply &r, qint64 now) override
    {
        if (r.answer == Answer::Success)
            return {};
        bubuh::AttemptOutcome outcome;
        outcome.kind = r.answer == Answer::Busy ? bubuh::AttemptOutcome::Kind::Busy
                                                : bubuh::AttemptOutcome::Kind::Lost;
        if (r.answer == Answer::Busy && m_heedRetryAfter)
            outcome.retryAfterMs = r.retryAfterMs;
        const auto d = m_policy.decide(outcome, ++m_attempts, now - m_startedMs, true, m_rng);
        if (d.action != bubuh::RetryPolicy::Action::Retry)
            return {};
        return {Send::Order, now + d.delayMs};
    }
    quint64 key() const override { return m_key; }

protected:
    QRandomGenerator &m_rng;
    bubuh::RetryPolicy m_policy;
    quint64 m_key;
    bool m_heedRetryAfter;
    int m_attempts = 0;
    qint64 m_startedMs = 0;
};

// ...and in front of it the real WaitingRoomClient.
class BubuhQueued final : public BubuhRetry
{
public:
    BubuhQueued(QRandomGenerator &rng, quint64 key) : BubuhRetry(rng, key, true) { }
    Next afterOrder(const ShopModel::Reply &r, qint64 now) override
    {
        if (r.answer == Answer::QueueRequired) {
            m_room.queueRequired();
            return nextQueueStep(now);
        }
        return BubuhRetry::afterOrder(r, now);
    }
    Next afterQueue(const QJsonObject &reply, qint64 now) override
    {
        if (reply.contains("retryAfter"_L1)) // 429: polled sooner than the room allows
            m_room.tooEarly(qint64(reply.value("retryAfter"_L1).toInt()) * 1000, now);
        else if (m_room.state().ticket.isEmpty() ? !m_room.joined(reply, now)
                                                 : !m_room.polled(reply, now))
            m_room.ticketLost();
        return nextQueueStep(now);
    }
    QString queueToken() const override { return m_room.queueToken(); }
    QString ticket() const override { return m_room.state().ticket; }
    int queueWaitSeconds() const override { return m_room.pollWaitSeconds(); }
    Stage stage(qint64 now) const override
    {
        return m_room.hasToken(now) ? Stage::Admitted
                                    : (m_room.inQueue() ? Stage::InQueue : Stage::Ordering);
    }

private:
    Next nextQueueStep(qint64 now)
    {
        switch (m_room.next(now)) {
        case bubuh::WaitingRoomClient::Step::Join: return {Send::QueueJoin, now};
        case bubuh::WaitingRoomClient::Step::Poll:
            return {Send::QueuePoll, std::max(now, m_room.nextPollMs())};
        default: return {Send::Order, now};
        }
    }
    bubuh::WaitingRoomClient m_room;
};

} // namespace

QList<StrategyKind> strategies()
{
    return {
        {u"naive"_s, u"immediate retry, no key"_s, false,
         [](QRandomGenerator &, quint64) { return std::make_unique<NaiveRetry>(); }},
        {u"person"_s, u"a person refreshing every 1 s, no key"_s, false,
         [](QRandomGenerator &, quint64) { return std::make_unique<PersonRefreshing>(); }},
        {u"aws-standard"_s,
         u"AWS SDK standard retry, then the person clicks again after 2-10 s, no key"_s, false,
         [](QRandomGenerator &rng, quint64) { return std::make_unique<AwsStandard>(rng); }},
        {u"jitter-no-retry-after"_s, u"full jitter ignoring Retry-After, with key"_s, false,
         [](QRandomGenerator &rng, quint64 key) {
             return std::make_unique<BubuhRetry>(rng, key, false);
         }},
        {u"bubuh"_s, u"Bubuh: RetryPolicy with Retry-After, key, no waiting room"_s, false,
         [](QRandomGenerator &rng, quint64 key) {
             return std::make_unique<BubuhRetry>(rng, key, true);
         }},
        {u"bubuh-queue-poll"_s, u"Bubuh with a waiting room that only answers polls"_s, true,
         [](QRandomGenerator &rng, quint64 key) { return std::make_unique<BubuhQueued>(rng, key); },
         false},
        {u"bubuh-queue"_s, u"Bubuh with a waiting room that holds long polls"_s, true,
         [](QRandomGenerator &rng, quint64 key) {
             return std::make_unique<BubuhQueued>(rng, key);
         }},
    };
}

} // namespace bench
