#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "journal/States.h"

namespace bubuh {

class Journal;
struct OrderRecord;

// How an order is shown and handed over, shared by bubuh-cli and the window.
namespace OrderReport {

QJsonObject toJson(const OrderRecord &order);
// The state in plain words ("waiting for payment", "being checked"), translated.
QString stateText(OrderState state);
// Everything a complaint to the distributor needs: the order, its payment reference, the
// shop's last reply and each state change with its time, as indented JSON.
QByteArray evidence(const Journal &journal, const OrderRecord &order, const QDateTime &now);

} // namespace OrderReport

} // namespace bubuh
