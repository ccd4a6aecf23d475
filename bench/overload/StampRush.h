#pragma once

#include "StampService.h"

#include <QList>
#include <QString>

namespace bench {

// The stamping rush of issue #15: N applicants who already hold quota each stamp two
// documents against StampService, on a virtual clock, until the deadline.
struct StampRushConfig
{
    int users = 1000;
    int documentsEach = 2;
    qint64 arrivalMs = 120'000;
    qint64 deadlineMs = 900'000;
    quint64 seed = 1;
    StampService::Config service;
};

struct StampRushResult
{
    int documents = 0;
    int saved = 0;
    qint64 requests = 0;
    int serialsWasted = 0; // issued, and not the one in a saved result
    int stampedTwice = 0;  // documents with more than one stamped SN
    QList<qint64> timesMs; // arrival to saved result, of those saved, sorted

    double requestsPerSaved() const { return saved ? double(requests) / saved : 0; }
    double notDoneShare() const { return documents ? 1.0 - double(saved) / documents : 0; }
    qint64 percentileMs(double p) const;
};

// How a client behaves after an answer that is not success.
struct StampStrategy
{
    enum class Timing {
        Immediate,   // at once
        Person,      // a person pressing again after a second
        AwsStandard, // the AWS SDK's standard retries, then the person presses again
        Jitter,      // Bubuh's RetryPolicy, ignoring Retry-After
        Bubuh,       // Bubuh's RetryPolicy with Retry-After
    };
    QString name;
    QString description;
    Timing timing = Timing::Bubuh;
    // Bubuh's recovery (StampFlow's): a lost serial is found in the serial list, a failed stamp
    // is repeated with the same SN, a lost stamp is asked about. Without it a client starts the
    // document over with a new SN after a 97 or a lost serial or stamp.
    bool recovers = true;
};

QList<StampStrategy> stampStrategies();
StampRushResult runStampRush(const StampRushConfig &config, const StampStrategy &strategy);
// Every document served in arrival order at exactly the capacity (four requests each), plus
// its stamp's own service time: the physical limit.
StampRushResult idealStampRush(const StampRushConfig &config);

} // namespace bench
