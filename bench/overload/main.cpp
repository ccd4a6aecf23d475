// The overload benchmark of issue #3: how retry strategies fare in a CPNS-style purchase rush,
// on a virtual clock (the real RetryPolicy and WaitingRoomClient against a model of the shop),
// plus a live run of real clients against emeterai-sim. Writes docs/benchmarks.md.
#include "LiveRun.h"
#include "Report.h"
#include "Simulation.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace bench;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"bubuh.*.debug=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {u"seeds"_s, u"Seeds per point."_s, u"N"_s, u"10"_s},
        {u"users"_s, u"Comma-separated crowd sizes."_s, u"LIST"_s, u"2000,6000,20000"_s},
        {u"no-live"_s, u"Skip the live run against emeterai-sim."_s},
        {u"live-users"_s, u"Client instances in the live run."_s, u"N"_s, u"200"_s},
        {u"simulator"_s, u"Path of emeterai-sim."_s, u"PATH"_s, QStringLiteral(BUBUH_SIM_PATH)},
        {u"admit-share"_s, u"Waiting-room admissions as a share of capacity."_s, u"F"_s, u"0.98"_s},
        {u"docs"_s, u"The docs folder to write to."_s, u"DIR"_s, QStringLiteral(BUBUH_DOCS_DIR)},
    });
    parser.process(app);
    QTextStream out(stdout);
    const int seeds = parser.value(u"seeds"_s).toInt();
    const QString docs = parser.value(u"docs"_s);
    QDir().mkpath(docs + u"/img"_s);

    QString md = u"## Overload: a purchase rush\n\n"
                 "`bench/overload` (`./scripts/bench.sh`). A discrete-event simulation on a "
                 "virtual clock drives "
                 "Bubuh's real `RetryPolicy` and `WaitingRoomClient` against a model of the shop "
                 "built from the "
                 "simulator's own `TokenBucket` and `SimWaitingRoom`: capacity C = 20 purchases/s "
                 "(1 s burst), "
                 "every request costs capacity (a 503 costs 2 % of a purchase), the front door "
                 "parses at most 10 C "
                 "requests/s and the rest time out after 10 s, 1 % of committed purchases lose "
                 "their answer. People "
                 "arrive uniformly over 120 s; the deadline is 900 s. Figures are means over %1 "
                 "seeds per point. "
                 "\"Backend\" requests reach the shop's servers; \"edge\" requests are answered by "
                 "the waiting room "
                 "in front of them. Strategies without an idempotency key charge twice when an "
                 "answer is lost and "
                 "they try again.\n\n"_s.arg(seeds);
    QElapsedTimer timer;
    timer.start();
    QMap<QString, QList<int>> plotSeries;
    for (const QString &n : parser.value(u"users"_s).split(u',')) {
        RushConfig config;
        config.users = n.toInt();
        config.shop.admitRate = config.shop.capacity * parser.value(u"admit-share"_s).toDouble();
        QList<Summary> rows;
        Summary ideal;
        ideal.strategy = u"ideal (FIFO at exactly C, no retries)"_s;
        for (int s = 1; s <= seeds; ++s) {
            config.seed = quint64(s);
            ideal.add(idealRush(config));
        }
        ideal.finish();
        for (const StrategyKind &kind : strategies()) {
            Summary row;
            row.strategy = u"%1: %2"_s.arg(kind.name, kind.description);
            for (int s = 1; s <= seeds; ++s) {
                config.seed = quint64(s);
                const RushResult r = runRush(config, kind);
                row.add(r);
                if (config.users == 6000 && s == 1)
                    plotSeries.insert(kind.name, r.goodput);
            }
            row.finish();
            rows.append(row);
            out << "N=" << config.users << ' ' << kind.name << ": amplification "
                << row.amplification << ", p50 " << row.p50s << " s, p99 " << row.p99s
                << " s, not served " << row.notServed * 100 << " %, duplicates " << row.duplicates
                << Qt::endl;
        }
        if (config.users == 6000) {
            config.seed = 1;
            plotSeries.insert(u"ideal"_s, idealRush(config).goodput);
        }
        rows.append(ideal);
        const double unavoidable = std::max(0.0, 1.0 - 20.0 * 900.0 / config.users);
        md += u"### N = %1 people\n\nUnavoidable share not served: %2 %.\n\n"_s.arg(config.users)
                  .arg(unavoidable * 100, 0, 'f', 1)
            + markdownTable(rows) + u'\n';
    }
    if (writeGoodputPlot(docs + u"/img/overload-goodput.png"_s, plotSeries, 6000))
        md += u"![Goodput over time, N = 6000](img/overload-goodput.png)\n\n"_s;
    md += u"Simulated in %1 s of machine time.\n\n"_s.arg(timer.elapsed() / 1000.0, 0, 'f', 1);

    if (!parser.isSet(u"no-live"_s)) {
        const int liveUsers = parser.value(u"live-users"_s).toInt();
        md += u"### Live: %1 real clients against emeterai-sim\n\n"
              "Each instance is Bubuh's client core with its own `QNetworkAccessManager`, SQLite "
              "journal and "
              "`PurchaseFlow`, in one process; emeterai-sim runs on loopback with a capacity of 5 "
              "purchases/s and "
              "automatic payment. People arrive over 10 s; the ideal p50 and p99 for this load are "
              "about %2 s "
              "and %3 s.\n\n"_s.arg(liveUsers)
                  .arg(liveUsers / 5.0 / 2 - 5, 0, 'f', 0)
                  .arg(liveUsers / 5.0 - 10, 0, 'f', 0);
        QList<Summary> rows;
        for (bool room : {false, true}) {
            LiveConfig live;
            live.simulator = parser.value(u"simulator"_s);
            live.users = liveUsers;
            live.waitingRoom = room;
            QString error;
            const RushResult r = runLive(live, &error);
            if (!error.isEmpty()) {
                out << "live run failed: " << error << Qt::endl;
                return 1;
            }
            Summary row;
            row.strategy = room ? u"bubuh-queue (live)"_s : u"bubuh (live)"_s;
            row.add(r);
            row.finish();
            rows.append(row);
            out << "live " << row.strategy << ": amplification " << row.amplification << ", p50 "
                << row.p50s << " s, p99 " << row.p99s << " s, not served " << row.notServed * 100
                << " %" << Qt::endl;
        }
        md += markdownTable(rows) + u'\n';
    }
    md += u"Machine: %1 cores. Run on %2.\n"_s.arg(QThread::idealThreadCount())
              .arg(QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd"_s));
    if (!replaceSection(docs + u"/benchmarks.md"_s, u"overload"_s, md)) {
        out << "cannot write " << docs << "/benchmarks.md" << Qt::endl;
        return 1;
    }
    out << "written to " << docs << "/benchmarks.md" << Qt::endl;
    return 0;
}
