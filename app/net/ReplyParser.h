#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUrl>

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

struct DocumentType
{
    QString id;
    QString name;
};

struct UploadReply
{
    QString docId;
    QString name;
};

struct SerialReply
{
    QString sn;
    QString filenameQR;
};

struct SerialStatus
{
    bool found = false;
    QString status; // STAMP | NOTSTAMP | BURNED | ...
    QString file;
};

struct Product
{
    QString sku;
    QString name;
    qint64 price = 0;
    qint64 fee = 0;
};

struct OrderInfo
{
    QString orderId;
    QString status; // AWAITING_PAYMENT | PAID | FULFILLED | EXPIRED | FAILED
    int quantity = 0;
    qint64 amount = 0;
    bool quotaCredited = false;
    QString paymentMethod, qris, vaNumber, paymentReference;
    QDateTime createdAt, paidAt, fulfilledAt, expiresAt;
    QJsonObject raw; // kept as evidence for a complaint
};

// Strict readers of the service's replies (protocol.md). A reply that is truncated, not JSON,
// of the wrong shape or a business failure is a Failure with a plain message; nothing here
// trusts a field it has not checked.
namespace ReplyParser {

Result<QJsonObject> object(const QByteArray &body);
// A Part A business reply: statusCode "00", or a Failure carrying the service's message.
Result<QJsonObject> business(const QByteArray &body);

Result<LoginReply> login(const QByteArray &body);
Result<Balance> balance(const QByteArray &body);
Result<QList<DocumentType>> documentTypes(const QByteArray &body);
Result<UploadReply> upload(const QByteArray &body);
Result<SerialReply> serial(const QByteArray &body);
// docSigningZ: the urlFile, or a Failure whose detail is "errorCode NN".
Result<QUrl> stamp(const QByteArray &body);
Result<SerialStatus> serialStatus(const QByteArray &body, const QString &sn);

Result<QList<Product>> products(const QByteArray &body);
Result<OrderInfo> order(const QByteArray &body);
Result<QList<OrderInfo>> orders(const QByteArray &body);
Result<OrderInfo> orderFromJson(const QJsonObject &o);

// The docSigningZ error code in a Failure from stamp(), or empty.
QString stampErrorCode(const Failure &failure);

} // namespace ReplyParser

} // namespace bubuh
