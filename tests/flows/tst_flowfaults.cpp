// Every fault of protocol.md Part D on every operation, through the real client core (retry
// policy, journal, flows), and what the simulator's ledger says afterwards: no order charged
// twice, every bought quota accounted for, no document stamped with two serial numbers, and
// no success reported that did not happen.
#include "ExternalTools.h"
#include "FlowHarness.h"
#include "PdfFactory.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bubuh;
using namespace test;

namespace {

struct LedgerSummary
{
    int orders = 0, maxCharges = 0, fulfilledQuantity = 0, saldo = 0, serials = 0,
        stampedSerials = 0;
    QHash<QString, int> stampsPerDocument;
};

LedgerSummary summarise(const QJsonObject &ledger)
{
    LedgerSummary s;
    for (const QJsonValue &v : ledger.value("orders"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        ++s.orders;
        s.maxCharges = std::max(s.maxCharges, o.value("charges"_L1).toInt());
        if (o.value("status"_L1).toString() == u"FULFILLED")
            s.fulfilledQuantity += o.value("quantity"_L1).toInt();
    }
    for (const QJsonValue &v : ledger.value("serials"_L1).toArray()) {
        ++s.serials;
        if (v.toObject().value("status"_L1).toString() == u"STAMP") {
            ++s.stampedSerials;
            ++s.stampsPerDocument[v.toObject().value("docId"_L1).toString()];
        }
    }
    s.saldo = ledger.value("account"_L1).toObject().value("saldo"_L1).toInt();
    return s;
}

const QStringList kEndpoints = {u"login"_s,    u"saldopos"_s, u"upload"_s, u"serial"_s, u"stamp"_s,
                                u"download"_s, u"snstatus"_s, u"orders"_s, u"order"_s,  u"queue"_s};

} // namespace

class TestFlowFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faultOnOperation_data() { addFaultMatrix(kEndpoints); }

    void faultOnOperation()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, kind);
        SimFixture sim({{u"autoPay"_s, true},
                        {u"fulfillDelay"_s, 0.3},
                        {u"slowSeconds"_s, 0.2},
                        {u"seed"_s, 11},
                        {u"queue"_s, endpoint == u"queue"},
                        {u"admitRate"_s, 100}});
        FlowHarness flows(sim);
        // The first call to this endpoint goes wrong in this way, then every other one.
        int faults = 0;
        QObject::connect(
            &sim.simulator(), &sim::EmeteraiSimulator::faultInjected, &sim.simulator(),
            [&](const QString &where, const QString &) {
                if (where == endpoint && faults++ == 0)
                    sim.simulator().applyConfig(
                        {{u"faults"_s, QJsonObject{{endpoint, QJsonObject{{kind, 0.5}}}}}});
            });
        sim.configure({{u"faults"_s, QJsonObject{{endpoint, QJsonObject{{kind, 1.0}}}}}});
        QVERIFY(flows.login() || endpoint == u"login");

        const FlowEnding bought = flows.buy(3);
        const QString pdf = flows.writeFile(u"surat.pdf"_s, makeA4(u"Surat Pernyataan"_s));
        const QString out = flows.dir() + u"/surat_bermeterai.pdf"_s;
        if (endpoint == u"snstatus") {
            // The SN status is asked when resuming a stamp whose answer never came: make the
            // stamp endpoint unreachable first, so the job waits in STAMPING.
            sim.simulator().applyConfig(
                {{u"faults"_s, QJsonObject{{u"stamp"_s, QJsonObject{{u"resetBefore"_s, 1.0}}}}}});
            flows.setDeadline(1000);
            QCOMPARE(flows.stamp(pdf, out, Placement{1, 400, 650, 100}), FlowEnding::Unavailable);
            QCOMPARE(flows.journal().jobs().value().first().state, JobState::Stamping);
            flows.setDeadline(15'000);
            faults = 0;
            sim.simulator().applyConfig(
                {{u"faults"_s, QJsonObject{{endpoint, QJsonObject{{kind, 1.0}}}}}});
        }
        const FlowEnding stamped = endpoint == u"snstatus"
            ? FlowEnding::NotFinished
            : flows.stamp(pdf, out, Placement{1, 400, 650, 100});
        flows.resumeAll();
        sim.configure({{u"faults"_s, QJsonObject()}});
        flows.resumeAll(); // the service recovers: everything finishes

        const QJsonObject ledger = sim.ledger();
        const LedgerSummary s = summarise(ledger);
        QVERIFY2(faults > 0, "the fault never happened");   // the scenario really was tested
        QCOMPARE(s.maxCharges, 1);                          // never charged twice
        QCOMPARE(s.fulfilledQuantity, s.saldo + s.serials); // every bought quota accounted for
        for (int stamps : std::as_const(s.stampsPerDocument))
            QCOMPARE(stamps, 1); // one SN per stamped document
        QCOMPARE(flows.journal().unfinishedOrders().value().size(), 0);
        QCOMPARE(flows.journal().unfinishedJobs().value().size(), 0);

        // No false success: what the flows reported agrees with the ledger.
        const QList<OrderRecord> orders = flows.journal().orders().value();
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders.first().state, OrderState::Fulfilled);
        QCOMPARE(s.orders, 1);
        if (bought == FlowEnding::Done)
            QCOMPARE(s.fulfilledQuantity, 3);
        const StampJob job = flows.journal().jobs().value().first();
        QCOMPARE(job.state, JobState::Saved);
        QCOMPARE(s.stampedSerials, 1);
        QFile result(out);
        QVERIFY(result.open(QIODevice::ReadOnly));
        const QByteArray bytes = result.readAll();
        QVERIFY(bytes.startsWith(makeA4(u"Surat Pernyataan"_s)));
        QVERIFY(pdfsig(bytes).output.contains(u"Signature is Valid"_s));
        if (stamped == FlowEnding::Done)
            QCOMPARE(job.verdict, StampVerdict::Valid);
        // Serial numbers wasted: only a lost answer to "issue a serial" can cost one, and it is
        // then recorded in the job for a complaint.
        if (endpoint != u"serial" || kind == u"503" || kind == u"429" || kind == u"resetBefore")
            QCOMPARE(s.serials, 1);
    }

    void serviceDownUntilTheDeadlineIsHonest()
    {
        SimFixture sim({{u"autoPay"_s, true}});
        FlowHarness flows(sim);
        QVERIFY(flows.login());
        sim.configure({{u"faults"_s, QJsonObject{{u"orders"_s, QJsonObject{{u"503"_s, 1.0}}}}}});
        RetryConfig shortDeadline;
        shortDeadline.baseMs = 20;
        shortDeadline.capMs = 100;
        shortDeadline.maxRetryAfterMs = 50;
        shortDeadline.deadlineMs = 1500;
        flows.client().caller().setPolicy(RetryPolicy(shortDeadline));
        QCOMPARE(flows.buy(1), FlowEnding::Unavailable);
        // Not "failed": it stays in the journal, and resume completes it with the same key.
        QCOMPARE(flows.journal().orders().value().first().state, OrderState::Unknown);
        QCOMPARE(sim.ledger().value("orders"_L1).toArray().size(), 0);
        sim.configure({{u"faults"_s, QJsonObject()}});
        flows.resumeAll();
        QCOMPARE(flows.journal().orders().value().first().state, OrderState::Fulfilled);
        QCOMPARE(sim.ledger().value("orders"_L1).toArray().size(), 1);
    }

    void paidButQuotaLate()
    {
        // September 2024: the money is taken, the quota does not come.
        SimFixture sim({{u"autoPay"_s, true}, {u"fulfillDelay"_s, 3}});
        FlowHarness flows(sim);
        QVERIFY(flows.login());
        QCOMPARE(flows.buy(2, true, 500), FlowEnding::Unavailable);
        const OrderRecord paid = flows.journal().orders().value().first();
        QCOMPARE(paid.state, OrderState::Paid); // never "failed"
        QVERIFY(paid.paidAt.isValid());
        QVERIFY(!paid.lastReply.isEmpty()); // the shop's own words, for a complaint
        const QList<Journal::Event> history = flows.journal().events(u"order:%1"_s.arg(paid.id));
        QCOMPARE(history.last().state, u"PAID"_s);
        // Followed later, it arrives; nothing was bought twice.
        QTRY_VERIFY_WITH_TIMEOUT(
            (flows.resumeAll(1),
             flows.journal().orders().value().first().state == OrderState::Fulfilled),
            30000);
        QCOMPARE(sim.ledger().value("orders"_L1).toArray().size(), 1);
        QCOMPARE(sim.ledger().value("account"_L1).toObject().value("saldo"_L1).toInt(), 2);
    }

    void waitingRoomThenOrder()
    {
        // A room without long polls (the fallback): polled as pollAfterSeconds asks.
        SimFixture sim({{u"autoPay"_s, true},
                        {u"queue"_s, true},
                        {u"admitRate"_s, 0},
                        {u"longPoll"_s, false}});
        FlowHarness flows(sim);
        QVERIFY(flows.login());
        // Two others are ahead in the queue.
        postJson(sim.url(u"/queue/join"_s), {});
        postJson(sim.url(u"/queue/join"_s), {});
        std::optional<FlowEnding> ending;
        QList<int> positions;
        PurchaseFlow flow(flows.client(), flows.journal(), Clock::system());
        QObject::connect(&flow, &PurchaseFlow::status, &flow, [&positions](const FlowStatus &s) {
            if (s.phase == FlowStatus::Phase::Queued)
                positions.append(s.queuePosition);
        });
        QObject::connect(&flow, &PurchaseFlow::finished, &flow,
                         [&ending](FlowEnding e, const Failure &) { ending = e; });
        flow.start(1, u"VA"_s);
        QTRY_VERIFY(!positions.isEmpty());
        QCOMPARE(positions.first(), 3);
        QVERIFY(flows.journal().queueTicket().has_value()); // a restart keeps the place
        sim.configure({{u"admitRate"_s, 5}});
        QTRY_VERIFY_WITH_TIMEOUT(ending.has_value(), 60000);
        QCOMPARE(*ending, FlowEnding::Done);
        QCOMPARE(flows.journal().orders().value().first().state, OrderState::Fulfilled);
        QVERIFY(!flows.journal().queueTicket().has_value());
    }

    void aLongPollHearsOfTheAdmissionAtOnce()
    {
        // Two ahead, one admitted every five seconds: Bubuh stays away, then its held poll is
        // answered by its own admission. Polled plainly it would ask about five times.
        SimFixture sim({{u"autoPay"_s, true}, {u"queue"_s, true}, {u"admitRate"_s, 0}});
        FlowHarness flows(sim);
        QVERIFY(flows.login());
        postJson(sim.url(u"/queue/join"_s), {});
        postJson(sim.url(u"/queue/join"_s), {});
        sim.configure({{u"admitRate"_s, 0.2}});
        std::optional<FlowEnding> ending;
        PurchaseFlow flow(flows.client(), flows.journal(), Clock::system());
        QObject::connect(&flow, &PurchaseFlow::finished, &flow,
                         [&ending](FlowEnding e, const Failure &) { ending = e; });
        flow.start(1, u"VA"_s);
        QTRY_VERIFY_WITH_TIMEOUT(ending.has_value(), 60000);
        QCOMPARE(*ending, FlowEnding::Done);
        const QJsonObject requests = sim.ledger().value("requests"_L1).toObject();
        QCOMPARE(requests.value("queueJoins"_L1).toInt(), 3);  // the two ahead, and Bubuh
        QVERIFY2(requests.value("queuePolls"_L1).toInt() <= 2, // held polls, no 429
                 qPrintable(QString::number(requests.value("queuePolls"_L1).toInt())));
        QCOMPARE(requests.value("rejected429"_L1).toInt(), 0);
    }

    void aStampUnderStampingCapacityWaitsItsTurn()
    {
        // One stamping request a second: upload, serial, stamp and download meet 503s with
        // Retry-After; the document is stamped once, with one SN, and saved.
        SimFixture sim({{u"autoPay"_s, true}, {u"fulfillDelay"_s, 0.2}});
        FlowHarness flows(sim);
        QVERIFY(flows.login());
        QCOMPARE(flows.buy(1), FlowEnding::Done);
        sim.configure({{u"stampCapacity"_s, 1}});
        const QString pdf = flows.writeFile(u"surat.pdf"_s, makeA4(u"Surat Lamaran"_s));
        const QString out = flows.dir() + u"/surat_bermeterai.pdf"_s;
        QCOMPARE(flows.stamp(pdf, out, Placement{1, 400, 650, 100}), FlowEnding::Done);
        const QJsonObject ledger = sim.ledger();
        QVERIFY(ledger.value("requests"_L1).toObject().value("rejected503"_L1).toInt() > 0);
        const LedgerSummary s = summarise(ledger);
        QCOMPARE(s.serials, 1);
        QCOMPARE(s.stampedSerials, 1);
        QCOMPARE(flows.journal().jobs().value().first().state, JobState::Saved);
        QFile result(out);
        QVERIFY(result.open(QIODevice::ReadOnly));
        QVERIFY(pdfsig(result.readAll()).output.contains(u"Signature is Valid"_s));
    }

    void aSerialThatStillFailsAfterTheRetryIsKept_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("97") << u"error97"_s;
        QTest::newRow("92") << u"error92"_s;
        QTest::newRow("70 (OCSP/CRL)") << u"error70"_s;
    }

    void aSerialThatStillFailsAfterTheRetryIsKept()
    {
        // The SN is paid for: a failed retry keeps it (NOTSTAMP) and stamps with it later.
        QFETCH(QString, fault);
        SimFixture sim({{u"autoPay"_s, true}});
        FlowHarness flows(sim);
        QVERIFY(flows.login());
        QCOMPARE(flows.buy(2), FlowEnding::Done);
        const QString pdf = flows.writeFile(u"a.pdf"_s, makeA4());
        sim.configure({{u"faults"_s, QJsonObject{{u"stamp"_s, QJsonObject{{fault, 1.0}}}}}});
        StampFlow flow(flows.client(), flows.journal(), Clock::system());
        std::optional<FlowEnding> ending;
        QObject::connect(&flow, &StampFlow::finished, &flow,
                         [&ending](FlowEnding e, const Failure &) { ending = e; });
        StampFlow::Request request = stampRequest(pdf);
        request.outputPath = flows.dir() + u"/a_out.pdf"_s;
        request.placement = Placement{1, 100, 100, 100};
        flow.start(request);
        QTRY_VERIFY_WITH_TIMEOUT(ending.has_value(), 60000);
        QCOMPARE(*ending, FlowEnding::Unavailable);
        const QString sn = flow.job().sn;
        QCOMPARE(sn.size(), 22);
        QCOMPARE(flow.job().state, JobState::Serial);

        sim.configure({{u"faults"_s, QJsonObject()}});
        ending.reset();
        flow.resume(flow.job().id);
        QTRY_VERIFY_WITH_TIMEOUT(ending.has_value(), 60000);
        QCOMPARE(*ending, FlowEnding::Done);
        QCOMPARE(flow.job().sn, sn);
        const QJsonArray serials = sim.ledger().value("serials"_L1).toArray();
        QCOMPARE(serials.size(), 1);
        QCOMPARE(serials.at(0).toObject().value("status"_L1).toString(), u"STAMP"_s);
    }

    void aSerialTheServiceCallsUsedIsReplaced()
    {
        SimFixture sim({{u"autoPay"_s, true}});
        FlowHarness flows(sim);
        QVERIFY(flows.login());
        QCOMPARE(flows.buy(2), FlowEnding::Done);
        const QString pdf = flows.writeFile(u"a.pdf"_s, makeA4());
        sim.configure({{u"faults"_s, QJsonObject{{u"stamp"_s, QJsonObject{{u"used97"_s, 1.0}}}}}});
        StampFlow flow(flows.client(), flows.journal(), Clock::system());
        QObject::connect(&flow, &StampFlow::changed, &flow, [&](const StampJob &j) {
            if (j.state == JobState::Uploaded && !j.lastError.isEmpty())
                sim.configure({{u"faults"_s, QJsonObject()}});
        });
        std::optional<FlowEnding> ending;
        QObject::connect(&flow, &StampFlow::finished, &flow,
                         [&ending](FlowEnding e, const Failure &) { ending = e; });
        StampFlow::Request request = stampRequest(pdf);
        request.outputPath = flows.dir() + u"/a_out.pdf"_s;
        request.placement = Placement{1, 100, 100, 100};
        flow.start(request);
        QTRY_VERIFY_WITH_TIMEOUT(ending.has_value(), 60000);
        QCOMPARE(*ending, FlowEnding::Done);
        const QJsonArray serials = sim.ledger().value("serials"_L1).toArray();
        QCOMPARE(serials.size(), 2); // the one the service spent, then a fresh one
        QCOMPARE(serials.at(0).toObject().value("status"_L1).toString(), u"BURNED"_s);
        QCOMPARE(serials.at(1).toObject().value("status"_L1).toString(), u"STAMP"_s);
        // The job's history says that SN was given up, and why, for a complaint.
        const QString spent = serials.at(0).toObject().value("sn"_L1).toString();
        const QList<Journal::Event> history
            = flows.journal().events(u"job:%1"_s.arg(flow.job().id));
        QVERIFY(std::any_of(history.cbegin(), history.cend(), [&spent](const Journal::Event &e) {
            return e.state == u"UPLOADED" && e.detail.contains(spent);
        }));
    }

    void tokenExpiresInTheMiddleOfAStampJob()
    {
        // The real token lives 24 h and is then refused in the body; here it lives 5 s and the
        // stamp request takes 5 s, so the download comes after the token's exp.
        SimFixture sim({{u"autoPay"_s, true}, {u"tokenLife"_s, 5}, {u"slowSeconds"_s, 5.0}});
        FlowHarness flows(sim);
        int signIns = 0;
        QObject::connect(&flows.client(), &EmeteraiClient::tokenChanged, &flows.client(),
                         [&signIns] { ++signIns; });
        QVERIFY(flows.login());
        QCOMPARE(flows.buy(1), FlowEnding::Done);
        sim.configure({{u"faults"_s, QJsonObject{{u"stamp"_s, QJsonObject{{u"slow"_s, 1.0}}}}}});
        const QString pdf = flows.writeFile(u"a.pdf"_s, makeA4());
        QCOMPARE(flows.stamp(pdf, flows.dir() + u"/a_out.pdf"_s, Placement{1, 100, 100, 100}),
                 FlowEnding::Done);
        QCOMPARE(signIns, 2); // the first sign-in, and one more before the token ran out
        const QJsonArray serials = sim.ledger().value("serials"_L1).toArray();
        QCOMPARE(serials.size(), 1);
        QCOMPARE(serials.at(0).toObject().value("status"_L1).toString(), u"STAMP"_s);
    }

    void aTokenRefusedInTheBodyIsRenewedOnce()
    {
        // A token the service no longer knows is refused with "01" in an HTTP 200 body, never
        // with a 401: Bubuh signs in again once and repeats the call, which did nothing.
        SimFixture other;
        const QString foreignToken = other.login();
        SimFixture sim({{u"autoPay"_s, true}});
        FlowHarness flows(sim);
        QVERIFY(flows.login());
        QCOMPARE(flows.buy(1), FlowEnding::Done);
        flows.client().setToken(foreignToken);
        int signIns = 0;
        QObject::connect(&flows.client(), &EmeteraiClient::tokenChanged, &flows.client(),
                         [&signIns] { ++signIns; });
        const QString pdf = flows.writeFile(u"a.pdf"_s, makeA4());
        QCOMPARE(flows.stamp(pdf, flows.dir() + u"/a_out.pdf"_s, Placement{1, 100, 100, 100}),
                 FlowEnding::Done);
        QCOMPARE(signIns, 1);
        QCOMPARE(sim.ledger().value("serials"_L1).toArray().size(), 1);
    }

    void olderPdfIsRewrittenBeforeUpload_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::newRow("PDF 1.3") << QByteArray("1.3");
        QTest::newRow("PDF 1.4") << QByteArray("1.4");
    }

    void olderPdfIsRewrittenBeforeUpload()
    {
        // The simulator rebuilds uploads below 1.6 as the real adapter does; the client must
        // upload a 1.7 copy of its own, or the result would not begin with what it sent.
        QFETCH(QByteArray, version);
        SimFixture sim({{u"autoPay"_s, true}});
        FlowHarness flows(sim);
        QVERIFY(flows.login());
        QCOMPARE(flows.buy(1), FlowEnding::Done);
        const QByteArray original = makeA4(u"Surat Lama"_s, version);
        QVERIFY(original.startsWith(QByteArray(QByteArray("%PDF-") + version)));
        const QString pdf = flows.writeFile(u"lama.pdf"_s, original);
        const QString out = flows.dir() + u"/lama_bermeterai.pdf"_s;
        QCOMPARE(flows.stamp(pdf, out, Placement{1, 100, 100, 100}), FlowEnding::Done);
        const StampJob job = flows.journal().jobs().value().constLast();
        QCOMPARE(job.state, JobState::Saved);
        QVERIFY(!job.uploadPath.isEmpty());
        QFile copy(job.uploadPath);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        const QByteArray uploaded = copy.readAll();
        QVERIFY(uploaded.startsWith("%PDF-1.7"));
        QFile result(out);
        QVERIFY(result.open(QIODevice::ReadOnly));
        const QByteArray stamped = result.readAll();
        QVERIFY(stamped.startsWith(uploaded));
        QVERIFY(pdfsig(stamped).output.contains(u"Signature is Valid"_s));
        // The copy shows exactly what the original shows.
        QCOMPARE(renderPage(uploaded, 1, 72), renderPage(original, 1, 72));
        // The original file is untouched.
        QFile in(pdf);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(in.readAll(), original);
    }

    void stoppingTheWaitLosesNothing()
    {
        SimFixture sim; // no autoPay: the order waits for payment
        FlowHarness flows(sim);
        QVERIFY(flows.login());
        PurchaseFlow flow(flows.client(), flows.journal(), Clock::system());
        PurchaseFlow::Options options;
        options.followBaseMs = 100;
        flow.setOptions(options);
        int endings = 0;
        QObject::connect(&flow, &PurchaseFlow::finished, &flow, [&](FlowEnding e, const Failure &) {
            ++endings;
            QCOMPARE(e, FlowEnding::NotFinished);
        });
        flow.start(1, u"QRIS"_s);
        QTRY_COMPARE(flow.record().state, OrderState::AwaitingPayment);
        flow.stop();
        QCOMPARE(endings, 1);
        const int requests = sim.ledger()["requests"_L1]["total"_L1].toInt();
        QTest::qWait(1500); // it would have looked at the order several times by now
        QCOMPARE(sim.ledger()["requests"_L1]["total"_L1].toInt(), requests);
        QCOMPARE(endings, 1);
        const OrderRecord kept = *flows.journal().order(flow.record().id);
        QCOMPARE(kept.state, OrderState::AwaitingPayment);
        // Paid meanwhile; a later run continues the same order to its quota.
        QCOMPARE(postJson(sim.url(u"/sim/pay/"_s + kept.orderId), {}).status, 200);
        flows.resumeAll();
        QCOMPARE(flows.journal().order(kept.id)->state, OrderState::Fulfilled);
        QCOMPARE(sim.ledger().value("orders"_L1).toArray().size(), 1);
    }

    void orderLookUpsReportTheirRetries()
    {
        SimFixture sim({{u"autoPay"_s, true}, {u"fulfillDelay"_s, 4}});
        FlowHarness flows(sim);
        QVERIFY(flows.login());
        // Following the paid order, the shop is busy once.
        int busy = 0;
        QObject::connect(&sim.simulator(), &sim::EmeteraiSimulator::faultInjected, &sim.simulator(),
                         [&](const QString &endpoint, const QString &) {
                             if (endpoint == u"order" && busy++ == 0)
                                 sim.configure({{u"faults"_s, QJsonObject()}});
                         });
        sim.configure({{u"faults"_s, QJsonObject{{u"order"_s, QJsonObject{{u"503"_s, 1.0}}}}}});
        PurchaseFlow flow(flows.client(), flows.journal(), Clock::system());
        PurchaseFlow::Options options;
        options.followBaseMs = 100;
        flow.setOptions(options);
        int retrying = 0;
        QObject::connect(&flow, &PurchaseFlow::status, &flow, [&](const FlowStatus &s) {
            retrying += s.phase == FlowStatus::Phase::Retrying && s.attempt >= 1;
        });
        std::optional<FlowEnding> ending;
        QObject::connect(&flow, &PurchaseFlow::finished, &flow,
                         [&](FlowEnding e, const Failure &) { ending = e; });
        flow.start(1, u"QRIS"_s);
        QTRY_VERIFY_WITH_TIMEOUT(retrying > 0, 20000);
        QCOMPARE(busy, 1);
        // While it still follows the order, another user of the client (the balance in the
        // status bar) meets a busy service: that is not reported as the order's retry.
        QVERIFY(!ending.has_value());
        const int before = retrying;
        flows.setDeadline(800);
        sim.configure({{u"faults"_s, QJsonObject{{u"saldopos"_s, QJsonObject{{u"503"_s, 1.0}}}}}});
        std::optional<bool> balance;
        flows.client().fetchBalance([&](Result<Balance> r) { balance = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(balance.has_value(), 20000);
        QCOMPARE(*balance, false); // it did retry, and gave up
        QCOMPARE(retrying, before);
        QVERIFY(!ending.has_value());
        sim.configure({{u"faults"_s, QJsonObject()}});
        flows.setDeadline(15'000);
        QTRY_VERIFY_WITH_TIMEOUT(ending.has_value(), 60000);
        QCOMPARE(*ending, FlowEnding::Done);
    }

    void noQuotaIsAPlainRefusal()
    {
        SimFixture sim;
        FlowHarness flows(sim);
        QVERIFY(flows.login());
        const QString pdf = flows.writeFile(u"a.pdf"_s, makeA4());
        QCOMPARE(flows.stamp(pdf, flows.dir() + u"/out.pdf"_s, Placement{1, 100, 100, 100}),
                 FlowEnding::Refused);
        QCOMPARE(sim.ledger().value("serials"_L1).toArray().size(), 0);
    }

    void resultMustKeepTheOriginal()
    {
        const QByteArray original = makeA4();
        QString sn = u"ABCDEFGHIJKLMNOPQRSTUV"_s;
        SimFixture sim;
        const QRectF box(100, 100, 100, 100);
        const QByteArray stamped = sim.stampDocument(original, 1, box, &sn);
        StampVerifier verifier;
        verifier.addTrustAnchors(sim.simulator().rootCertificatePem());
        const auto check
            = [&](const StampVerifier &v, const QByteArray &result, const QString &serial = {}) {
                  return StampFlow::checkResult(v, original, result, serial.isEmpty() ? sn : serial,
                                                1, box);
              };
        const Result<Verification> good = check(verifier, stamped);
        QVERIFY(good.ok());
        QVERIFY(good->valid());
        // Without the simulator's root the stamp is still kept, marked as not confirmed.
        const Result<Verification> unanchored = check(StampVerifier(), stamped);
        QVERIFY(unanchored.ok());
        QVERIFY(!unanchored->valid());
        QByteArray tampered = stamped;
        tampered[100] = tampered[100] == 'a' ? 'b' : 'a';
        QVERIFY(!check(verifier, tampered).ok());
        QVERIFY(!check(verifier, original).ok());
        QVERIFY(!check(verifier, stamped + "%junk\n").ok());
        QVERIFY(!check(verifier, stamped, u"OTHERSERIALNUMBER00000"_s).ok());
    }

    void resultMustBeWhereItWasPlaced()
    {
        const QByteArray original = makePdf({PageSpec{}, PageSpec{}});
        QString sn;
        SimFixture sim;
        const QRectF box(100, 100, 100, 100);
        const QByteArray stamped = sim.stampDocument(original, 1, box, &sn);
        StampVerifier verifier;
        verifier.addTrustAnchors(sim.simulator().rootCertificatePem());
        const auto check = [&](int page, const QRectF &asked) {
            return StampFlow::checkResult(verifier, original, stamped, sn, page, asked);
        };
        QVERIFY(check(1, box).ok());
        QVERIFY(check(1, box.translated(0.5, -0.5)).ok()); // rounding is not a move
        const Result<Verification> moved = check(1, box.translated(0, 2));
        QVERIFY(!moved.ok());
        QVERIFY2(moved.failure().message.contains(u"not where it was placed"_s),
                 qPrintable(moved.failure().message));
        QVERIFY(!check(1, box.adjusted(0, 0, 5, 0)).ok());
        QVERIFY(!check(2, box).ok());
    }
};

QTEST_GUILESS_MAIN(TestFlowFaults)
#include "tst_flowfaults.moc"
