#include "SimDispatcher.h"

#include "HeldPolls.h"
#include "ShopApi.h"
#include "SimCertificateAuthority.h"
#include "SimState.h"
#include "StampingApi.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QtHttpServer/QHttpServerRequest>

using namespace Qt::StringLiterals;

namespace sim {

Q_LOGGING_CATEGORY(lcSim, "bubuh.sim")

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Head: return "HEAD";
    default: return "OTHER";
    }
}

// Garbles a reply the way a crashing backend behind a proxy would.
QByteArray malformed(const QByteArray &body)
{
    return body.left(body.size() / 2) + QByteArray("\0<html>502 Bad Gateway</ht", 26);
}

const QRegularExpression &ticketPath()
{
    static const QRegularExpression re(u"^/queue/([a-f0-9]+)$"_s);
    return re;
}

SimRequest toSimRequest(const QHttpServerRequest &request)
{
    SimRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.query();
    r.body = request.body();
    for (const auto &[name, value] : request.headers())
        r.headers.insert(name.toLower(), value);
    const QByteArray host = r.header("host");
    r.baseUrl = u"http://"_s + QString::fromLatin1(host.isEmpty() ? "127.0.0.1" : host);
    return r;
}

} // namespace

SimDispatcher::SimDispatcher(SimState &state, StampingApi &stamping, ShopApi &shop,
                             const SimCertificateAuthority &ca)
    : m_state(state)
    , m_stamping(stamping)
    , m_shop(shop)
    , m_ca(ca)
    , m_heldPolls(std::make_unique<HeldPolls>(state))
{ }

SimDispatcher::~SimDispatcher() = default;

QString SimDispatcher::longPollTicket(const SimRequest &r) const
{
    if (r.method != "GET" || !r.query.hasQueryItem(u"wait"_s) || !m_state.config.longPoll)
        return {};
    return ticketPath().match(r.path).captured(1);
}

SimDispatcher::Route SimDispatcher::route(const SimRequest &r)
{
    const auto on = [&r](const char *method, QStringView path) {
        return r.method == method && r.path == path;
    };
    StampingApi &a = m_stamping;
    ShopApi &s = m_shop;
    using std::placeholders::_1;
    if (on("POST", u"/api/users/login"))
        return {u"login"_s, Role::PartA, std::bind(&StampingApi::login, &a, _1)};
    if ((r.method == "POST" || r.method == "GET") && r.path == u"/function/saldopos")
        return {u"saldopos"_s, Role::PartA, std::bind(&StampingApi::saldopos, &a, _1)};
    if (on("GET", u"/jenisdoc"))
        return {u"jenisdoc"_s, Role::PartA, std::bind(&StampingApi::jenisdoc, &a, _1)};
    if (on("POST", u"/uploaddoc2"))
        return {u"upload"_s, Role::PartA, std::bind(&StampingApi::upload, &a, _1)};
    if (on("POST", u"/chanel/stampv2"))
        return {u"serial"_s, Role::PartA, std::bind(&StampingApi::serial, &a, _1)};
    if (on("POST", u"/keystamp/adapter/docSigningZ"))
        return {u"stamp"_s, Role::PartA, std::bind(&StampingApi::stamp, &a, _1)};
    if (r.method == "GET" && r.path.startsWith(u"/getfile3/"))
        return {u"download"_s, Role::PartA, std::bind(&StampingApi::download, &a, _1)};
    if (on("GET", u"/api/chanel/stamp/ext"))
        return {u"snstatus"_s, Role::PartA, std::bind(&StampingApi::snStatus, &a, _1)};
    static const QRegularExpression saleRe(u"^/chanel/sale/stamp/ext/([0-9]+)$"_s);
    if (const auto m = saleRe.match(r.path); m.hasMatch() && r.method == "GET") {
        const int userId = m.captured(1).toInt();
        return {u"seriallist"_s, Role::PartA,
                [&a, userId](const SimRequest &q) { return a.serialList(q, userId); }};
    }
    if (on("GET", u"/api/v1/products"))
        return {u"products"_s, Role::Shop, std::bind(&ShopApi::products, &s, _1)};
    if (on("POST", u"/api/v1/orders"))
        return {u"orders"_s, Role::Shop, std::bind(&ShopApi::createOrder, &s, _1)};
    if (on("GET", u"/api/v1/orders"))
        return {u"orders"_s, Role::Shop, std::bind(&ShopApi::listOrders, &s, _1)};
    static const QRegularExpression orderRe(u"^/api/v1/orders/([A-Za-z0-9-]+)$"_s);
    if (const auto m = orderRe.match(r.path); m.hasMatch() && r.method == "GET") {
        const QString id = m.captured(1);
        return {u"order"_s, Role::Shop, [&s, id](const SimRequest &q) { return s.order(q, id); }};
    }
    if (on("POST", u"/queue/join"))
        return {u"queue"_s, Role::Shop, std::bind(&ShopApi::joinQueue, &s, _1)};
    if (const auto m = ticketPath().match(r.path); m.hasMatch()) {
        const QString ticket = m.captured(1);
        if (r.method == "GET")
            return {u"queue"_s, Role::Shop,
                    [&s, ticket](const SimRequest &q) { return s.pollQueue(q, ticket); }};
        if (r.method == "DELETE")
            return {u"queue"_s, Role::Shop,
                    [&s, ticket](const SimRequest &q) { return s.leaveQueue(q, ticket); }};
    }
    if (r.path.startsWith(u"/sim/"))
        return {QString(), Role::Admin, [this](const SimRequest &q) { return admin(q); }};
    return {QString(), Role::Admin, {}};
}

SimReply SimDispatcher::admin(const SimRequest &r)
{
    static const QRegularExpression payRe(u"^/sim/pay/([A-Za-z0-9-]+)$"_s);
    if (const auto m = payRe.match(r.path); m.hasMatch() && r.method == "POST")
        return m_shop.pay(r, m.captured(1));
    if (r.path == u"/sim/ledger" && r.method == "GET") {
        m_state.settle();
        return SimReply::json(QJsonDocument(m_state.ledger()));
    }
    if (r.path == u"/sim/config" && r.method == "GET")
        return SimReply::json(QJsonDocument(m_state.config.toJson()));
    if (r.path == u"/sim/config" && r.method == "POST") {
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        const QString error
            = doc.isObject() ? m_state.reconfigure(doc.object()) : u"body must be a JSON object"_s;
        if (!error.isEmpty())
            return SimReply::problem(400, u"Konfigurasi tidak sah"_s, error);
        m_heldPolls->wakeAll(); // a new admission pace may be news to those waiting
        return SimReply::json(QJsonDocument(m_state.config.toJson()));
    }
    if (r.path == u"/sim/ca.pem" && r.method == "GET") {
        SimReply reply;
        reply.contentType = "application/x-pem-file";
        reply.body = m_ca.rootPem();
        return reply;
    }
    return SimReply::problem(404, u"Tidak ditemukan"_s, r.path);
}

QString SimDispatcher::drawFault(const QString &endpoint)
{
    // Kinds are drawn in a fixed order so that one seed always gives the same faults.
    for (const QString &kind : SimConfig::faultKinds()) {
        double p = 0;
        for (const QString &ep : {endpoint, u"*"_s}) {
            if (const auto it = m_state.config.faults.constFind(ep);
                it != m_state.config.faults.constEnd())
                p = std::max(p, it->value(kind, 0.0));
        }
        if (SimConfig::isStampFault(kind) && endpoint != u"stamp")
            continue;
        if (p > 0 && m_state.rng.generateDouble() < p)
            return kind;
    }
    return {};
}

SimReply SimDispatcher::busy(Role role, int status, int retryAfter)
{
    return role == Role::PartA ? StampingApi::busy(status, retryAfter)
                               : ShopApi::busy(status, retryAfter);
}

void SimDispatcher::deliver(QTcpSocket *socket, const SimReply &reply, const SimRequest &request)
{
    const bool close = request.header("connection").toLower() == "close";
    if (request.deliveryDelayMs <= 0) {
        writeHttpResponse(socket, reply, close);
        return;
    }
    QPointer<QTcpSocket> guarded(socket);
    QTimer::singleShot(request.deliveryDelayMs, socket, [guarded, reply, close] {
        if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
            writeHttpResponse(guarded, reply, close);
    });
}

void SimDispatcher::handle(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    SimRequest request = toSimRequest(httpRequest);
    const Route r = route(request);
    if (!r.handler) {
        writeHttpResponse(socket, SimReply::problem(404, u"Tidak ditemukan"_s, request.path),
                          false);
        return;
    }
    if (r.role == Role::Admin) {
        writeHttpResponse(socket, r.handler(request), false);
        return;
    }
    ++m_state.counters.total;
    const qint64 now = m_state.nowMs();

    // The waiting room is the edge: turning a client away there costs the backend nothing.
    if (m_state.config.queue && r.endpoint == u"orders" && request.method == "POST"
        && !m_state.waitingRoom.tokenValid(QString::fromLatin1(request.header("x-queue-token")),
                                           now)) {
        ++m_state.counters.rejected503;
        ++m_state.counters.queueRequired;
        writeHttpResponse(socket, ShopApi::queueRequired(), false);
        return;
    }
    const bool purchase = r.endpoint == u"orders" && request.method == "POST";
    if (m_state.config.queue && purchase)
        m_state.waitingRoom.orderAttempt(QString::fromLatin1(request.header("x-queue-token")), now);
    const QString key = QString::fromLatin1(request.header("idempotency-key"));
    // The signing side has its own limit; each request of a stamp job costs it, the
    // look-ups after a lost answer (SN status, serial list) included.
    static const QStringList stampingCalls
        = {u"upload"_s, u"serial"_s, u"stamp"_s, u"download"_s, u"snstatus"_s, u"seriallist"_s};
    const bool stamping = stampingCalls.contains(r.endpoint);
    const QString account = request.bearerToken();
    if (stamping && !m_state.stampCapacity.tryAcquire(now)) {
        ++m_state.counters.rejected503;
        // Told the backlog of accounts turned away, as purchases are: they come back spread.
        m_state.stampBacklog.rejected(account, now);
        const int retryAfter
            = std::max(m_state.stampCapacity.retryAfterSeconds(),
                       m_state.stampBacklog.retryAfterSeconds(
                           m_state.config.stampCapacity / SimConfig::kStampingRequestsPerDocument,
                           now, m_state.rng.generateDouble()));
        writeHttpResponse(socket, busy(r.role, 503, retryAfter), false);
        return;
    }
    if (stamping)
        m_state.stampBacklog.served(account);
    if (r.endpoint != u"queue" && !m_state.capacity.tryAcquire(now)) {
        ++m_state.counters.rejected503;
        int retryAfter = m_state.capacity.retryAfterSeconds();
        if (purchase && !key.isEmpty()) { // a purchase that will come back: tell it the backlog
            m_state.orderBacklog.rejected(key, now);
            retryAfter = std::max(retryAfter,
                                  m_state.orderBacklog.retryAfterSeconds(
                                      m_state.config.capacity, now, m_state.rng.generateDouble()));
        }
        writeHttpResponse(socket, busy(r.role, 503, retryAfter), false);
        return;
    }
    if (purchase)
        m_state.orderBacklog.served(key);

    const QString fault = drawFault(r.endpoint);
    if (!fault.isEmpty()) {
        qCDebug(lcSim) << "fault" << fault << "on" << r.endpoint;
        if (onFault)
            onFault(r.endpoint, fault);
    }
    if (fault == u"503" || fault == u"429") {
        ++(fault == u"503" ? m_state.counters.rejected503 : m_state.counters.rejected429);
        writeHttpResponse(socket, busy(r.role, fault.toInt(), 2), false);
        return;
    }
    if (fault == u"resetBefore") {
        socket->abort();
        return;
    }
    if (SimConfig::isStampFault(fault))
        request.fault = fault;
    if (fault == u"slow")
        request.deliveryDelayMs = qint64(m_state.config.slowSeconds * 1000);

    if (const QString held = longPollTicket(request); !held.isEmpty() && fault.isEmpty()) {
        const int wait = request.query.queryItemValue(u"wait"_s).toInt();
        m_heldPolls->hold(socket, held, wait, request.header("connection").toLower() == "close");
        return;
    }
    SimReply reply = r.handler(request);

    if (r.endpoint == u"queue" && request.method == "DELETE" && reply.status == 204)
        m_heldPolls->wakeAll();   // everyone behind moved up: news, or an earlier admission
    if (fault == u"resetAfter") { // the work is committed; only the answer is lost
        socket->abort();
        return;
    }
    if (fault == u"malformed")
        reply.body = malformed(reply.body);
    deliver(socket, reply, request);
}

} // namespace sim
