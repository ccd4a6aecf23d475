#include "StampRush.h"

#include "Simulation.h"

#include "net/RetryPolicy.h"

#include <QSet>

#include <algorithm>
#include <queue>
#include <utility>

using namespace Qt::StringLiterals;

namespace bench {

namespace {

using Op = StampService::Op;
using Answer = StampService::Answer;
using Timing = StampStrategy::Timing;

constexpr qint64 kFollowUpMs = 120'000; // StampBatch takes a job that gave up up again after this

QList<qint64> arrivals(const StampRushConfig &config)
{
    return sortedArrivals(config.users, config.arrivalMs, config.seed * 7919 + 5);
}

// One applicant's client, stamping its documents in turn.
class StampClient
{
public:
    StampClient(const StampStrategy &strategy, QRandomGenerator &rng, int firstDoc, int documents)
        : m_strategy(strategy), m_rng(rng), m_doc(firstDoc), m_lastDoc(firstDoc + documents - 1)
    { }

    Op op() const { return m_op; }
    int doc() const { return m_doc; }
    int sn() const { return m_sn; }
    void begin(qint64 now) { m_opStartMs = now; }

    // The answer to the request just sent; returns when to send the next one, or -1 when done.
    // *saved is set when it completed a document.
    qint64 answered(const StampService::Reply &r, qint64 now, bool *saved)
    {
        *saved = false;
        switch (r.answer) {
        case Answer::Ok: return succeeded(r, now, saved);
        case Answer::Busy: return retry(Op(m_op), now, Outcome::Busy, r.retryAfterMs);
        case Answer::Timeout: return lost(now);
        case Answer::Failed97:
            if (!m_strategy.recovers)
                return startOver(now);
            // StampFlow repeats a 97 at once with retryFlag; after a second it asks the SN's
            // status and, still unstamped, leaves the job to the batch's follow-up.
            if (++m_failures97 == 1)
                return next(Op::Stamp, now);
            m_parkAfterStatus = true;
            return next(Op::Status, now);
        case Answer::Used:
            return m_strategy.recovers ? retry(Op::Status, now, Outcome::Definite, 0)
                                       : startOver(now);
        }
        return -1;
    }

private:
    enum class Outcome { Busy, Lost, Definite };

    // A new request (not a repeat of the last): its own attempts and deadline.
    qint64 next(Op op, qint64 at)
    {
        m_op = op;
        m_attempts = 0;
        m_sdkAttempt = 1;
        m_opStartMs = at;
        return at;
    }

    qint64 succeeded(const StampService::Reply &r, qint64 now, bool *saved)
    {
        m_sdkQuota = std::min(500, m_sdkQuota + 1);
        switch (m_op) {
        // StampFlow checks the balance before it asks for a serial.
        case Op::Upload: return next(m_strategy.recovers ? Op::Balance : Op::Serial, now);
        case Op::Balance: return next(Op::Serial, now);
        case Op::Serial: m_sn = r.sn; return next(Op::Stamp, now);
        case Op::SerialList:
            if (!r.sn)
                return next(Op::Serial, now); // none was issued: ask for one
            m_sn = r.sn;
            return next(Op::Status, now); // an SN found in the list is confirmed first
        case Op::Stamp: return next(Op::Download, now);
        case Op::Status:
            if (r.stamped)
                return next(Op::Download, now);
            if (std::exchange(m_parkAfterStatus, false)) {
                m_failures97 = 0;
                return next(Op::Stamp, now + kFollowUpMs);
            }
            return next(Op::Stamp, now);
        case Op::Download:
            *saved = true;
            if (m_doc == m_lastDoc)
                return -1;
            ++m_doc;
            m_sn = 0;
            m_failures97 = 0;
            return next(Op::Upload, now);
        }
        return -1;
    }

    qint64 lost(qint64 now)
    {
        if (m_strategy.recovers) {
            // A lost serial is looked for in the list rather than bought again; a lost stamp is
            // sent again with its SN (safe: the service refuses a used SN, and StampFlow then
            // asks the SN's status); the rest is simply repeated.
            if (m_op == Op::Serial)
                return retry(Op::SerialList, now, Outcome::Lost, 0);
            return retry(m_op, now, Outcome::Lost, 0);
        }
        // Without recovery a lost serial is asked for again (a new SN), a lost stamp is sent
        // again as it was (the service refuses a used SN, and the person starts over).
        return retry(m_op, now, Outcome::Lost, 0);
    }

    qint64 startOver(qint64 now)
    {
        m_sn = 0;
        return next(Op::Upload, now + personDelay(Outcome::Definite));
    }

    qint64 personDelay(Outcome outcome)
    {
        switch (m_strategy.timing) {
        case Timing::Immediate: return 0;
        case Timing::Person: return 1000;
        default:
            return outcome == Outcome::Definite ? 2000 + qint64(m_rng.generateDouble() * 8000) : 0;
        }
    }

    qint64 retry(Op op, qint64 now, Outcome outcome, qint64 retryAfterMs)
    {
        const bool sameRequest = op == m_op;
        qint64 delay = 0;
        switch (m_strategy.timing) {
        case Timing::Immediate: delay = 0; break;
        case Timing::Person: delay = 1000; break;
        case Timing::AwsStandard: delay = awsDelay(outcome); break;
        case Timing::Jitter:
        case Timing::Bubuh: {
            bubuh::AttemptOutcome o;
            o.kind = outcome == Outcome::Lost ? bubuh::AttemptOutcome::Kind::Lost
                                              : bubuh::AttemptOutcome::Kind::Busy;
            if (outcome == Outcome::Busy && m_strategy.timing == Timing::Bubuh)
                o.retryAfterMs = retryAfterMs;
            const auto d = m_policy.decide(o, ++m_attempts, now - m_opStartMs, true, m_rng);
            if (d.action == bubuh::RetryPolicy::Action::Retry) {
                delay = d.delayMs;
            } else { // the run gave up; the batch takes the job up again later
                delay = kFollowUpMs;
                m_attempts = 0;
                m_opStartMs = now + delay;
            }
            break;
        }
        }
        if (sameRequest)
            return now + delay;
        return next(op, now + delay);
    }

    qint64 awsDelay(Outcome outcome)
    {
        if (outcome == Outcome::Definite) // an answer the SDK does not retry
            return personDelay(outcome);
        const int cost = outcome == Outcome::Lost ? 10 : 5;
        if (m_sdkAttempt < 3 && m_sdkQuota >= cost) {
            m_sdkQuota -= cost;
            const double ceiling = std::min(20'000.0, 1000.0 * double(1 << (m_sdkAttempt - 1)));
            ++m_sdkAttempt;
            return qint64(m_rng.generateDouble() * ceiling);
        }
        m_sdkAttempt = 1; // the SDK gave up; the person presses again
        return 2000 + qint64(m_rng.generateDouble() * 8000);
    }

    const StampStrategy &m_strategy;
    QRandomGenerator &m_rng;
    bubuh::RetryPolicy m_policy;
    int m_doc;
    int m_lastDoc;
    Op m_op = Op::Upload;
    int m_sn = 0;
    int m_attempts = 0;
    qint64 m_opStartMs = 0;
    int m_sdkAttempt = 1;
    int m_sdkQuota = 500;
    int m_failures97 = 0;           // 97s in a row for this SN
    bool m_parkAfterStatus = false; // the status check after a second 97
};

struct Event
{
    qint64 atMs;
    qint64 sequence;
    int user;
    bool isReply;
    StampService::Reply reply;
    bool operator>(const Event &o) const
    {
        return atMs != o.atMs ? atMs > o.atMs : sequence > o.sequence;
    }
};

} // namespace

qint64 StampRushResult::percentileMs(double p) const
{
    if (timesMs.isEmpty())
        return 0;
    return timesMs.at(
        std::min<qsizetype>(timesMs.size() - 1, qsizetype(p * double(timesMs.size()))));
}

QList<StampStrategy> stampStrategies()
{
    return {
        {u"naive"_s,
         u"retries at once; no SN recovery: after a 97 or a lost answer starts over with a new SN"_s,
         Timing::Immediate, false},
        {u"person"_s, u"a person pressing again every 1 s; no SN recovery, as naive"_s,
         Timing::Person, false},
        {u"aws-standard"_s,
         u"AWS SDK standard retries of each request, then the person presses again after 2-10 s; "
         "no SN recovery, as naive"_s,
         Timing::AwsStandard, false},
        {u"jitter-no-retry-after"_s, u"Bubuh's recovery, full jitter ignoring Retry-After"_s,
         Timing::Jitter, true},
        {u"bubuh"_s,
         u"Bubuh: StampFlow's recovery, RetryPolicy with Retry-After, documents in turn"_s,
         Timing::Bubuh, true},
    };
}

StampRushResult runStampRush(const StampRushConfig &config, const StampStrategy &strategy)
{
    StampService service(config.service, config.seed);
    QRandomGenerator rng(config.seed * 104729 + 11);
    const QList<qint64> arrival = arrivals(config);
    std::vector<StampClient> clients;
    clients.reserve(size_t(config.users));
    std::priority_queue<Event, std::vector<Event>, std::greater<Event>> events;
    qint64 sequence = 0;
    for (int u = 0; u < config.users; ++u) {
        clients.emplace_back(strategy, rng, u * config.documentsEach, config.documentsEach);
        clients.back().begin(arrival[u]);
        events.push({arrival[u], sequence++, u, false, {}});
    }

    StampRushResult result;
    result.documents = config.users * config.documentsEach;
    QList<bool> saved(result.documents, false);
    while (!events.empty()) {
        const Event e = events.top();
        events.pop();
        if (e.atMs > config.deadlineMs)
            break;
        StampClient &client = clients[size_t(e.user)];
        if (!e.isReply) {
            const StampService::Reply r
                = service.call(e.atMs, e.user, client.op(), client.doc(), client.sn());
            events.push({r.atMs, sequence++, e.user, true, r});
            continue;
        }
        const int doc = client.doc();
        bool completed = false;
        const qint64 at = client.answered(e.reply, e.atMs, &completed);
        if (completed) {
            saved[doc] = true;
            ++result.saved;
            result.timesMs.append(e.atMs - arrival[e.user]);
        }
        if (at >= 0)
            events.push({at, sequence++, e.user, false, {}});
    }
    // An SN that an unfinished job still holds is not wasted: the job stamps with it later.
    QSet<int> held;
    for (const StampClient &c : clients) {
        if (c.sn() && !saved[c.doc()])
            held.insert(c.doc());
    }
    for (int d = 0; d < result.documents; ++d) {
        result.serialsWasted += service.serialsOf(d) - (saved[d] || held.contains(d) ? 1 : 0);
        result.stampedTwice += service.stampsOf(d) > 1 ? 1 : 0;
    }
    result.requests = service.requests();
    std::sort(result.timesMs.begin(), result.timesMs.end());
    return result;
}

StampRushResult idealStampRush(const StampRushConfig &config)
{
    const StampService::Config &s = config.service;
    QRandomGenerator rng(config.seed * 31 + 7);
    StampRushResult result;
    result.documents = config.users * config.documentsEach;
    constexpr int kRequests = sim::SimConfig::kStampingRequestsPerDocument;
    const double perDocumentMs = kRequests * 1000.0 / s.capacity;
    double free = 0;
    for (qint64 a : arrivals(config)) {
        for (int d = 0; d < config.documentsEach; ++d) {
            free = std::max(double(a), free) + perDocumentMs;
            const double stamp
                = double(s.stampMinMs) + rng.generateDouble() * double(s.stampMaxMs - s.stampMinMs);
            const double done = free + stamp + kRequests * double(s.rttMs);
            if (done > double(config.deadlineMs))
                continue;
            ++result.saved;
            result.requests += kRequests;
            result.timesMs.append(qint64(done) - a);
        }
    }
    std::sort(result.timesMs.begin(), result.timesMs.end());
    return result;
}

} // namespace bench
