#pragma once

#include "SimHttp.h"

#include <QString>
#include <functional>
#include <memory>

class QHttpServerRequest;
class QTcpSocket;

namespace sim {

class SimState;
class StampingApi;
class ShopApi;
class SimCertificateAuthority;
class HeldPolls;

// Routes a request to its endpoint and plays the service's bad days around it: the capacity
// limit, the waiting-room gate and the injected faults (503, 429, resets before and after the
// work is committed, slow and malformed replies).
class SimDispatcher
{
public:
    SimDispatcher(SimState &state, StampingApi &stamping, ShopApi &shop,
                  const SimCertificateAuthority &ca);
    ~SimDispatcher();

    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    std::function<void(const QString &endpoint, const QString &kind)> onFault;

private:
    enum class Role { PartA, Shop, Admin };
    struct Route
    {
        QString endpoint; // protocol.md Part D endpoint name; empty for /sim/*
        Role role = Role::Admin;
        std::function<SimReply(const SimRequest &)> handler;
    };

    Route route(const SimRequest &request);
    // The ticket of a long poll (`GET /queue/<ticket>?wait=S`), answered later by HeldPolls.
    QString longPollTicket(const SimRequest &request) const;
    SimReply admin(const SimRequest &request);
    QString drawFault(const QString &endpoint);
    static SimReply busy(Role role, int status, int retryAfter);
    void deliver(QTcpSocket *socket, const SimReply &reply, const SimRequest &request);

    SimState &m_state;
    StampingApi &m_stamping;
    ShopApi &m_shop;
    const SimCertificateAuthority &m_ca;
    std::unique_ptr<HeldPolls> m_heldPolls;
};

} // namespace sim
