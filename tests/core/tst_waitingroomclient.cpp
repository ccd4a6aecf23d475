// The client's side of the waiting room, as a pure state machine.
#include "net/WaitingRoomClient.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace bubuh;
using Step = WaitingRoomClient::Step;

class TestWaitingRoomClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void joinPollAdmit()
    {
        WaitingRoomClient room;
        QCOMPARE(room.next(0), Step::None);
        room.queueRequired();
        QCOMPARE(room.next(0), Step::Join);
        QVERIFY(room.joined({{u"ticket"_s, u"t1"_s},
                             {u"position"_s, 40},
                             {u"etaSeconds"_s, 20},
                             {u"pollAfterSeconds"_s, 5}},
                            1000));
        QCOMPARE(room.next(1000), Step::Poll);
        QCOMPARE(room.nextPollMs(), 6000); // no sooner than pollAfterSeconds
        QCOMPARE(room.position(), 40);
        QVERIFY(room.polled({{u"admitted"_s, false},
                             {u"position"_s, 10},
                             {u"etaSeconds"_s, 5},
                             {u"pollAfterSeconds"_s, 0}},
                            6000));
        QCOMPARE(room.nextPollMs(), 7000); // never faster than once a second
        QVERIFY(room.polled(
            {{u"admitted"_s, true}, {u"queueToken"_s, u"tok"_s}, {u"validForSeconds"_s, 60}},
            7000));
        QCOMPARE(room.next(7000), Step::Admitted);
        QCOMPARE(room.queueToken(), u"tok"_s);
        // A token about to lapse is not used.
        QVERIFY(room.hasToken(7000 + 50'000));
        QVERIFY(!room.hasToken(7000 + 56'000));
    }

    void hostileRepliesAreRejected_data()
    {
        QTest::addColumn<QJsonObject>("reply");
        QTest::newRow("no ticket")
            << QJsonObject{{u"position"_s, 1}, {u"etaSeconds"_s, 1}, {u"pollAfterSeconds"_s, 1}};
        QTest::newRow("negative position") << QJsonObject{{u"ticket"_s, u"t"_s},
                                                          {u"position"_s, -1},
                                                          {u"etaSeconds"_s, 1},
                                                          {u"pollAfterSeconds"_s, 1}};
        QTest::newRow("eta as text") << QJsonObject{{u"ticket"_s, u"t"_s},
                                                    {u"position"_s, 1},
                                                    {u"etaSeconds"_s, u"1"_s},
                                                    {u"pollAfterSeconds"_s, 1}};
        QTest::newRow("poll after a year") << QJsonObject{{u"ticket"_s, u"t"_s},
                                                          {u"position"_s, 1},
                                                          {u"etaSeconds"_s, 1},
                                                          {u"pollAfterSeconds"_s, 3e7}};
        QTest::newRow("huge ticket") << QJsonObject{{u"ticket"_s, QString(5000, u'x')},
                                                    {u"position"_s, 1},
                                                    {u"etaSeconds"_s, 1},
                                                    {u"pollAfterSeconds"_s, 1}};
    }

    void hostileRepliesAreRejected()
    {
        QFETCH(QJsonObject, reply);
        WaitingRoomClient room;
        room.queueRequired();
        QVERIFY(!room.joined(reply, 0));
        QCOMPARE(room.next(0), Step::Join);
        QVERIFY(!room.polled({{u"admitted"_s, true}, {u"validForSeconds"_s, 60}}, 0)); // no token
    }

    void tooEarlyAndLostTicket()
    {
        WaitingRoomClient room;
        room.queueRequired();
        room.joined({{u"ticket"_s, u"t1"_s},
                     {u"position"_s, 3},
                     {u"etaSeconds"_s, 3},
                     {u"pollAfterSeconds"_s, 1}},
                    0);
        room.tooEarly(4000, 1000);
        QCOMPARE(room.nextPollMs(), 5000);
        room.ticketLost();
        QCOMPARE(room.next(5000), Step::Join);
    }

    void aWaitLongerThanTheCapIsClamped()
    {
        // A waiting room that says "come back tomorrow" is asked again within five minutes,
        // as a Retry-After of a day would be.
        WaitingRoomClient room;
        room.queueRequired();
        QVERIFY(room.joined({{u"ticket"_s, u"t1"_s},
                             {u"position"_s, 3},
                             {u"etaSeconds"_s, 3},
                             {u"pollAfterSeconds"_s, 86400}},
                            0));
        QCOMPARE(room.nextPollMs(), 300'000);
        QVERIFY(room.polled({{u"admitted"_s, false},
                             {u"position"_s, 2},
                             {u"etaSeconds"_s, 2},
                             {u"pollAfterSeconds"_s, 86400}},
                            1000));
        QCOMPARE(room.nextPollMs(), 301'000);
        room.tooEarly(86'400'000, 2000);
        QCOMPARE(room.nextPollMs(), 302'000);
    }

    void restartKeepsThePlace()
    {
        WaitingRoomClient before;
        before.queueRequired();
        before.joined({{u"ticket"_s, u"t9"_s},
                       {u"position"_s, 7},
                       {u"etaSeconds"_s, 7},
                       {u"pollAfterSeconds"_s, 2}},
                      0);
        WaitingRoomClient after;
        after.restore(before.state());
        QCOMPARE(after.next(0), Step::Poll);
        QCOMPARE(after.state().ticket, u"t9"_s);
    }
};

QTEST_GUILESS_MAIN(TestWaitingRoomClient)
#include "tst_waitingroomclient.moc"
