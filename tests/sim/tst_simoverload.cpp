// Part C of protocol.md: capacity, Retry-After and the waiting room, over loopback.
#include "SimFixture.h"

#include "SimWaitingRoom.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
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

// A long poll sent without waiting for it, so that the test can change the room meanwhile.
QNetworkReply *startLongPoll(QNetworkAccessManager &nam, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(60'000);
    return nam.get(request);
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

    // Bubuh's proposal in Part C: GET /queue/<ticket>?wait=S.
    void aLongPollIsAnsweredAtOnceOnAdmission()
    {
        SimFixture sim({{u"queue"_s, true}, {u"admitRate"_s, 0}});
        const QJsonObject joined = postJson(sim.url(u"/queue/join"_s), {}).json();
        QCOMPARE(joined.value("longPollSeconds"_L1).toInt(), 30); // the offer
        const QString ticket = joined.value("ticket"_L1).toString();
        QNetworkAccessManager nam;
        QNetworkReply *held = startLongPoll(nam, sim.url(u"/queue/"_s + ticket + u"?wait=30"_s));
        QTest::qWait(500);
        QVERIFY(!held->isFinished()); // no news yet: held, not answered 429 or at once
        sim.configure({{u"admitRate"_s, 100}});
        // News (the gate opened: an hour became a second): answered now, not in 30 s.
        QTRY_VERIFY_WITH_TIMEOUT(held->isFinished(), 10'000);
        QCOMPARE(held->error(), QNetworkReply::NoError);
        QJsonObject answer = QJsonDocument::fromJson(held->readAll()).object();
        delete held;
        QCOMPARE(answer.value("admitted"_L1).toBool(), false);
        QCOMPARE(answer.value("etaSeconds"_L1).toInt(), 1);
        // The next held poll is answered by the admission itself, long before its 30 s.
        held = startLongPoll(nam, sim.url(u"/queue/"_s + ticket + u"?wait=30"_s));
        QTRY_VERIFY_WITH_TIMEOUT(held->isFinished(), 10'000);
        answer = QJsonDocument::fromJson(held->readAll()).object();
        delete held;
        QVERIFY(answer.value("admitted"_L1).toBool());
        QVERIFY(!answer.value("queueToken"_L1).toString().isEmpty());
        QCOMPARE(sim.ledger().value("requests"_L1).toObject().value("queuePolls"_L1).toInt(), 2);
    }

    void aLongPollWithoutNewsEndsWhenItsWaitIsUp()
    {
        SimFixture sim({{u"queue"_s, true}, {u"admitRate"_s, 0}});
        const QString ticket
            = postJson(sim.url(u"/queue/join"_s), {}).json().value("ticket"_L1).toString();
        // Sooner than pollAfterSeconds, yet not 429: a held poll is paced by its hold.
        const HttpResult r = get(sim.url(u"/queue/"_s + ticket + u"?wait=1"_s));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 900, qPrintable(QString::number(r.elapsedMs)));
        QCOMPARE(r.json().value("admitted"_L1).toBool(), false);
        QCOMPARE(r.json().value("position"_L1).toInt(), 1);
        QCOMPARE(get(sim.url(u"/queue/deadbeef?wait=1"_s)).status, 404);
    }

    void aLongPollOfNoTimeIsAPlainPoll()
    {
        // ?wait=0 must not get around the room's pacing.
        SimFixture sim({{u"queue"_s, true}, {u"admitRate"_s, 0}});
        const QString ticket
            = postJson(sim.url(u"/queue/join"_s), {}).json().value("ticket"_L1).toString();
        QCOMPARE(get(sim.url(u"/queue/"_s + ticket + u"?wait=0"_s)).status, 429);
    }

    void someoneLeavingIsNewsToThoseHeld()
    {
        SimFixture sim({{u"queue"_s, true}, {u"admitRate"_s, 0.05}});
        postJson(sim.url(u"/queue/join"_s), {}); // admitted at once (a burst)
        const QString ahead
            = postJson(sim.url(u"/queue/join"_s), {}).json().value("ticket"_L1).toString();
        const QJsonObject joined = postJson(sim.url(u"/queue/join"_s), {}).json();
        QCOMPARE(joined.value("position"_L1).toInt(), 2);
        QNetworkAccessManager nam;
        QNetworkReply *held = startLongPoll(
            nam, sim.url(u"/queue/"_s + joined.value("ticket"_L1).toString() + u"?wait=30"_s));
        QTest::qWait(300);
        QVERIFY(!held->isFinished());
        QCOMPARE(send("DELETE", sim.url(u"/queue/"_s + ahead)).status, 204);
        // Twenty seconds sooner than it was told: answered now, not at the old forecast.
        QTRY_VERIFY_WITH_TIMEOUT(held->isFinished(), 5'000);
        const QJsonObject answer = QJsonDocument::fromJson(held->readAll()).object();
        delete held;
        QCOMPARE(answer.value("position"_L1).toInt(), 1);
    }

    void aRoomWithoutLongPollsAnswersPlainly()
    {
        SimFixture sim({{u"queue"_s, true}, {u"admitRate"_s, 0}, {u"longPoll"_s, false}});
        const QJsonObject joined = postJson(sim.url(u"/queue/join"_s), {}).json();
        QVERIFY(!joined.contains("longPollSeconds"_L1));
        const HttpResult r
            = get(sim.url(u"/queue/"_s + joined.value("ticket"_L1).toString() + u"?wait=30"_s));
        QCOMPARE(r.status, 429); // a plain poll, too early; nothing held
        QVERIFY(r.elapsedMs < 5000);
    }

    void aHeldPollIsOnlyAnsweredOnNewsOrItsEnd()
    {
        QRandomGenerator rng(1);
        sim::SimWaitingRoom room(&rng);
        room.setAdmitRate(1, 0);
        room.join(0); // admitted at once: a one-second burst
        QStringList tickets;
        for (int i = 0; i < 20; ++i)
            tickets << room.join(0).ticket;
        // The twentieth in line, told 20 s: the room looks again at its expected admission.
        sim::SimWaitingRoom::Held held = room.holdPoll(tickets.last(), 3600, 0);
        QVERIFY(!held.answer);
        QCOMPARE(held.wakeAtMs, 20'001);
        // On pace, some seconds later: no news.
        held = room.checkHeld(tickets.last(), held.hold, 5'000);
        QVERIFY(!held.answer);
        // The room slows to a tenth: a forecast the client can no longer keep is news.
        room.setAdmitRate(0.1, 5'000);
        held = room.checkHeld(tickets.last(), held.hold, 5'000);
        QVERIFY(held.answer);
        QCOMPARE(held.answer->position, 15);
        QCOMPARE(held.answer->etaSeconds, 150);
        // A second held poll for one ticket answers the first. (Told the new pace first, so
        // that neither is news.)
        QVERIFY(!room.poll(tickets[10], 5'000).tooEarly);
        const sim::SimWaitingRoom::Held first = room.holdPoll(tickets[10], 30, 5'000);
        QVERIFY(!first.answer);
        const sim::SimWaitingRoom::Held second = room.holdPoll(tickets[10], 30, 5'000);
        QVERIFY(!second.answer);
        QVERIFY(room.checkHeld(tickets[10], first.hold, 5'000).answer);
        QVERIFY(!room.checkHeld(tickets[10], second.hold, 6'000).answer);
        // The end of the hold (capped at 30 s, whatever was asked) answers without news.
        QVERIFY(room.checkHeld(tickets[10], second.hold, 35'000).answer);
    }

    void admissionsKeepTheirPaceThroughAQuietSpell()
    {
        // Admissions are counted at the next request. With long polls nobody may ask for a
        // while; the room must still have admitted at its pace meanwhile.
        QRandomGenerator rng(1);
        sim::SimWaitingRoom room(&rng);
        room.setAdmitRate(1, 0);
        room.join(0);
        QStringList tickets;
        for (int i = 0; i < 5; ++i)
            tickets << room.join(0).ticket;
        QCOMPARE(room.poll(tickets.last(), 5'000).admitted, true);
    }

    void repeatedOrdersTakeAdmissionSlots()
    {
        // The room admits what the shop really serves: an admitted client's repeated order
        // (after a lost answer or a 503) uses the slot the next one in line would have had.
        QRandomGenerator rng(1);
        sim::SimWaitingRoom room(&rng);
        room.setAdmitRate(1, 0);
        const QString token = room.join(0).queueToken;
        QVERIFY(!token.isEmpty());
        const QString next = room.join(0).ticket;
        room.orderAttempt(token, 0); // its first order: what it was admitted for
        room.orderAttempt(token, 0); // a repeat
        QCOMPARE(room.poll(next, 1'000).admitted, false);
        QCOMPARE(room.poll(next, 2'000).admitted, true);
    }

    void stampingHasItsOwnCapacity()
    {
        SimFixture sim({{u"stampCapacity"_s, 2}});
        const QString token = sim.login();
        int rejected = 0;
        for (int i = 0; i < 60 && rejected < 3; ++i) {
            const HttpResult r = uploadPdf(sim.url(u"/uploaddoc2"_s), "not a pdf", token);
            if (r.status == 503) {
                ++rejected;
                QVERIFY(r.header("Retry-After").toInt() >= 1);
                QCOMPARE(r.json().value("statusCode"_L1).toString(), u"503"_s);
            }
        }
        QCOMPARE(rejected, 3);
        // The rest of Part A is not limited by it.
        QCOMPARE(send("POST", sim.url(u"/function/saldopos"_s), {}, bearer(token)).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSimOverload)
#include "tst_simoverload.moc"
