#include "StampFlow.h"

#include "core/Clock.h"
#include "net/EmeteraiClient.h"
#include "pdf/DocumentInspector.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAcroFormDocumentHelper.hh>

using namespace Qt::StringLiterals;

namespace bubuh {

StampFlow::StampFlow(EmeteraiClient &client, Journal &journal, Clock &clock, QObject *parent)
    : QObject(parent), m_client(client), m_journal(journal), m_clock(clock)
{
    connect(&m_client, &EmeteraiClient::progress, this, &StampFlow::onProgress);
}

void StampFlow::onProgress(const CallProgress &p)
{
    // The client is shared (a purchase may run at the same time): only stamping calls are ours.
    static const QStringList stampCalls
        = {u"upload"_s, u"saldopos"_s, u"serial"_s, u"stamp"_s, u"snstatus"_s, u"download"_s};
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
    else if (m_job.state == u"SERIAL_PENDING")
        reconcileSerial();
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
        reconcileSerial();
    else if (m_job.state == u"SERIAL" || m_job.state == u"STAMPING")
        stamp();
    else if (m_job.state == u"STAMPED")
        download();
    else
        Q_EMIT finished(m_job.state == u"SAVED" ? FlowEnding::Done : FlowEnding::Refused,
                        Failure{m_job.lastError, {}});
}

void StampFlow::upload()
{
    QString error;
    const QByteArray pdf = original(&error);
    if (pdf.isEmpty()) {
        fail(FlowEnding::InputUnusable, {error, {}});
        return;
    }
    m_client.upload(pdf, m_job.fileName, [this](Result<UploadReply> r) {
        if (!r) {
            fail(r.failure().kind == Failure::Kind::Refused ? FlowEnding::Refused
                                                            : FlowEnding::Unavailable,
                 r.failure());
            return;
        }
        m_job.docId = r->docId;
        setState(u"UPLOADED"_s);
        step();
    });
}

void StampFlow::requestSerial()
{
    // The SN costs quota when it is issued; its request cannot be repeated blindly. First
    // note how many unstamped SNs the account has, so a lost answer can be reconciled.
    m_client.fetchBalance([this](Result<Balance> balance) {
        if (!balance) {
            fail(balance.failure().kind == Failure::Kind::Refused ? FlowEnding::Refused
                                                                  : FlowEnding::Unavailable,
                 balance.failure());
            return;
        }
        if (balance->saldo < 1) {
            fail(FlowEnding::Refused,
                 {tr("There is no e-Meterai quota left. Buy quota first (bubuh-cli buy)."),
                  u"saldo 0"_s});
            return;
        }
        m_serialBaseline = balance->notStamped;
        m_job.verification = u"notstamp-before:%1"_s.arg(m_serialBaseline);
        setState(u"SERIAL_PENDING"_s);
        m_client.requestSerial(
            {m_job.docId, m_job.documentType, m_job.fileName, m_clock.now().date()},
            [this](Result<SerialReply> r) {
                if (r) {
                    m_job.sn = r->sn;
                    m_job.filenameQR = r->filenameQR;
                    m_job.verification.clear();
                    setState(u"SERIAL"_s);
                    step();
                } else if (r.failure().kind == Failure::Kind::Refused) {
                    setState(u"UPLOADED"_s, r.failure().detail);
                    fail(FlowEnding::Refused, r.failure());
                } else {
                    reconcileSerial();
                }
            });
    });
}

void StampFlow::reconcileSerial()
{
    // Did the lost request issue an SN? Compare the count of unstamped SNs with before.
    const qint64 baseline = m_job.verification.startsWith(u"notstamp-before:"_s)
        ? m_job.verification.mid(16).toLongLong()
        : -1;
    m_client.fetchBalance([this, baseline](Result<Balance> balance) {
        if (!balance) {
            fail(FlowEnding::OutcomeUnknown, balance.failure());
            return;
        }
        if (baseline >= 0 && balance->notStamped > baseline) {
            // Issued, but its number never reached us: record it as evidence; it cannot be used.
            m_job.lastError = tr("A serial number was issued but its answer was lost; it is "
                                 "recorded for a complaint.");
            m_journal.updateJob(m_job);
        }
        setState(u"UPLOADED"_s, m_job.lastError);
        step();
    });
}

void StampFlow::stamp()
{
    const bool repeat = m_job.stampAttempts > 0 || m_job.state == u"STAMPING";
    m_job.stampAttempts += 1;
    setState(u"STAMPING"_s);
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
            setState(u"STAMPED"_s);
            step();
            return;
        }
        const QString code = ReplyParser::stampErrorCode(r.failure());
        if ((code == u"92" || code == u"97") && !repeat) {
            stamp(); // the adapter asks for one repeat with the same SN and retryFlag
        } else if (code == u"92" || code == u"97") {
            // Reported burned: the only case where a fresh SN is right.
            m_job.lastError
                = tr("The service burned serial number %1; it is recorded for a complaint.")
                      .arg(m_job.sn);
            m_job.sn.clear();
            m_job.stampAttempts = 0;
            setState(u"UPLOADED"_s, m_job.lastError);
            step();
        } else if (code.startsWith(u'9') && m_transientRetries++ < 3) {
            QTimer::singleShot(2000 * m_transientRetries, this, [this] { stamp(); });
        } else if (!code.isEmpty()) {
            setState(u"FAILED"_s, r.failure().message);
            fail(FlowEnding::Refused, r.failure());
        } else {
            fail(r.failure().kind == Failure::Kind::Refused       ? FlowEnding::Refused
                     : r.failure().kind == Failure::Kind::Unknown ? FlowEnding::OutcomeUnknown
                                                                  : FlowEnding::Unavailable,
                 r.failure());
        }
    });
}

void StampFlow::checkStampedServerSide()
{
    m_client.serialStatus(m_job.sn, [this](Result<SerialStatus> r) {
        if (!r) {
            fail(FlowEnding::OutcomeUnknown, r.failure());
            return;
        }
        if (r->status == u"STAMP") {
            setState(u"STAMPED"_s);
            step();
        } else if (r->status == u"BURNED") {
            m_job.sn.clear();
            m_job.stampAttempts = 0;
            setState(u"UPLOADED"_s, tr("The service burned the serial number."));
            step();
        } else {
            stamp(); // with retryFlag: this SN was sent before
        }
    });
}

void StampFlow::download()
{
    m_client.download(QUrl(m_job.urlFile), m_job.docId, [this](Result<QByteArray> r) {
        if (!r) {
            fail(r.failure().kind == Failure::Kind::Refused ? FlowEnding::Refused
                                                            : FlowEnding::Unavailable,
                 r.failure());
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
    const QByteArray pdf = original(&error);
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
    setState(u"SAVED"_s);
    Q_EMIT finished(FlowEnding::Done, {});
}

void StampFlow::setState(const QString &state, const QString &error)
{
    m_job.state = state;
    m_job.lastError = error;
    m_journal.updateJob(m_job);
    Q_EMIT changed(m_job);
}

void StampFlow::fail(FlowEnding ending, const Failure &failure)
{
    Q_EMIT finished(ending, failure);
}

} // namespace bubuh
