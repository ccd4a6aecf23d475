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

// Runs the unfinished orders, then the unfinished jobs, one after another; the exit code is
// the worst of them.
struct Resumer : std::enable_shared_from_this<Resumer>
{
    CliContext &cli;
    Journal &journal;
    QList<OrderRecord> orders;
    QList<StampJob> jobs;
    Done done;
    bool report; // print each result, or only a line on standard error
    int worst = CliContext::Ok;

    Resumer(CliContext &c, Journal &j, Done d, bool r = true)
        : cli(c)
        , journal(j)
        , orders(j.unfinishedOrders())
        , jobs(j.unfinishedJobs())
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
            options.waitForPayment
                = false; // resume settles what it can; it does not wait for the person
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

} // namespace

void history(CliContext &cli, Done done)
{
    Journal *journal = cli.journal();
    if (!journal) {
        done(CliContext::Unusable);
        return;
    }
    QJsonArray orders, jobs;
    for (const OrderRecord &o : journal->orders()) {
        orders.append(OrderReport::toJson(o));
        cli.say(orderLine(o));
    }
    for (const StampJob &j : journal->jobs()) {
        jobs.append(jobJson(j));
        cli.say(
            tr("Document %1: %2%3")
                .arg(j.fileName, j.state, j.sn.isEmpty() ? QString() : u" (SN %1)"_s.arg(j.sn)));
    }
    if (orders.isEmpty() && jobs.isEmpty())
        cli.say(tr("The journal is empty."));
    done(cli.finishJson({{u"orders"_s, orders}, {u"jobs"_s, jobs}}, CliContext::Ok));
}

void resume(CliContext &cli, Done done)
{
    Journal *journal = cli.journal();
    if (!journal) {
        done(CliContext::Unusable);
        return;
    }
    if (journal->unfinishedOrders().isEmpty() && journal->unfinishedJobs().isEmpty()) {
        cli.say(tr("Nothing to resume: every order and job is finished."));
        done(cli.finishJson({{u"resumed"_s, 0}}, CliContext::Ok));
        return;
    }
    cli.signIn([&cli, done, journal](bool ok) {
        if (!ok) {
            done(CliContext::Usage);
            return;
        }
        std::make_shared<Resumer>(cli, *journal, done)->next();
    });
}

void reconcileFirst(CliContext &cli, std::function<void()> next)
{
    Journal *journal = cli.journal();
    if (!journal
        || (journal->unfinishedOrders().isEmpty() && journal->unfinishedJobs().isEmpty())) {
        next();
        return;
    }
    cli.progress({FlowStatus::Phase::Working, tr("First finishing what was left unfinished…")});
    std::make_shared<Resumer>(
        cli, *journal, [next](int) { next(); }, false)
        ->next();
}

} // namespace bubuh::Commands
