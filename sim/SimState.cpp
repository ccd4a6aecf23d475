#include "SimState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace sim {

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

quint64 effectiveSeed(quint64 seed)
{
    return seed ? seed : QRandomGenerator::system()->generate64();
}

} // namespace

SimState::SimState(const SimConfig &cfg) : config(cfg), rng(effectiveSeed(cfg.seed))
{
    m_clock.start();
    m_start = QDateTime::currentDateTimeUtc();
    configureLimits(0);
    accounts.insert(u"demo"_s, SimAccount{1, u"demo"_s, u"demo"_s, u"Pelamar Demo"_s, 0});
    jwtSecret = randomToken(32, u"abcdefghijklmnopqrstuvwxyz0123456789").toLatin1();
}

QString SimState::reconfigure(const QJsonObject &json)
{
    const quint64 oldSeed = config.seed;
    if (QString error = config.apply(json); !error.isEmpty())
        return error;
    if (json.contains("seed"_L1) && config.seed != oldSeed)
        rng.seed(effectiveSeed(config.seed));
    configureLimits(nowMs());
    return {};
}

void SimState::configureLimits(qint64 nowMs)
{
    capacity.configure(config.capacity, config.rejectCost, nowMs);
    stampCapacity.configure(config.stampCapacity, config.rejectCost, nowMs);
    waitingRoom.setAdmitRate(config.admitRate, nowMs);
    waitingRoom.setLongPoll(config.longPoll);
}

void SimState::settle()
{
    const QDateTime t = now();
    for (SimOrder &o : orders) {
        if (o.status == u"AWAITING_PAYMENT" && t >= o.expiresAt) {
            o.status = u"EXPIRED"_s;
        } else if (o.status == u"PAID"
                   && o.paidAt.addMSecs(qint64(config.fulfillDelay * 1000)) <= t) {
            o.status = u"FULFILLED"_s;
            o.quotaCredited = true;
            o.fulfilledAt = t;
            accounts[o.owner].saldo += o.quantity;
        }
    }
}

bool SimState::pay(SimOrder &o)
{
    settle();
    if (o.status != u"AWAITING_PAYMENT")
        return false;
    o.status = u"PAID"_s;
    o.charges += 1;
    o.paidAt = now();
    settle(); // a zero fulfilment delay credits at once
    return true;
}

QString SimState::randomToken(int length, QStringView alphabet)
{
    QString s;
    s.reserve(length);
    for (int i = 0; i < length; ++i)
        s += alphabet.at(rng.bounded(int(alphabet.size())));
    return s;
}

QString SimState::issueJwt(const QString &user)
{
    const qint64 iat = now().toSecsSinceEpoch();
    const QByteArray header = base64Url(R"({"alg":"HS256","typ":"JWT"})");
    const QJsonObject payload{{u"sub"_s, user},
                              {u"iat"_s, double(iat)},
                              {u"exp"_s, double(iat + config.tokenLifetime)},
                              {u"jti"_s, randomToken(12, u"0123456789abcdef")}};
    const QByteArray body = base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QByteArray signingInput = header + '.' + body;
    const QByteArray sig
        = QMessageAuthenticationCode::hash(signingInput, jwtSecret, QCryptographicHash::Sha256);
    return QString::fromLatin1(signingInput + '.' + base64Url(sig));
}

QString SimState::verifyJwt(const QString &token)
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3)
        return {};
    const QByteArray expected = base64Url(QMessageAuthenticationCode::hash(
        parts[0] + '.' + parts[1], jwtSecret, QCryptographicHash::Sha256));
    if (expected != parts[2])
        return {};
    const QJsonObject payload
        = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
              .object();
    if (qint64(payload.value("exp"_L1).toDouble()) <= now().toSecsSinceEpoch())
        return {};
    const QString user = payload.value("sub"_L1).toString();
    return accounts.contains(user) ? user : QString();
}

SimOrder *SimState::order(const QString &orderId)
{
    for (SimOrder &o : orders) {
        if (o.orderId == orderId)
            return &o;
    }
    return nullptr;
}

SimSerial *SimState::serial(const QString &sn)
{
    for (SimSerial &s : serials) {
        if (s.sn == sn)
            return &s;
    }
    return nullptr;
}

qint64 SimState::notStamped(const QString &owner) const
{
    return std::count_if(serials.begin(), serials.end(), [&owner](const SimSerial &s) {
        return s.owner == owner && s.status == u"NOTSTAMP";
    });
}

QJsonObject SimState::ledger() const
{
    QJsonArray orderList;
    for (const SimOrder &o : orders) {
        orderList.append(QJsonObject{{u"orderId"_s, o.orderId},
                                     {u"idempotencyKey"_s, o.idempotencyKey},
                                     {u"quantity"_s, o.quantity},
                                     {u"status"_s, o.status},
                                     {u"charges"_s, o.charges}});
    }
    QJsonArray serialList;
    for (const SimSerial &s : serials) {
        serialList.append(
            QJsonObject{{u"sn"_s, s.sn}, {u"docId"_s, s.docId}, {u"status"_s, s.status}});
    }
    const SimAccount demo = accounts.value(u"demo"_s);
    return QJsonObject{{u"orders"_s, orderList},
                       {u"serials"_s, serialList},
                       {u"account"_s,
                        QJsonObject{{u"saldo"_s, double(demo.saldo)},
                                    {u"notstamp"_s, double(notStamped(demo.user))}}},
                       {u"requests"_s,
                        QJsonObject{{u"total"_s, double(counters.total)},
                                    {u"rejected503"_s, double(counters.rejected503)},
                                    {u"rejected429"_s, double(counters.rejected429)},
                                    {u"queuePolls"_s, double(counters.queuePolls)},
                                    {u"queueJoins"_s, double(counters.queueJoins)},
                                    {u"queueRequired"_s, double(counters.queueRequired)}}}};
}

} // namespace sim
