#include "FlowHarness.h"

#include "core/Clock.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bubuh;

namespace test {

namespace {

// Starts a flow and waits for its end (two minutes at most).
template<typename Flow>
FlowEnding runToEnd(Flow &flow, const std::function<void()> &start)
{
    std::optional<FlowEnding> ending;
    QObject::connect(&flow, &Flow::finished, &flow,
                     [&ending](FlowEnding e, const Failure &) { ending = e; });
    start();
    (void)QTest::qWaitFor([&ending] { return ending.has_value(); }, 120000);
    return ending.value_or(FlowEnding::NotFinished);
}

} // namespace

FlowHarness::FlowHarness(SimFixture &sim) : m_sim(sim)
{
    QString error;
    m_journal = Journal::open(m_dir.filePath(u"journal.sqlite"_s), Clock::system(), &error);
    m_client
        = std::make_unique<EmeteraiClient>(ServiceProfile::singleServer(sim.simulator().baseUrl()));
    setDeadline(15'000);
    m_client->setCredentials(u"demo"_s, u"demo"_s);
}

void FlowHarness::setDeadline(qint64 ms)
{
    RetryConfig fast;
    fast.baseMs = 20;
    fast.capMs = 200;
    fast.maxRetryAfterMs = 100;
    fast.deadlineMs = ms;
    m_client->caller().setPolicy(RetryPolicy(fast));
}

bool FlowHarness::login()
{
    std::optional<bool> ok;
    m_client->login(u"demo"_s, u"demo"_s, [&ok](Result<LoginReply> r) { ok = r.ok(); });
    (void)QTest::qWaitFor([&ok] { return ok.has_value(); }, 60000);
    return ok.value_or(false);
}

FlowEnding FlowHarness::buy(int quantity, bool follow, qint64 fulfilmentPatienceMs)
{
    PurchaseFlow flow(*m_client, *m_journal, Clock::system());
    PurchaseFlow::Options options;
    options.follow = follow;
    options.fulfilmentPatienceMs = fulfilmentPatienceMs;
    options.followBaseMs = 100;
    flow.setOptions(options);
    return runToEnd(flow, [&] { flow.start(quantity, u"QRIS"_s); });
}

FlowEnding FlowHarness::stamp(const QString &pdfPath, const QString &outPath,
                              const Placement &placement)
{
    StampFlow flow(*m_client, *m_journal, Clock::system());
    flow.setVerifier(verifier());
    StampFlow::Request request;
    request.sourcePath = pdfPath;
    request.outputPath = outPath;
    request.placement = placement;
    return runToEnd(flow, [&] { flow.start(request); });
}

void FlowHarness::resumeAll(int rounds)
{
    for (int round = 0; round < rounds; ++round) {
        const QList<OrderRecord> orders = m_journal->unfinishedOrders().value();
        const QList<StampJob> jobs = m_journal->unfinishedJobs().value();
        if (orders.isEmpty() && jobs.isEmpty())
            return;
        for (const OrderRecord &o : orders) {
            PurchaseFlow flow(*m_client, *m_journal, Clock::system());
            PurchaseFlow::Options options;
            options.followBaseMs = 100;
            flow.setOptions(options);
            runToEnd(flow, [&] { flow.resume(o.id); });
        }
        for (const StampJob &j : jobs) {
            StampFlow flow(*m_client, *m_journal, Clock::system());
            flow.setVerifier(verifier());
            runToEnd(flow, [&] { flow.resume(j.id); });
        }
    }
}

bool waitForEnd(StampBatch &batch, Failure *refusal)
{
    bool over = false;
    const QMetaObject::Connection connection
        = QObject::connect(&batch, &StampBatch::finished, &batch, [&](int, int, const Failure &f) {
              over = true;
              if (refusal)
                  *refusal = f;
          });
    const bool ended = QTest::qWaitFor([&] { return over; }, 120000);
    QObject::disconnect(connection); // the locals above end here
    return ended;
}

StampFlow::Request stampRequest(const QString &path)
{
    StampFlow::Request r;
    r.sourcePath = path;
    r.placement = Placement{1, 400, 600, 100};
    return r;
}

StampVerifier FlowHarness::verifier() const
{
    StampVerifier verifier;
    verifier.addTrustAnchors(m_sim.simulator().rootCertificatePem());
    verifier.addTimestampAnchors(m_sim.simulator().rootCertificatePem());
    return verifier;
}

QString FlowHarness::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

} // namespace test
