#include "FlowStatus.h"

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

} // namespace bubuh
