#pragma once

#include "core/Result.h"
#include "journal/States.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUrl>

namespace bubuh {

struct LoginReply
{
    QString token;
    QString userId; // the account's id, needed for the serial list
    QString email;
    QString firstName;
};

struct Balance
{
    qint64 saldo = 0;      // quota left
    qint64 notStamped = 0; // serial numbers issued but not yet stamped
};

// An entry of jenisdoc. The serial request's namadoc takes the kode (a tax category of
// UU 10/2020: 2, 3, 4a, 4b); several names share one kode.
struct DocumentType
{
    QString id;
    QString kode;
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
    QString status; // STAMP | NOTSTAMP | ...: the service's word, kept for the record
    QString file;
    bool stamped() const { return status == u"STAMP"; }
    bool unused() const { return status == u"NOTSTAMP"; } // paid for, still good to stamp with
    // Spent without a stamp (the simulator's BURNED; USED where a service says so).
    bool used() const { return status == u"BURNED" || status == u"USED"; }
};

// One page of the account's serial list (Part A, item 9).
struct SerialListPage
{
    struct Entry
    {
        QString sn, status, file;
        QDateTime issued; // "tgl", the service's Jakarta time
    };
    qint64 total = 0; // entries matching the filter, over all pages
    QList<Entry> entries;
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
    OrderState status = OrderState::Unknown; // AwaitingPayment, Paid, Fulfilled, Expired, Failed
    QString idempotencyKey;                  // in the order list, where the shop gives it
    int quantity = 0;
    qint64 amount = 0;
    bool quotaCredited = false;
    QString paymentMethod, qris, vaNumber, paymentReference;
    QDateTime createdAt, paidAt, fulfilledAt, expiresAt;
    QJsonObject raw; // kept as evidence for a complaint
};

// Strict readers of the service's replies (protocol.md). Every failure says what kind it is:
// - a body that is not JSON at all (cut off, a proxy's HTML page): the answer was lost on the
//   way (Kind::Unknown), and a safe request may be sent again;
// - JSON in a shape Bubuh does not know: Kind::Unrecognized, never retried;
// - a business refusal (a code other than "00"): Kind::Refused with serviceCode, the reason
//   taken from result.err before message (which is then often just "error").
// Nothing here trusts a field it has not checked.
namespace ReplyParser {

Result<QJsonObject> object(const QByteArray &body);
// A Part A business reply: code "00", or a Failure carrying the service's reason.
Result<QJsonObject> business(const QByteArray &body);
// The Part A status code of a reply: statusCode, a top-level status, or result.status.
QString serviceCode(const QJsonObject &reply);
// A Part A refusal in the body ("01" with HTTP 200): how the real service refuses an expired
// or unknown token, among other things; the server did nothing.
bool refusedInBody(const QByteArray &body);

Result<LoginReply> login(const QByteArray &body);
Result<Balance> balance(const QByteArray &body);
Result<QList<DocumentType>> documentTypes(const QByteArray &body);
Result<UploadReply> upload(const QByteArray &body);
Result<SerialReply> serial(const QByteArray &body);
// docSigningZ: the urlFile, or a Failure whose serviceCode is the adapter's errorCode.
Result<QUrl> stamp(const QByteArray &body);
Result<SerialStatus> serialStatus(const QByteArray &body, const QString &sn);
Result<SerialListPage> serialList(const QByteArray &body);

Result<QList<Product>> products(const QByteArray &body);
Result<OrderInfo> order(const QByteArray &body);
Result<QList<OrderInfo>> orders(const QByteArray &body);
Result<OrderInfo> orderFromJson(const QJsonObject &o);

} // namespace ReplyParser

} // namespace bubuh
