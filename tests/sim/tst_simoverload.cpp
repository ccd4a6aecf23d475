// Part C of protocol.md: capacity, Retry-After and the waiting room, over loopback.
#include "SimFixture.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace test;

namespace {

Headers orderHeaders(const QString &token, const QByteArray &queueToken = {})
{
    Headers h = bearer(token);
    h.append({"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
    if (!queueToken.isEmpty())
        h.append({"X-Queue-Token", queueToken});
    return h;
}

const QJsonObject kOrder{
    {u"sku"_s, u"EMT-10000"_s}, {u"quantity"_s, 1}, {u"paymentMethod"_s, u"QRIS"_s}};

} // namespace

class TestSimOverload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overCapacityIs503WithRetryAfter()
    {
        SimFixture sim;
        const QString token = sim.login();
        sim.configure({{u"capacity"_s, 5}});
        int served = 0, rejected = 0;
        for (int i = 0; i < 40; ++i) {
            const HttpResult r = send("POST", sim.url(u"/function/saldopos"_s), {}, bearer(token));
            if (r.status == 200) {
                ++served;
            } else {
                QCOMPARE(r.status, 503);
                ++rejected;
                QVERIFY(r.header("Retry-After").toInt() >= 1);
                // Part A's shape of "busy".
                QCOMPARE(r.json().value("statusCode"_L1).toString(), u"503"_s);
            }
        }
        QVERIFY(rejected > 0);
        QVERIFY(served >= 5);
        const QJsonObject requests = sim.ledger().value("requests"_L1).toObject();
        QCOMPARE(requests.value("rejected503"_L1).toInt(), rejected);
        QVERIFY(requests.value("total"_L1).toInt() >= 41);
    }

    void shopBusyIsProblemJson()
    {
        SimFixture sim({{u"capacity"_s, 1}});
        const QString token = sim.login();
        HttpResult r;
        for (int i = 0; i < 20 && r.status != 503; ++i)
            r = get(sim.url(u"/api/v1/products"_s));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(r.json().value("status"_L1).toInt(), 503);
    }

    void orderWithoutAdmissionNeedsTheQueue()
    {
        SimFixture sim({{u"queue"_s, true}, {u"admitRate"_s, 50}});
        const QString token = sim.login();
        HttpResult r = postJson(sim.url(u"/api/v1/orders"_s), kOrder, orderHeaders(token));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.json().value("queue"_L1).toString(), u"required"_s);
        QCOMPARE(
            postJson(sim.url(u"/api/v1/orders"_s), kOrder, orderHeaders(token, "forged")).status,
            503);
        QCOMPARE(sim.ledger().value("orders"_L1).toArray().size(), 0);

        r = postJson(sim.url(u"/queue/join"_s), {});
        QCOMPARE(r.status, 201);
        const QString ticket = r.json().value("ticket"_L1).toString();
        QVERIFY(!ticket.isEmpty());
        QJsonObject poll;
        QTRY_VERIFY_WITH_TIMEOUT(
            (poll = get(sim.url(u"/queue/"_s + ticket)).json()).value("admitted"_L1).toBool(),
            30000);
        const QByteArray queueToken = poll.value("queueToken"_L1).toString().toLatin1();
        QVERIFY(!queueToken.isEmpty());
        QVERIFY(poll.value("validForSeconds"_L1).toInt() > 0);
        r = postJson(sim.url(u"/api/v1/orders"_s), kOrder, orderHeaders(token, queueToken));
        QCOMPARE(r.status, 201);
        QVERIFY(sim.ledger().value("requests"_L1).toObject().value("queuePolls"_L1).toInt() >= 1);
    }

    void positionsEtaAndPolitePolling()
    {
        SimFixture sim({{u"queue"_s, true}, {u"admitRate"_s, 0}});
        QStringList tickets;
        for (int i = 1; i <= 3; ++i) {
            const QJsonObject j = postJson(sim.url(u"/queue/join"_s), {}).json();
            QCOMPARE(j.value("position"_L1).toInt(), i);
            QVERIFY(j.value("etaSeconds"_L1).toInt() > 0);
            QVERIFY(j.value("pollAfterSeconds"_L1).toInt() >= 1);
            tickets << j.value("ticket"_L1).toString();
        }
        // Polling sooner than pollAfterSeconds is answered 429 with Retry-After.
        HttpResult r = get(sim.url(u"/queue/"_s + tickets[1]));
        QCOMPARE(r.status, 429);
        QVERIFY(r.header("Retry-After").toInt() >= 1);
        // Leaving frees the place; re-joining puts the client at the back.
        QCOMPARE(send("DELETE", sim.url(u"/queue/"_s + tickets[0])).status, 204);
        const QJsonObject rejoin = postJson(sim.url(u"/queue/join"_s), {}).json();
        QCOMPARE(rejoin.value("position"_L1).toInt(), 3);
        QCOMPARE(get(sim.url(u"/queue/"_s + tickets[0])).status, 404);
        QCOMPARE(get(sim.url(u"/queue/deadbeef"_s)).status, 404);
        // Opening the gate admits in arrival order.
        sim.configure({{u"admitRate"_s, 1000}});
        QTest::qWait(1100); // every ticket's pollAfterSeconds (1 s) has passed
        QVERIFY(get(sim.url(u"/queue/"_s + tickets[1])).json().value("admitted"_L1).toBool());
        QVERIFY(get(sim.url(u"/queue/"_s + tickets[2])).json().value("admitted"_L1).toBool());
    }
};

QTEST_GUILESS_MAIN(TestSimOverload)
#include "tst_simoverload.moc"
