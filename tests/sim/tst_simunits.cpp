// The simulator's building blocks on their own, with time given explicitly.
#include "BacklogEstimator.h"
#include "SimConfig.h"
#include "SimWaitingRoom.h"
#include "TokenBucket.h"

#include <QCommandLineParser>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using sim::SimConfig;

class TestSimUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faultSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::newRow("endpoint kind probability") << u"orders:resetAfter=0.1"_s << true;
        QTest::newRow("every endpoint") << u"*:503=1"_s << true;
        QTest::newRow("adapter error on stamp") << u"stamp:error97=0.5"_s << true;
        QTest::newRow("adapter error elsewhere") << u"login:error97=0.5"_s << false;
        QTest::newRow("unknown endpoint") << u"nowhere:503=0.1"_s << false;
        QTest::newRow("unknown kind") << u"login:explode=0.1"_s << false;
        QTest::newRow("probability above one") << u"login:503=1.5"_s << false;
        QTest::newRow("probability not a number") << u"login:503=often"_s << false;
        QTest::newRow("no colon") << u"login=0.1"_s << false;
    }

    void faultSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        SimConfig c;
        QCOMPARE(c.addFault(spec).isEmpty(), valid);
        QCOMPARE(c.faults.isEmpty(), !valid);
    }

    void flagsAndJsonAgree()
    {
        QCommandLineParser parser;
        SimConfig::declareOptions(parser);
        QVERIFY(parser.parse({u"emeterai-sim"_s, u"--capacity"_s, u"20"_s, u"--queue"_s,
                              u"--admit-rate"_s, u"5"_s, u"--fault"_s, u"orders:resetAfter=0.01"_s,
                              u"--fault"_s, u"*:503=0.2"_s, u"--fulfill-delay"_s, u"4"_s,
                              u"--auto-pay"_s, u"--seed"_s, u"9"_s, u"--dss"_s, u"--reject-cost"_s,
                              u"0.1"_s}));
        SimConfig fromFlags;
        QCOMPARE(fromFlags.readOptions(parser), QString());
        SimConfig fromJson;
        QCOMPARE(fromJson.apply(fromFlags.toJson()), QString());
        QCOMPARE(fromJson.toJson(), fromFlags.toJson());
        QCOMPARE(fromFlags.capacity, 20.0);
        QVERIFY(fromFlags.queue && fromFlags.autoPay && fromFlags.dss);
        QCOMPARE(fromFlags.seed, quint64(9));
        QCOMPARE(fromFlags.faults.value(u"orders"_s).value(u"resetAfter"_s), 0.01);
    }

    void badJsonChangesNothing()
    {
        SimConfig c;
        QVERIFY(!c.apply({{u"capacity"_s, 5}, {u"queue"_s, u"yes"_s}}).isEmpty());
        QCOMPARE(c.capacity, 0.0);
        QVERIFY(!c.apply({{u"mystery"_s, 1}}).isEmpty());
    }

    void bucketServesItsRateAndBurst()
    {
        sim::TokenBucket bucket;
        bucket.configure(10, 0.0, 0);
        int served = 0;
        for (int i = 0; i < 100; ++i)
            served += bucket.tryAcquire(0);
        QCOMPARE(served, 10); // a one-second burst
        served = 0;
        for (qint64 t = 1; t <= 10000; ++t) // 10 s, one request per millisecond
            served += bucket.tryAcquire(t);
        QVERIFY2(served >= 99 && served <= 101, qPrintable(QString::number(served)));
    }

    void rejectionsCostCapacity()
    {
        // The same storm against two servers: the one that pays for rejections serves less.
        const auto servedUnderStorm = [](double rejectCost) {
            sim::TokenBucket bucket;
            bucket.configure(10, rejectCost, 0);
            int served = 0;
            for (qint64 t = 0; t < 10000; t += 2) // 500 requests/s for 10 s
                served += bucket.tryAcquire(t);
            return served;
        };
        const int free = servedUnderStorm(0.0), costly = servedUnderStorm(0.05);
        QVERIFY2(costly < free * 3 / 4, qPrintable(u"%1 vs %2"_s.arg(costly).arg(free)));
        sim::TokenBucket bucket;
        bucket.configure(2, 0.5, 0);
        bucket.tryAcquire(0);
        bucket.tryAcquire(0);
        QVERIFY(!bucket.tryAcquire(0));
        QVERIFY(bucket.retryAfterSeconds() >= 1);
    }

    void backlogSpreadsTheCrowd()
    {
        sim::BacklogEstimator backlog;
        QCOMPARE(backlog.retryAfterSeconds(10, 0, 0.99), 1); // nobody waits: come right back
        for (int i = 0; i < 200; ++i)
            backlog.rejected(u"key-%1"_s.arg(i), 0);
        backlog.rejected(u"key-0"_s, 10); // the same client again counts once
        // 200 waiting at 10/s drain in 20 s: waits are spread evenly over [1, 40].
        QCOMPARE(backlog.retryAfterSeconds(10, 10, 0.0), 1);
        QCOMPARE(backlog.retryAfterSeconds(10, 10, 0.5), 21);
        QCOMPARE(backlog.retryAfterSeconds(10, 10, 0.999), 40);
        for (int i = 0; i < 100; ++i)
            backlog.served(u"key-%1"_s.arg(i));
        QCOMPARE(backlog.retryAfterSeconds(10, 20, 0.999), 20);
        // Clients not seen for a while have given up or been served elsewhere.
        QCOMPARE(backlog.retryAfterSeconds(10, 10 + 2 * sim::BacklogEstimator::kMinWindowMs, 0.999),
                 1);
        // Never more than five minutes.
        for (int i = 0; i < 100000; ++i)
            backlog.rejected(u"big-%1"_s.arg(i), 0);
        QCOMPARE(backlog.retryAfterSeconds(10, 0, 0.999), sim::BacklogEstimator::kMaxSeconds);
    }

    void waitingRoomIsFifo()
    {
        QRandomGenerator rng(1);
        sim::SimWaitingRoom room(&rng);
        room.setAdmitRate(1, 0);
        const auto first = room.join(0);
        QVERIFY(first.admitted); // nobody waited: in at once
        const auto second = room.join(0);
        const auto third = room.join(0);
        QCOMPARE(second.position, 1);
        QCOMPARE(third.position, 2);
        QCOMPARE(third.etaSeconds, 2);
        QVERIFY(room.poll(third.ticket, 500).tooEarly);
        auto s = room.poll(second.ticket, 1500);
        QVERIFY(s.admitted);
        QVERIFY(room.tokenValid(s.queueToken, 1500));
        QVERIFY(
            !room.tokenValid(s.queueToken, 1500 + sim::SimWaitingRoom::kTokenValidSeconds * 1000));
        QVERIFY(room.poll(third.ticket, 3000).admitted);
        QVERIFY(!room.tokenValid(u"made-up"_s, 3000));
    }

    void abandonedTicketsFreeTheirPlace()
    {
        QRandomGenerator rng(2);
        sim::SimWaitingRoom room(&rng);
        room.setAdmitRate(0, 0);
        const auto gone = room.join(0);
        const auto stays = room.join(0);
        QCOMPARE(stays.position, 2);
        // Only the second ticket keeps polling.
        QVERIFY(room.poll(stays.ticket, stays.pollAfterSeconds * 1000).found);
        room.setAdmitRate(0.001, sim::SimWaitingRoom::kAbandonAfterMs + 1);
        QCOMPARE(room.poll(stays.ticket, sim::SimWaitingRoom::kAbandonAfterMs + 2).position, 1);
        QVERIFY(!room.poll(gone.ticket, sim::SimWaitingRoom::kAbandonAfterMs + 3).found);
    }
};

QTEST_GUILESS_MAIN(TestSimUnits)
#include "tst_simunits.moc"
