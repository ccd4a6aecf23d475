#pragma once

#include "Simulation.h"
#include "StampRush.h"

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

// The stamping rush for real: `users` applicants, each a StampBatch (its own network and
// journal) stamping two documents in turn, against emeterai-sim with `--stamp-capacity`, 97s
// and answers lost after the work was done.
struct LiveStampConfig
{
    QString simulator;
    int users = 50;
    qint64 arrivalMs = 10'000;
    double capacity = 8; // stamping requests per second
    double share97 = 0.05;
    double lostShare = 0.01;
    qint64 deadlineMs = 300'000;
    quint64 seed = 1;
};

StampRushResult runLiveStamping(const LiveStampConfig &config, QString *error);

} // namespace bench
