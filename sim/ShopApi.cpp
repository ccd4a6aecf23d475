#include "ShopApi.h"

#include "SimState.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sim {

namespace {

QJsonValue timestamp(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue();
}

// CRC-16/CCITT-FALSE, the checksum that closes every QRIS payload (tag 63).
QString crc16(const QByteArray &data)
{
    quint16 crc = 0xFFFF;
    for (char ch : data) {
        crc ^= quint16(quint8(ch)) << 8;
        for (int i = 0; i < 8; ++i)
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ 0x1021) : quint16(crc << 1);
    }
    return QString::number(crc, 16).rightJustified(4, u'0').toUpper();
}

QString tlv(const QString &tag, const QString &value)
{
    return tag + QString::number(value.size()).rightJustified(2, u'0') + value;
}

} // namespace

SimReply ShopApi::busy(int status, int retryAfter)
{
    return SimReply::problem(
               status, status == 429 ? u"Terlalu banyak permintaan"_s : u"Layanan sedang penuh"_s,
               u"Silakan coba lagi setelah %1 detik."_s.arg(retryAfter))
        .withHeader("Retry-After", QByteArray::number(retryAfter));
}

SimReply ShopApi::unauthorized()
{
    return SimReply::problem(401, u"Belum masuk"_s, u"Token tidak valid atau sudah kedaluwarsa."_s);
}

SimReply ShopApi::queueRequired()
{
    return SimReply::problem(503, u"Antrean aktif"_s,
                             u"Bergabunglah dengan antrean terlebih dahulu."_s,
                             QJsonObject{{u"queue"_s, u"required"_s}})
        .withHeader("Retry-After", "1");
}

SimReply ShopApi::products(const SimRequest &)
{
    return SimReply::json(QJsonDocument(QJsonArray{QJsonObject{{u"sku"_s, u"EMT-10000"_s},
                                                               {u"name"_s, u"e-Meterai Rp10.000"_s},
                                                               {u"price"_s, kPrice},
                                                               {u"fee"_s, kFee}}}));
}

QString ShopApi::qrisPayload(const SimOrder &o) const
{
    // An EMVCo-shaped QRIS string for the demo; merchant and city say it is a simulation.
    QString s = tlv(u"00"_s, u"01"_s) + tlv(u"01"_s, u"12"_s)
        + tlv(u"26"_s, tlv(u"00"_s, u"ID.BUBUH.SIMULASI"_s) + tlv(u"01"_s, o.orderId))
        + tlv(u"52"_s, u"5999"_s) + tlv(u"53"_s, u"360"_s) + tlv(u"54"_s, QString::number(o.amount))
        + tlv(u"58"_s, u"ID"_s) + tlv(u"59"_s, u"SIMULASI BUBUH"_s) + tlv(u"60"_s, u"JAKARTA"_s)
        + tlv(u"62"_s, tlv(u"01"_s, o.paymentReference)) + u"6304"_s;
    return s + crc16(s.toLatin1());
}

QJsonObject ShopApi::orderJson(const SimOrder &o) const
{
    QJsonObject payment{{u"method"_s, o.method},
                        {u"expiresAt"_s, timestamp(o.expiresAt)},
                        {u"reference"_s, o.paymentReference}};
    if (o.method == u"QRIS")
        payment.insert(u"qris"_s, o.qris);
    else
        payment.insert(u"vaNumber"_s, o.vaNumber);
    // A broken shop (misreport) answers with one more than was ordered, at that price.
    const int shown = o.quantity + (m_state.config.misreport ? 1 : 0);
    return QJsonObject{{u"orderId"_s, o.orderId},
                       {u"status"_s, o.status},
                       {u"sku"_s, o.sku},
                       {u"quantity"_s, shown},
                       {u"amount"_s, double(qint64(shown) * (kPrice + kFee))},
                       {u"quotaCredited"_s, o.quotaCredited},
                       {u"payment"_s, payment},
                       {u"createdAt"_s, timestamp(o.createdAt)},
                       {u"paidAt"_s, timestamp(o.paidAt)},
                       {u"fulfilledAt"_s, timestamp(o.fulfilledAt)},
                       {u"expiresAt"_s, timestamp(o.expiresAt)}};
}

SimReply ShopApi::createOrder(const SimRequest &request)
{
    const QString user = m_state.verifyJwt(request.bearerToken());
    if (user.isEmpty())
        return unauthorized();
    const QString key = QString::fromLatin1(request.header("idempotency-key"));
    if (QUuid::fromString(key).isNull())
        return SimReply::problem(
            400, u"Idempotency-Key wajib"_s,
            u"Setiap pesanan memerlukan header Idempotency-Key berupa UUID."_s);
    const QJsonDocument parsed = QJsonDocument::fromJson(request.body);
    if (!parsed.isObject())
        return SimReply::problem(400, u"Permintaan tidak sah"_s, u"Badan permintaan bukan JSON."_s);
    // The body hash is over its canonical form, so key order and spacing do not matter.
    const QByteArray canonical = user.toUtf8() + '\n' + parsed.toJson(QJsonDocument::Compact);
    const QByteArray bodyHash = QCryptographicHash::hash(canonical, QCryptographicHash::Sha256);

    const qint64 now = m_state.nowMs();
    m_state.settle();
    if (auto it = m_state.idempotency.find(key); it != m_state.idempotency.end()) {
        if (now - it->createdMs > qint64(m_state.config.keyLifetime * 1000)) {
            m_state.idempotency.erase(it); // an expired key starts afresh
        } else if (now < it->inFlightUntilMs) {
            return SimReply::problem(409, u"Permintaan yang sama sedang diproses"_s,
                                     u"Ulangi beberapa saat lagi dengan kunci yang sama."_s)
                .withHeader("Retry-After", "1");
        } else if (it->bodyHash != bodyHash) {
            return SimReply::problem(
                422, u"Kunci dipakai untuk pesanan lain"_s,
                u"Idempotency-Key ini sudah dipakai dengan isi yang berbeda."_s);
        } else {
            const SimOrder *o = m_state.order(it->orderId);
            return SimReply::json(QJsonDocument(orderJson(*o)))
                .withHeader("Idempotent-Replayed", "true");
        }
    }

    const QJsonObject body = parsed.object();
    const QString sku = body.value("sku"_L1).toString();
    const int quantity = body.value("quantity"_L1).toInt(0);
    const QString method = body.value("paymentMethod"_L1).toString();
    if (sku != u"EMT-10000")
        return SimReply::problem(422, u"Produk tidak dikenal"_s, sku);
    if (!body.value("quantity"_L1).isDouble() || quantity < 1 || quantity > 1000)
        return SimReply::problem(422, u"Jumlah tidak sah"_s, u"Jumlah harus 1 sampai 1000."_s);
    if (method != u"QRIS" && method != u"VA")
        return SimReply::problem(422, u"Metode pembayaran tidak dikenal"_s, method);

    SimOrder o;
    o.orderId = u"ORD-"_s + m_state.randomToken(12, u"ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    o.idempotencyKey = key;
    o.owner = user;
    o.sku = sku;
    o.method = method;
    o.quantity = quantity;
    o.amount = qint64(quantity) * (kPrice + kFee);
    o.createdAt = m_state.now();
    o.expiresAt = o.createdAt.addSecs(m_state.config.paymentWindow);
    o.paymentReference = m_state.randomToken(16, u"0123456789");
    if (method == u"QRIS")
        o.qris = qrisPayload(o);
    else
        o.vaNumber = u"8808"_s + m_state.randomToken(12, u"0123456789");
    m_state.orders.append(o);
    m_state.idempotency.insert(
        key, IdempotencyRecord{bodyHash, o.orderId, now, now + request.deliveryDelayMs});
    SimOrder &stored = m_state.orders.last();
    if (m_state.config.autoPay)
        m_state.pay(stored);
    return SimReply::json(QJsonDocument(orderJson(stored)), 201)
        .withHeader("Location", "/api/v1/orders/" + stored.orderId.toLatin1());
}

SimReply ShopApi::order(const SimRequest &request, const QString &orderId)
{
    const QString user = m_state.verifyJwt(request.bearerToken());
    if (user.isEmpty())
        return unauthorized();
    m_state.settle();
    const SimOrder *o = m_state.order(orderId);
    if (!o || o->owner != user)
        return SimReply::problem(404, u"Pesanan tidak ditemukan"_s, orderId);
    return SimReply::json(QJsonDocument(orderJson(*o)));
}

SimReply ShopApi::listOrders(const SimRequest &request)
{
    const QString user = m_state.verifyJwt(request.bearerToken());
    if (user.isEmpty())
        return unauthorized();
    QDateTime since;
    if (request.query.hasQueryItem(u"since"_s)) {
        since = QDateTime::fromString(request.query.queryItemValue(u"since"_s, QUrl::FullyDecoded),
                                      Qt::ISODateWithMs);
        if (!since.isValid())
            return SimReply::problem(400, u"Parameter since tidak sah"_s,
                                     u"Gunakan waktu RFC 3339, misalnya 2026-11-27T07:00:00Z."_s);
    }
    m_state.settle();
    QJsonArray list;
    for (const SimOrder &o : m_state.orders) {
        if (o.owner == user && (!since.isValid() || o.createdAt >= since)) {
            // The key each order was placed with: a client reconciles on it, not on times.
            QJsonObject entry = orderJson(o);
            entry.insert(u"idempotencyKey"_s, o.idempotencyKey);
            list.append(entry);
        }
    }
    return SimReply::json(QJsonDocument(list));
}

SimReply ShopApi::pay(const SimRequest &, const QString &orderId)
{
    SimOrder *o = m_state.order(orderId);
    if (!o)
        return SimReply::problem(404, u"Pesanan tidak ditemukan"_s, orderId);
    if (!m_state.pay(*o)) // never a second charge
        return SimReply::problem(409, u"Pesanan tidak menunggu pembayaran"_s,
                                 u"Status pesanan: %1."_s.arg(o->status));
    return SimReply::json(QJsonDocument(orderJson(*o)));
}

SimReply ShopApi::joinQueue(const SimRequest &)
{
    ++m_state.counters.queueJoins;
    const SimWaitingRoom::Status s = m_state.waitingRoom.join(m_state.nowMs());
    QJsonObject o{{u"ticket"_s, s.ticket},
                  {u"position"_s, s.position},
                  {u"etaSeconds"_s, s.etaSeconds},
                  {u"pollAfterSeconds"_s, s.pollAfterSeconds},
                  {u"admitted"_s, s.admitted}};
    if (s.longPollSeconds > 0)
        o.insert(u"longPollSeconds"_s, s.longPollSeconds);
    return SimReply::json(QJsonDocument(o), 201);
}

SimReply ShopApi::pollQueue(const SimRequest &, const QString &ticket)
{
    ++m_state.counters.queuePolls;
    return queueStatus(m_state.waitingRoom.poll(ticket, m_state.nowMs()), m_state);
}

SimReply ShopApi::queueStatus(const SimWaitingRoom::Status &s, SimState &state)
{
    if (!s.found)
        return SimReply::problem(404, u"Tiket antrean tidak dikenal"_s,
                                 u"Bergabunglah lagi dengan antrean."_s);
    if (s.tooEarly) {
        ++state.counters.rejected429;
        return busy(429, s.retryAfter);
    }
    if (s.admitted)
        return SimReply::json(
            QJsonDocument(QJsonObject{{u"admitted"_s, true},
                                      {u"queueToken"_s, s.queueToken},
                                      {u"validForSeconds"_s, s.validForSeconds}}));
    QJsonObject o{{u"admitted"_s, false},
                  {u"position"_s, s.position},
                  {u"etaSeconds"_s, s.etaSeconds},
                  {u"pollAfterSeconds"_s, s.pollAfterSeconds}};
    if (s.longPollSeconds > 0)
        o.insert(u"longPollSeconds"_s, s.longPollSeconds);
    return SimReply::json(QJsonDocument(o));
}

SimReply ShopApi::leaveQueue(const SimRequest &, const QString &ticket)
{
    if (!m_state.waitingRoom.leave(ticket, m_state.nowMs()))
        return SimReply::problem(404, u"Tiket antrean tidak dikenal"_s);
    SimReply r;
    r.status = 204;
    return r;
}

} // namespace sim
