#pragma once

#include "core/Result.h"
#include "flow/FlowStatus.h"
#include "journal/Journal.h"
#include "net/WaitingRoomClient.h"

#include <QObject>
#include <QRandomGenerator>

namespace bubuh {

class Clock;
class EmeteraiClient;
struct CallProgress;
struct OrderInfo;

// Buys quota: PENDING -> SENT -> AWAITING_PAYMENT -> PAID -> FULFILLED (or EXPIRED, FAILED,
// UNKNOWN). The journal record with its idempotency key is written before the first byte is
// sent and the key is reused for every retry, across restarts, so an order is never placed
// twice; the waiting room is joined when the shop asks; a paid order is followed until its
// quota appears.
class PurchaseFlow : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool follow = true;                        // keep going until FULFILLED (or expired)
        bool waitForPayment = true;                // while AWAITING_PAYMENT, keep following
        qint64 fulfilmentPatienceMs = 30 * 60'000; // how long to follow PAID before giving up
        qint64 keyLifetimeMs = 24 * 3600'000;      // after this the shop forgets the key
        qint64 followBaseMs = 2000;                // first pause between order look-ups
    };

    PurchaseFlow(EmeteraiClient &client, Journal &journal, Clock &clock, QObject *parent = nullptr);
    void setOptions(const Options &options) { m_options = options; }

    void start(int quantity, const QString &paymentMethod);
    void resume(qint64 recordId);
    // Stops waiting (the person chose to): finished(NotFinished) now, and no further request
    // is started. The order stays in the journal as it is, so resume() carries on later; an
    // answer already on its way is not written (the same key brings it back then). Keep the
    // object alive until the client is done with it (its callbacks refer to it).
    void stop();
    bool stopped() const { return m_stopped; }
    // Between start()/resume() and its end (or stop()).
    bool running() const { return m_running; }
    OrderRecord record() const { return m_record; }

Q_SIGNALS:
    void changed(const bubuh::OrderRecord &record);
    void status(const bubuh::FlowStatus &status);
    void finished(bubuh::FlowEnding ending, const bubuh::Failure &failure);

private:
    void send();
    void waitInQueue();
    void follow();
    void reconcileByListing();
    // Takes the shop's answer in; false (and the flow ended) when it is refused or cannot be
    // written.
    bool apply(const OrderInfo &info);
    // Writes the order (compare-and-set); false, and the flow ended, when the journal could
    // not be written or another writer came first.
    bool setState(OrderState state, const QString &error = {});
    Failure journalWriteFailure() const;
    void finish(FlowEnding ending, const Failure &failure = {});
    void later(qint64 ms, std::function<void()> next);
    void onProgress(const CallProgress &progress);
    qint64 followDelayMs();

    EmeteraiClient &m_client;
    Journal &m_journal;
    Clock &m_clock;
    Options m_options;
    OrderRecord m_record;
    WaitingRoomClient m_queue;
    QRandomGenerator m_random;
    int m_followPolls = 0;
    qint64 m_paidSeenMs = -1;
    bool m_running = false;
    bool m_stopped = false;
};

} // namespace bubuh
