// The overload benchmark of issue #3: how retry strategies fare in a CPNS-style purchase rush,
// on a virtual clock (the real RetryPolicy and WaitingRoomClient against a model of the shop),
// plus a live run of real clients against emeterai-sim. Writes docs/benchmarks.md.
#include "LiveRun.h"
#include "Report.h"
#include "Simulation.h"
#include "StampRush.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace bench;

namespace {

QString stampTable(const QList<std::pair<QString, QList<StampRushResult>>> &rows)
{
    QString md = u"| strategy | requests per stamped document | p50 to saved result | p99 to saved "
                 u"result | SNs wasted | documents stamped twice | not done by the deadline |\n"
                 "|---|---:|---:|---:|---:|---:|---:|\n"_s;
    for (const auto &[name, runs] : rows) {
        double requests = 0, p50 = 0, p99 = 0, notDone = 0, wasted = 0, twice = 0;
        for (const StampRushResult &r : runs) {
            requests += r.requestsPerSaved();
            p50 += double(r.percentileMs(0.5)) / 1000.0;
            p99 += double(r.percentileMs(0.99)) / 1000.0;
            notDone += r.notDoneShare();
            wasted += r.serialsWasted;
            twice += r.stampedTwice;
        }
        const double n = std::max<qsizetype>(1, runs.size());
        md += u"| %1 | %2 | %3 s | %4 s | %5 | %6 | %7 % |\n"_s.arg(name)
                  .arg(requests / n, 0, 'f', 2)
                  .arg(p50 / n, 0, 'f', 1)
                  .arg(p99 / n, 0, 'f', 1)
                  .arg(wasted / n, 0, 'f', 1)
                  .arg(twice / n, 0, 'f', 1)
                  .arg(notDone / n * 100, 0, 'f', 1);
    }
    return md;
}

QString stampingRush(const QCommandLineParser &parser, QTextStream &out)
{
    const int seeds = parser.value(u"seeds"_s).toInt();
    StampRushConfig config;
    QString md
        = u"## Overload: a stamping rush\n\n"
          "`bench/overload` (`./scripts/bench.sh`), the same virtual clock. Applicants who "
          "already hold quota each stamp %1 documents against a stamping service of capacity "
          "C_s = %2 requests/s (1 s burst, a 503 costs 2 % of a request, as emeterai-sim's "
          "`--stamp-capacity`); upload, serial, stamp, status, serial list and download each "
          "cost one. The front door parses at most 10 C_s requests/s and the rest time out after "
          "30 s; a stamp takes 2-8 s of service time and fails with 97 with a probability of "
          "2 % + 10 % x (stamps in progress / stamps in progress at capacity)^2; 1 % of committed "
          "requests lose their answer. People arrive over 120 s; the deadline is 900 s. "
          "Bubuh's strategies drive the real `RetryPolicy`; the recovery is StampFlow's (a lost "
          "serial is found in the serial list, a 97 is repeated with the same SN and retryFlag, "
          "a lost stamp is asked about). Means over %3 seeds.\n\n"_s.arg(config.documentsEach)
              .arg(config.service.capacity)
              .arg(seeds);
    for (const QString &n : parser.value(u"stamp-users"_s).split(u',')) {
        config.users = n.toInt();
        QList<std::pair<QString, QList<StampRushResult>>> rows;
        for (const StampStrategy &strategy : stampStrategies()) {
            QList<StampRushResult> runs;
            for (int s = 1; s <= seeds; ++s) {
                config.seed = quint64(s);
                runs.append(runStampRush(config, strategy));
            }
            rows.append({u"%1: %2"_s.arg(strategy.name, strategy.description), runs});
            const StampRushResult &r = runs.first();
            out << "stamping N=" << config.users << ' ' << strategy.name << ": requests/doc "
                << r.requestsPerSaved() << ", p50 " << r.percentileMs(0.5) / 1000.0 << " s, p99 "
                << r.percentileMs(0.99) / 1000.0 << " s, wasted " << r.serialsWasted << ", twice "
                << r.stampedTwice << ", not done " << r.notDoneShare() * 100 << " %" << Qt::endl;
        }
        QList<StampRushResult> ideal;
        for (int s = 1; s <= seeds; ++s) {
            config.seed = quint64(s);
            ideal.append(idealStampRush(config));
        }
        rows.append({u"ideal (FIFO at exactly C_s / 4 documents/s, no retries)"_s, ideal});
        md += u"### N = %1 applicants, %2 documents\n\n"_s.arg(config.users)
                  .arg(config.users * config.documentsEach)
            + stampTable(rows) + u'\n';
    }
    if (parser.isSet(u"no-live"_s))
        return md;
    LiveStampConfig live;
    live.simulator = parser.value(u"simulator"_s);
    QString error;
    const StampRushResult r = runLiveStamping(live, &error);
    if (!error.isEmpty()) {
        out << "live stamping run failed: " << error << Qt::endl;
        return md + u"The live stamping run failed: %1\n\n"_s.arg(error);
    }
    out << "live stamping: requests/doc " << r.requestsPerSaved() << ", p50 "
        << r.percentileMs(0.5) / 1000.0 << " s, p99 " << r.percentileMs(0.99) / 1000.0
        << " s, wasted " << r.serialsWasted << ", twice " << r.stampedTwice << ", saved " << r.saved
        << Qt::endl;
    // The model's ideal for the same load.
    StampRushConfig same;
    same.users = live.users;
    same.arrivalMs = live.arrivalMs;
    same.service.capacity = live.capacity;
    QList<StampRushResult> ideal;
    for (int s = 1; s <= seeds; ++s) {
        same.seed = quint64(s);
        ideal.append(idealStampRush(same));
    }
    md += u"### Live: %1 real StampFlows against emeterai-sim\n\n"
          "%2 applicants, each Bubuh's client core with its own `QNetworkAccessManager`, SQLite "
          "journal and `StampBatch` stamping two documents in turn, in one process. "
          "emeterai-sim runs on loopback with `--stamp-capacity %3`, `stamp:error97=%4` and "
          "`resetAfter` (the work done, the answer lost) on %5 % of serial and stamp requests. "
          "People arrive over %6 s. The ideal row is the model's for the same load, with the "
          "model's 2-8 s stamps (the simulator signs in milliseconds).\n\n"_s.arg(live.users * 2)
              .arg(live.users)
              .arg(live.capacity)
              .arg(live.share97)
              .arg(live.lostShare * 100)
              .arg(live.arrivalMs / 1000)
        + stampTable({{u"bubuh (live)"_s, {r}},
                      {u"ideal (model, FIFO at exactly C_s / 4 documents/s)"_s, ideal}})
        + u'\n';
    return md;
}

} // namespace

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
        {u"stamp-users"_s, u"Comma-separated applicant counts of the stamping rush."_s, u"LIST"_s,
         u"1000,3000"_s},
        {u"live-users"_s, u"Client instances in the live run."_s, u"N"_s, u"200"_s},
        {u"simulator"_s, u"Path of emeterai-sim."_s, u"PATH"_s, QStringLiteral(BUBUH_SIM_PATH)},
        {u"admit-share"_s, u"Waiting-room admissions as a share of capacity."_s, u"F"_s, u"1.0"_s},
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
                 "they try again. The waiting room admits at the full capacity C, and every "
                 "repeated order of an admitted client (after a lost answer or a 503) takes an "
                 "admission slot. `bubuh-queue` long-polls the room (`GET shop/queue/<ticket>?"
                 "wait=30`, Bubuh's proposal in protocol.md Part C): it stays away until the "
                 "forecast puts its admission half a hold off, and the held poll is answered on "
                 "admission or news; `bubuh-queue-poll` is the same client against a room that "
                 "only answers plain polls.\n\n"_s.arg(seeds);
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
                << row.amplification << ", edge " << row.edgePerSuccess << ", p50 " << row.p50s
                << " s, p99 " << row.p99s << " s, not served " << row.notServed * 100
                << " % (queued " << row.unservedInQueue * 100 << ", admitted "
                << row.unservedAdmitted * 100 << ", ordering " << row.unservedOrdering * 100
                << "), front-door timeouts " << row.frontDoorTimeouts << ", duplicates "
                << row.duplicates << Qt::endl;
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
        if (unavoidable > 0) {
            // Where the points above the physical limit go.
            QList<Summary> queued;
            for (const Summary &row : std::as_const(rows)) {
                if (row.strategy.startsWith(u"bubuh"_s))
                    queued.append(row);
            }
            md += u"Where those not served stand at the deadline (shares of all %1):\n\n"_s.arg(
                      config.users)
                + unservedTable(queued) + u'\n';
        }
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
    md += stampingRush(parser, out);
    md += u"Machine: %1 cores. Run on %2.\n"_s.arg(QThread::idealThreadCount())
              .arg(QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd"_s));
    if (!replaceSection(docs + u"/benchmarks.md"_s, u"overload"_s, md)) {
        out << "cannot write " << docs << "/benchmarks.md" << Qt::endl;
        return 1;
    }
    out << "written to " << docs << "/benchmarks.md" << Qt::endl;
    return 0;
}
