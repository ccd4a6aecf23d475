#include "PurchaseFlow.h"

#include "core/Clock.h"
#include "core/Language.h"
#include "journal/OrderReport.h"
#include "net/EmeteraiClient.h"

#include <QCryptographicHash>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace bubuh {

PurchaseFlow::PurchaseFlow(EmeteraiClient &client, Journal &journal, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_clock(clock)
    , m_random(QRandomGenerator::securelySeeded())
{
    connect(&m_client, &EmeteraiClient::progress, this, &PurchaseFlow::onProgress);
}

void PurchaseFlow::start(int quantity, const QString &paymentMethod)
{
    m_running = true;
    m_record = OrderRecord();
    m_record.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_record.body = EmeteraiClient::orderBody(quantity, paymentMethod);
    m_record.bodyHash = QString::fromLatin1(
        QCryptographicHash::hash(m_record.body, QCryptographicHash::Sha256).toHex());
    m_record.quantity = quantity;
    m_record.paymentMethod = paymentMethod;
    m_record.state = OrderState::Pending;
    // Durable before the first byte leaves: whatever happens next, the key is known.
    m_record.id = m_journal.addOrder(m_record);
    if (!m_record.id) {
        finish(FlowEnding::InputUnusable, journalWriteFailure());
        return;
    }
    if (const std::optional<OrderRecord> stored = m_journal.order(m_record.id))
        m_record = *stored;
    Q_EMIT changed(m_record);
    send();
}

void PurchaseFlow::resume(qint64 recordId)
{
    m_running = true;
    const std::optional<OrderRecord> stored = m_journal.order(recordId);
    if (!stored) {
        finish(FlowEnding::InputUnusable,
               {tr("There is no such order in the journal."), QString::number(recordId)});
        return;
    }
    m_record = *stored;
    if (const auto ticket = m_journal.queueTicket()) {
        WaitingRoomClient::State s;
        s.ticket = ticket->ticket;
        s.queueToken = ticket->queueToken;
        if (ticket->tokenExpiresAt.isValid())
            s.tokenExpiresMs
                = m_clock.monotonicMs() + m_clock.now().msecsTo(ticket->tokenExpiresAt);
        m_queue.restore(s);
    }
    if (m_record.state == OrderState::Pending || m_record.state == OrderState::Sent
        || m_record.state == OrderState::Unknown) {
        // Within the key's lifetime a replay with the same key is the truth: it returns the
        // order if it exists and creates it if it never arrived.
        if (m_record.createdAt.msecsTo(m_clock.now()) < m_options.keyLifetimeMs)
            send();
        else if (m_record.state == OrderState::Pending) {
            // SENT is written before the first byte goes out: this one never left.
            if (setState(OrderState::Failed, u"never sent"_s))
                finish(FlowEnding::Refused,
                       {tr("This order was never sent to the shop; nothing was charged for it."),
                        u"never sent"_s});
        } else
            reconcileByListing();
    } else if (!m_record.finished()) {
        follow();
    } else {
        finish(FlowEnding::Done);
    }
}

void PurchaseFlow::onProgress(const CallProgress &p)
{
    // The client is shared (stamping may run at the same time): only the shop's calls are ours.
    static const QStringList shopCalls = {u"orders"_s, u"order"_s, u"queue"_s};
    if (m_running && shopCalls.contains(p.operation))
        Q_EMIT status(FlowStatus::retrying(p));
}

void PurchaseFlow::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_running = false;
    Q_EMIT finished(FlowEnding::NotFinished, {});
}

namespace {

// How often the place in the queue is shown counting down while Bubuh stays away.
constexpr qint64 kQueueReportMs = 5'000;

// The shop's definite "no" to the order itself: a 4xx to the one and only attempt, not about
// the sign-in. Anything else (a 401 whose new sign-in failed, a TLS error, a 4xx to a repeat
// of a request that may have arrived) leaves the order possibly placed.
bool definiteRefusal(const Failure &f)
{
    return f.kind == Failure::Kind::Refused && f.serverDidNothing && f.attempts == 1
        && f.httpStatus >= 400 && f.httpStatus < 500 && f.httpStatus != 401;
}

} // namespace

void PurchaseFlow::send()
{
    if (m_stopped)
        return;
    // Only the very first attempt of all may end the order as refused: once it was sent
    // before (in this run or an earlier one), a "no" may be to a repeat of a placed order.
    const bool firstEver = m_record.state == OrderState::Pending;
    if (firstEver) {
        m_record.firstSentAt = m_clock.now();
        if (!setState(OrderState::Sent))
            return; // nothing is sent that the journal does not know of
    }
    const QString token
        = m_queue.hasToken(m_clock.monotonicMs()) ? m_queue.queueToken() : QString();
    m_client.createOrder(
        m_record.idempotencyKey, m_record.body, token, [this, firstEver](Result<OrderInfo> r) {
            if (r) {
                if (!apply(r.value()))
                    return;
                if (m_options.follow && !m_record.finished())
                    follow();
                else
                    finish(m_record.state == OrderState::Fulfilled ? FlowEnding::Done
                                                                   : FlowEnding::NotFinished);
                return;
            }
            if (r.failure().kind == Failure::Kind::QueueRequired) {
                m_queue.queueRequired();
                waitInQueue();
            } else if (firstEver && definiteRefusal(r.failure())) {
                if (setState(OrderState::Failed, r.failure().detail))
                    finish(FlowEnding::Refused, r.failure());
            } else if (setState(OrderState::Unknown, r.failure().detail)) {
                // It may exist: never "failed". The same key settles it on the next try.
                const Failure::Kind kind = r.failure().kind == Failure::Kind::Refused
                    ? Failure::Kind::Unknown
                    : r.failure().kind;
                finish(endingFor(Failure{{}, {}, kind}),
                       {tr("The payment order is being checked (sedang diperiksa): the service did "
                           "not answer in time. "
                           "Nothing will be charged twice; Bubuh continues with the same order "
                           "later."),
                        r.failure().detail, kind});
            }
        });
}

void PurchaseFlow::waitInQueue()
{
    if (m_stopped)
        return;
    const qint64 now = m_clock.monotonicMs();
    const auto saveTicket = [this] {
        const WaitingRoomClient::State &s = m_queue.state();
        QueueTicket t{s.ticket, s.queueToken, {}};
        if (!s.queueToken.isEmpty())
            t.tokenExpiresAt = m_clock.now().addMSecs(s.tokenExpiresMs - m_clock.monotonicMs());
        m_journal.setQueueTicket(t);
    };
    const auto report = [this] {
        // Between answers the room's last forecast is counted down here: a long-polling
        // client hears from the room only when there is news.
        const WaitingRoomClient::Estimate e = m_queue.estimate(m_clock.monotonicMs());
        FlowStatus s;
        s.phase = FlowStatus::Phase::Queued;
        s.queuePosition = e.position;
        s.queueEtaSeconds = e.etaSeconds;
        s.message = tr("In the queue: position %1, about %n second(s) to go", nullptr, e.etaSeconds)
                        .arg(e.position);
        Q_EMIT status(s);
    };
    switch (m_queue.next(now)) {
    case WaitingRoomClient::Step::Admitted:
    case WaitingRoomClient::Step::None: send(); return;
    case WaitingRoomClient::Step::Join:
        m_client.joinQueue([this, saveTicket, report](Result<QJsonObject> r) {
            if (!r || !m_queue.joined(r.value(), m_clock.monotonicMs())) {
                if (!setState(OrderState::Unknown,
                              r ? u"unreadable queue reply"_s : r.failure().detail))
                    return;
                finish(FlowEnding::Unavailable,
                       r ? Failure{tr("The shop's waiting room answered strangely; Bubuh will try "
                                      "again later."),
                                   {},
                                   Failure::Kind::Unavailable}
                         : r.failure());
                return;
            }
            saveTicket();
            report();
            waitInQueue();
        });
        return;
    case WaitingRoomClient::Step::Poll:
        if (m_queue.nextPollMs() - now > kQueueReportMs) { // a long stay away: show it pass
            later(kQueueReportMs, [this, report] {
                if (!m_stopped)
                    report();
                waitInQueue();
            });
            return;
        }
        later(std::max<qint64>(0, m_queue.nextPollMs() - now), [this, saveTicket, report] {
            m_client.pollQueue(
                m_queue.state().ticket, m_queue.pollWaitSeconds(),
                [this, saveTicket, report](Result<QJsonObject> r) {
                    if (!r) {
                        if (r.failure().httpStatus == 404) {
                            m_queue.ticketLost(); // the room forgot us: join again
                            waitInQueue();
                            return;
                        }
                        if (setState(OrderState::Unknown, r.failure().detail))
                            finish(FlowEnding::Unavailable, r.failure());
                        return;
                    }
                    if (!m_queue.polled(r.value(), m_clock.monotonicMs())) {
                        m_queue.ticketLost(); // a reply we cannot use: take a fresh ticket
                    } else {
                        saveTicket();
                        report();
                    }
                    waitInQueue();
                });
        });
        return;
    }
}

bool PurchaseFlow::apply(const OrderInfo &info)
{
    m_record.orderId = info.orderId;
    m_record.amount = info.amount;
    m_record.lastReply = info.raw;
    if (info.paidAt.isValid())
        m_record.paidAt = info.paidAt;
    if (info.fulfilledAt.isValid())
        m_record.fulfilledAt = info.fulfilledAt;
    if (info.quantity != m_record.quantity) {
        // Not what was ordered: Bubuh shows no way to pay it, and keeps following it (it
        // exists at the shop) until it expires. Once paid, it is followed as the shop says,
        // with the difference on record; either way the reply is kept as evidence.
        const QString mismatch
            = u"the shop answered quantity %1, amount %2 for quantity %3"_s.arg(info.quantity)
                  .arg(info.amount)
                  .arg(m_record.quantity);
        if (info.status == OrderState::AwaitingPayment) {
            if (setState(OrderState::Unknown, mismatch))
                finish(FlowEnding::Refused,
                       {tr("The shop's answer does not match what was ordered (%n e-Meterai): "
                           "it asks %1 for %2 e-Meterai. Do not pay it; Bubuh keeps the answer as "
                           "evidence for the distributor.",
                           nullptr, m_record.quantity)
                            .arg(Language::rupiah(info.amount))
                            .arg(info.quantity),
                        mismatch});
            return false;
        }
        if (!setState(info.status, mismatch))
            return false;
    } else if (!setState(info.status)) {
        return false;
    }
    if (info.status != OrderState::AwaitingPayment)
        m_journal.setQueueTicket(std::nullopt); // the place in the queue served its purpose
    return true;
}

qint64 PurchaseFlow::followDelayMs()
{
    // 2 s, growing to a minute: quick while payment is likely, gentle while quota is late.
    const qint64 base = m_options.followBaseMs;
    const qint64 ceiling = std::min<qint64>(60'000, base << std::min(m_followPolls++, 5));
    return base / 2 + qint64(m_random.generateDouble() * double(ceiling));
}

void PurchaseFlow::follow()
{
    if (m_stopped)
        return;
    if (m_record.orderId.isEmpty()) {
        send();
        return;
    }
    FlowStatus s;
    if (m_record.state == OrderState::AwaitingPayment) {
        s.phase = FlowStatus::Phase::WaitingForPayment;
        s.message = tr("Waiting for payment of %1.").arg(Language::rupiah(m_record.amount));
    } else {
        s.phase = FlowStatus::Phase::WaitingForQuota;
        s.message = tr("Payment received; the quota is being processed (pembayaran diterima, kuota "
                       "sedang diproses).");
        if (m_paidSeenMs < 0)
            m_paidSeenMs = m_clock.monotonicMs();
        if (m_clock.monotonicMs() - m_paidSeenMs > m_options.fulfilmentPatienceMs) {
            finish(FlowEnding::Unavailable,
                   {tr("The payment was received but the quota has not appeared yet. Bubuh keeps "
                       "following this order; you can export its evidence for a complaint."),
                    u"PAID without quota after %1 ms"_s.arg(m_options.fulfilmentPatienceMs),
                    Failure::Kind::Unavailable});
            return;
        }
    }
    Q_EMIT status(s);
    later(followDelayMs(), [this] {
        m_client.order(m_record.orderId, [this](Result<OrderInfo> r) {
            if (!r) {
                finish(endingFor(r.failure()), r.failure());
                return;
            }
            if (!apply(r.value()))
                return;
            if (m_record.state == OrderState::Fulfilled)
                finish(FlowEnding::Done);
            else if (m_record.state == OrderState::AwaitingPayment && !m_options.waitForPayment)
                finish(FlowEnding::NotFinished); // looked once: still for the person to pay
            else if (m_record.finished())
                finish(FlowEnding::Refused,
                       {tr("The order ended as %1 without quota. No money was taken for an expired "
                           "order.")
                            .arg(OrderReport::stateText(m_record.state)),
                        toText(m_record.state)});
            else
                follow();
        });
    });
}

void PurchaseFlow::reconcileByListing()
{
    // The shop forgot the key: find the order among the account's orders. The window is wide
    // (this computer's clock may be off) and an order found nowhere is still unknown, never
    // "not charged": the list may be paged, late, or the clock wrong.
    m_client.ordersSince(m_record.createdAt.addDays(-1), [this](Result<QList<OrderInfo>> r) {
        if (!r) {
            finish(FlowEnding::OutcomeUnknown, r.failure());
            return;
        }
        QList<OrderInfo> candidates;
        const bool shopGivesKeys = std::any_of(
            r->cbegin(), r->cend(), [](const OrderInfo &i) { return !i.idempotencyKey.isEmpty(); });
        if (shopGivesKeys) {
            for (const OrderInfo &info : r.value()) {
                if (info.idempotencyKey == m_record.idempotencyKey)
                    candidates.append(info);
            }
        } else {
            const Result<QList<OrderRecord>> mine = m_journal.orders();
            if (!mine) {
                finish(FlowEnding::OutcomeUnknown, mine.failure());
                return;
            }
            QSet<QString> known;
            for (const OrderRecord &o : mine.value())
                known.insert(o.orderId);
            // Without keys only a close match in time counts, and an order with no time none.
            for (const OrderInfo &info : r.value()) {
                if (!known.contains(info.orderId) && info.quantity == m_record.quantity
                    && info.createdAt.isValid()
                    && std::abs(info.createdAt.secsTo(m_record.createdAt)) < 15 * 60)
                    candidates.append(info);
            }
        }
        if (candidates.size() == 1) {
            if (!apply(candidates.first()))
                return;
            m_options.follow && !m_record.finished() ? follow() : finish(FlowEnding::Done);
            return;
        }
        if (!setState(OrderState::Unknown,
                      u"%1 matching order(s) in the shop's list"_s.arg(candidates.size())))
            return;
        finish(FlowEnding::OutcomeUnknown,
               {candidates.isEmpty()
                    ? tr("The shop's list does not show this order. If money was taken for it, "
                         "export its evidence and ask the distributor.")
                    : tr("Several orders of the shop could be this one; export the evidence and "
                         "ask the distributor."),
                {},
                Failure::Kind::Unknown});
    });
}

bool PurchaseFlow::setState(OrderState state, const QString &error)
{
    // A stopped flow writes nothing: an answer still on its way is not lost (the same key
    // brings it back), and a flow resumed meanwhile keeps the record to itself.
    if (m_stopped)
        return false;
    const OrderRecord before = m_record;
    m_record.state = state;
    m_record.lastError = error;
    switch (m_journal.updateOrder(m_record)) {
    case Journal::Write::Done: Q_EMIT changed(m_record); return true;
    case Journal::Write::Failed:
        m_record = before;
        finish(FlowEnding::InputUnusable, journalWriteFailure());
        return false;
    case Journal::Write::Conflict:
        m_record = before;
        finish(FlowEnding::NotFinished,
               {tr("Another Bubuh (a window or bubuh-cli) is already following this order; this "
                   "one leaves it to that one."),
                u"lost the compare-and-set in state %1"_s.arg(toText(state))});
        return false;
    }
    return false;
}

Failure PurchaseFlow::journalWriteFailure() const
{
    return {tr("Bubuh cannot write its journal (%1): is the disk full? Nothing was sent for this "
               "order; free some space and try again.")
                .arg(m_journal.path()),
            u"journal write failed"_s};
}

void PurchaseFlow::finish(FlowEnding ending, const Failure &failure)
{
    m_running = false;
    if (!m_stopped)
        Q_EMIT finished(ending, failure);
}

void PurchaseFlow::later(qint64 ms, std::function<void()> next)
{
    QTimer::singleShot(std::chrono::milliseconds(ms), this, [this, next = std::move(next)] {
        if (!m_stopped)
            next();
    });
}

} // namespace bubuh
