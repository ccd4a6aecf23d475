#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace bubuh {

struct LoginReply
{
    QString token;
    QString email;
    QString firstName;
};

struct Balance
{
    qint64 saldo = 0;      // quota left
    qint64 notStamped = 0; // serial numbers issued but not yet stamped
};

// Strict readers of the service's replies (protocol.md Part A). A reply that is truncated,
// not JSON, of the wrong shape or a business failure is a Failure with a plain message;
// nothing here trusts a field it has not checked.
namespace ReplyParser {

// The JSON object of a reply, or a Failure if it is not one.
Result<QJsonObject> object(const QByteArray &body);
// A Part A business reply: statusCode "00", or a Failure carrying the service's message.
Result<QJsonObject> business(const QByteArray &body);

Result<LoginReply> login(const QByteArray &body);
Result<Balance> balance(const QByteArray &body);

} // namespace ReplyParser

} // namespace bubuh
