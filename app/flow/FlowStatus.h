#pragma once

#include <QString>

namespace bubuh {

struct CallProgress;
struct Failure;

// What a flow tells the person waiting for it, already in their language.
struct FlowStatus
{
    enum class Phase { Working, Retrying, Queued, WaitingForPayment, WaitingForQuota };
    Phase phase = Phase::Working;
    QString message;
    int attempt = 0;
    qint64 retryInMs = 0;
    int queuePosition = 0;
    int queueEtaSeconds = 0;

    // "The service is busy: trying again in 12 seconds (attempt 3)".
    static FlowStatus retrying(const CallProgress &progress);
};

// How a flow ended; maps onto bubuh-cli's exit codes.
enum class FlowEnding {
    Done,           // 0
    InputUnusable,  // 2
    VerifyFailed,   // 3
    Unavailable,    // 4: the service stayed busy until the deadline
    OutcomeUnknown, // 5: reconcile later (resume)
    Refused,        // 2: the service definitely said no
    NotFinished,    // 0: left waiting on the person (e.g. payment not made yet)
};

// How a flow ends when a call failed: the one place that turns a Failure into an ending. An
// answer in a shape Bubuh does not know keeps the work where it is, to be continued later.
FlowEnding endingFor(const Failure &failure);

} // namespace bubuh
