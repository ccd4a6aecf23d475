#pragma once

#include "core/Result.h"
#include "flow/FlowStatus.h"
#include "journal/Journal.h"
#include "pdf/DocumentInspector.h"
#include "pdf/PlacementGeometry.h"
#include "pdf/StampVerifier.h"

#include <QObject>
#include <QSet>

namespace bubuh {

class Clock;
class EmeteraiClient;
struct CallProgress;

// Stamps one document: CREATED -> UPLOADED -> SERIAL_PENDING -> SERIAL -> STAMPING ->
// STAMPED -> SAVED. Before the serial request the job records that it asks, when, and under
// which file name unique to it; an SN whose answer was lost is then found again in the
// account's serial list instead of bought again. The SN is written to the journal before the
// stamp request goes out, a failed stamp is repeated with the same SN and retryFlag, and an SN
// is given up only when the service says it is used. The result is saved only once the
// uploaded bytes are confirmed to be an exact prefix of it.
class StampFlow : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString sourcePath, outputPath;
        Placement placement;                        // display terms
        QString documentType = QStringLiteral("3"); // the kode of jenisdoc
        QString reason = QStringLiteral("e-Meterai");
        QString location = QStringLiteral("Indonesia");
        // The portal slot's limit and the profile's growth: a document whose stamped result
        // would not fit is refused before any quota is spent.
        InspectionOptions preflight;
        // SHA-256 (hex) of the bytes the applicant looked at and placed the stamp on; when
        // set, a file that changed on disk since is refused before anything is spent.
        QString expectedHash;
    };

    StampFlow(EmeteraiClient &client, Journal &journal, Clock &clock, QObject *parent = nullptr);
    ~StampFlow() override;
    // The anchors the result's chain is judged against (the simulator's root in demo mode).
    void setVerifier(const StampVerifier &verifier) { m_verifier = verifier; }

    void start(const Request &request);
    void resume(qint64 jobId);
    StampJob job() const { return m_job; }
    // Ends a job that holds no SN (nothing was spent on it). A flow running it stops at its
    // next step, when its compare-and-set write finds the job moved on.
    static Result<StampJob> cancel(Journal &journal, qint64 jobId);

    // The checks a stamped result must pass before it is saved: the original unchanged at the
    // front, an intact e-Meterai with this SN on the page and in the box asked for (within
    // 1 pt), and nothing but validation data added after it. Whether its issuer is trusted is
    // recorded, not required: a paid stamp is not thrown away because trust anchors are
    // missing; the person is shown the chain's status.
    static Result<Verification> checkResult(const StampVerifier &verifier,
                                            const QByteArray &original, const QByteArray &stamped,
                                            const QString &sn, int page, const QRectF &userBox);

Q_SIGNALS:
    void changed(const bubuh::StampJob &job);
    void status(const bubuh::FlowStatus &status);
    void finished(bubuh::FlowEnding ending, const bubuh::Failure &failure);

private:
    void step();
    void upload();
    void requestSerial();
    void findLostSerial(int start = 0);
    void adoptSerial(const QString &sn);
    void stamp();
    void afterStampFailure(const Failure &failure, bool wasRepeat);
    // What the service says of the job's SN decides: stamped, still good, or used up.
    void checkStampedServerSide(bool afterFailedRepeat = false);
    void giveUpSerial(const QString &why);
    void download();
    void save(const QByteArray &stamped);
    QByteArray original(QString *error) const;
    // The bytes that went to the service: the original, or its PDF 1.7 copy.
    QByteArray uploaded(QString *error) const;
    bool prepareUpload(QString *error);
    // Writes the job (compare-and-set); false, and the flow ended, when the journal could not
    // be written or another writer came first.
    bool setState(JobState state, const QString &error = {});
    Failure journalWriteFailure() const;
    // A start() or resume(): what one run counts starts afresh.
    void beginRun();
    // Ends the flow: finished() once, whatever else still arrives.
    void fail(FlowEnding ending, const Failure &failure);
    // Takes the job for this flow; false (and finished) when another flow of this process has it.
    bool claim();
    QString liveKey() const;
    static QSet<QString> &liveJobs();
    void onProgress(const CallProgress &progress);

    EmeteraiClient &m_client;
    Journal &m_journal;
    Clock &m_clock;
    StampJob m_job;
    Request m_request;
    StampVerifier m_verifier;
    int m_transientRetries = 0;
    int m_serialAsks = 0;           // serial requests this run whose answers were lost
    bool m_serviceSaidUsed = false; // the stamp was refused as "Serial Number Already Used"
    bool m_ended = false;
    QString m_claimed; // liveKey() of the job this run took, until it ends
};

} // namespace bubuh
