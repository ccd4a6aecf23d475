#include "OrderReport.h"

#include "journal/Journal.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace bubuh::OrderReport {

QJsonObject toJson(const OrderRecord &o)
{
    return {{u"id"_s, double(o.id)},
            {u"orderId"_s, o.orderId},
            {u"state"_s, toText(o.state)},
            {u"quantity"_s, o.quantity},
            {u"amount"_s, double(o.amount)},
            {u"paymentMethod"_s, o.paymentMethod},
            {u"idempotencyKey"_s, o.idempotencyKey},
            {u"createdAt"_s, o.createdAt.toString(Qt::ISODateWithMs)},
            {u"paidAt"_s, o.paidAt.toString(Qt::ISODateWithMs)},
            {u"fulfilledAt"_s, o.fulfilledAt.toString(Qt::ISODateWithMs)}};
}

QString stateText(OrderState state)
{
    switch (state) {
    case OrderState::Pending: return QCoreApplication::translate("bubuh::OrderReport", "prepared");
    case OrderState::Sent: return QCoreApplication::translate("bubuh::OrderReport", "sent");
    case OrderState::AwaitingPayment:
        return QCoreApplication::translate("bubuh::OrderReport", "waiting for payment");
    case OrderState::Paid:
        return QCoreApplication::translate("bubuh::OrderReport", "paid, quota being processed");
    case OrderState::Fulfilled:
        return QCoreApplication::translate("bubuh::OrderReport", "quota received");
    case OrderState::Expired:
        return QCoreApplication::translate("bubuh::OrderReport", "expired unpaid");
    case OrderState::Failed: return QCoreApplication::translate("bubuh::OrderReport", "refused");
    case OrderState::Unknown:
        return QCoreApplication::translate("bubuh::OrderReport", "being checked");
    }
    return {};
}

QByteArray evidence(const Journal &journal, const OrderRecord &order, const QDateTime &now)
{
    QJsonArray events;
    for (const Journal::Event &e : journal.events(u"order:%1"_s.arg(order.id)))
        events.append(QJsonObject{{u"at"_s, e.at.toString(Qt::ISODateWithMs)},
                                  {u"state"_s, e.state},
                                  {u"detail"_s, e.detail}});
    const QJsonObject doc{
        {u"kind"_s, u"bubuh-order-evidence"_s},
        {u"generatedAt"_s, now.toString(Qt::ISODateWithMs)},
        {u"order"_s, toJson(order)},
        {u"paymentReference"_s,
         order.lastReply.value("payment"_L1).toObject().value("reference"_L1).toString()},
        {u"lastShopReply"_s, order.lastReply},
        {u"history"_s, events}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

} // namespace bubuh::OrderReport
