// The journal: durable records, events, reopening, and the schema's version.
#include "core/Clock.h"
#include "journal/Journal.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bubuh;

class TestJournal : public QObject
{
    Q_OBJECT

    static OrderRecord pendingOrder()
    {
        OrderRecord o;
        o.idempotencyKey = u"0b6f7f2e-6a8d-4c6f-9a51-3c1c9f1f0e11"_s;
        o.body = QByteArray("{\"sku\":\"EMT-10000\"}");
        o.bodyHash = u"abc"_s;
        o.quantity = 2;
        o.paymentMethod = u"QRIS"_s;
        o.state = OrderState::Pending;
        return o;
    }

private Q_SLOTS:
    void ordersSurviveReopening()
    {
        QTemporaryDir dir;
        VirtualClock clock;
        QString error;
        qint64 id = 0;
        {
            auto journal = Journal::open(dir.filePath(u"j.sqlite"_s), clock, &error);
            QVERIFY2(journal, qPrintable(error));
            QCOMPARE(journal->schemaVersion(), Journal::kSchemaVersion);
            id = journal->addOrder(pendingOrder());
            QVERIFY(id > 0);
            OrderRecord o = *journal->order(id);
            clock.advance(1500);
            o.state = OrderState::AwaitingPayment;
            o.orderId = u"ORD-1"_s;
            o.amount = 23000;
            o.lastReply = {{u"orderId"_s, u"ORD-1"_s}};
            QCOMPARE(journal->updateOrder(o), Journal::Write::Done);
            QCOMPARE(journal->updateOrder(o), Journal::Write::Done); // same state: no new event
        }
        auto journal = Journal::open(dir.filePath(u"j.sqlite"_s), clock, &error);
        const OrderRecord o = *journal->order(id);
        QCOMPARE(o.state, OrderState::AwaitingPayment);
        QCOMPARE(o.orderId, u"ORD-1"_s);
        QCOMPARE(o.amount, 23000);
        QCOMPARE(o.body, QByteArray(QByteArray("{\"sku\":\"EMT-10000\"}")));
        QCOMPARE(o.lastReply.value("orderId"_L1).toString(), u"ORD-1"_s);
        QCOMPARE(journal->unfinishedOrders().value().size(), 1);
        const QList<Journal::Event> events = journal->events(u"order:%1"_s.arg(id));
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).state, u"PENDING"_s);
        QCOMPARE(events.at(1).state, u"AWAITING_PAYMENT"_s);
        QCOMPARE(events.at(0).at.msecsTo(events.at(1).at), 1500);
    }

    void keysAreUnique()
    {
        QTemporaryDir dir;
        QString error;
        auto journal = Journal::open(dir.filePath(u"j.sqlite"_s), Clock::system(), &error);
        QVERIFY(journal->addOrder(pendingOrder()) > 0);
        QCOMPARE(journal->addOrder(pendingOrder()), 0); // the same key twice is refused
        QCOMPARE(journal->orders().value().size(), 1);
    }

    void jobsKeepTheirSerialNumber()
    {
        QTemporaryDir dir;
        QString error;
        auto journal = Journal::open(dir.filePath(u"j.sqlite"_s), Clock::system(), &error);
        StampJob j;
        j.sourcePath = u"/tmp/a.pdf"_s;
        j.outputPath = u"/tmp/a_bermeterai.pdf"_s;
        j.fileName = u"a.pdf"_s;
        j.documentHash = u"00"_s;
        j.userBox = QRectF(QPointF(400, 92), QPointF(500, 192));
        j.documentType = u"3"_s;
        j.state = JobState::Created;
        const qint64 id = journal->addJob(j);
        j = *journal->job(id);
        j.sn = u"ABCDEFGHIJKLMNOPQRSTUV"_s;
        j.state = JobState::Serial;
        QCOMPARE(journal->updateJob(j), Journal::Write::Done);
        const StampJob back = *journal->job(id);
        QCOMPARE(back.sn, j.sn);
        QCOMPARE(back.userBox, j.userBox);
        QCOMPARE(journal->unfinishedJobs().value().size(), 1);
        j.state = JobState::Saved;
        journal->updateJob(j);
        QCOMPARE(journal->unfinishedJobs().value().size(), 0);
    }

    void aStaleCopyLosesItsWrite()
    {
        // Two writers of one journal (two processes past the lock, two flows): whoever read
        // the record before the other wrote it cannot write it any more.
        QTemporaryDir dir;
        QString error;
        auto one = Journal::open(dir.filePath(u"j.sqlite"_s), Clock::system(), &error);
        auto other = Journal::open(dir.filePath(u"j.sqlite"_s), Clock::system(), &error);
        StampJob j;
        j.sourcePath = j.outputPath = j.fileName = j.documentHash = j.documentType = u"x"_s;
        const qint64 id = one->addJob(j);
        StampJob first = *one->job(id), second = *other->job(id);
        first.state = JobState::SerialPending;
        QCOMPARE(one->updateJob(first), Journal::Write::Done);
        second.state = JobState::SerialPending;
        QCOMPARE(other->updateJob(second), Journal::Write::Conflict);
        QCOMPARE(second.revision, 0);                          // not taken as written
        QCOMPARE(one->updateJob(first), Journal::Write::Done); // its own copy stays current
        OrderRecord o;
        o.idempotencyKey = u"k"_s;
        o.body = "{}";
        o.bodyHash = o.paymentMethod = u"x"_s;
        const qint64 orderId = one->addOrder(o);
        OrderRecord mine = *one->order(orderId), theirs = *other->order(orderId);
        mine.state = OrderState::Sent;
        QCOMPARE(one->updateOrder(mine), Journal::Write::Done);
        theirs.state = OrderState::Failed;
        QCOMPARE(other->updateOrder(theirs), Journal::Write::Conflict);
        QCOMPARE(one->order(orderId)->state, OrderState::Sent);
    }

    void aDamagedJournalIsKeptAsideAndNothingPaidStarts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"j.sqlite"_s);
        QString error;
        {
            auto journal = Journal::open(path, Clock::system(), &error);
            StampJob j;
            j.sourcePath = j.outputPath = j.fileName = j.documentHash = j.documentType = u"x"_s;
            for (int i = 0; i < 200; ++i)
                journal->addJob(j);
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(4096); // the second page's b-tree header: no valid page type
        f.write(QByteArray(64, '\xff'));
        f.close();
        QVERIFY(!Journal::open(path, Clock::system(), &error));
        QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
        // While the damaged copy is there, a fresh journal is not opened in its place either.
        QVERIFY(!Journal::open(path, Clock::system(), &error));
        QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
    }

    void theFolderIsTheUsersOnly()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"Bubuh"_s);
        QString error;
        QVERIFY(Journal::open(folder + u"/j.sqlite"_s, Clock::system(), &error));
#if defined(Q_OS_UNIX)
        QCOMPARE(QFileInfo(folder).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
#endif
    }

    void onlyTheOwnerContinuesItsWork()
    {
        // Two people on one computer, or the simulator and the real service in one journal:
        // a sign-in continues only its own unfinished records.
        QTemporaryDir dir;
        QString error;
        auto journal = Journal::open(dir.filePath(u"j.sqlite"_s), Clock::system(), &error);
        const Journal::Owner ani{u"backendservice.e-meterai.co.id"_s, u"ani@example.id"_s};
        const Journal::Owner budi{u"backendservice.e-meterai.co.id"_s, u"budi@example.id"_s};
        const Journal::Owner simulator{u"127.0.0.1:8080"_s, u"ani@example.id"_s};
        journal->setOwner(ani);
        OrderRecord order = pendingOrder();
        QVERIFY(journal->addOrder(order));
        StampJob job;
        job.sourcePath = u"/tmp/a.pdf"_s;
        job.outputPath = u"/tmp/a_bermeterai.pdf"_s;
        job.fileName = u"a.pdf"_s;
        job.documentHash = u"00"_s;
        job.documentType = u"3"_s;
        job.state = JobState::Uploaded;
        const qint64 jobId = journal->addJob(job);
        QCOMPARE(journal->job(jobId)->owner, ani);
        QCOMPARE(journal->unfinishedOrders().value().size(), 1);
        QCOMPARE(journal->unfinishedJobs().value().size(), 1);
        for (const Journal::Owner &other : {budi, simulator}) {
            journal->setOwner(other);
            QCOMPARE(journal->unfinishedOrders().value().size(), 0);
            QCOMPARE(journal->unfinishedJobs().value().size(), 0);
        }
        // An update keeps the record's owner, whoever the journal serves now.
        StampJob again = *journal->job(jobId);
        again.state = JobState::SerialPending;
        QCOMPARE(journal->updateJob(again), Journal::Write::Done);
        QCOMPARE(journal->job(jobId)->owner, ani);
        journal->setOwner(ani);
        QCOMPARE(journal->unfinishedJobs().value().size(), 1);
        // History still shows everything the journal knows.
        journal->setOwner(budi);
        QCOMPARE(journal->jobs().value().size(), 1);
    }

    void queueTicket()
    {
        QTemporaryDir dir;
        QString error;
        auto journal = Journal::open(dir.filePath(u"j.sqlite"_s), Clock::system(), &error);
        QVERIFY(!journal->queueTicket());
        const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(60);
        QVERIFY(journal->setQueueTicket(QueueTicket{u"t1"_s, u"tok"_s, expires}));
        QCOMPARE(journal->queueTicket()->ticket, u"t1"_s);
        QCOMPARE(journal->queueTicket()->tokenExpiresAt.toSecsSinceEpoch(),
                 expires.toSecsSinceEpoch());
        QVERIFY(journal->setQueueTicket(std::nullopt));
        QVERIFY(!journal->queueTicket());
    }

    void walAndFullSync()
    {
        QTemporaryDir dir;
        QString error;
        auto journal = Journal::open(dir.filePath(u"j.sqlite"_s), Clock::system(), &error);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
        db.setDatabaseName(dir.filePath(u"j.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"probe"_s);
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"j.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"future"_s);
        QString error;
        QVERIFY(!Journal::open(path, Clock::system(), &error));
        QVERIFY(error.contains(u"newer"_s));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
