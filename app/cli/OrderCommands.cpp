#include "CliContext.h"
#include "Commands.h"

#include "core/Clock.h"
#include "core/Language.h"
#include "flow/PurchaseFlow.h"
#include "journal/Journal.h"
#include "journal/OrderReport.h"
#include "net/EmeteraiClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace bubuh::Commands {

QString orderLine(const OrderRecord &o)
{
    return tr("Order %1: %2 e-Meterai, %3, %4")
        .arg(o.orderId.isEmpty() ? u"#%1"_s.arg(o.id) : o.orderId)
        .arg(o.quantity)
        .arg(o.amount ? Language::rupiah(o.amount) : u"–"_s, OrderReport::stateText(o.state));
}

void runPurchase(CliContext &cli, PurchaseFlow *flow, Done done, bool report)
{
    QObject::connect(flow, &PurchaseFlow::status, flow,
                     [&cli](const FlowStatus &s) { cli.progress(s); });
    QObject::connect(flow, &PurchaseFlow::changed, flow, [&cli](const OrderRecord &o) {
        if (o.state == OrderState::AwaitingPayment && !o.lastReply.isEmpty()) {
            const QJsonObject payment = o.lastReply.value("payment"_L1).toObject();
            const QString va = payment.value("vaNumber"_L1).toString();
            cli.say(va.isEmpty()
                        ? tr("Pay %1 with QRIS: %2")
                              .arg(Language::rupiah(o.amount), payment.value("qris"_L1).toString())
                        : tr("Pay %1 to virtual account %2").arg(Language::rupiah(o.amount), va));
        }
    });
    QObject::connect(flow, &PurchaseFlow::finished, flow,
                     [&cli, flow, done, report](FlowEnding ending, const Failure &failure) {
                         const OrderRecord o = flow->record();
                         flow->deleteLater();
                         const int code = CliContext::exitCodeFor(ending);
                         if (code != CliContext::Ok && !failure.message.isEmpty())
                             cli.fail(failure, code);
                         if (!report) { // settled on the side: one line on standard error
                             cli.progress({FlowStatus::Phase::Working, orderLine(o)});
                             done(code);
                             return;
                         }
                         cli.say(orderLine(o));
                         done(cli.finishJson(OrderReport::toJson(o), code));
                     });
}

void buy(CliContext &cli, Done done)
{
    bool ok = false;
    const int quantity = cli.options().value(u"quantity"_s).toInt(&ok);
    const QString method = cli.options().value(u"method"_s).toUpper();
    if (!ok || quantity < 1 || quantity > 1000 || (method != u"QRIS" && method != u"VA")) {
        done(cli.fail(
            {tr("Use: bubuh-cli buy --quantity N [--method QRIS|VA] [--wait] (N from 1 to 1000)"),
             {}},
            CliContext::Usage));
        return;
    }
    Journal *journal = cli.journal();
    if (!journal) {
        done(cli.journalExit());
        return;
    }
    cli.signIn([&cli, done, journal, quantity, method](bool signedIn) {
        if (!signedIn) {
            done(CliContext::Usage);
            return;
        }
        reconcileFirst(cli, Settle::OrdersOnly, [&cli, done, journal, quantity, method] {
            auto *flow = new PurchaseFlow(cli.client(), *journal, Clock::system());
            PurchaseFlow::Options options;
            options.follow = cli.options().isSet(u"wait"_s);
            flow->setOptions(options);
            runPurchase(cli, flow, done);
            flow->start(quantity, method);
        });
    });
}

void evidence(CliContext &cli, Done done)
{
    Journal *journal = cli.journal();
    const QStringList args = cli.options().positionalArguments();
    const qint64 id = args.value(1).toLongLong();
    std::optional<OrderRecord> order;
    if (!journal) {
        done(cli.journalExit());
        return;
    }
    const Result<QList<OrderRecord>> orders = journal->orders();
    if (!orders) {
        done(cli.fail(orders.failure(), CliContext::Unavailable));
        return;
    }
    for (const OrderRecord &o : orders.value()) {
        if (o.id == id || (!o.orderId.isEmpty() && o.orderId == args.value(1)))
            order = o;
    }
    if (!order) {
        done(cli.fail(
            {tr("Give an order from bubuh-cli history: bubuh-cli evidence ORDER [--out FILE]"), {}},
            CliContext::Usage));
        return;
    }
    const QByteArray bytes = OrderReport::evidence(*journal, *order, Clock::system().now());
    if (cli.options().isSet(u"out"_s)) {
        QSaveFile out(cli.options().value(u"out"_s));
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            done(cli.fail({tr("Cannot write %1: %2").arg(out.fileName(), out.errorString()), {}},
                          CliContext::Unusable));
            return;
        }
        cli.say(tr("Evidence for the complaint written to %1.").arg(out.fileName()));
        done(CliContext::Ok);
        return;
    }
    QTextStream(stdout) << bytes;
    done(CliContext::Ok);
}

} // namespace bubuh::Commands
