#pragma once

#include <QString>
#include <optional>

namespace bubuh {

// Where a purchase stands. Text ("AWAITING_PAYMENT") only at the journal's SQL boundary and
// on the shop's wire, never compared in code.
enum class OrderState {
    Pending,         // written, not yet sent
    Sent,            // sent at least once: it may exist at the shop
    AwaitingPayment, // the shop has it and waits for the payment
    Paid,            // paid; the quota is on its way
    Fulfilled,       // the quota arrived
    Expired,         // never paid in time: nothing was taken
    Failed,          // the shop definitely refused it, or Bubuh refused its answer
    Unknown,         // it may exist: reconciled, never "failed"
};

// Where a stamp job stands, in the order a job moves through them.
enum class JobState {
    Created,       // written, nothing uploaded
    Uploaded,      // the service holds the document; no SN asked for
    SerialPending, // an SN was asked for; its answer may be lost
    Serial,        // the job holds an SN, not yet stamped
    Stamping,      // the stamp request with the SN went out
    Stamped,       // the service stamped it; the result is to be fetched
    Saved,         // the checked result is on disk
    Failed,        // ended without a stamp
    Cancelled,     // ended by the person before it held an SN
};

// The verdict of the offline check on a stamped result, kept apart from its wording.
enum class StampVerdict {
    None,     // not checked yet
    Valid,    // intact, only validation data added, and by a trusted chain
    Intact,   // intact and unchanged, but its chain could not be confirmed
    Rejected, // the check failed: the result was not saved
};

bool isFinished(OrderState state);
bool isFinished(JobState state);
// A job that holds (or may hold) a paid SN: it is never cancelled, and never given a sibling.
bool mayHoldSerial(JobState state);

// A job's progress as a step of kJobSteps (1 = created, kJobSteps = saved or ended).
constexpr int kJobSteps = 7;
int progressStep(JobState state);

QString toText(OrderState state);
QString toText(JobState state);
QString toText(StampVerdict verdict);
std::optional<OrderState> orderStateFromText(QStringView text);
std::optional<JobState> jobStateFromText(QStringView text);
std::optional<StampVerdict> verdictFromText(QStringView text);

} // namespace bubuh
