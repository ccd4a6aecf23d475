#pragma once

#include "ShopModel.h"

#include "net/RetryPolicy.h"
#include "net/WaitingRoomClient.h"

#include <QRandomGenerator>
#include <QString>
#include <functional>
#include <memory>

namespace bench {

// How one person's client behaves. It is told each answer and says when to send next
// (or that it is done). Bubuh's strategies drive the real RetryPolicy and WaitingRoomClient.
class Strategy
{
public:
    virtual ~Strategy() = default;

    enum class Send { Order, QueueJoin, QueuePoll, Nothing };
    struct Next
    {
        Send send = Send::Nothing;
        qint64 atMs = 0;
    };

    virtual Next start(qint64 nowMs) { return {Send::Order, nowMs}; }
    virtual Next afterOrder(const ShopModel::Reply &reply, qint64 nowMs) = 0;
    virtual Next afterQueue(const QJsonObject &, qint64 nowMs) { return {Send::Nothing, nowMs}; }
    virtual quint64 key() const { return 0; }
    virtual QString queueToken() const { return {}; }
    virtual QString ticket() const { return {}; }
    // How long the next queue poll asks the room to hold it; 0 = a plain poll.
    virtual int queueWaitSeconds() const { return 0; }
    // Where an unserved person stands at the deadline.
    enum class Stage { Ordering, InQueue, Admitted };
    virtual Stage stage(qint64) const { return Stage::Ordering; }
};

struct StrategyKind
{
    QString name;
    QString description;
    bool waitingRoom = false;
    std::function<std::unique_ptr<Strategy>(QRandomGenerator &rng, quint64 key)> make;
    bool longPoll = true; // the waiting room offers long polls
};

QList<StrategyKind> strategies();

} // namespace bench
