#include "FlowStatus.h"

#include "core/Result.h"
#include "net/ServiceCall.h"

#include <QCoreApplication>

namespace bubuh {

FlowStatus FlowStatus::retrying(const CallProgress &p)
{
    FlowStatus s;
    s.phase = Phase::Retrying;
    s.attempt = p.attempt;
    s.retryInMs = p.retryInMs;
    const int seconds = int((p.retryInMs + 999) / 1000);
    s.message
        = (p.busy ? QCoreApplication::translate(
               "bubuh::FlowStatus",
               "The service is busy: trying again in %n second(s) (attempt %1)", nullptr, seconds)
                  : QCoreApplication::translate(
                      "bubuh::FlowStatus",
                      "No answer yet: trying again in %n second(s) (attempt %1)", nullptr, seconds))
              .arg(p.attempt + 1);
    return s;
}

FlowEnding endingFor(const Failure &failure)
{
    switch (failure.kind) {
    case Failure::Kind::Refused: return FlowEnding::Refused;
    case Failure::Kind::Unknown: return FlowEnding::OutcomeUnknown;
    case Failure::Kind::Unavailable:
    case Failure::Kind::QueueRequired:
    case Failure::Kind::Unrecognized: return FlowEnding::Unavailable;
    }
    return FlowEnding::OutcomeUnknown;
}

} // namespace bubuh
