#include "StampFlow.h"

#include "core/Clock.h"
#include "net/EmeteraiClient.h"
#include "pdf/DocumentInspector.h"

#include "flow/ResultFile.h"
#include "pdf/PdfUpgrade.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAcroFormDocumentHelper.hh>

using namespace Qt::StringLiterals;

namespace bubuh {

namespace {

// "Surat Lamaran.pdf" -> "Surat_Lamaran-7f3a9c21.pdf": the namafile the serial list will show
// for this job's SN, and for no other job's.
QString serviceFileName(const QString &fileName)
{
    QString base = QFileInfo(fileName).completeBaseName().left(60);
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_s);
    base.replace(unsafe, u"_"_s);
    const QString suffix
        = QString::number(QRandomGenerator::system()->generate(), 16).rightJustified(8, u'0');
    return (base.isEmpty() ? u"dokumen"_s : base) + u'-' + suffix + u".pdf"_s;
}

// The serial list's times are the service's Jakarta time; this computer's clock may differ.
constexpr qint64 kClockToleranceSecs = 10 * 60;
// A page of the serial list, and how many pages Bubuh reads at most.
constexpr int kSerialPage = 100, kSerialPagesMax = 50;

// The service does not (yet) show an SN that Bubuh holds or found: keep it, look again later.
Failure serialNotShown(const QString &sn)
{
    return {QCoreApplication::translate("bubuh::StampFlow",
                                        "The service does not show serial number %1 right now. "
                                        "Bubuh keeps it and tries again later.")
                .arg(sn),
            u"SN status not found"_s, Failure::Kind::Unavailable};
}

bool alreadyUsed(const Failure &failure)
{
    return failure.serviceCode == u"97"
        && failure.serviceReason.contains(u"already used"_s, Qt::CaseInsensitive);
}

} // namespace

StampFlow::StampFlow(EmeteraiClient &client, Journal &journal, Clock &clock, QObject *parent)
    : QObject(parent), m_client(client), m_journal(journal), m_clock(clock)
{
    connect(&m_client, &EmeteraiClient::progress, this, &StampFlow::onProgress);
}

void StampFlow::onProgress(const CallProgress &p)
{
    // The client is shared (a purchase may run at the same time): only stamping calls are ours.
    static const QStringList stampCalls = {u"upload"_s,   u"saldopos"_s,   u"serial"_s,  u"stamp"_s,
                                           u"snstatus"_s, u"seriallist"_s, u"download"_s};
    if (stampCalls.contains(p.operation))
        Q_EMIT status(FlowStatus::retrying(p));
}

QByteArray StampFlow::original(QString *error) const
{
    QFile f(m_job.sourcePath);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("The document %1 cannot be read: %2").arg(m_job.sourcePath, f.errorString());
        return {};
    }
    const QByteArray bytes = f.readAll();
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (hash != m_job.documentHash) {
        *error = tr("The document %1 changed since stamping began. Put the original back, or start "
                    "again "
                    "with the new file.")
                     .arg(m_job.sourcePath);
        return {};
    }
    return bytes;
}

void StampFlow::beginRun()
{
    m_ended = false;
    m_transientRetries = 0;
    m_serialAsks = 0;
    m_serviceSaidUsed = false;
}

void StampFlow::start(const Request &request)
{
    beginRun();
    m_request = request;
    QFile f(request.sourcePath);
    if (!f.open(QIODevice::ReadOnly)) {
        fail(FlowEnding::InputUnusable,
             {tr("The document %1 cannot be read: %2").arg(request.sourcePath, f.errorString()),
              {}});
        return;
    }
    const QByteArray pdf = f.readAll();
    // Pre-flight before any quota is spent: what the service would refuse is refused here.
    const Inspection inspection
        = DocumentInspector::inspect(pdf, request.sourcePath, request.preflight);
    for (const Inspection::Problem &problem : inspection.problems) {
        if (problem.severity == Inspection::Problem::Severity::Error) {
            fail(FlowEnding::InputUnusable, {problem.message, problem.code});
            return;
        }
    }
    const QList<PageBoxes> &pages = inspection.pages;
    const int page = request.placement.page;
    if (page < 1 || page > pages.size()) {
        fail(FlowEnding::InputUnusable,
             {tr("The document has %n page(s); page %1 does not exist.", nullptr, int(pages.size()))
                  .arg(page),
              {}});
        return;
    }
    const PageBoxes &boxes = pages.at(page - 1);
    const QSizeF shown = boxes.displaySize();
    const Placement &p = request.placement;
    if (p.size < 1 || p.u < 0 || p.v < 0 || p.u + p.size > shown.width() + 0.01
        || p.v + p.size > shown.height() + 0.01) {
        fail(FlowEnding::InputUnusable,
             {tr("The stamp does not fit on page %1 there: the page is %2 × %3 pt as displayed.")
                  .arg(page)
                  .arg(shown.width(), 0, 'f', 1)
                  .arg(shown.height(), 0, 'f', 1),
              {}});
        return;
    }
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    if (!request.expectedHash.isEmpty() && request.expectedHash != hash) {
        fail(FlowEnding::InputUnusable,
             {tr("%1 was changed on disk after it was opened, so its checks and the stamp's "
                 "place may no longer hold. Open it again, look at it, then stamp it.")
                  .arg(QFileInfo(request.sourcePath).fileName()),
              u"changed-on-disk"_s});
        return;
    }
    // A document that is already being stamped is continued, never given a second job (and
    // so never a second SN): pressing Stamp again during an outage must not buy twice.
    const Result<std::optional<StampJob>> unfinished = m_journal.unfinishedJobFor(hash);
    if (!unfinished) {
        fail(FlowEnding::Unavailable, unfinished.failure());
        return;
    }
    if (unfinished.value()) {
        Q_EMIT status({FlowStatus::Phase::Working,
                       tr("%1 is already being stamped; Bubuh continues that job.")
                           .arg(unfinished.value()->fileName)});
        resume(unfinished.value()->id);
        return;
    }
    if (ResultFile::sameFile(request.sourcePath, request.outputPath)) {
        fail(FlowEnding::InputUnusable,
             {tr("The result must not overwrite the original document."), {}});
        return;
    }
    m_job = StampJob();
    m_job.sourcePath = QFileInfo(request.sourcePath).absoluteFilePath();
    m_job.outputPath = QFileInfo(request.outputPath).absoluteFilePath();
    m_job.fileName = QFileInfo(request.sourcePath).fileName();
    m_job.documentHash = hash;
    m_job.page = page;
    m_job.userBox = PlacementGeometry::toUserBox(boxes, p);
    m_job.documentType = request.documentType;
    m_job.serviceFileName = serviceFileName(m_job.fileName);
    m_job.state = JobState::Created;
    m_job.id = m_journal.addJob(m_job);
    if (!m_job.id) {
        fail(FlowEnding::InputUnusable, journalWriteFailure());
        return;
    }
    if (const std::optional<StampJob> stored = m_journal.job(m_job.id))
        m_job = *stored;
    if (!claim())
        return;
    Q_EMIT changed(m_job);
    step();
}

Result<StampJob> StampFlow::cancel(Journal &journal, qint64 jobId)
{
    std::optional<StampJob> job = journal.job(jobId);
    if (!job || !journal.owner().mayContinue(job->owner))
        return Failure{tr("There is no such job in the journal."), QString::number(jobId)};
    if (job->finished())
        return Failure{tr("Job %1 is already over (%2).").arg(jobId).arg(toText(job->state)),
                       u"finished"_s};
    if (mayHoldSerial(job->state))
        return Failure{tr("Job %1 holds (or may hold) a paid serial number (%2), so it is not "
                          "cancelled: bubuh-cli resume finishes it with that number.")
                           .arg(jobId)
                           .arg(job->sn.isEmpty() ? tr("its answer is being looked up") : job->sn),
                       u"holds a serial"_s};
    job->state = JobState::Cancelled;
    job->lastError = tr("Cancelled before a serial number was bought.");
    switch (journal.updateJob(*job)) {
    case Journal::Write::Done: return *job;
    case Journal::Write::Conflict:
        return Failure{
            tr("Job %1 moved on while it was being cancelled; look at it again.").arg(jobId),
            u"conflict"_s};
    case Journal::Write::Failed: break;
    }
    return Failure{tr("Bubuh cannot write its journal (%1): is the disk full?").arg(journal.path()),
                   u"journal write failed"_s};
}

void StampFlow::resume(qint64 jobId)
{
    beginRun();
    const std::optional<StampJob> stored = m_journal.job(jobId);
    if (!stored) {
        fail(FlowEnding::InputUnusable,
             {tr("There is no such job in the journal."), QString::number(jobId)});
        return;
    }
    m_job = *stored;
    if (!claim())
        return;
    if (m_job.state == JobState::Stamping)
        checkStampedServerSide();
    else
        step();
}

void StampFlow::step()
{
    if (m_job.state == JobState::Created)
        upload();
    else if (m_job.state == JobState::Uploaded)
        requestSerial();
    else if (m_job.state == JobState::SerialPending)
        findLostSerial();
    else if (m_job.state == JobState::Serial || m_job.state == JobState::Stamping)
        stamp();
    else if (m_job.state == JobState::Stamped)
        download();
    else
        fail(m_job.state == JobState::Saved ? FlowEnding::Done : FlowEnding::Refused,
             Failure{m_job.lastError, {}});
}

bool StampFlow::prepareUpload(QString *error)
{
    const QByteArray pdf = original(error);
    if (pdf.isEmpty())
        return false;
    if (!m_job.uploadPath.isEmpty()
        || !PdfUpgrade::needed(DocumentInspector::inspect(pdf, m_job.fileName).pdfVersion))
        return true;
    const Result<QByteArray> upgraded = PdfUpgrade::toPdf17(pdf);
    if (!upgraded) {
        *error = upgraded.failure().message;
        return false;
    }
    // Kept beside the journal: it is what the stamped result must begin with.
    const QString path = m_journal.filesDir() + u"/job-%1-upload.pdf"_s.arg(m_job.id);
    QSaveFile out(path);
    if (!QDir().mkpath(m_journal.filesDir()) || !out.open(QIODevice::WriteOnly)
        || out.write(upgraded.value()) != upgraded->size() || !out.commit()) {
        *error = tr("Bubuh could not write its copy of the document to %1: %2")
                     .arg(path, out.errorString());
        return false;
    }
    m_job.uploadPath = path;
    m_job.uploadHash = QString::fromLatin1(
        QCryptographicHash::hash(upgraded.value(), QCryptographicHash::Sha256).toHex());
    return setState(m_job.state);
}

QByteArray StampFlow::uploaded(QString *error) const
{
    if (m_job.uploadPath.isEmpty())
        return original(error);
    QFile f(m_job.uploadPath);
    const QByteArray bytes = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    if (bytes.isEmpty()
        || QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())
            != m_job.uploadHash) {
        *error = tr("Bubuh's copy of the document (%1) is missing or changed. Start this "
                    "document again.")
                     .arg(m_job.uploadPath);
        return {};
    }
    return bytes;
}

void StampFlow::upload()
{
    QString error;
    if (!prepareUpload(&error)) {
        if (!error.isEmpty())
            fail(FlowEnding::InputUnusable, {error, {}});
        return;
    }
    const QByteArray pdf = uploaded(&error);
    if (pdf.isEmpty()) {
        fail(FlowEnding::InputUnusable, {error, {}});
        return;
    }
    m_client.upload(pdf, m_job.fileName, [this](Result<UploadReply> r) {
        if (!r) {
            fail(endingFor(r.failure()), r.failure());
            return;
        }
        m_job.docId = r->docId;
        if (setState(JobState::Uploaded))
            step();
    });
}

void StampFlow::requestSerial()
{
    // The SN is paid for: what it is for must still be there, unchanged, before it is bought.
    QString error;
    if (uploaded(&error).isEmpty()) {
        if (setState(JobState::Failed, error))
            fail(FlowEnding::InputUnusable, {error, u"source unusable before the serial"_s});
        return;
    }
    m_client.fetchBalance([this](Result<Balance> balance) {
        if (!balance) {
            fail(endingFor(balance.failure()), balance.failure());
            return;
        }
        if (balance->saldo < 1) {
            fail(FlowEnding::Refused,
                 {tr("There is no e-Meterai quota left. Buy quota first (bubuh-cli buy)."),
                  u"saldo 0"_s});
            return;
        }
        // The SN costs quota when it is issued and the request has no idempotency key: record
        // that it is asked for, when and under which file name, before asking.
        if (m_job.serviceFileName.isEmpty())
            m_job.serviceFileName = serviceFileName(m_job.fileName);
        m_job.serialAskedAt = m_clock.now();
        if (!setState(JobState::SerialPending))
            return;
        m_client.requestSerial(
            {m_job.docId, m_job.documentType, m_job.serviceFileName, m_clock.now().date()},
            [this](Result<SerialReply> r) {
                if (r) {
                    m_job.sn = r->sn;
                    m_job.filenameQR = r->filenameQR;
                    if (setState(JobState::Serial))
                        step();
                } else if (r.failure().kind == Failure::Kind::Refused) {
                    if (setState(JobState::Uploaded, r.failure().message))
                        fail(FlowEnding::Refused, r.failure());
                } else {
                    ++m_serialAsks;
                    findLostSerial();
                }
            });
    });
}

void StampFlow::findLostSerial(int start)
{
    // Was an SN issued for this job's request? The serial list knows it by the job's file name.
    Q_EMIT status(
        {FlowStatus::Phase::Working,
         tr("Looking up whether a serial number was already issued for %1…").arg(m_job.fileName)});
    m_client.serialList(
        start, kSerialPage, u"NOTSTAMP"_s, [this, start](Result<SerialListPage> page) {
            if (!page) {
                // Never buy a second SN while the first may exist: wait until the list answers.
                Failure waiting = page.failure();
                waiting.message = tr("Bubuh is waiting for the service's list of serial "
                                     "numbers, to find the one it may already have been given "
                                     "for %1. It does not buy another until it knows; it "
                                     "continues later by itself.")
                                      .arg(m_job.fileName);
                fail(FlowEnding::Unavailable, waiting); // kept as it is, continued later
                return;
            }
            const QDateTime askedAt = m_job.serialAskedAt.isValid()
                ? m_job.serialAskedAt.addSecs(-kClockToleranceSecs)
                : QDateTime();
            const SerialListPage::Entry *mine = nullptr;
            for (const SerialListPage::Entry &e : page->entries) {
                if (e.file == m_job.serviceFileName && (!askedAt.isValid() || e.issued >= askedAt)
                    && (!mine || e.issued < mine->issued))
                    mine = &e;
            }
            if (mine) {
                adoptSerial(mine->sn);
                return;
            }
            const int next = start + int(page->entries.size());
            if (!page->entries.isEmpty() && next < page->total
                && next < kSerialPage * kSerialPagesMax) {
                findLostSerial(next);
                return;
            }
            // None was issued: asking again is safe.
            if (m_serialAsks >= 3) {
                fail(FlowEnding::Unavailable,
                     {tr("The service keeps losing its answer to the serial number request. "
                         "Nothing was spent; Bubuh tries again later."),
                      u"serial request lost %1 times"_s.arg(m_serialAsks),
                      Failure::Kind::Unavailable});
                return;
            }
            if (setState(JobState::Uploaded))
                step();
        });
}

void StampFlow::adoptSerial(const QString &sn)
{
    // Found in the list: confirm it with its own status before stamping with it.
    m_client.serialStatus(sn, [this, sn](Result<SerialStatus> r) {
        if (!r || !r->found) {
            fail(FlowEnding::Unavailable, r ? serialNotShown(sn) : r.failure());
            return;
        }
        m_job.sn = sn;
        m_job.filenameQR = sn + u".png"_s;
        if (r->stamped()) {
            if (setState(JobState::Stamping))
                checkStampedServerSide();
        } else if (setState(JobState::Serial)) {
            step();
        }
    });
}

void StampFlow::stamp()
{
    const bool repeat = m_job.stampAttempts > 0 || m_job.state == JobState::Stamping;
    m_job.stampAttempts += 1;
    if (!setState(JobState::Stamping))
        return;
    EmeteraiClient::StampRequest request;
    request.docId = m_job.docId;
    request.sn = m_job.sn;
    request.filenameQR = m_job.filenameQR.isEmpty() ? m_job.sn + u".png"_s : m_job.filenameQR;
    request.page = m_job.page;
    request.box = m_job.userBox;
    request.reason = m_request.reason;
    request.location = m_request.location;
    request.retry = repeat;
    m_client.stamp(request, [this, repeat](Result<QUrl> r) {
        if (r) {
            m_job.urlFile = r->toString();
            if (setState(JobState::Stamped))
                step();
            return;
        }
        afterStampFailure(r.failure(), repeat);
    });
}

void StampFlow::afterStampFailure(const Failure &failure, bool wasRepeat)
{
    const QString code = failure.serviceCode;
    const bool repeatWithSameSn = code == u"92" || code == u"97" || code == u"70";
    if (alreadyUsed(failure) || (repeatWithSameSn && wasRepeat)) {
        // Before an SN is given up, the service's own record of it decides.
        m_serviceSaidUsed = alreadyUsed(failure);
        checkStampedServerSide(true);
    } else if (repeatWithSameSn) {
        stamp(); // the adapter asks for a repeat with the same SN and retryFlag
    } else if (code.startsWith(u'9') && m_transientRetries++ < 3) {
        QTimer::singleShot(2000 * m_transientRetries, this, [this] { stamp(); });
    } else if (!code.isEmpty() && failure.kind == Failure::Kind::Refused) {
        // A definite no to the stamp, but the SN is paid for: the job keeps it (never
        // "failed", which would let the next try buy another) and says why.
        if (setState(JobState::Serial, failure.message))
            fail(FlowEnding::Refused, failure);
    } else {
        fail(endingFor(failure), failure);
    }
}

void StampFlow::checkStampedServerSide(bool afterFailedRepeat)
{
    m_client.serialStatus(m_job.sn, [this, afterFailedRepeat](Result<SerialStatus> r) {
        if (!r || !r->found) {
            fail(FlowEnding::Unavailable, r ? serialNotShown(m_job.sn) : r.failure());
            return;
        }
        if (r->stamped()) {
            if (setState(JobState::Stamped))
                step();
        } else if (r->unused()) {
            if (afterFailedRepeat) {
                // Still good: keep it and stamp with it again later (retryFlag), never a new one.
                if (!setState(JobState::Serial))
                    return;
                fail(FlowEnding::Unavailable,
                     {tr("The service could not stamp %1 yet. Its serial number %2 is still "
                         "good; Bubuh keeps it and tries again later.")
                          .arg(m_job.fileName, m_job.sn),
                      u"NOTSTAMP after a failed retry"_s, Failure::Kind::Unavailable});
            } else {
                stamp(); // with retryFlag: this SN was sent before
            }
        } else if (r->used() || m_serviceSaidUsed) {
            giveUpSerial(r->status);
        } else {
            // A status Bubuh does not know (or none): the SN is kept, never given up on a guess.
            fail(FlowEnding::Unavailable,
                 {tr("The service reports serial number %1 as \"%2\". Bubuh keeps it and asks "
                     "again later.")
                      .arg(m_job.sn, r->status.left(40)),
                  u"SN status %1"_s.arg(r->status.left(40)), Failure::Kind::Unavailable});
        }
    });
}

void StampFlow::giveUpSerial(const QString &why)
{
    // The service says the SN is used without our stamp: the only case for a fresh one.
    m_job.lastError = tr("The service reports serial number %1 as used (%2) without stamping "
                         "this document; it is recorded for a complaint.")
                          .arg(m_job.sn, why);
    m_job.sn.clear(); // still named in lastError, which the UPLOADED event keeps
    m_job.filenameQR.clear();
    m_job.stampAttempts = 0;
    if (setState(JobState::Uploaded, m_job.lastError))
        step();
}

void StampFlow::download()
{
    m_client.download(QUrl(m_job.urlFile), m_job.docId, [this](Result<QByteArray> r) {
        if (!r) {
            fail(endingFor(r.failure()), r.failure());
            return;
        }
        save(r.value());
    });
}

Result<Verification> StampFlow::checkResult(const StampVerifier &verifier,
                                            const QByteArray &original, const QByteArray &stamped,
                                            const QString &sn, int page, const QRectF &userBox)
{
    const Verification v = verifier.verify(stamped, {}, &original);
    if (v.originalIsPrefix != true)
        return Failure{
            tr("The stamped document does not contain the original unchanged; it was not saved."),
            u"original is not an exact prefix"_s};
    if (!v.problem.isEmpty())
        return Failure{tr("The stamped document is damaged; it was not saved."), v.problem};
    const SignatureCheck *stamp = v.emeterai(sn);
    if (!stamp)
        return Failure{tr("The stamped document has no e-Meterai signature for serial number %1; "
                          "it was not saved.")
                           .arg(sn),
                       u"no Emet field"_s};
    if (stamp->integrity != SignatureCheck::Integrity::Valid
        || stamp->laterChanges == SignatureCheck::LaterChanges::Other)
        return Failure{tr("The e-Meterai in the stamped document does not check out (%1); it was "
                          "not saved.")
                           .arg(v.summary()),
                       stamp->integrityDetail + stamp->laterChangesDetail};
    // Where it landed: a stamp elsewhere may cover text, and the person placed it here.
    const QRectF at = stamp->rect.normalized(), asked = userBox.normalized();
    const bool placed = stamp->page == page && std::abs(at.left() - asked.left()) <= 1
        && std::abs(at.top() - asked.top()) <= 1 && std::abs(at.right() - asked.right()) <= 1
        && std::abs(at.bottom() - asked.bottom()) <= 1;
    if (!placed)
        return Failure{
            tr("The e-Meterai in the stamped document is not where it was placed (page "
               "%1 instead of %2, or another position); it was not saved.")
                .arg(stamp->page)
                .arg(page),
            u"stamp at page %1 [%2 %3 %4 %5], asked page %6 [%7 %8 %9 %10]"_s.arg(stamp->page)
                .arg(at.left())
                .arg(at.top())
                .arg(at.right())
                .arg(at.bottom())
                .arg(page)
                .arg(asked.left())
                .arg(asked.top())
                .arg(asked.right())
                .arg(asked.bottom())};
    return v;
}

void StampFlow::save(const QByteArray &stamped)
{
    QString error;
    const QByteArray pdf = uploaded(&error);
    if (pdf.isEmpty()) {
        fail(FlowEnding::InputUnusable, {error, {}});
        return;
    }
    const Result<Verification> check
        = checkResult(m_verifier, pdf, stamped, m_job.sn, m_job.page, m_job.userBox);
    if (!check) {
        m_job.verdict = StampVerdict::Rejected;
        m_job.verdictDetail = check.failure().detail;
        if (setState(JobState::Stamped, check.failure().message))
            fail(FlowEnding::VerifyFailed, check.failure());
        return;
    }
    // Never over an existing file, whatever appeared there since the name was chosen.
    const Result<QString> saved = ResultFile::saveNew(m_job.outputPath, stamped);
    if (!saved) {
        fail(FlowEnding::InputUnusable, saved.failure());
        return;
    }
    m_job.resultPath = saved.value();
    const SignatureCheck *stamp = check->emeterai(m_job.sn);
    m_job.verdict = check->valid() ? StampVerdict::Valid : StampVerdict::Intact;
    m_job.verdictDetail = check->valid() ? QString() : stamp->chainDetail;
    if (setState(JobState::Saved))
        fail(FlowEnding::Done, {});
}

Failure StampFlow::journalWriteFailure() const
{
    return {tr("Bubuh cannot write its journal (%1): is the disk full? Nothing more was sent; "
               "free some space and continue.")
                .arg(m_journal.path()),
            u"journal write failed"_s};
}

bool StampFlow::setState(JobState state, const QString &error)
{
    const StampJob before = m_job;
    m_job.state = state;
    m_job.lastError = error;
    switch (m_journal.updateJob(m_job)) {
    case Journal::Write::Done: Q_EMIT changed(m_job); return true;
    case Journal::Write::Failed:
        // Nothing that costs quota goes out unless what it depends on is on disk.
        m_job = before;
        fail(FlowEnding::InputUnusable, journalWriteFailure());
        return false;
    case Journal::Write::Conflict:
        // Another window, bubuh-cli or flow moved this job on first: it is theirs to finish.
        m_job = before;
        fail(FlowEnding::NotFinished,
             {tr("Another Bubuh (a window or bubuh-cli) is already working on %1; this one "
                 "leaves it to that one.")
                  .arg(m_job.fileName),
              u"lost the compare-and-set in state %1"_s.arg(toText(state))});
        return false;
    }
    return false;
}

void StampFlow::fail(FlowEnding ending, const Failure &failure)
{
    if (std::exchange(m_ended, true))
        return; // a flow ends once, whichever way it ended first
    liveJobs().remove(std::exchange(m_claimed, {}));
    Q_EMIT finished(ending, failure);
}

QSet<QString> &StampFlow::liveJobs()
{
    static QSet<QString> jobs;
    return jobs;
}

QString StampFlow::liveKey() const
{
    return m_journal.path() + u'#' + QString::number(m_job.id);
}

bool StampFlow::claim()
{
    // Two flows of one process on one job (the lock keeps other processes out) would each act
    // on what they read; the second one stops before it sends anything.
    if (liveJobs().contains(liveKey())) {
        m_ended = true;
        Q_EMIT finished(FlowEnding::NotFinished,
                        {tr("%1 is already being stamped in this window.").arg(m_job.fileName),
                         u"job %1 has a live flow"_s.arg(m_job.id)});
        return false;
    }
    m_claimed = liveKey();
    liveJobs().insert(m_claimed);
    return true;
}

StampFlow::~StampFlow()
{
    liveJobs().remove(m_claimed);
}

} // namespace bubuh
