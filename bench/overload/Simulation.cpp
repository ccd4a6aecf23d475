#include "Simulation.h"

#include <QJsonObject>

#include <algorithm>
#include <queue>

using namespace Qt::StringLiterals;

namespace bench {

namespace {

constexpr qint64 kBucketMs = 10'000;

QList<qint64> arrivals(const RushConfig &config)
{
    return sortedArrivals(config.users, config.arrivalMs, config.seed * 7919 + 1);
}

struct Event
{
    qint64 atMs;
    qint64 sequence;
    int user;
    enum Kind { Send, OrderReply, QueueReply, QueueWake } kind;
    Strategy::Send send = Strategy::Send::Nothing;
    ShopModel::Reply reply;
    QJsonObject queueReply;
    quint64 hold = 0; // QueueWake: the held poll to look at again
    bool operator>(const Event &o) const
    {
        return atMs != o.atMs ? atMs > o.atMs : sequence > o.sequence;
    }
};

QJsonObject queueStatusJson(const sim::SimWaitingRoom::Status &s)
{
    if (!s.found)
        return {}; // 404: the client joins again
    if (s.tooEarly)
        return {{u"retryAfter"_s, s.retryAfter}};
    if (s.admitted)
        return {{u"admitted"_s, true},
                {u"queueToken"_s, s.queueToken},
                {u"validForSeconds"_s, s.validForSeconds},
                {u"ticket"_s, s.ticket},
                {u"position"_s, 0},
                {u"etaSeconds"_s, 0},
                {u"pollAfterSeconds"_s, 1}};
    return {{u"admitted"_s, false},
            {u"ticket"_s, s.ticket},
            {u"position"_s, s.position},
            {u"etaSeconds"_s, s.etaSeconds},
            {u"pollAfterSeconds"_s, s.pollAfterSeconds},
            {u"longPollSeconds"_s, s.longPollSeconds}};
}

} // namespace

QList<qint64> sortedArrivals(int users, qint64 windowMs, quint64 seed)
{
    QRandomGenerator rng(seed);
    QList<qint64> times(users);
    for (qint64 &t : times)
        t = qint64(rng.generateDouble() * double(windowMs));
    std::sort(times.begin(), times.end());
    return times;
}

qint64 RushResult::percentileMs(double p) const
{
    if (timesToSuccessMs.isEmpty())
        return 0;
    const qsizetype i = std::min<qsizetype>(timesToSuccessMs.size() - 1,
                                            qsizetype(p * double(timesToSuccessMs.size())));
    return timesToSuccessMs.at(i);
}

RushResult runRush(const RushConfig &config, const StrategyKind &kind)
{
    ShopModel::Config shopConfig = config.shop;
    shopConfig.waitingRoom = kind.waitingRoom;
    ShopModel shop(shopConfig, config.seed);
    shop.waitingRoom().setLongPoll(kind.longPoll);
    QRandomGenerator rng(config.seed * 104729 + 3);
    const QList<qint64> arrival = arrivals(config);

    std::vector<std::unique_ptr<Strategy>> clients;
    clients.reserve(size_t(config.users));
    std::priority_queue<Event, std::vector<Event>, std::greater<Event>> events;
    qint64 sequence = 0;
    for (int u = 0; u < config.users; ++u) {
        clients.push_back(kind.make(rng, quint64(u) + 1));
        const Strategy::Next first = clients.back()->start(arrival[u]);
        events.push({first.atMs, sequence++, u, Event::Send, first.send, {}, {}});
    }

    RushResult result;
    result.users = config.users;
    result.goodput = QList<int>(int(config.deadlineMs / kBucketMs) + 1, 0);
    QList<bool> done(config.users, false);
    const auto schedule = [&](int user, const Strategy::Next &next) {
        if (next.send != Strategy::Send::Nothing)
            events.push({next.atMs, sequence++, user, Event::Send, next.send, {}, {}});
    };
    const auto pushQueueReply = [&](int user, qint64 now, const QJsonObject &reply) {
        events.push({now + config.shop.rttMs,
                     sequence++,
                     user,
                     Event::QueueReply,
                     Strategy::Send::Nothing,
                     {},
                     reply});
    };
    // A held poll is answered, or looked at again when the room says it is due.
    const auto queueHeld = [&](int user, const sim::SimWaitingRoom::Held &held, qint64 now) {
        if (held.answer) {
            pushQueueReply(user, now, queueStatusJson(*held.answer));
            return;
        }
        Event wake{held.wakeAtMs,           sequence++, user, Event::QueueWake,
                   Strategy::Send::Nothing, {},         {}};
        wake.hold = held.hold;
        events.push(wake);
    };

    while (!events.empty()) {
        const Event e = events.top();
        events.pop();
        if (e.atMs > config.deadlineMs)
            break;
        Strategy &client = *clients[size_t(e.user)];
        switch (e.kind) {
        case Event::Send:
            if (e.send == Strategy::Send::Order) {
                const ShopModel::Reply r
                    = shop.order(e.atMs, e.user, client.key(), client.queueToken());
                events.push({r.atMs,
                             sequence++,
                             e.user,
                             Event::OrderReply,
                             Strategy::Send::Nothing,
                             r,
                             {}});
            } else if (e.send == Strategy::Send::QueuePoll && client.queueWaitSeconds() > 0) {
                shop.countEdgeRequest(); // a long poll: one request, however long it is held
                queueHeld(
                    e.user,
                    shop.waitingRoom().holdPoll(client.ticket(), client.queueWaitSeconds(), e.atMs),
                    e.atMs);
            } else {
                shop.countEdgeRequest();
                sim::SimWaitingRoom::Status s = e.send == Strategy::Send::QueueJoin
                    ? shop.waitingRoom().join(e.atMs)
                    : shop.waitingRoom().poll(client.ticket(), e.atMs);
                pushQueueReply(e.user, e.atMs, queueStatusJson(s));
            }
            break;
        case Event::QueueWake:
            queueHeld(e.user, shop.waitingRoom().checkHeld(client.ticket(), e.hold, e.atMs),
                      e.atMs);
            break;
        case Event::OrderReply:
            if (e.reply.answer == ShopModel::Answer::Success && !done[e.user]) {
                done[e.user] = true;
                ++result.served;
                result.timesToSuccessMs.append(e.atMs - arrival[e.user]);
                ++result.goodput[int(e.atMs / kBucketMs)];
            }
            schedule(e.user, client.afterOrder(e.reply, e.atMs));
            break;
        case Event::QueueReply: schedule(e.user, client.afterQueue(e.queueReply, e.atMs)); break;
        }
    }
    for (int u = 0; u < config.users; ++u) {
        result.duplicateCharges += std::max<qint64>(0, shop.charges(u) - 1);
        if (done[u])
            continue;
        switch (clients[size_t(u)]->stage(config.deadlineMs)) {
        case Strategy::Stage::InQueue: ++result.unservedInQueue; break;
        case Strategy::Stage::Admitted: ++result.unservedAdmitted; break;
        case Strategy::Stage::Ordering: ++result.unservedOrdering; break;
        }
    }
    result.frontDoorTimeouts = shop.frontDoorTimeouts();
    result.backendRequests = shop.backendRequests();
    result.edgeRequests = shop.edgeRequests();
    std::sort(result.timesToSuccessMs.begin(), result.timesToSuccessMs.end());
    return result;
}

RushResult idealRush(const RushConfig &config)
{
    RushResult result;
    result.users = config.users;
    result.goodput = QList<int>(int(config.deadlineMs / kBucketMs) + 1, 0);
    const double serviceMs = 1000.0 / config.shop.capacity;
    double free = 0;
    for (qint64 a : arrivals(config)) {
        const double served = std::max(double(a), free) + serviceMs;
        free = served;
        if (served > double(config.deadlineMs))
            continue;
        ++result.served;
        ++result.backendRequests;
        result.timesToSuccessMs.append(qint64(served) - a);
        ++result.goodput[int(served / kBucketMs)];
    }
    std::sort(result.timesToSuccessMs.begin(), result.timesToSuccessMs.end());
    return result;
}

} // namespace bench
