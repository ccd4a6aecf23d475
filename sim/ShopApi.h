#pragma once

#include "SimHttp.h"
#include "SimWaitingRoom.h"

namespace sim {

class SimState;
struct SimOrder;

// Part B (the distributor's shop) and Part C's waiting room, with real idempotency.
class ShopApi
{
public:
    static constexpr int kPrice = 10000;
    static constexpr int kFee = 1500;

    explicit ShopApi(SimState &state) : m_state(state) { }

    SimReply products(const SimRequest &request);
    SimReply createOrder(const SimRequest &request);
    SimReply order(const SimRequest &request, const QString &orderId);
    SimReply listOrders(const SimRequest &request);
    SimReply pay(const SimRequest &request, const QString &orderId);

    SimReply joinQueue(const SimRequest &request);
    SimReply pollQueue(const SimRequest &request, const QString &ticket);
    SimReply leaveQueue(const SimRequest &request, const QString &ticket);
    // The reply to a poll (short or long) that came to this status.
    static SimReply queueStatus(const SimWaitingRoom::Status &status, SimState &state);
    // The reply to an order without a valid admission token while the waiting room is on.
    static SimReply queueRequired();

    static SimReply busy(int status, int retryAfter);
    static SimReply unauthorized();

private:
    QJsonObject orderJson(const SimOrder &order) const;
    QString qrisPayload(const SimOrder &order) const;

    SimState &m_state;
};

} // namespace sim
