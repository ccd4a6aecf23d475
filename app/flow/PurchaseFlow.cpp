#include "PurchaseFlow.h"

#include "core/Clock.h"
#include "core/Language.h"
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
    m_record.state = u"PENDING"_s;
    // Durable before the first byte leaves: whatever happens next, the key is known.
    m_record.id = m_journal.addOrder(m_record);
    if (!m_record.id) {
        finish(FlowEnding::InputUnusable,
               {tr("Bubuh could not write to its journal, so it will not buy anything. Check the "
                   "free disk space."),
                u"journal insert failed"_s});
        return;
    }
    m_record = *m_journal.order(m_record.id);
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
    if (m_record.state == u"PENDING" || m_record.state == u"SENT" || m_record.state == u"UNKNOWN") {
        // Within the key's lifetime a replay with the same key is the truth: it returns the
        // order if it exists and creates it if it never arrived.
        if (m_record.createdAt.msecsTo(m_clock.now()) < m_options.keyLifetimeMs)
            send();
        else
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

void PurchaseFlow::send()
{
    if (m_stopped)
        return;
    if (m_record.state == u"PENDING") {
        m_record.firstSentAt = m_clock.now();
        setState(u"SENT"_s);
    }
    const QString token
        = m_queue.hasToken(m_clock.monotonicMs()) ? m_queue.queueToken() : QString();
    m_client.createOrder(
        m_record.idempotencyKey, m_record.body, token, [this](Result<OrderInfo> r) {
            if (r) {
                apply(r.value());
                if (m_options.follow && !m_record.finished())
                    follow();
                else
                    finish(m_record.state == u"FULFILLED" ? FlowEnding::Done
                                                          : FlowEnding::NotFinished);
                return;
            }
            switch (r.failure().kind) {
            case Failure::Kind::QueueRequired:
                m_queue.queueRequired();
                waitInQueue();
                return;
            case Failure::Kind::Refused:
                setState(u"FAILED"_s, r.failure().detail);
                finish(FlowEnding::Refused, r.failure());
                return;
            case Failure::Kind::Unknown:
            case Failure::Kind::Unavailable:
            case Failure::Kind::Unrecognized:
                // It may exist: never "failed". The same key settles it on the next try.
                setState(u"UNKNOWN"_s, r.failure().detail);
                finish(endingFor(r.failure()),
                       {tr("The payment order is being checked (sedang diperiksa): the service did "
                           "not answer in time. "
                           "Nothing will be charged twice; Bubuh continues with the same order "
                           "later."),
                        r.failure().detail, r.failure().kind});
                return;
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
        FlowStatus s;
        s.phase = FlowStatus::Phase::Queued;
        s.queuePosition = m_queue.position();
        s.queueEtaSeconds = m_queue.etaSeconds();
        s.message = tr("In the queue: position %1, about %n second(s) to go", nullptr,
                       m_queue.etaSeconds())
                        .arg(m_queue.position());
        Q_EMIT status(s);
    };
    switch (m_queue.next(now)) {
    case WaitingRoomClient::Step::Admitted:
    case WaitingRoomClient::Step::None: send(); return;
    case WaitingRoomClient::Step::Join:
        m_client.joinQueue([this, saveTicket, report](Result<QJsonObject> r) {
            if (!r || !m_queue.joined(r.value(), m_clock.monotonicMs())) {
                setState(u"UNKNOWN"_s, r ? u"unreadable queue reply"_s : r.failure().detail);
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
        later(std::max<qint64>(0, m_queue.nextPollMs() - now), [this, saveTicket, report] {
            m_client.pollQueue(
                m_queue.state().ticket, [this, saveTicket, report](Result<QJsonObject> r) {
                    if (!r) {
                        if (r.failure().httpStatus == 404) {
                            m_queue.ticketLost(); // the room forgot us: join again
                            waitInQueue();
                            return;
                        }
                        setState(u"UNKNOWN"_s, r.failure().detail);
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

void PurchaseFlow::apply(const OrderInfo &info)
{
    m_record.orderId = info.orderId;
    m_record.amount = info.amount;
    m_record.lastReply = info.raw;
    if (info.paidAt.isValid())
        m_record.paidAt = info.paidAt;
    if (info.fulfilledAt.isValid())
        m_record.fulfilledAt = info.fulfilledAt;
    setState(info.status);
    if (info.status != u"AWAITING_PAYMENT")
        m_journal.setQueueTicket(std::nullopt); // the place in the queue served its purpose
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
    if (m_record.state == u"AWAITING_PAYMENT" && !m_options.waitForPayment) {
        finish(FlowEnding::NotFinished);
        return;
    }
    if (m_record.state == u"AWAITING_PAYMENT") {
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
            apply(r.value());
            if (m_record.state == u"FULFILLED")
                finish(FlowEnding::Done);
            else if (m_record.finished())
                finish(FlowEnding::Refused,
                       {tr("The order ended as %1 without quota. No money was taken for an expired "
                           "order.")
                            .arg(m_record.state),
                        m_record.state});
            else
                follow();
        });
    });
}

void PurchaseFlow::reconcileByListing()
{
    // The shop forgot the key: find the order among the account's orders of that time.
    m_client.ordersSince(m_record.createdAt.addSecs(-300), [this](Result<QList<OrderInfo>> r) {
        if (!r) {
            finish(FlowEnding::OutcomeUnknown, r.failure());
            return;
        }
        QSet<QString> known;
        for (const OrderRecord &o : m_journal.orders())
            known.insert(o.orderId);
        QList<OrderInfo> candidates;
        for (const OrderInfo &info : r.value()) {
            if (!known.contains(info.orderId) && info.quantity == m_record.quantity
                && std::abs(info.createdAt.secsTo(m_record.createdAt)) < 600)
                candidates.append(info);
        }
        if (candidates.size() == 1) {
            apply(candidates.first());
            m_options.follow && !m_record.finished() ? follow() : finish(FlowEnding::Done);
        } else if (candidates.isEmpty()) {
            setState(u"FAILED"_s, u"never reached the shop"_s);
            finish(FlowEnding::Refused,
                   {tr("This order never reached the shop and nothing was charged for it."), {}});
        } else {
            finish(FlowEnding::OutcomeUnknown,
                   {tr("Several orders of the shop could be this one; export the evidence and ask "
                       "the distributor."),
                    {},
                    Failure::Kind::Unknown});
        }
    });
}

void PurchaseFlow::setState(const QString &state, const QString &error)
{
    m_record.state = state;
    m_record.lastError = error;
    m_journal.updateOrder(m_record);
    Q_EMIT changed(m_record);
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
