#include "LiveRun.h"

#include "core/Clock.h"
#include "flow/PurchaseFlow.h"
#include "journal/Journal.h"
#include "net/EmeteraiClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
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

} // namespace

RushResult runLive(const LiveConfig &config, QString *error)
{
    RushResult result;
    result.users = config.users;
    QTemporaryDir dir;
    QProcess sim;
    sim.start(config.simulator,
              {u"--port"_s, u"0"_s, u"--data-dir"_s, dir.filePath(u"sim"_s), u"--auto-pay"_s,
               u"--fulfill-delay"_s, u"0"_s, u"--seed"_s, QString::number(config.seed)});
    if (!sim.waitForStarted(30000) || !sim.waitForReadyRead(60000)) {
        *error = u"emeterai-sim did not start"_s;
        return result;
    }
    const auto m
        = QRegularExpression(u"listening on (\\S+)"_s).match(QString::fromLatin1(sim.readLine()));
    const QUrl base(m.captured(1));
    QNetworkAccessManager admin;

    // Every instance signs in before the rush, while capacity is unlimited.
    std::vector<Instance> instances(size_t(config.users));
    for (int i = 0; i < config.users; ++i) {
        Instance &in = instances[size_t(i)];
        QString journalError;
        in.journal = Journal::open(dir.filePath(u"client-%1/journal.sqlite"_s.arg(i)),
                                   Clock::system(), &journalError);
        in.client = std::make_unique<EmeteraiClient>(ServiceProfile::singleServer(base));
        in.client->setCredentials(u"demo"_s, u"demo"_s);
        bool done = false;
        in.client->login(u"demo"_s, u"demo"_s, [&done](Result<LoginReply>) { done = true; });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        in.flow = std::make_unique<PurchaseFlow>(*in.client, *in.journal, Clock::system());
        PurchaseFlow::Options options;
        options.follow = false;
        in.flow->setOptions(options);
    }
    call(admin, QUrl(base.toString() + u"/sim/config"_s),
         QJsonDocument(QJsonObject{{u"capacity"_s, config.capacity},
                                   {u"queue"_s, config.waitingRoom},
                                   {u"admitRate"_s, config.capacity}})
             .toJson());
    const QJsonObject before
        = call(admin, QUrl(base.toString() + u"/sim/ledger"_s)).value("requests"_L1).toObject();

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
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (finished == config.users || clock.elapsed() > config.deadlineMs)
            loop.quit();
    });
    poll.start(100);
    loop.exec();

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

} // namespace bench
