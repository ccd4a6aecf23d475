#pragma once

#include "core/Result.h"
#include "flow/FlowStatus.h"
#include "flow/FollowUp.h"
#include "flow/PurchaseFlow.h"
#include "journal/Journal.h"
#include "net/ReplyParser.h"

#include <QObject>
#include <QPointer>

namespace bubuh {

class Clock;
class EmeteraiClient;

// The purchase the window shows: the shop's price, the order being bought or followed, its
// payment instructions, and what the flow is doing now. Stopping the wait loses nothing: the
// order stays in the journal and is continued on the next start (or with resumeUnfinished()).
class PurchaseSession : public QObject
{
    Q_OBJECT
public:
    PurchaseSession(EmeteraiClient &client, Journal &journal, Clock &clock,
                    QObject *parent = nullptr);
    ~PurchaseSession() override;

    void loadProduct();
    std::optional<Product> product() const { return m_product; }

    void buy(int quantity, const QString &paymentMethod);
    // Follows every unfinished order of this owner, oldest first (true when there is one).
    bool resumeUnfinished();
    void stop();
    // Demo mode: the simulator's "I have paid".
    void simulatePayment();

    bool active() const;
    bool hasOrder() const { return m_order.id != 0; }
    OrderRecord order() const { return m_order; }
    // The payment instructions of the shop's last reply (QRIS payload or VA, deadline).
    OrderInfo payment() const;
    FlowStatus status() const { return m_status; }
    // How the last run ended; Working while one runs.
    std::optional<FlowEnding> ending() const { return m_ending; }
    Failure failure() const { return m_failure; }
    QByteArray evidence() const;
    // The shop waits for the applicant to pay (QRIS or VA shown, the time to pay running).
    bool awaitingPayment() const { return m_order.state == OrderState::AwaitingPayment; }
    // The order needs the applicant's attention and its evidence may be wanted: paid but no
    // quota yet, an outcome unknown, or the last run ended without the quota.
    bool troubled() const;
    // Paid, or perhaps paid (its outcome unknown), and its quota not here: money may be out.
    bool paidWithoutQuota() const
    {
        return hasOrder()
            && (m_order.state == OrderState::Paid || m_order.state == OrderState::Unknown);
    }
    // An order that may still bring quota (under way, waiting for its payment, or paid): while
    // there is one, Bubuh offers no second order for the same need.
    bool mayBringQuota() const { return active() || awaitingPayment() || paidWithoutQuota(); }

    // After the service stayed unavailable (or an outcome is unknown) the order is taken up
    // again by itself after this delay (2 minutes); followUpAt() says when. Not after the
    // person chose to stop waiting.
    void setFollowUpDelay(qint64 ms) { m_followUp.setDelay(ms); }
    QDateTime followUpAt() const { return m_followUp.at(); }
    void setFlowOptions(const PurchaseFlow::Options &options) { m_flowOptions = options; }

Q_SIGNALS:
    void changed();
    void productChanged();
    void finished(bubuh::FlowEnding ending, const bubuh::Failure &failure);

private:
    void run(const std::function<void(PurchaseFlow *)> &begin,
             const PurchaseFlow::Options &options);
    void followNext();

    EmeteraiClient &m_client;
    Journal &m_journal;
    Clock &m_clock;
    QPointer<PurchaseFlow> m_flow;
    OrderRecord m_order;
    FlowStatus m_status;
    std::optional<FlowEnding> m_ending;
    Failure m_failure;
    std::optional<Product> m_product;
    FollowUp m_followUp{[this] { resumeUnfinished(); }};
    PurchaseFlow::Options m_flowOptions;
    QList<qint64> m_backlog;        // unfinished orders still to be followed, oldest first
    bool m_backlogTroubled = false; // one of them ended with the service unavailable or unknown
};

} // namespace bubuh
