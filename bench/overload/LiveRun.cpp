#include "LiveRun.h"

#include "../common/SampleDocuments.h"
#include "core/Clock.h"
#include "flow/PurchaseFlow.h"
#include "flow/StampBatch.h"
#include "journal/Journal.h"
#include "net/EmeteraiClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace bubuh;

namespace bench {

namespace {

QJsonObject call(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &post = {})
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = post.isNull() ? nam.get(request) : nam.post(request, post);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

struct Instance
{
    std::unique_ptr<Journal> journal;
    std::unique_ptr<EmeteraiClient> client;
    std::unique_ptr<PurchaseFlow> flow;
    qint64 startedMs = -1, doneMs = -1;
};

// Starts emeterai-sim on a free loopback port; its base URL, or empty with *error set.
QUrl startSimulator(QProcess &sim, const QString &program, const QString &dataDir,
                    const QStringList &arguments, QString *error)
{
    sim.start(program, QStringList{u"--port"_s, u"0"_s, u"--data-dir"_s, dataDir} + arguments);
    if (!sim.waitForStarted(30000) || !sim.waitForReadyRead(60000)) {
        *error = u"emeterai-sim did not start"_s;
        return {};
    }
    const auto m
        = QRegularExpression(u"listening on (\\S+)"_s).match(QString::fromLatin1(sim.readLine()));
    return QUrl(m.captured(1));
}

// A client core of its own (network, journal), signed in as the demo account.
struct Client
{
    std::unique_ptr<Journal> journal;
    std::unique_ptr<EmeteraiClient> client;
};

Client signedInClient(const QUrl &base, const QString &journalPath)
{
    Client c;
    QString journalError;
    c.journal = Journal::open(journalPath, Clock::system(), &journalError);
    c.client = std::make_unique<EmeteraiClient>(ServiceProfile::singleServer(base));
    c.client->setCredentials(u"demo"_s, u"demo"_s);
    bool done = false;
    c.client->login(u"demo"_s, u"demo"_s, [&done](Result<LoginReply>) { done = true; });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return c;
}

// Sets the rush's limits on the simulator; its request counters before the rush.
QJsonObject startRush(QNetworkAccessManager &admin, const QUrl &base, const QJsonObject &limits)
{
    call(admin, QUrl(base.toString() + u"/sim/config"_s), QJsonDocument(limits).toJson());
    return call(admin, QUrl(base.toString() + u"/sim/ledger"_s)).value("requests"_L1).toObject();
}

void runUntil(const std::function<bool()> &over)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (over())
            loop.quit();
    });
    poll.start(100);
    loop.exec();
}

} // namespace

RushResult runLive(const LiveConfig &config, QString *error)
{
    RushResult result;
    result.users = config.users;
    QTemporaryDir dir;
    QProcess sim;
    const QUrl base = startSimulator(
        sim, config.simulator, dir.filePath(u"sim"_s),
        {u"--auto-pay"_s, u"--fulfill-delay"_s, u"0"_s, u"--seed"_s, QString::number(config.seed)},
        error);
    if (base.isEmpty())
        return result;
    QNetworkAccessManager admin;

    // Every instance signs in before the rush, while capacity is unlimited.
    std::vector<Instance> instances(size_t(config.users));
    for (int i = 0; i < config.users; ++i) {
        Instance &in = instances[size_t(i)];
        Client c = signedInClient(base, dir.filePath(u"client-%1/journal.sqlite"_s.arg(i)));
        in.journal = std::move(c.journal);
        in.client = std::move(c.client);
        in.flow = std::make_unique<PurchaseFlow>(*in.client, *in.journal, Clock::system());
        PurchaseFlow::Options options;
        options.follow = false;
        in.flow->setOptions(options);
    }
    const QJsonObject before = startRush(admin, base,
                                         {{u"capacity"_s, config.capacity},
                                          {u"queue"_s, config.waitingRoom},
                                          {u"admitRate"_s, config.capacity}});

    QElapsedTimer clock;
    clock.start();
    QRandomGenerator rng(config.seed);
    int finished = 0;
    for (Instance &in : instances) {
        const qint64 at = qint64(rng.generateDouble() * double(config.arrivalMs));
        QObject::connect(in.flow.get(), &PurchaseFlow::finished, in.flow.get(),
                         [&in, &finished, &clock](FlowEnding ending, const Failure &) {
                             ++finished;
                             if (ending == FlowEnding::Done
                                 && in.flow->record().state == OrderState::Fulfilled)
                                 in.doneMs = clock.elapsed();
                         });
        QTimer::singleShot(at, in.flow.get(), [&in, &clock] {
            in.startedMs = clock.elapsed();
            in.flow->start(1, u"QRIS"_s);
        });
    }
    runUntil([&] { return finished == config.users || clock.elapsed() > config.deadlineMs; });

    const QJsonObject ledger = call(admin, QUrl(base.toString() + u"/sim/ledger"_s));
    const QJsonObject after = ledger.value("requests"_L1).toObject();
    const auto delta = [&](QLatin1StringView key) {
        return qint64(after.value(key).toDouble() - before.value(key).toDouble());
    };
    result.edgeRequests
        = delta("queuePolls"_L1) + delta("queueJoins"_L1) + delta("queueRequired"_L1);
    result.backendRequests = delta("total"_L1) - result.edgeRequests;
    result.goodput = QList<int>(int(config.deadlineMs / 10'000) + 1, 0);
    for (const Instance &in : instances) {
        if (in.doneMs < 0)
            continue;
        ++result.served;
        result.timesToSuccessMs.append(in.doneMs - in.startedMs);
        ++result.goodput[int(in.doneMs / 10'000)];
    }
    std::sort(result.timesToSuccessMs.begin(), result.timesToSuccessMs.end());
    const QJsonArray orders = ledger.value("orders"_L1).toArray();
    for (const QJsonValue &o : orders)
        result.duplicateCharges += std::max(0, o.toObject().value("charges"_L1).toInt() - 1);
    // More orders than people who bought one would be charges nobody asked for.
    result.duplicateCharges += std::max<qint64>(0, orders.size() - config.users);
    sim.kill();
    sim.waitForFinished();
    return result;
}

StampRushResult runLiveStamping(const LiveStampConfig &config, QString *error)
{
    StampRushResult result;
    result.documents = config.users * 2;
    QTemporaryDir dir;
    QProcess sim;
    const QUrl base = startSimulator(sim, config.simulator, dir.filePath(u"sim"_s),
                                     {u"--auto-pay"_s, u"--fulfill-delay"_s, u"0"_s, u"--seed"_s,
                                      QString::number(config.seed), u"--fault"_s,
                                      u"stamp:error97=%1"_s.arg(config.share97), u"--fault"_s,
                                      u"serial:resetAfter=%1"_s.arg(config.lostShare), u"--fault"_s,
                                      u"stamp:resetAfter=%1"_s.arg(config.lostShare)},
                                     error);
    if (base.isEmpty())
        return result;
    QNetworkAccessManager admin;
    {
        // The quota everyone stamps with, bought before the rush.
        Client buyer = signedInClient(base, dir.filePath(u"buyer.sqlite"_s));
        PurchaseFlow purchase(*buyer.client, *buyer.journal, Clock::system());
        bool bought = false;
        QObject::connect(&purchase, &PurchaseFlow::finished, &purchase,
                         [&bought](FlowEnding, const Failure &) { bought = true; });
        purchase.start(result.documents, u"QRIS"_s);
        QElapsedTimer waited;
        waited.start();
        runUntil([&] { return bought || waited.elapsed() > 120'000; });
        if (!bought || purchase.record().state != OrderState::Fulfilled) {
            *error = u"the quota for the stamping run was not bought"_s;
            return result;
        }
    }
    const QByteArray letter = letterWithSignature().pdf;
    const QByteArray scan = grayscaleScan(1, 150).pdf;
    struct Applicant
    {
        Client core;
        std::unique_ptr<StampBatch> batch;
        QList<StampFlow::Request> requests;
        qint64 startedMs = -1;
        bool over = false;
    };
    std::vector<Applicant> applicants(size_t(config.users));
    for (int i = 0; i < config.users; ++i) {
        Applicant &a = applicants[size_t(i)];
        const QString folder = dir.filePath(u"applicant-%1"_s.arg(i));
        QDir().mkpath(folder);
        a.core = signedInClient(base, folder + u"/journal.sqlite"_s);
        a.batch = std::make_unique<StampBatch>(*a.core.client, *a.core.journal, Clock::system());
        for (const auto &[name, bytes] :
             {std::pair{u"surat-lamaran.pdf"_s, letter}, {u"ijazah.pdf"_s, scan}}) {
            QFile f(folder + u'/' + name);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
                *error = u"cannot write %1"_s.arg(f.fileName());
                return result;
            }
            StampFlow::Request r;
            r.sourcePath = f.fileName();
            r.placement = Placement{1, 400, 650, 100};
            a.requests.append(r);
        }
    }
    const QJsonObject before = startRush(admin, base, {{u"stampCapacity"_s, config.capacity}});

    QElapsedTimer clock;
    clock.start();
    QRandomGenerator rng(config.seed);
    int over = 0;
    for (Applicant &a : applicants) {
        const qint64 at = qint64(rng.generateDouble() * double(config.arrivalMs));
        QObject::connect(a.batch.get(), &StampBatch::entryChanged, a.batch.get(),
                         [&a, &result, &clock](int index) {
                             const StampBatch::Entry &e = a.batch->entries().at(index);
                             if (e.done && e.ending == FlowEnding::Done)
                                 result.timesMs.append(clock.elapsed() - a.startedMs);
                             else if (e.done)
                                 qInfo("not stamped: %s (%s)", qPrintable(e.failure.message),
                                       qPrintable(e.failure.detail));
                         });
        QObject::connect(a.batch.get(), &StampBatch::finished, a.batch.get(),
                         [&a, &over](int, int, const Failure &) {
                             if (!a.over)
                                 ++over;
                             a.over = true;
                         });
        QTimer::singleShot(at, a.batch.get(), [&a, &clock] {
            a.startedMs = clock.elapsed();
            a.batch->start(a.requests);
        });
    }
    runUntil([&] { return over == config.users || clock.elapsed() > config.deadlineMs; });

    const QJsonObject ledger = call(admin, QUrl(base.toString() + u"/sim/ledger"_s));
    const QJsonObject after = ledger.value("requests"_L1).toObject();
    result.requests
        = qint64(after.value("total"_L1).toDouble() - before.value("total"_L1).toDouble());
    result.saved = int(result.timesMs.size());
    QHash<QString, int> stampsPerDocument;
    for (const QJsonValue &v : ledger.value("serials"_L1).toArray()) {
        if (v.toObject().value("status"_L1).toString() == u"STAMP")
            ++stampsPerDocument[v.toObject().value("docId"_L1).toString()];
    }
    for (int stamps : std::as_const(stampsPerDocument))
        result.stampedTwice += stamps > 1 ? 1 : 0;
    // Wasted: issued, and neither in a saved result nor held by a job that goes on with it.
    int held = 0;
    for (const Applicant &a : applicants) {
        for (const StampJob &job : a.core.journal->unfinishedJobs().value())
            held += job.sn.isEmpty() ? 0 : 1;
    }
    const int serials = int(ledger.value("serials"_L1).toArray().size());
    result.serialsWasted = serials - result.saved - held;
    std::sort(result.timesMs.begin(), result.timesMs.end());
    sim.kill();
    sim.waitForFinished();
    return result;
}

} // namespace bench
