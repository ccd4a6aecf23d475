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
            {u"state"_s, o.state},
            {u"quantity"_s, o.quantity},
            {u"amount"_s, double(o.amount)},
            {u"paymentMethod"_s, o.paymentMethod},
            {u"idempotencyKey"_s, o.idempotencyKey},
            {u"createdAt"_s, o.createdAt.toString(Qt::ISODateWithMs)},
            {u"paidAt"_s, o.paidAt.toString(Qt::ISODateWithMs)},
            {u"fulfilledAt"_s, o.fulfilledAt.toString(Qt::ISODateWithMs)}};
}

QString stateText(const QString &state)
{
    static const QHash<QString, const char *> names = {
        {u"PENDING"_s, QT_TRANSLATE_NOOP("bubuh::OrderReport", "prepared")},
        {u"SENT"_s, QT_TRANSLATE_NOOP("bubuh::OrderReport", "sent")},
        {u"AWAITING_PAYMENT"_s, QT_TRANSLATE_NOOP("bubuh::OrderReport", "waiting for payment")},
        {u"PAID"_s, QT_TRANSLATE_NOOP("bubuh::OrderReport", "paid, quota being processed")},
        {u"FULFILLED"_s, QT_TRANSLATE_NOOP("bubuh::OrderReport", "quota received")},
        {u"EXPIRED"_s, QT_TRANSLATE_NOOP("bubuh::OrderReport", "expired unpaid")},
        {u"FAILED"_s, QT_TRANSLATE_NOOP("bubuh::OrderReport", "refused")},
        {u"UNKNOWN"_s, QT_TRANSLATE_NOOP("bubuh::OrderReport", "being checked")},
    };
    const char *name = names.value(state);
    return name ? QCoreApplication::translate("bubuh::OrderReport", name) : state;
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
