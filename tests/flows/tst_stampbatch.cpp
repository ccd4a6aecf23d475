// StampBatch: several documents, one quota each checked first, a failure of one not stopping
// the others, results never overwriting anything, and unfinished jobs resumed with their SN.
#include "FlowHarness.h"
#include "PdfFactory.h"

#include "core/Clock.h"
#include "flow/StampBatch.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bubuh;
using namespace test;

class TestStampBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFailureDoesNotStopTheOthers()
    {
        SimFixture sim({{u"autoPay"_s, true}});
        FlowHarness flows(sim);
        QVERIFY(flows.login());
        QCOMPARE(flows.buy(2), FlowEnding::Done);
        const QString broken = flows.writeFile(u"rusak.pdf"_s, "<html>503 Service Unavailable");
        const QString good = flows.writeFile(u"surat.pdf"_s, makeA4());
        StampBatch batch(flows.client(), flows.journal(), Clock::system());
        batch.setVerifier(flows.verifier());
        batch.start({stampRequest(broken), stampRequest(good)});
        QVERIFY(waitForEnd(batch));
        QCOMPARE(batch.entries().size(), 2);
        QVERIFY(batch.entries().at(0).done);
        QCOMPARE(batch.entries().at(0).ending, FlowEnding::InputUnusable);
        QVERIFY(!batch.entries().at(0).failure.message.isEmpty());
        QCOMPARE(batch.entries().at(1).job.state, JobState::Saved);
        QCOMPARE(batch.entries().at(1).job.verdict, StampVerdict::Valid);
        QCOMPARE(batch.entries().at(1).job.resultPath, flows.dir() + u"/surat_bermeterai.pdf"_s);
        // The broken document cost nothing: one serial number, for the good one.
        QCOMPARE(sim.ledger().value("serials"_L1).toArray().size(), 1);
    }

    void tooLittleQuotaRefusesBeforeSpending()
    {
        SimFixture sim({{u"autoPay"_s, true}});
        FlowHarness flows(sim);
        QVERIFY(flows.login());
        QCOMPARE(flows.buy(1), FlowEnding::Done);
        StampBatch batch(flows.client(), flows.journal(), Clock::system());
        batch.start({stampRequest(flows.writeFile(u"a.pdf"_s, makeA4())),
                     stampRequest(flows.writeFile(u"b.pdf"_s, makeA4()))});
        Failure refusal;
        QVERIFY(waitForEnd(batch, &refusal));
        QVERIFY2(refusal.message.contains(u"1"_s), qPrintable(refusal.message));
        QCOMPARE(refusal.kind, Failure::Kind::Refused);
        for (const StampBatch::Entry &e : batch.entries()) {
            QVERIFY(e.done);
            QCOMPARE(e.job.id, 0); // no job was even created
        }
        QCOMPARE(sim.ledger().value("serials"_L1).toArray().size(), 0);
        QVERIFY(flows.journal().jobs().value().isEmpty());
    }

    // What was looked at is what is stamped: a file changed on disk after it was opened is
    // refused before a serial number is asked for (review of #14).
    void aDocumentChangedOnDiskIsNotStamped()
    {
        SimFixture sim({{u"autoPay"_s, true}});
        FlowHarness flows(sim);
        QVERIFY(flows.login());
        QCOMPARE(flows.buy(1), FlowEnding::Done);
        const QString path = flows.writeFile(u"surat.pdf"_s, makeA4(u"Surat Pernyataan"_s));
        StampFlow::Request request = stampRequest(path);
        request.expectedHash = u"%1"_s.arg(QString(64, u'0')); // the bytes shown were others
        StampBatch batch(flows.client(), flows.journal(), Clock::system());
        batch.start({request});
        QVERIFY(waitForEnd(batch));
        QCOMPARE(batch.entries().at(0).ending, FlowEnding::InputUnusable);
        QVERIFY2(batch.entries().at(0).failure.message.contains(u"changed on disk"_s),
                 qPrintable(batch.entries().at(0).failure.message));
        QCOMPARE(sim.ledger().value("serials"_L1).toArray().size(), 0);
    }

    void resultsNeverOverwrite()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(u"surat-lamaran.pdf"_s);
        QCOMPARE(StampBatch::resultPathFor(source, {}),
                 dir.filePath(u"surat-lamaran_bermeterai.pdf"_s));
        QFile existing(dir.filePath(u"surat-lamaran_bermeterai.pdf"_s));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.close();
        QCOMPARE(StampBatch::resultPathFor(source, {}),
                 dir.filePath(u"surat-lamaran_bermeterai-2.pdf"_s));
        QCOMPARE(StampBatch::resultPathFor(source, {},
                                           {dir.filePath(u"surat-lamaran_bermeterai-2.pdf"_s)}),
                 dir.filePath(u"surat-lamaran_bermeterai-3.pdf"_s));
        QTemporaryDir results;
        QCOMPARE(StampBatch::resultPathFor(source, results.path()),
                 QDir(results.path()).filePath(u"surat-lamaran_bermeterai.pdf"_s));
        // Two documents of the same name in one batch get different results.
        SimFixture sim;
        FlowHarness flows(sim);
        StampBatch batch(flows.client(), flows.journal(), Clock::system());
        QDir(flows.dir()).mkpath(u"x"_s);
        const QString first = flows.writeFile(u"surat.pdf"_s, makeA4());
        const QString second = flows.writeFile(u"x/surat.pdf"_s, makeA4());
        batch.start({stampRequest(first), stampRequest(second)}, results.path());
        QCOMPARE(batch.entries().at(0).request.outputPath,
                 QDir(results.path()).filePath(u"surat_bermeterai.pdf"_s));
        QCOMPARE(batch.entries().at(1).request.outputPath,
                 QDir(results.path()).filePath(u"surat_bermeterai-2.pdf"_s));
        QVERIFY(waitForEnd(batch)); // no quota: refused, nothing written
    }

    void unfinishedJobsResumeWithTheirSerialNumber()
    {
        SimFixture sim({{u"autoPay"_s, true}});
        FlowHarness flows(sim);
        QVERIFY(flows.login());
        QCOMPARE(flows.buy(1), FlowEnding::Done);
        // The stamping service stays busy past the deadline: the job keeps its SN and waits.
        flows.setDeadline(1500);
        sim.configure({{u"faults"_s, QJsonObject{{u"stamp"_s, QJsonObject{{u"503"_s, 1.0}}}}}});
        QString sn;
        {
            StampBatch batch(flows.client(), flows.journal(), Clock::system());
            batch.start({stampRequest(flows.writeFile(u"surat.pdf"_s, makeA4()))});
            QVERIFY(waitForEnd(batch));
            const StampBatch::Entry &e = batch.entries().first();
            QCOMPARE(e.ending, FlowEnding::Unavailable);
            QVERIFY(!e.job.finished());
            sn = e.job.sn;
            QVERIFY(!sn.isEmpty());
        }
        // "Restart": a new batch over the same journal, the service recovered.
        sim.configure({{u"faults"_s, QJsonObject()}});
        flows.setDeadline(15'000);
        StampBatch resumed(flows.client(), flows.journal(), Clock::system());
        resumed.setVerifier(flows.verifier());
        resumed.resumeUnfinished();
        QVERIFY(resumed.running());
        QVERIFY(waitForEnd(resumed));
        QCOMPARE(resumed.entries().size(), 1);
        QCOMPARE(resumed.entries().first().job.state, JobState::Saved);
        QCOMPARE(resumed.entries().first().job.sn, sn);
        const QJsonArray serials = sim.ledger().value("serials"_L1).toArray();
        QCOMPARE(serials.size(), 1);
        QCOMPARE(serials.first()["status"_L1].toString(), u"STAMP"_s);
    }

    void followsUpByItselfWhenTheServiceIsBack()
    {
        SimFixture sim({{u"autoPay"_s, true}});
        FlowHarness flows(sim);
        QVERIFY(flows.login());
        QCOMPARE(flows.buy(1), FlowEnding::Done);
        flows.setDeadline(1000);
        sim.configure({{u"faults"_s, QJsonObject{{u"upload"_s, QJsonObject{{u"503"_s, 1.0}}}}}});
        StampBatch batch(flows.client(), flows.journal(), Clock::system());
        batch.setVerifier(flows.verifier());
        batch.setFollowUpDelay(1000);
        int runs = 0;
        connect(&batch, &StampBatch::finished, &batch, [&] { ++runs; });
        batch.start({stampRequest(flows.writeFile(u"surat.pdf"_s, makeA4()))});
        QTRY_COMPARE(runs, 1);
        QCOMPARE(batch.entries().first().ending, FlowEnding::Unavailable);
        QVERIFY(batch.followUpAt().isValid());
        sim.configure({{u"faults"_s, QJsonObject()}}); // the service is back
        QTRY_COMPARE_WITH_TIMEOUT(runs, 2, 20000);
        QCOMPARE(batch.entries().first().job.state, JobState::Saved);
        QVERIFY(!batch.followUpAt().isValid());
    }
};

QTEST_GUILESS_MAIN(TestStampBatch)
#include "tst_stampbatch.moc"
