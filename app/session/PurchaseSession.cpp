#include "PurchaseSession.h"

#include "core/Clock.h"
#include "flow/PurchaseFlow.h"
#include "journal/OrderReport.h"
#include "net/EmeteraiClient.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace bubuh {

PurchaseSession::PurchaseSession(EmeteraiClient &client, Journal &journal, Clock &clock,
                                 QObject *parent)
    : QObject(parent), m_client(client), m_journal(journal), m_clock(clock)
{ }

PurchaseSession::~PurchaseSession() = default;

void PurchaseSession::loadProduct()
{
    m_client.products([this](Result<QList<Product>> products) {
        if (!products || products->isEmpty())
            return; // the form shows the standard price until the shop answers
        m_product = products->first();
        Q_EMIT productChanged();
    });
}

bool PurchaseSession::active() const
{
    return m_flow && m_flow->running();
}

void PurchaseSession::run(const std::function<void(PurchaseFlow *)> &begin,
                          const PurchaseFlow::Options &options)
{
    if (active())
        return;
    auto *flow = new PurchaseFlow(m_client, m_journal, m_clock, this);
    flow->setOptions(options);
    m_flow = flow;
    m_followUp.cancel();
    m_ending.reset();
    m_failure = {};
    m_status = {FlowStatus::Phase::Working, tr("Contacting the shop…")};
    connect(flow, &PurchaseFlow::changed, this, [this, flow](const OrderRecord &record) {
        if (flow == m_flow) {
            m_order = record;
            Q_EMIT changed();
        }
    });
    connect(flow, &PurchaseFlow::status, this, [this, flow](const FlowStatus &status) {
        if (flow == m_flow) {
            m_status = status;
            Q_EMIT changed();
        }
    });
    connect(flow, &PurchaseFlow::finished, this,
            [this, flow](FlowEnding ending, const Failure &failure) {
                if (flow != m_flow)
                    return;
                m_order = flow->record();
                m_ending = ending;
                m_failure = failure;
                m_backlogTroubled = m_backlogTroubled || ending == FlowEnding::Unavailable
                    || ending == FlowEnding::OutcomeUnknown;
                if (flow->stopped())
                    m_backlog.clear();
                if (!m_backlog.isEmpty()) {
                    QMetaObject::invokeMethod(this, &PurchaseSession::followNext,
                                              Qt::QueuedConnection);
                } else if (std::exchange(m_backlogTroubled, false)) {
                    // The worst day: keep carrying the orders until the service answers.
                    m_followUp.schedule(m_clock);
                }
                // A finished flow has nothing pending; a stopped one may still have an answer on
                // its way, which it writes to the journal: it stays (a child of this object).
                if (!flow->stopped())
                    flow->deleteLater();
                Q_EMIT changed();
                Q_EMIT finished(ending, failure);
            });
    begin(flow);
    Q_EMIT changed();
}

void PurchaseSession::buy(int quantity, const QString &paymentMethod)
{
    run([=](PurchaseFlow *flow) { flow->start(quantity, paymentMethod); }, m_flowOptions);
}

bool PurchaseSession::resumeUnfinished()
{
    if (active() || !m_backlog.isEmpty())
        return false;
    const Result<QList<OrderRecord>> unfinished = m_journal.unfinishedOrders();
    if (!unfinished) {
        m_failure = unfinished.failure();
        m_ending = FlowEnding::Unavailable;
        Q_EMIT changed();
        return false;
    }
    if (unfinished->isEmpty())
        return false;
    for (const OrderRecord &o : unfinished.value())
        m_backlog << o.id;
    m_backlogTroubled = false;
    followNext();
    return true;
}

void PurchaseSession::followNext()
{
    if (m_backlog.isEmpty() || active())
        return;
    const qint64 id = m_backlog.takeFirst();
    if (const std::optional<OrderRecord> order = m_journal.order(id))
        m_order = *order;
    // Older orders are settled as far as they go without the person; the newest one, which
    // the window shows last, is followed through its payment too.
    PurchaseFlow::Options options = m_flowOptions;
    if (!m_backlog.isEmpty())
        options.waitForPayment = false;
    run([id](PurchaseFlow *flow) { flow->resume(id); }, options);
}

void PurchaseSession::stop()
{
    m_backlog.clear();
    m_followUp.cancel();
    if (m_flow)
        m_flow->stop();
    Q_EMIT changed();
}

void PurchaseSession::simulatePayment()
{
    if (m_order.orderId.isEmpty())
        return;
    m_client.simulatePayment(m_order.orderId, [](Result<QJsonObject>) {
        // The flow sees the payment on its next look at the order.
    });
}

OrderInfo PurchaseSession::payment() const
{
    if (m_order.lastReply.isEmpty())
        return {};
    const Result<OrderInfo> info = ReplyParser::order(QJsonDocument(m_order.lastReply).toJson());
    return info ? info.value() : OrderInfo();
}

bool PurchaseSession::troubled() const
{
    return hasOrder()
        && (m_order.state == OrderState::Paid || m_order.state == OrderState::Unknown
            || (m_ending && *m_ending != FlowEnding::Done));
}

QByteArray PurchaseSession::evidence() const
{
    return OrderReport::evidence(m_journal, m_order, m_clock.now());
}

} // namespace bubuh
