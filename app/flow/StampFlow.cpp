#include "StampFlow.h"

#include "core/Clock.h"
#include "net/EmeteraiClient.h"
#include "pdf/DocumentInspector.h"

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

void StampFlow::start(const Request &request)
{
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
    const Inspection inspection = DocumentInspector::inspect(pdf, request.sourcePath);
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
    m_job = StampJob();
    m_job.sourcePath = QFileInfo(request.sourcePath).absoluteFilePath();
    m_job.outputPath = QFileInfo(request.outputPath).absoluteFilePath();
    m_job.fileName = QFileInfo(request.sourcePath).fileName();
    m_job.documentHash
        = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    m_job.page = page;
    m_job.userBox = PlacementGeometry::toUserBox(boxes, p);
    m_job.documentType = request.documentType;
    m_job.serviceFileName = serviceFileName(m_job.fileName);
    m_job.state = u"CREATED"_s;
    if (m_job.outputPath == m_job.sourcePath) {
        fail(FlowEnding::InputUnusable,
             {tr("The result must not overwrite the original document."), {}});
        return;
    }
    m_job.id = m_journal.addJob(m_job);
    if (!m_job.id) {
        fail(FlowEnding::InputUnusable,
             {tr("Bubuh could not write to its journal. Check the free disk space."), {}});
        return;
    }
    m_job = *m_journal.job(m_job.id);
    Q_EMIT changed(m_job);
    step();
}

void StampFlow::resume(qint64 jobId)
{
    const std::optional<StampJob> stored = m_journal.job(jobId);
    if (!stored) {
        fail(FlowEnding::InputUnusable,
             {tr("There is no such job in the journal."), QString::number(jobId)});
        return;
    }
    m_job = *stored;
    if (m_job.state == u"STAMPING")
        checkStampedServerSide();
    else
        step();
}

void StampFlow::step()
{
    if (m_job.state == u"CREATED")
        upload();
    else if (m_job.state == u"UPLOADED")
        requestSerial();
    else if (m_job.state == u"SERIAL_PENDING")
        findLostSerial();
    else if (m_job.state == u"SERIAL" || m_job.state == u"STAMPING")
        stamp();
    else if (m_job.state == u"STAMPED")
        download();
    else
        Q_EMIT finished(m_job.state == u"SAVED" ? FlowEnding::Done : FlowEnding::Refused,
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
        if (setState(u"UPLOADED"_s))
            step();
    });
}

void StampFlow::requestSerial()
{
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
        if (!setState(u"SERIAL_PENDING"_s))
            return;
        m_client.requestSerial(
            {m_job.docId, m_job.documentType, m_job.serviceFileName, m_clock.now().date()},
            [this](Result<SerialReply> r) {
                if (r) {
                    m_job.sn = r->sn;
                    m_job.filenameQR = r->filenameQR;
                    if (setState(u"SERIAL"_s))
                        step();
                } else if (r.failure().kind == Failure::Kind::Refused) {
                    setState(u"UPLOADED"_s, r.failure().message);
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
            if (setState(u"UPLOADED"_s))
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
        if (r->status == u"STAMP") {
            if (setState(u"STAMPING"_s))
                checkStampedServerSide();
        } else if (setState(u"SERIAL"_s)) {
            step();
        }
    });
}

void StampFlow::stamp()
{
    const bool repeat = m_job.stampAttempts > 0 || m_job.state == u"STAMPING";
    m_job.stampAttempts += 1;
    if (!setState(u"STAMPING"_s))
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
            if (setState(u"STAMPED"_s))
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
        checkStampedServerSide(true);
    } else if (repeatWithSameSn) {
        stamp(); // the adapter asks for a repeat with the same SN and retryFlag
    } else if (code.startsWith(u'9') && m_transientRetries++ < 3) {
        QTimer::singleShot(2000 * m_transientRetries, this, [this] { stamp(); });
    } else if (!code.isEmpty() && failure.kind == Failure::Kind::Refused) {
        setState(u"FAILED"_s, failure.message);
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
        if (r->status == u"STAMP") {
            if (setState(u"STAMPED"_s))
                step();
        } else if (r->status == u"NOTSTAMP") {
            if (afterFailedRepeat) {
                // Still good: keep it and stamp with it again later (retryFlag), never a new one.
                setState(u"SERIAL"_s);
                fail(FlowEnding::Unavailable,
                     {tr("The service could not stamp %1 yet. Its serial number %2 is still "
                         "good; Bubuh keeps it and tries again later.")
                          .arg(m_job.fileName, m_job.sn),
                      u"NOTSTAMP after a failed retry"_s, Failure::Kind::Unavailable});
            } else {
                stamp(); // with retryFlag: this SN was sent before
            }
        } else {
            giveUpSerial(r->status);
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
    if (setState(u"UPLOADED"_s, m_job.lastError))
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
                                            const QString &sn)
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
    const Result<Verification> check = checkResult(m_verifier, pdf, stamped, m_job.sn);
    if (!check) {
        m_job.verification = check.failure().detail;
        setState(u"STAMPED"_s, check.failure().message);
        fail(FlowEnding::VerifyFailed, check.failure());
        return;
    }
    QSaveFile out(m_job.outputPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(stamped) != stamped.size() || !out.commit()) {
        fail(FlowEnding::InputUnusable,
             {tr("The result cannot be saved to %1: %2").arg(m_job.outputPath, out.errorString()),
              {}});
        return;
    }
    m_job.resultPath = m_job.outputPath;
    m_job.verification = check->valid() ? u"valid"_s : u"intact; "_s + check->summary();
    if (setState(u"SAVED"_s))
        Q_EMIT finished(FlowEnding::Done, {});
}

bool StampFlow::setState(const QString &state, const QString &error)
{
    m_job.state = state;
    m_job.lastError = error;
    if (!m_journal.updateJob(m_job)) {
        // Nothing that costs quota goes out unless what it depends on is on disk.
        fail(FlowEnding::InputUnusable,
             {tr("Bubuh cannot write its journal (%1): is the disk full? Nothing more was sent; "
                 "free some space and continue.")
                  .arg(m_journal.path()),
              u"journal write failed in state %1"_s.arg(state)});
        return false;
    }
    Q_EMIT changed(m_job);
    return true;
}

void StampFlow::fail(FlowEnding ending, const Failure &failure)
{
    Q_EMIT finished(ending, failure);
}

} // namespace bubuh
