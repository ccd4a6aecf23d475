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
        QTest::newRow("long poll as text") << QJsonObject{{u"ticket"_s, u"t"_s},
                                                          {u"position"_s, 1},
                                                          {u"etaSeconds"_s, 1},
                                                          {u"pollAfterSeconds"_s, 1},
                                                          {u"longPollSeconds"_s, u"30"_s}};
        QTest::newRow("negative long poll") << QJsonObject{{u"ticket"_s, u"t"_s},
                                                           {u"position"_s, 1},
                                                           {u"etaSeconds"_s, 1},
                                                           {u"pollAfterSeconds"_s, 1},
                                                           {u"longPollSeconds"_s, -5}};
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

    void aRoomWithoutLongPollsIsPolled()
    {
        // The fallback: a room that does not offer long polls is polled as it asks.
        WaitingRoomClient room;
        room.queueRequired();
        QVERIFY(room.joined({{u"ticket"_s, u"t1"_s},
                             {u"position"_s, 200},
                             {u"etaSeconds"_s, 100},
                             {u"pollAfterSeconds"_s, 25}},
                            0));
        QCOMPARE(room.pollWaitSeconds(), 0);
        QCOMPARE(room.nextPollMs(), 25'000);
    }

    void aRoomWithLongPollsIsAskedOnceNearTheFront()
    {
        WaitingRoomClient room;
        room.queueRequired();
        QVERIFY(room.joined({{u"ticket"_s, u"t1"_s},
                             {u"position"_s, 200},
                             {u"etaSeconds"_s, 100},
                             {u"pollAfterSeconds"_s, 25},
                             {u"longPollSeconds"_s, 30}},
                            0));
        // Away while the forecast says admission is more than half a hold off, then one
        // held poll; pollAfterSeconds (for plain polls) no longer sets the pace.
        QCOMPARE(room.pollWaitSeconds(), 30);
        QCOMPARE(room.nextPollMs(), 85'000);
        // The held poll ended without admission (a late forecast): asked again as soon as
        // the room allows, held again.
        QVERIFY(room.polled({{u"admitted"_s, false},
                             {u"position"_s, 3},
                             {u"etaSeconds"_s, 2},
                             {u"pollAfterSeconds"_s, 1},
                             {u"longPollSeconds"_s, 30}},
                            115'000));
        QCOMPARE(room.nextPollMs(), 116'000);
        QCOMPARE(room.pollWaitSeconds(), 30);
        // A room that offers long polls but answers them at once is paced by its own
        // pollAfterSeconds, as a plain room is: no request a second from everyone.
        QVERIFY(room.polled({{u"admitted"_s, false},
                             {u"position"_s, 3},
                             {u"etaSeconds"_s, 2},
                             {u"pollAfterSeconds"_s, 10},
                             {u"longPollSeconds"_s, 30}},
                            116'100));
        QCOMPARE(room.nextPollMs(), 126'100);
        // A room that stops offering them is polled again as it asks.
        QVERIFY(room.polled({{u"admitted"_s, false},
                             {u"position"_s, 2},
                             {u"etaSeconds"_s, 2},
                             {u"pollAfterSeconds"_s, 4}},
                            127'000));
        QCOMPARE(room.pollWaitSeconds(), 0);
        QCOMPARE(room.nextPollMs(), 131'000);
    }

    void aLongPollOfferIsCappedAndSoIsTheStayAway()
    {
        WaitingRoomClient room;
        room.queueRequired();
        QVERIFY(room.joined({{u"ticket"_s, u"t1"_s},
                             {u"position"_s, 9000},
                             {u"etaSeconds"_s, 30 * 86400},
                             {u"pollAfterSeconds"_s, 30},
                             {u"longPollSeconds"_s, 3600}},
                            0));
        QCOMPARE(room.pollWaitSeconds(), WaitingRoomClient::kMaxLongPollSeconds);
        // Back within eight minutes, before the room could forget the ticket (ten).
        QCOMPARE(room.nextPollMs(), 480'000);
    }

    void theForecastIsCountedDownBetweenAnswers()
    {
        WaitingRoomClient room;
        room.queueRequired();
        QVERIFY(room.joined({{u"ticket"_s, u"t1"_s},
                             {u"position"_s, 100},
                             {u"etaSeconds"_s, 100},
                             {u"pollAfterSeconds"_s, 25},
                             {u"longPollSeconds"_s, 30}},
                            10'000));
        QCOMPARE(room.estimate(10'000).position, 100);
        QCOMPARE(room.estimate(60'000).position, 50);
        QCOMPARE(room.estimate(60'000).etaSeconds, 50);
        // Never shown as admitted before the room says so.
        QCOMPARE(room.estimate(500'000).position, 1);
        QCOMPARE(room.estimate(500'000).etaSeconds, 1);
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
