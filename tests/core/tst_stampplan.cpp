// What step 4 would do with the open documents (StampPlan), where the applicant stands and
// what to do next (StepGuide), and the upload deadline (Deadline): the window only shows these.
#include "core/Clock.h"
#include "core/Language.h"
#include "flow/Deadline.h"
#include "flow/FlowStatus.h"
#include "flow/StampPlan.h"
#include "flow/StepGuide.h"
#include "journal/Journal.h"

#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bubuh;
using Readiness = StampPlan::Readiness;

namespace {

StampPlan::Document document(const QString &path, const QString &hash = u"h1"_s)
{
    StampPlan::Document d;
    d.path = path;
    d.hash = hash;
    d.inspection.file = path;
    d.inspection.pages = {PageBoxes()};
    d.inspection.predictedStampedBytes = 300 * 1024;
    d.inspection.uploadLimitBytes = 800 * 1024;
    d.coversInk = false;
    return d;
}

void addProblem(StampPlan::Document &d, const QString &code,
                Inspection::Problem::Severity severity = Inspection::Problem::Severity::Error)
{
    d.inspection.problems.append({code, severity, u"message of %1"_s.arg(code)});
}

StampPlan::Row rowWith(Readiness readiness)
{
    StampPlan::Row r;
    r.readiness = readiness;
    return r;
}

} // namespace

class TestStampPlan : public QObject
{
    Q_OBJECT

    VirtualClock clock;
    std::unique_ptr<Journal> journal;

private Q_SLOTS:
    void initTestCase() { Language::install(u"en"_s); }

    void init()
    {
        QString error;
        journal = Journal::open(u":memory:"_s, clock, &error);
        QVERIFY2(journal, qPrintable(error));
    }

    void eachDocumentGetsItsHonestState_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("words");
        QTest::newRow("clean") << QString() << int(Readiness::Ready) << u"ready to stamp"_s;
        QTest::newRow("too large") << u"too-large-after-stamp"_s << int(Readiness::TooLarge)
                                   << u"needs to be made smaller"_s;
        QTest::newRow("password") << u"needs-password"_s << int(Readiness::PasswordProtected)
                                  << u"protected with a password"_s;
        QTest::newRow("encrypted") << u"encrypted"_s << int(Readiness::PasswordProtected)
                                   << u"protected with a password"_s;
        QTest::newRow("broken") << u"truncated"_s << int(Readiness::Unusable)
                                << u"cannot be stamped: message of truncated"_s;
    }
    void eachDocumentGetsItsHonestState()
    {
        QFETCH(QString, problem);
        QFETCH(int, expected);
        QFETCH(QString, words);
        StampPlan::Document d = document(u"/docs/surat.pdf"_s);
        if (!problem.isEmpty())
            addProblem(d, problem);
        const StampPlan::Row row = StampPlan().row(d, std::nullopt);
        QCOMPARE(int(row.readiness), expected);
        QVERIFY2(row.stateText().contains(words), qPrintable(row.stateText()));
        // Never "ready" for what will not be stamped.
        QCOMPARE(row.stateText().contains(u"ready"_s), row.ready());
    }

    void aBrokenDocumentIsNotCalledTooLarge()
    {
        StampPlan::Document d = document(u"/docs/a.pdf"_s);
        addProblem(d, u"too-large-after-stamp"_s);
        addProblem(d, u"damaged"_s);
        QCOMPARE(StampPlan().row(d, std::nullopt).readiness, Readiness::Unusable);
    }

    void anEmeteraiInTheFileIsAlreadyStamped()
    {
        StampPlan::Document d = document(u"/docs/a.pdf"_s);
        d.inspection.signatures.append({u"Emet0001"_s, u"ETSI.CAdES.detached"_s, u"SN0001"_s});
        addProblem(d, u"already-stamped"_s, Inspection::Problem::Severity::Warning);
        const StampPlan::Row row = StampPlan().row(d, std::nullopt);
        QCOMPARE(row.readiness, Readiness::AlreadyStamped);
        QCOMPARE(row.stampedSn, u"SN0001"_s);
        QVERIFY(row.stateText().contains(u"SN0001"_s));
        QVERIFY(!row.ready());
    }

    void whatBubuhStampedBeforeIsFoundByItsBytesInOneQuery()
    {
        StampJob saved;
        saved.sourcePath = u"/elsewhere/old-name.pdf"_s; // renamed since: the bytes count
        saved.outputPath = u"/elsewhere/old-name_bermeterai.pdf"_s;
        saved.fileName = u"old-name.pdf"_s;
        saved.documentType = u"3"_s;
        saved.documentHash = u"same-bytes"_s;
        saved.sn = u"SNSAVED"_s;
        saved.resultPath = u"/elsewhere/old-name_bermeterai.pdf"_s;
        const auto store = [this](StampJob job, JobState state) {
            const StampJob wanted = job;
            job = *journal->job(journal->addJob(job));
            job.state = state;
            job.sn = wanted.sn;
            job.resultPath = wanted.resultPath;
            QCOMPARE(journal->updateJob(job), Journal::Write::Done);
        };
        store(saved, JobState::Saved);
        StampJob failed = saved;
        failed.documentHash = u"other-bytes"_s;
        store(failed, JobState::Failed);

        const QList<StampPlan::Row> rows
            = StampPlan().rows({document(u"/docs/surat.pdf"_s, u"same-bytes"_s),
                                document(u"/docs/lain.pdf"_s, u"other-bytes"_s)},
                               *journal);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].readiness, Readiness::AlreadyStamped);
        QCOMPARE(rows[0].stampedSn, u"SNSAVED"_s);
        QCOMPARE(rows[0].resultPath, saved.resultPath);
        QCOMPARE(rows[1].readiness, Readiness::Ready); // a failed job spent nothing to keep
        QCOMPARE(StampPlan::readyPaths(rows), QStringList{u"/docs/lain.pdf"_s});

        const Result<QList<StampJob>> both
            = journal->jobsForDocuments({u"same-bytes"_s, u"other-bytes"_s, u"none"_s});
        QVERIFY(both);
        QCOMPARE(both->size(), 2);
        QVERIFY(journal->jobsForDocuments({})->isEmpty());
    }

    // A job that holds its serial is continued, and needs no second quota (review of #14).
    void anUnfinishedJobWithItsSerialIsContinuedWithoutQuota()
    {
        StampJob job;
        job.sourcePath = u"/docs/surat.pdf"_s;
        job.outputPath = u"/docs/surat_bermeterai.pdf"_s;
        job.fileName = u"surat.pdf"_s;
        job.documentType = u"3"_s;
        job.documentHash = u"held"_s;
        job = *journal->job(journal->addJob(job));
        job.state = JobState::Serial;
        job.sn = u"SNHELD"_s;
        QCOMPARE(journal->updateJob(job), Journal::Write::Done);
        const QList<StampPlan::Row> rows = StampPlan().rows(
            {document(u"/docs/surat.pdf"_s, u"held"_s), document(u"/docs/baru.pdf"_s, u"new"_s)},
            *journal);
        QCOMPARE(rows[0].readiness, Readiness::InProgress);
        QCOMPARE(rows[0].stampedSn, u"SNHELD"_s);
        QVERIFY(rows[0].ready());
        QCOMPARE(StampPlan::readyPaths(rows).size(), 2);
        QCOMPARE(StampPlan::quotaNeeded(rows), 1); // only the new one spends a quota
        StepGuide::Facts facts;
        facts.account = StepGuide::Facts::Account::SignedIn;
        facts.quota = 1;
        facts.documentsOpen = 2;
        facts.rows = rows;
        QCOMPARE(StepGuide(facts).shortfall(), 0);
        QCOMPARE(StepGuide(facts).next().kind, StepGuide::ActionKind::Stamp);
    }

    // Without its journal Bubuh cannot know what it stamped: nothing is offered (review of #14).
    void anUnreadableJournalOffersNothing()
    {
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(u"journal.sqlite"_s);
        std::unique_ptr<Journal> onDisk = Journal::open(path, clock, &error);
        QVERIFY2(onDisk, qPrintable(error));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"sabotage"_s);
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QVERIFY(other.exec(u"DROP TABLE jobs"_s).lastError().type() == QSqlError::NoError);
            other.close();
        }
        QSqlDatabase::removeDatabase(u"sabotage"_s);
        const QList<StampPlan::Row> rows
            = StampPlan().rows({document(u"/docs/surat.pdf"_s)}, *onDisk);
        QCOMPARE(rows[0].readiness, Readiness::Unusable);
        QVERIFY2(rows[0].stateText().contains(u"journal"_s), qPrintable(rows[0].stateText()));
    }

    void aFileOpenedTwiceIsOneRowAsLastPlaced()
    {
        StampPlan::Document first = document(u"/docs/a.pdf"_s);
        first.placement.page = 1;
        StampPlan::Document again = first;
        again.placement.page = 2;
        const QList<StampPlan::Row> rows
            = StampPlan().rows({first, document(u"/docs/b.pdf"_s, u"h2"_s), again}, *journal);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].path, u"/docs/a.pdf"_s);
        QCOMPARE(rows[0].placement.page, 2);
    }

    void inkUnderTheStampHoldsItBackButReadingDoesNot()
    {
        StampPlan::Document d = document(u"/docs/a.pdf"_s);
        d.coversInk = true;
        QCOMPARE(StampPlan().row(d, std::nullopt).readiness, Readiness::CoversInk);
        QVERIFY(!StampPlan().row(d, std::nullopt).ready());
        d.coversInk = std::nullopt; // not offered until the paper is known to be blank
        QCOMPARE(StampPlan().row(d, std::nullopt).readiness, Readiness::CheckingInk);
        QVERIFY(!StampPlan().row(d, std::nullopt).ready());
    }

    void aReplacedDocumentIsNotStamped()
    {
        StampPlan::Document d = document(u"/docs/a.pdf"_s);
        d.supersededBy = u"/docs/a_kecil.pdf"_s;
        const StampPlan::Row row = StampPlan().row(d, std::nullopt);
        QCOMPARE(row.readiness, Readiness::Replaced);
        QVERIFY(row.stateText().contains(u"a_kecil.pdf"_s));
    }

    void typesAreGuessedThenChosen()
    {
        StampPlan plan;
        const StampPlan::Document d = document(u"/docs/surat-pernyataan.pdf"_s);
        QCOMPARE(plan.row(d, std::nullopt).type.name, u"Surat Pernyataan"_s);
        QCOMPARE(plan.row(d, std::nullopt).type.kode, u"3"_s);
        plan.chooseType(d.path, u"Surat Keterangan"_s);
        QCOMPARE(plan.row(d, std::nullopt).type.name, u"Surat Keterangan"_s);
        plan.chooseType(d.path, u"no such type"_s); // falls back to the guess
        QCOMPARE(plan.row(d, std::nullopt).type.name, u"Surat Pernyataan"_s);
        // The service's own list replaces the built-in one.
        plan.setTypes(DocumentTypeCatalog({{u"9"_s, u"3"_s, u"Surat Lainnya"_s}}));
        QCOMPARE(plan.row(d, std::nullopt).type.id, u"9"_s);
    }

    // StepGuide.
    void aNewApplicantIsToldToSignInThenToOpenDocuments()
    {
        StepGuide::Facts facts;
        QCOMPARE(StepGuide(facts).next().kind, StepGuide::ActionKind::SignIn);
        QCOMPARE(StepGuide(facts).state(StepGuide::Step::Account).state, StepGuide::State::Next);
        QCOMPARE(StepGuide(facts).state(StepGuide::Step::Position).state, StepGuide::State::Later);
        facts.account = StepGuide::Facts::Account::SignedIn;
        facts.quota = 2;
        const StepGuide guide(facts);
        QCOMPARE(guide.next().kind, StepGuide::ActionKind::Open);
        QCOMPARE(guide.next().label, u"Next: open documents"_s);
        QCOMPARE(guide.state(StepGuide::Step::Account).summary, u"Quota: 2"_s);
        QCOMPARE(guide.state(StepGuide::Step::Account).state, StepGuide::State::Done);
        QCOMPARE(guide.state(StepGuide::Step::Documents).state, StepGuide::State::Next);
    }

    void aShortfallBuysExactlyWhatIsMissing()
    {
        StepGuide::Facts facts;
        facts.account = StepGuide::Facts::Account::SignedIn;
        facts.quota = 1;
        facts.documentsOpen = 3;
        facts.rows
            = {rowWith(Readiness::Ready), rowWith(Readiness::Ready), rowWith(Readiness::TooLarge)};
        StepGuide guide(facts);
        QCOMPARE(guide.ready(), 2);
        QCOMPARE(guide.shortfall(), 1);
        QCOMPARE(guide.next().kind, StepGuide::ActionKind::Buy);
        QCOMPARE(guide.next().quantity, 1);
        QCOMPARE(guide.next().label, u"Buy 1 more e-Meterai"_s);
        QCOMPARE(guide.state(StepGuide::Step::Documents).summary, u"1 document too large"_s);
        QCOMPARE(guide.state(StepGuide::Step::Documents).state, StepGuide::State::Attention);
        QCOMPARE(guide.state(StepGuide::Step::Stamp).state, StepGuide::State::Later);
        // Enough quota: stamping is next, for the ready ones only.
        facts.quota = 5;
        QCOMPARE(StepGuide(facts).next().kind, StepGuide::ActionKind::Stamp);
        QCOMPARE(StepGuide(facts).next().label, u"Stamp 2 documents"_s);
        QCOMPARE(StepGuide(facts).state(StepGuide::Step::Stamp).state, StepGuide::State::Next);
        // Never a second order while one is under way.
        facts.quota = 1;
        facts.buying = true;
        QCOMPARE(StepGuide(facts).next().kind, StepGuide::ActionKind::None);
    }

    // Nothing that costs money is offered without this window's journal, nor while signing in.
    void nothingCostlyWithoutTheJournal()
    {
        StepGuide::Facts facts;
        facts.account = StepGuide::Facts::Account::SignedIn;
        facts.quota = 0;
        facts.documentsOpen = 1;
        facts.rows = {rowWith(Readiness::Ready)};
        QCOMPARE(StepGuide(facts).next().kind, StepGuide::ActionKind::Buy);
        facts.workspaceReady = false;
        QCOMPARE(StepGuide(facts).next().kind, StepGuide::ActionKind::None);
        facts.quota = 3;
        QCOMPARE(StepGuide(facts).next().kind, StepGuide::ActionKind::None);
        QCOMPARE(StepGuide(facts).state(StepGuide::Step::Stamp).state, StepGuide::State::Later);
        facts.workspaceReady = true;
        facts.account = StepGuide::Facts::Account::SigningIn;
        QCOMPARE(StepGuide(facts).next().kind, StepGuide::ActionKind::None);
    }

    // An order waiting for its payment asks for the payment, whatever its last run said.
    void paymentComesBeforeTrouble()
    {
        StepGuide::Facts facts;
        facts.account = StepGuide::Facts::Account::SignedIn;
        facts.quota = 0;
        facts.awaitingPayment = true;
        facts.orderTroubled = true;
        QCOMPARE(StepGuide(facts).next().kind, StepGuide::ActionKind::Pay);
    }

    void aPaidOrderWithoutQuotaComesFirst()
    {
        StepGuide::Facts facts;
        facts.account = StepGuide::Facts::Account::SignedIn;
        facts.quota = 0;
        facts.orderTroubled = true;
        facts.documentsOpen = 1;
        facts.rows = {rowWith(Readiness::Ready)};
        QCOMPARE(StepGuide(facts).next().kind, StepGuide::ActionKind::SeeOrder);
        QCOMPARE(StepGuide(facts).state(StepGuide::Step::Account).state,
                 StepGuide::State::Attention);
    }

    void documentsThatNeedWorkPointToTheirStep()
    {
        StepGuide::Facts facts;
        facts.account = StepGuide::Facts::Account::SignedIn;
        facts.quota = 3;
        facts.documentsOpen = 1;
        facts.rows = {rowWith(Readiness::CoversInk)};
        QCOMPARE(StepGuide(facts).next().kind, StepGuide::ActionKind::MoveStamp);
        QCOMPARE(StepGuide(facts).next().step, StepGuide::Step::Position);
        facts.rows = {rowWith(Readiness::PasswordProtected)};
        QCOMPARE(StepGuide(facts).next().kind, StepGuide::ActionKind::FixDocuments);
        QCOMPARE(StepGuide(facts).state(StepGuide::Step::Position).summary,
                 u"The documents need step 2 first"_s);
        facts.rows = {rowWith(Readiness::AlreadyStamped)};
        QCOMPARE(StepGuide(facts).next().kind, StepGuide::ActionKind::Check);
        // Everything stamped: nothing left to place, rather than "open a document first".
        QCOMPARE(StepGuide(facts).state(StepGuide::Step::Position).state, StepGuide::State::Done);
        QCOMPARE(StepGuide(facts).state(StepGuide::Step::Position).summary,
                 u"Nothing left to place"_s);
        QCOMPARE(StepGuide(facts).state(StepGuide::Step::Stamp).state, StepGuide::State::Done);
    }

    // Deadline.
    void theDeadlineIsKeptAndCountedDown()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        QVERIFY(!Deadline::load(settings).isSet());
        const QDateTime at(QDate(2024, 9, 6), QTime(23, 59), QTimeZone(7 * 3600));
        Deadline(at).save(settings);
        const Deadline loaded = Deadline::load(settings);
        QCOMPARE(loaded.at(), at);
        QCOMPARE(loaded.label(), u"Upload deadline: 6 September 2024, 23.59 WIB"_s);
        QCOMPARE(loaded.timeLeft(at.addSecs(-(26 * 3600 + 60))), u"1 day and 2 hours left"_s);
        QCOMPARE(loaded.timeLeft(at.addSecs(-(3 * 3600 + 5 * 60))),
                 u"3 hours and 5 minutes left"_s);
        QCOMPARE(loaded.timeLeft(at.addSecs(-59)), u"1 minute left"_s);
        QCOMPARE(loaded.timeLeft(at.addSecs(1)), u"passed"_s);
        Deadline().save(settings);
        QVERIFY(!Deadline::load(settings).isSet());
    }

    void aWaitPastTheDeadlineIsSaidWithWhatHelps()
    {
        const QDateTime at(QDate(2024, 9, 6), QTime(23, 59), QTimeZone(7 * 3600));
        const Deadline deadline(at);
        const QDateTime now = at.addSecs(-2 * 3600);
        FlowStatus queued;
        queued.phase = FlowStatus::Phase::Queued;
        queued.queueEtaSeconds = 3 * 3600; // an hour past it
        Deadline::Situation situation;
        situation.purchase = &queued;
        situation.workLeft = true;
        Deadline::Warning w = deadline.warning(now, situation);
        QCOMPARE(w.kind, Deadline::Warning::Kind::WaitPassesDeadline);
        QVERIFY2(w.text.contains(u"Another distributor"_s), qPrintable(w.text));
        QVERIFY2(w.text.contains(u"stamping later"_s), qPrintable(w.text));
        queued.queueEtaSeconds = 3600; // in time: nothing to say
        QCOMPARE(deadline.warning(now, situation).kind, Deadline::Warning::Kind::None);
        // Stamping retries that land after it.
        FlowStatus retrying;
        retrying.phase = FlowStatus::Phase::Retrying;
        retrying.retryInMs = 3 * 3600 * 1000LL;
        situation.stamping = &retrying;
        QCOMPARE(deadline.warning(now, situation).kind,
                 Deadline::Warning::Kind::WaitPassesDeadline);
        // Nothing left to do: no warning, however close.
        situation = {};
        QCOMPARE(deadline.warning(now, situation).kind, Deadline::Warning::Kind::None);
        QCOMPARE(Deadline().warning(now, {&queued, nullptr, true, true, {}}).kind,
                 Deadline::Warning::Kind::None);
    }

    void anHourBeforeItAPaidOrderBringsItsEvidence()
    {
        const QDateTime at(QDate(2024, 9, 6), QTime(23, 59), QTimeZone(7 * 3600));
        const Deadline deadline(at);
        Deadline::Situation situation;
        situation.paidWithoutQuota = true;
        situation.distributorContact = u"cs@distributor.example"_s;
        QCOMPARE(deadline.warning(at.addSecs(-2 * 3600), situation).kind,
                 Deadline::Warning::Kind::None);
        const Deadline::Warning w = deadline.warning(at.addSecs(-3600), situation);
        QCOMPARE(w.kind, Deadline::Warning::Kind::PaidQuotaLate);
        QVERIFY2(w.text.contains(u"cs@distributor.example"_s), qPrintable(w.text));
        QVERIFY2(w.text.contains(u"1 hour and 0 minutes"_s), qPrintable(w.text));
        QCOMPARE(deadline.warning(at.addSecs(60), situation).kind, Deadline::Warning::Kind::Passed);
    }
};

QTEST_GUILESS_MAIN(TestStampPlan)
#include "tst_stampplan.moc"
