#pragma once

#include "core/Result.h"
#include "flow/FlowStatus.h"
#include "journal/Journal.h"
#include "pdf/PlacementGeometry.h"
#include "pdf/StampVerifier.h"

#include <QObject>

namespace bubuh {

class Clock;
class EmeteraiClient;
struct CallProgress;

// Stamps one document: CREATED -> UPLOADED -> SERIAL_PENDING -> SERIAL -> STAMPING ->
// STAMPED -> SAVED. The serial number is written to the journal before the stamp request goes
// out, a failed stamp is repeated with the same SN and retryFlag, and the result is saved only
// once the uploaded bytes are confirmed to be an exact prefix of it.
class StampFlow : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString sourcePath, outputPath;
        Placement placement; // display terms
        QString documentType = QStringLiteral("4b");
        QString reason = QStringLiteral("e-Meterai");
        QString location = QStringLiteral("Indonesia");
    };

    StampFlow(EmeteraiClient &client, Journal &journal, Clock &clock, QObject *parent = nullptr);
    // The anchors the result's chain is judged against (the simulator's root in demo mode).
    void setVerifier(const StampVerifier &verifier) { m_verifier = verifier; }

    void start(const Request &request);
    void resume(qint64 jobId);
    StampJob job() const { return m_job; }

    // The checks a stamped result must pass before it is saved: the original unchanged at the
    // front, an intact e-Meterai with this SN, and nothing but validation data added after
    // it. Whether its issuer is trusted is recorded, not required: a paid stamp is not thrown
    // away because trust anchors are missing; the person is shown the chain's status.
    static Result<Verification> checkResult(const StampVerifier &verifier,
                                            const QByteArray &original, const QByteArray &stamped,
                                            const QString &sn);

Q_SIGNALS:
    void changed(const bubuh::StampJob &job);
    void status(const bubuh::FlowStatus &status);
    void finished(bubuh::FlowEnding ending, const bubuh::Failure &failure);

private:
    void step();
    void upload();
    void requestSerial();
    void reconcileSerial();
    void stamp();
    void checkStampedServerSide();
    void download();
    void save(const QByteArray &stamped);
    QByteArray original(QString *error) const;
    void setState(const QString &state, const QString &error = {});
    void fail(FlowEnding ending, const Failure &failure);
    void onProgress(const CallProgress &progress);

    EmeteraiClient &m_client;
    Journal &m_journal;
    Clock &m_clock;
    StampJob m_job;
    Request m_request;
    StampVerifier m_verifier;
    qint64 m_serialBaseline = -1;
    int m_transientRetries = 0;
};

} // namespace bubuh
