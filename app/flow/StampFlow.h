#pragma once

#include "core/Result.h"
#include "flow/FlowStatus.h"
#include "journal/Journal.h"
#include "pdf/PlacementGeometry.h"

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

    void start(const Request &request);
    void resume(qint64 jobId);
    StampJob job() const { return m_job; }

    // The checks a stamped result must pass before it is saved.
    static Result<bool> checkResult(const QByteArray &original, const QByteArray &stamped,
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
    qint64 m_serialBaseline = -1;
    int m_transientRetries = 0;
    QMetaObject::Connection m_progress;
};

} // namespace bubuh
