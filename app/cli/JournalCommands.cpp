#include "CliContext.h"
#include "Commands.h"

#include "core/Clock.h"
#include "flow/PurchaseFlow.h"
#include "flow/StampFlow.h"
#include "journal/Journal.h"
#include "journal/OrderReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bubuh::Commands {

namespace {

// Runs the unfinished orders, then (when asked) the unfinished jobs, one after another; the
// exit code is the worst of them.
struct Resumer : std::enable_shared_from_this<Resumer>
{
    CliContext &cli;
    Journal &journal;
    QList<OrderRecord> orders;
    QList<StampJob> jobs;
    Done done;
    bool report; // print each result, or only a line on standard error
    int worst = CliContext::Ok;

    Resumer(CliContext &c, Journal &j, QList<OrderRecord> o, QList<StampJob> js, Done d,
            bool r = true)
        : cli(c)
        , journal(j)
        , orders(std::move(o))
        , jobs(std::move(js))
        , done(std::move(d))
        , report(r)
    { }

    void next()
    {
        auto self = shared_from_this();
        const auto after = [self](int code) {
            self->worst = std::max(self->worst, code);
            self->next();
        };
        if (!orders.isEmpty()) {
            const OrderRecord o = orders.takeFirst();
            auto *flow = new PurchaseFlow(cli.client(), journal, Clock::system());
            PurchaseFlow::Options options;
            // resume settles what it can; it does not wait for the person to pay
            options.waitForPayment = false;
            flow->setOptions(options);
            runPurchase(cli, flow, after, report);
            flow->resume(o.id);
        } else if (!jobs.isEmpty()) {
            const StampJob j = jobs.takeFirst();
            auto *flow = new StampFlow(cli.client(), journal, Clock::system());
            flow->setVerifier(cli.verifier());
            runStamp(cli, flow, after, report);
            flow->resume(j.id);
        } else {
            done(worst);
        }
    }
};

// What is unfinished; false after printing why it could not be read.
struct Unfinished
{
    QList<OrderRecord> orders;
    QList<StampJob> jobs;
    bool empty() const { return orders.isEmpty() && jobs.isEmpty(); }
};

std::optional<Unfinished> unfinished(CliContext &cli, Journal &journal, Settle what)
{
    const Result<QList<OrderRecord>> orders = journal.unfinishedOrders();
    const Result<QList<StampJob>> jobs
        = what == Settle::Everything ? journal.unfinishedJobs() : QList<StampJob>();
    if (!orders || !jobs) {
        cli.fail(!orders ? orders.failure() : jobs.failure(), CliContext::Unavailable);
        return std::nullopt;
    }
    return Unfinished{orders.value(), jobs.value()};
}

} // namespace

void history(CliContext &cli, Done done)
{
    Journal *journal = cli.journal();
    if (!journal) {
        done(cli.journalExit());
        return;
    }
    const Result<QList<OrderRecord>> orderList = journal->orders();
    const Result<QList<StampJob>> jobList = journal->jobs();
    if (!orderList || !jobList) {
        done(cli.fail(!orderList ? orderList.failure() : jobList.failure(),
                      CliContext::Unavailable));
        return;
    }
    QJsonArray orders, jobs;
    for (const OrderRecord &o : orderList.value()) {
        orders.append(OrderReport::toJson(o));
        cli.say(orderLine(o));
    }
    for (const StampJob &j : jobList.value()) {
        jobs.append(jobJson(j));
        cli.say(tr("Document %1 (job %2): %3%4")
                    .arg(j.fileName)
                    .arg(j.id)
                    .arg(toText(j.state), j.sn.isEmpty() ? QString() : u" (SN %1)"_s.arg(j.sn)));
    }
    if (orders.isEmpty() && jobs.isEmpty())
        cli.say(tr("The journal is empty."));
    done(cli.finishJson({{u"orders"_s, orders}, {u"jobs"_s, jobs}}, CliContext::Ok));
}

void resume(CliContext &cli, Done done)
{
    Journal *journal = cli.journal();
    if (!journal) {
        done(cli.journalExit());
        return;
    }
    const std::optional<Unfinished> work = unfinished(cli, *journal, Settle::Everything);
    if (!work) {
        done(CliContext::Unavailable);
        return;
    }
    if (work->empty()) {
        cli.say(tr("Nothing to resume: every order and job is finished."));
        done(cli.finishJson({{u"resumed"_s, 0}}, CliContext::Ok));
        return;
    }
    cli.signIn([&cli, done, journal, work = *work](bool ok) {
        if (!ok) {
            done(CliContext::Usage);
            return;
        }
        std::make_shared<Resumer>(cli, *journal, work.orders, work.jobs, done)->next();
    });
}

void reconcileFirst(CliContext &cli, Settle what, std::function<void()> next)
{
    Journal *journal = cli.journal();
    const std::optional<Unfinished> work = journal ? unfinished(cli, *journal, what) : std::nullopt;
    if (!work || work->empty()) {
        next();
        return;
    }
    cli.progress({FlowStatus::Phase::Working, tr("First finishing what was left unfinished…")});
    std::make_shared<Resumer>(
        cli, *journal, work->orders, work->jobs, [next](int) { next(); }, false)
        ->next();
}

void cancel(CliContext &cli, Done done)
{
    Journal *journal = cli.journal();
    if (!journal) {
        done(cli.journalExit());
        return;
    }
    bool ok = false;
    const qint64 id = cli.options().positionalArguments().value(1).toLongLong(&ok);
    if (!ok) {
        done(cli.fail({tr("Give a job from bubuh-cli history: bubuh-cli cancel JOB"), {}},
                      CliContext::Usage));
        return;
    }
    const Result<StampJob> cancelled = StampFlow::cancel(*journal, id);
    if (!cancelled) {
        done(cli.fail(cancelled.failure(), CliContext::Unusable));
        return;
    }
    cli.say(
        tr("Job %1 (%2) is cancelled; nothing was spent on it.").arg(id).arg(cancelled->fileName));
    done(cli.finishJson(jobJson(cancelled.value()), CliContext::Ok));
}

} // namespace bubuh::Commands
