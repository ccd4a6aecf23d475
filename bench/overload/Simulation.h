#pragma once

#include "ShopModel.h"
#include "Strategies.h"

#include <QList>

namespace bench {

// One rush: N people arriving over `arrivalMs`, each wanting one e-Meterai, under one strategy,
// on a virtual clock, until `deadlineMs`.
struct RushConfig
{
    int users = 6000;
    qint64 arrivalMs = 120'000;
    qint64 deadlineMs = 900'000;
    quint64 seed = 1;
    ShopModel::Config shop;
};

struct RushResult
{
    int users = 0;
    int served = 0;
    qint64 backendRequests = 0;
    qint64 edgeRequests = 0;
    qint64 duplicateCharges = 0;
    QList<qint64> timesToSuccessMs; // of those served, sorted
    QList<int> goodput;             // successes per 10 s bucket
    // Where the unserved stand at the deadline, and what the front door lost on the way.
    int unservedInQueue = 0, unservedAdmitted = 0, unservedOrdering = 0;
    qint64 frontDoorTimeouts = 0;

    double amplification() const { return served ? double(backendRequests) / served : 0; }
    double notServedShare() const { return users ? 1.0 - double(served) / users : 0; }
    qint64 percentileMs(double p) const;
};

// Arrival times of `users` people, uniform over the window, in order.
QList<qint64> sortedArrivals(int users, qint64 windowMs, quint64 seed);

RushResult runRush(const RushConfig &config, const StrategyKind &strategy);
// Everyone served in arrival order at exactly the capacity: the physical limit.
RushResult idealRush(const RushConfig &config);

} // namespace bench
