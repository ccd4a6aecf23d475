#pragma once

#include "../common/BenchmarkDocs.h"
#include "Simulation.h"

#include <QMap>
#include <QString>

namespace bench {

// Mean figures of one strategy at one N over all seeds.
struct Summary
{
    QString strategy;
    int users = 0;
    double amplification = 0, edgePerSuccess = 0, p50s = 0, p99s = 0, notServed = 0;
    qint64 duplicates = 0;
    // Shares of everyone, at the deadline: still queued, admitted but not yet served, ordering.
    double unservedInQueue = 0, unservedAdmitted = 0, unservedOrdering = 0;
    double frontDoorTimeouts = 0; // per run
    int runs = 0;

    void add(const RushResult &r);
    void finish();
};

QString markdownTable(const QList<Summary> &rows);
// Where those not served stand at the deadline.
QString unservedTable(const QList<Summary> &rows);
// Goodput (successes per second, 10 s buckets) over time, one line per strategy.
bool writeGoodputPlot(const QString &path, const QMap<QString, QList<int>> &series, int users);

} // namespace bench
