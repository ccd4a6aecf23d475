#pragma once

#include <QtHttpServer/QAbstractHttpServer>
#include <functional>

namespace sim {

// A bare HTTP server: every request goes to one handler, which owns the socket's reply.
// QHttpServer's router cannot delay a reply or drop a connection mid-request, and the
// simulator's faults need both.
class SimHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;
    explicit SimHttpServer(Handler handler, QObject *parent = nullptr)
        : QAbstractHttpServer(parent), m_handler(std::move(handler))
    { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_handler(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    Handler m_handler;
};

} // namespace sim
