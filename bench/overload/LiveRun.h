#pragma once

#include "Simulation.h"

namespace bench {

// The same rush for real: `users` instances of Bubuh's client core (each with its own
// QNetworkAccessManager, journal and PurchaseFlow) against emeterai-sim on loopback.
struct LiveConfig
{
    QString simulator; // path of emeterai-sim
    int users = 200;
    qint64 arrivalMs = 10'000;
    double capacity = 5; // purchases per second
    bool waitingRoom = false;
    qint64 deadlineMs = 240'000;
    quint64 seed = 1;
};

RushResult runLive(const LiveConfig &config, QString *error);

} // namespace bench
