// The ways Bubuh could spend an applicant's money twice, or give up an order that may be paid
// (issue 10), each as the scenario that triggers it, judged by the simulator's ledger.
#include "FlowHarness.h"
#include "PdfFactory.h"

#include "core/Clock.h"
#include "flow/StampBatch.h"
#include "secrets/SecretStore.h"
#include "session/PurchaseSession.h"
#include "session/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bubuh;
using namespace test;

namespace {

// The test seam for a failing disk: the journal refuses to record `state` in `table`, as a
// full disk or a read-only file would.
bool refuseToRecord(const QString &journalPath, const QString &table, const QString &state)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"seam"_s);
        db.setDatabaseName(journalPath);
        QSqlQuery q(db);
        ok = db.open()
            && q.exec(
                u"CREATE TRIGGER seam_%1 BEFORE UPDATE ON %1 WHEN NEW.state = '%2' "
                "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"_s.arg(table, state));
        if (!ok)
            qWarning("seam: %s", qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"seam"_s);
    return ok;
}

// Buys two and leaves a job at UPLOADED (no SN yet): the quota check failed until its deadline.
bool leaveAJobUploaded(SimFixture &sim, FlowHarness &flows)
{
    if (!flows.login() || flows.buy(2) != FlowEnding::Done)
        return false;
    flows.setDeadline(800);
    sim.configure({{u"faults"_s, QJsonObject{{u"saldopos"_s, QJsonObject{{u"503"_s, 1.0}}}}}});
    const FlowEnding ending = flows.stamp(flows.writeFile(u"surat.pdf"_s, makeA4()),
                                          flows.dir() + u"/out.pdf"_s, Placement{1, 400, 600, 100});
    sim.configure({{u"faults"_s, QJsonObject()}});
    flows.setDeadline(15'000);
    return ending == FlowEnding::Unavailable;
}

int serials(SimFixture &sim)
{
    return int(sim.ledger().value("serials"_L1).toArray().size());
}

} // namespace

class TestMoneySafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aJournalThatCannotBeWrittenStopsTheOrder()
    {
        SimFixture sim({{u"autoPay"_s, true}});
        FlowHarness flows(sim);
        QVERIFY(flows.login());
        QVERIFY(refuseToRecord(flows.journal().path(), u"orders"_s, u"SENT"_s));
        QCOMPARE(flows.buy(1), FlowEnding::InputUnusable);
        // Nothing went to the shop while the journal could not say it had.
        QCOMPARE(sim.ledger().value("orders"_L1).toArray().size(), 0);
    }

    void aJournalThatCannotBeWrittenStopsTheSerialRequest()
    {
        SimFixture sim({{u"autoPay"_s, true}});
        FlowHarness flows(sim);
        QVERIFY(flows.login());
        QCOMPARE(flows.buy(1), FlowEnding::Done);
        QVERIFY(refuseToRecord(flows.journal().path(), u"jobs"_s, u"SERIAL_PENDING"_s));
        QCOMPARE(flows.stamp(flows.writeFile(u"surat.pdf"_s, makeA4()), flows.dir() + u"/out.pdf"_s,
                             Placement{1, 400, 600, 100}),
                 FlowEnding::InputUnusable);
        QCOMPARE(serials(sim), 0);
    }

    void stampPressedAgainDuringAnOutageContinuesTheJob()
    {
        SimFixture sim({{u"autoPay"_s, true}});
        FlowHarness flows(sim);
        QVERIFY(flows.login());
        QCOMPARE(flows.buy(3), FlowEnding::Done);
        const QString doc = flows.writeFile(u"surat.pdf"_s, makeA4());
        flows.setDeadline(1500);
        sim.configure({{u"faults"_s, QJsonObject{{u"stamp"_s, QJsonObject{{u"503"_s, 1.0}}}}}});
        StampBatch batch(flows.client(), flows.journal(), Clock::system());
        batch.setVerifier(flows.verifier());
        for (int press = 0; press < 2; ++press) { // "waiting for the service": pressed again
            batch.start({stampRequest(doc)});
            QVERIFY(waitForEnd(batch));
            QCOMPARE(batch.entries().first().ending, FlowEnding::Unavailable);
        }
        QCOMPARE(flows.journal().jobs().value().size(), 1);
        QCOMPARE(serials(sim), 1);
        // Meanwhile someone saved a file under the result's name: it is never written over.
        const QString taken = flows.writeFile(u"surat_bermeterai.pdf"_s, "not mine");
        sim.configure({{u"faults"_s, QJsonObject()}});
        flows.setDeadline(15'000);
        batch.start({stampRequest(doc)});
        QVERIFY(waitForEnd(batch));
        QCOMPARE(batch.entries().first().ending, FlowEnding::Done);
        QCOMPARE(flows.journal().jobs().value().size(), 1);
        QCOMPARE(serials(sim), 1);
        QFile kept(taken);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("not mine"));
        QCOMPARE(flows.journal().jobs().value().first().resultPath,
                 flows.dir() + u"/surat_bermeterai-2.pdf"_s);
    }

    void aLinkToTheOriginalIsNeverTheResult()
    {
        SimFixture sim({{u"autoPay"_s, true}});
        FlowHarness flows(sim);
        QVERIFY(flows.login());
        QCOMPARE(flows.buy(1), FlowEnding::Done);
        const QByteArray original = makeA4();
        const QString doc = flows.writeFile(u"surat.pdf"_s, original);
        const QString link = flows.dir() + u"/tautan.pdf"_s;
        QVERIFY(QFile::link(doc, link));
        const FlowEnding ending = flows.stamp(doc, link, Placement{1, 400, 600, 100});
        QFile f(doc);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), original); // whatever happened, the original is untouched
        if (ending == FlowEnding::Done)
            QVERIFY(flows.journal().jobs().value().first().resultPath != link);
    }

    void anOrderWhoseSignInFailedIsUnknownNotFailed()
    {
        // The token has run out, and the login endpoint is overloaded: the order's 401 is not
        // the shop's "no" to the order. It stays unknown and is bought once, later.
        SimFixture sim({{u"autoPay"_s, true}, {u"fulfillDelay"_s, 0.2}, {u"tokenLife"_s, 1}});
        FlowHarness flows(sim);
        QVERIFY(flows.login());
        QTest::qWait(2100);
        flows.setDeadline(1500);
        sim.configure({{u"faults"_s, QJsonObject{{u"login"_s, QJsonObject{{u"503"_s, 1.0}}}}}});
        const FlowEnding ending = flows.buy(1);
        QVERIFY(ending != FlowEnding::Refused);
        QVERIFY(!flows.journal().orders().value().first().finished());
        sim.configure({{u"faults"_s, QJsonObject()}, {u"tokenLife"_s, 86400}});
        flows.setDeadline(15'000);
        flows.resumeAll();
        QCOMPARE(flows.journal().orders().value().first().state, OrderState::Fulfilled);
        const QJsonArray orders = sim.ledger().value("orders"_L1).toArray();
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders.first()["charges"_L1].toInt(), 1);
    }

    void twoFlowsOnOneJobBuyOneSerial()
    {
        // Two windows that got past the lock (or two flows in one) resume the same job at the
        // same moment: the compare-and-set write lets one of them ask for the SN.
        SimFixture sim({{u"autoPay"_s, true}});
        FlowHarness flows(sim);
        QVERIFY(leaveAJobUploaded(sim, flows));
        const StampJob left = flows.journal().jobs().value().first();
        QCOMPARE(left.state, JobState::Uploaded);
        sim.configure({{u"faults"_s, QJsonObject{{u"saldopos"_s, QJsonObject{{u"slow"_s, 1.0}}}}},
                       {u"slowSeconds"_s, 0.3}});
        QString error;
        const std::unique_ptr<Journal> second
            = Journal::open(flows.journal().path(), Clock::system(), &error);
        QVERIFY2(second, qPrintable(error));
        StampFlow one(flows.client(), flows.journal(), Clock::system());
        StampFlow other(flows.client(), *second, Clock::system());
        QList<FlowEnding> endings;
        for (StampFlow *flow : {&one, &other}) {
            flow->setVerifier(flows.verifier());
            QObject::connect(flow, &StampFlow::finished, flow,
                             [&endings](FlowEnding e, const Failure &) { endings << e; });
            flow->resume(left.id);
        }
        QTRY_COMPARE_WITH_TIMEOUT(endings.size(), 2, 60000);
        QVERIFY(endings.contains(FlowEnding::Done));
        QVERIFY(endings.contains(FlowEnding::NotFinished)); // the one that came second stopped
        QCOMPARE(serials(sim), 1);
        QCOMPARE(flows.journal().job(left.id)->state, JobState::Saved);
    }

    void cancelStopsAFlowAtItsNextStep()
    {
        SimFixture sim({{u"autoPay"_s, true}, {u"slowSeconds"_s, 0.3}});
        FlowHarness flows(sim);
        QVERIFY(flows.login());
        QCOMPARE(flows.buy(1), FlowEnding::Done);
        sim.configure({{u"faults"_s, QJsonObject{{u"saldopos"_s, QJsonObject{{u"slow"_s, 1.0}}}}}});
        StampFlow flow(flows.client(), flows.journal(), Clock::system());
        std::optional<FlowEnding> ending;
        QObject::connect(&flow, &StampFlow::finished, &flow,
                         [&ending](FlowEnding e, const Failure &) { ending = e; });
        QObject::connect(&flow, &StampFlow::changed, &flow, [&](const StampJob &j) {
            if (j.state == JobState::Uploaded) // the person cancels while it checks the quota
                QVERIFY(StampFlow::cancel(flows.journal(), j.id).ok());
        });
        StampFlow::Request r = stampRequest(flows.writeFile(u"surat.pdf"_s, makeA4()));
        r.outputPath = flows.dir() + u"/out.pdf"_s;
        flow.start(r);
        QTRY_VERIFY_WITH_TIMEOUT(ending.has_value(), 30000);
        QCOMPARE(*ending, FlowEnding::NotFinished);
        QCOMPARE(flows.journal().jobs().value().first().state, JobState::Cancelled);
        QCOMPARE(serials(sim), 0);
        QVERIFY(!StampFlow::cancel(flows.journal(), 1).ok()); // over already
    }

    void aWaitingDocumentWithoutASerialCanBeCancelled()
    {
        SimFixture sim({{u"autoPay"_s, true}});
        FlowHarness flows(sim);
        QVERIFY(flows.login());
        QCOMPARE(flows.buy(1), FlowEnding::Done);
        flows.setDeadline(800);
        sim.configure({{u"faults"_s, QJsonObject{{u"upload"_s, QJsonObject{{u"503"_s, 1.0}}}}}});
        StampBatch batch(flows.client(), flows.journal(), Clock::system());
        batch.setFollowUpDelay(60'000);
        batch.start({stampRequest(flows.writeFile(u"surat.pdf"_s, makeA4()))});
        QVERIFY(waitForEnd(batch));
        QCOMPARE(batch.entries().first().ending, FlowEnding::Unavailable);
        QVERIFY(batch.followUpAt().isValid());
        QVERIFY(batch.cancellable(0));
        const Result<StampJob> cancelled = batch.cancel(0);
        QVERIFY(cancelled.ok());
        QCOMPARE(batch.entries().first().job.state, JobState::Cancelled);
        QVERIFY(!batch.followUpAt().isValid()); // nothing left to take up again
        QVERIFY(flows.journal().unfinishedJobs().value().isEmpty());
        QVERIFY(!batch.cancellable(0));
        QCOMPARE(serials(sim), 0);
    }

    void anAnswerThatIsNotWhatWasOrderedIsRefused()
    {
        SimFixture sim({{u"misreport"_s, true}});
        FlowHarness flows(sim);
        QVERIFY(flows.login());
        QCOMPARE(flows.buy(2), FlowEnding::Refused);
        const OrderRecord order = flows.journal().orders().value().first();
        // Refused, but not given up: the order exists at the shop and is followed until it
        // expires, with no way to pay it shown.
        QCOMPARE(order.state, OrderState::Unknown);
        QVERIFY2(order.lastError.contains(u"quantity 3"_s), qPrintable(order.lastError));
        QCOMPARE(order.lastReply["quantity"_L1].toInt(), 3); // kept as evidence
        QCOMPARE(sim.ledger().value("orders"_L1).toArray().first()["charges"_L1].toInt(), 0);
    }

    void severalWindowsOnOneJournalStampOnce()
    {
        // Three windows (Workspaces) opened on one journal that holds an unfinished job: the
        // first one continues it, the others do no paid work at all.
        SimFixture sim({{u"autoPay"_s, true}});
        FlowHarness flows(sim);
        QVERIFY(leaveAJobUploaded(sim, flows));
        QSettings settings(flows.dir() + u"/settings.ini"_s, QSettings::IniFormat);
        const ServiceProfile profile = ServiceProfile::singleServer(sim.simulator().baseUrl());
        std::vector<std::unique_ptr<Workspace>> windows;
        for (int i = 0; i < 3; ++i) {
            Workspace::Setup setup(sim.simulator().rootCertificatePem());
            setup.journalPath = flows.journal().path();
            setup.secrets = std::make_unique<MemorySecretStore>();
            windows.push_back(std::make_unique<Workspace>(profile, settings, std::move(setup)));
            QCOMPARE(windows.back()->ready(nullptr), i == 0);
            windows.back()->account().signIn(u"demo"_s, u"demo"_s);
        }
        QTRY_COMPARE_WITH_TIMEOUT(flows.journal().jobs().value().first().state, JobState::Saved,
                                  60000);
        QTRY_VERIFY(!windows.front()->stamping().running());
        const QJsonArray list = sim.ledger().value("serials"_L1).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first()["status"_L1].toString(), u"STAMP"_s);
        for (std::size_t i = 1; i < windows.size(); ++i)
            QVERIFY(windows[i]->stamping().entries().isEmpty());
    }

    void everyUnfinishedOrderIsFollowed()
    {
        SimFixture sim({{u"fulfillDelay"_s, 0.2}});
        FlowHarness flows(sim);
        QVERIFY(flows.login());
        QCOMPARE(flows.buy(1, false), FlowEnding::NotFinished);
        QCOMPARE(flows.buy(2, false), FlowEnding::NotFinished);
        for (const OrderRecord &o : flows.journal().orders().value())
            QCOMPARE(postJson(sim.url(u"/sim/pay/"_s + o.orderId), {}).status, 200);
        PurchaseSession session(flows.client(), flows.journal(), Clock::system());
        PurchaseFlow::Options options;
        options.followBaseMs = 100;
        session.setFlowOptions(options);
        QVERIFY(session.resumeUnfinished());
        QTRY_VERIFY_WITH_TIMEOUT(flows.journal().unfinishedOrders().value().isEmpty(), 20000);
        for (const OrderRecord &o : flows.journal().orders().value())
            QCOMPARE(o.state, OrderState::Fulfilled);
    }
};

QTEST_GUILESS_MAIN(TestMoneySafety)
#include "tst_moneysafety.moc"
