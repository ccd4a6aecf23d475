// Part B of protocol.md: the distributor's shop, with real idempotency, against the simulator.
#include "SimFixture.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace test;

namespace {

QJsonObject orderBody(int quantity = 2, const QString &method = u"QRIS"_s)
{
    return {{u"sku"_s, u"EMT-10000"_s}, {u"quantity"_s, quantity}, {u"paymentMethod"_s, method}};
}

Headers withKey(const QString &token, const QByteArray &key)
{
    Headers h = bearer(token);
    h.append({"Idempotency-Key", key});
    return h;
}

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QJsonObject ledgerOrder(SimFixture &sim, const QString &orderId)
{
    for (const QJsonValue &v : sim.ledger().value("orders"_L1).toArray()) {
        if (v.toObject().value("orderId"_L1).toString() == orderId)
            return v.toObject();
    }
    return {};
}

// CRC-16/CCITT-FALSE as QRIS defines it, computed independently of the simulator.
quint16 crc16(const QByteArray &data)
{
    quint16 crc = 0xFFFF;
    for (unsigned char c : data) {
        crc ^= quint16(c << 8);
        for (int i = 0; i < 8; ++i)
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ 0x1021) : quint16(crc << 1);
    }
    return crc;
}

} // namespace

class TestSimShop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void products()
    {
        SimFixture sim;
        const QJsonArray list = get(sim.url(u"/api/v1/products"_s)).jsonArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject p = list.at(0).toObject();
        QCOMPARE(p.value("sku"_L1).toString(), u"EMT-10000"_s);
        QCOMPARE(p.value("price"_L1).toInt(), 10000);
        QVERIFY(p.value("fee"_L1).toInt() >= 0);
    }

    void createOrderWithQrisAndVa()
    {
        SimFixture sim;
        const QString token = sim.login();
        HttpResult r
            = postJson(sim.url(u"/api/v1/orders"_s), orderBody(3), withKey(token, newKey()));
        QCOMPARE(r.status, 201);
        QJsonObject o = r.json();
        QCOMPARE(o.value("status"_L1).toString(), u"AWAITING_PAYMENT"_s);
        QCOMPARE(o.value("amount"_L1).toInt(), 3 * (10000 + 1500));
        const QByteArray qris
            = o.value("payment"_L1).toObject().value("qris"_L1).toString().toLatin1();
        QVERIFY(qris.startsWith("000201"));
        QCOMPARE(qris.right(4),
                 QByteArray::number(crc16(qris.chopped(4)), 16).rightJustified(4, '0').toUpper());
        QVERIFY(!o.value("payment"_L1).toObject().value("expiresAt"_L1).toString().isEmpty());

        r = postJson(sim.url(u"/api/v1/orders"_s), orderBody(1, u"VA"_s), withKey(token, newKey()));
        QCOMPARE(r.status, 201);
        QVERIFY(r.json()
                    .value("payment"_L1)
                    .toObject()
                    .value("vaNumber"_L1)
                    .toString()
                    .startsWith(u"8808"_s));
    }

    void sameKeySameBodyReplaysTheOrder()
    {
        SimFixture sim;
        const QString token = sim.login();
        const QByteArray key = newKey();
        const HttpResult first
            = postJson(sim.url(u"/api/v1/orders"_s), orderBody(), withKey(token, key));
        const HttpResult again
            = postJson(sim.url(u"/api/v1/orders"_s), orderBody(), withKey(token, key));
        QCOMPARE(first.status, 201);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(again.json().value("orderId"_L1), first.json().value("orderId"_L1));
        QCOMPARE(sim.ledger().value("orders"_L1).toArray().size(), 1);
    }

    void sameKeyOtherBodyIs422()
    {
        SimFixture sim;
        const QString token = sim.login();
        const QByteArray key = newKey();
        QCOMPARE(postJson(sim.url(u"/api/v1/orders"_s), orderBody(2), withKey(token, key)).status,
                 201);
        const HttpResult r
            = postJson(sim.url(u"/api/v1/orders"_s), orderBody(5), withKey(token, key));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(r.json().value("status"_L1).toInt(), 422);
        QCOMPARE(sim.ledger().value("orders"_L1).toArray().size(), 1);
    }

    void keyIsRequiredAndMustBeAUuid()
    {
        SimFixture sim;
        const QString token = sim.login();
        QCOMPARE(postJson(sim.url(u"/api/v1/orders"_s), orderBody(), bearer(token)).status, 400);
        QCOMPARE(postJson(sim.url(u"/api/v1/orders"_s), orderBody(), withKey(token, "abc")).status,
                 400);
        QCOMPARE(
            postJson(sim.url(u"/api/v1/orders"_s), orderBody(), {{"Idempotency-Key", newKey()}})
                .status,
            401);
        QCOMPARE(sim.ledger().value("orders"_L1).toArray().size(), 0);
    }

    void invalidOrdersAre422_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::newRow("unknown sku")
            << QJsonObject{{u"sku"_s, u"X"_s}, {u"quantity"_s, 1}, {u"paymentMethod"_s, u"VA"_s}};
        QTest::newRow("zero quantity") << orderBody(0);
        QTest::newRow("quantity as text") << QJsonObject{
            {u"sku"_s, u"EMT-10000"_s}, {u"quantity"_s, u"2"_s}, {u"paymentMethod"_s, u"VA"_s}};
        QTest::newRow("unknown method") << orderBody(1, u"CASH"_s);
    }

    void invalidOrdersAre422()
    {
        QFETCH(QJsonObject, body);
        SimFixture sim;
        const QString token = sim.login();
        QCOMPARE(postJson(sim.url(u"/api/v1/orders"_s), body, withKey(token, newKey())).status,
                 422);
        QCOMPARE(sim.ledger().value("orders"_L1).toArray().size(), 0);
    }

    void concurrentRequestsWithOneKey()
    {
        // The first request's reply is held back (slow); a second one with the same key arrives
        // while it is still in flight: one wins, the other gets 409.
        SimFixture sim({{u"slowSeconds"_s, 1.5}});
        const QString token = sim.login();
        sim.configure({{u"faults"_s, QJsonObject{{u"orders"_s, QJsonObject{{u"slow"_s, 1.0}}}}}});
        const QByteArray key = newKey();
        QNetworkAccessManager nam;
        QNetworkRequest request(sim.url(u"/api/v1/orders"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        for (const auto &[k, v] : withKey(token, key))
            request.setRawHeader(k, v);
        QNetworkReply *slow = nam.post(request, QJsonDocument(orderBody()).toJson());
        QTRY_COMPARE(sim.ledger().value("orders"_L1).toArray().size(), 1);
        sim.configure({{u"faults"_s, QJsonObject()}});
        const HttpResult second
            = postJson(sim.url(u"/api/v1/orders"_s), orderBody(), withKey(token, key));
        QCOMPARE(second.status, 409);
        QVERIFY(!second.header("Retry-After").isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(slow->isFinished(), 30000);
        QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        const QString orderId
            = QJsonDocument::fromJson(slow->readAll()).object().value("orderId"_L1).toString();
        delete slow;
        // Retrying later replays the winner.
        const HttpResult later
            = postJson(sim.url(u"/api/v1/orders"_s), orderBody(), withKey(token, key));
        QCOMPARE(later.status, 200);
        QCOMPARE(later.json().value("orderId"_L1).toString(), orderId);
        QCOMPARE(sim.ledger().value("orders"_L1).toArray().size(), 1);
    }

    void expiredKeyStartsAfresh()
    {
        SimFixture sim({{u"keyLifetime"_s, 0.5}});
        const QString token = sim.login();
        const QByteArray key = newKey();
        const QString first
            = postJson(sim.url(u"/api/v1/orders"_s), orderBody(), withKey(token, key))
                  .json()
                  .value("orderId"_L1)
                  .toString();
        QTest::qWait(700);
        const HttpResult r
            = postJson(sim.url(u"/api/v1/orders"_s), orderBody(), withKey(token, key));
        QCOMPARE(r.status, 201);
        QVERIFY(r.json().value("orderId"_L1).toString() != first);
    }

    void paymentThenFulfilment()
    {
        SimFixture sim({{u"fulfillDelay"_s, 0.6}});
        const QString token = sim.login();
        const QString orderId
            = postJson(sim.url(u"/api/v1/orders"_s), orderBody(4), withKey(token, newKey()))
                  .json()
                  .value("orderId"_L1)
                  .toString();
        HttpResult r = postJson(sim.url(u"/sim/pay/"_s + orderId), {});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("status"_L1).toString(), u"PAID"_s);
        QCOMPARE(r.json().value("quotaCredited"_L1).toBool(), false);
        QCOMPARE(sim.ledger().value("account"_L1).toObject().value("saldo"_L1).toInt(), 0);
        // Paying twice never charges twice.
        QCOMPARE(postJson(sim.url(u"/sim/pay/"_s + orderId), {}).status, 409);
        QCOMPARE(ledgerOrder(sim, orderId).value("charges"_L1).toInt(), 1);

        QTRY_COMPARE_WITH_TIMEOUT(get(sim.url(u"/api/v1/orders/"_s + orderId), bearer(token))
                                      .json()
                                      .value("status"_L1)
                                      .toString(),
                                  u"FULFILLED"_s, 30000);
        r = get(sim.url(u"/api/v1/orders/"_s + orderId), bearer(token));
        QCOMPARE(r.json().value("quotaCredited"_L1).toBool(), true);
        QVERIFY(!r.json().value("paidAt"_L1).toString().isEmpty());
        QVERIFY(!r.json().value("fulfilledAt"_L1).toString().isEmpty());
        QCOMPARE(sim.ledger().value("account"_L1).toObject().value("saldo"_L1).toInt(), 4);
    }

    void unpaidOrderExpires()
    {
        SimFixture sim({{u"paymentWindow"_s, 1}});
        const QString token = sim.login();
        const QString orderId
            = postJson(sim.url(u"/api/v1/orders"_s), orderBody(), withKey(token, newKey()))
                  .json()
                  .value("orderId"_L1)
                  .toString();
        QTRY_COMPARE_WITH_TIMEOUT(get(sim.url(u"/api/v1/orders/"_s + orderId), bearer(token))
                                      .json()
                                      .value("status"_L1)
                                      .toString(),
                                  u"EXPIRED"_s, 30000);
        QCOMPARE(postJson(sim.url(u"/sim/pay/"_s + orderId), {}).status, 409);
        QCOMPARE(ledgerOrder(sim, orderId).value("charges"_L1).toInt(), 0);
    }

    void autoPay()
    {
        SimFixture sim({{u"autoPay"_s, true}});
        const QString token = sim.login();
        const HttpResult r
            = postJson(sim.url(u"/api/v1/orders"_s), orderBody(2), withKey(token, newKey()));
        QCOMPARE(r.json().value("status"_L1).toString(), u"FULFILLED"_s); // fulfillDelay 0
        QCOMPARE(sim.ledger().value("account"_L1).toObject().value("saldo"_L1).toInt(), 2);
    }

    void orderLookupAndList()
    {
        SimFixture sim;
        const QString token = sim.login();
        QCOMPARE(get(sim.url(u"/api/v1/orders/ORD-NOSUCH"_s), bearer(token)).status, 404);
        QCOMPARE(get(sim.url(u"/api/v1/orders/ORD-NOSUCH"_s)).status, 401);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
        for (int i = 0; i < 3; ++i)
            postJson(sim.url(u"/api/v1/orders"_s), orderBody(i + 1), withKey(token, newKey()));
        QUrlQuery query;
        query.addQueryItem(u"since"_s, before.toString(Qt::ISODate));
        HttpResult r = get(QUrl(sim.url(u"/api/v1/orders?"_s + query.toString(QUrl::FullyEncoded))),
                           bearer(token));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.jsonArray().size(), 3);
        query.clear();
        query.addQueryItem(u"since"_s,
                           QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODate));
        r = get(QUrl(sim.url(u"/api/v1/orders?"_s + query.toString(QUrl::FullyEncoded))),
                bearer(token));
        QCOMPARE(r.jsonArray().size(), 0);
        QCOMPARE(get(sim.url(u"/api/v1/orders?since=kemarin"_s), bearer(token)).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestSimShop)
#include "tst_simshop.moc"
