#include "ReplyParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace bubuh::ReplyParser {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bubuh::ReplyParser", text);
}

// Not JSON at all: cut off on the way, or a proxy's error page. The answer was lost.
Failure malformed(const QString &detail)
{
    return {tr("The service sent a reply Bubuh cannot read. This is usually temporary while the "
               "service is overloaded; Bubuh will check again."),
            detail, Failure::Kind::Unknown};
}

// JSON, but not in a shape Bubuh knows: asking again would get the same answer.
Failure unrecognized(const QString &detail)
{
    return {tr("The e-Meterai service answered in a form Bubuh does not recognise. Try again "
               "later; if it keeps happening, send Bubuh's log to the Bubuh team."),
            detail, Failure::Kind::Unrecognized};
}

// Non-negative whole numbers, as JSON numbers or numeric strings.
bool readCount(const QJsonValue &v, qint64 *out)
{
    bool ok = false;
    double d = 0;
    if (v.isDouble()) {
        d = v.toDouble();
        ok = true;
    } else if (v.isString()) {
        d = v.toString().toDouble(&ok);
    }
    if (!ok || d < 0 || d > 1e12 || d != double(qint64(d)))
        return false;
    *out = qint64(d);
    return true;
}

// Identifiers the client sends back: short, printable, no surprises.
bool plainId(const QString &s, int maxLength = 128)
{
    static const QRegularExpression re(u"^[A-Za-z0-9_.:-]+$"_s);
    return !s.isEmpty() && s.size() <= maxLength && re.match(s).hasMatch();
}

QDateTime readTime(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
}

} // namespace

Result<QJsonObject> object(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return malformed(u"invalid JSON at %1: %2"_s.arg(error.offset).arg(error.errorString()));
    if (!doc.isObject())
        return malformed(u"reply is not a JSON object"_s);
    return doc.object();
}

QString serviceCode(const QJsonObject &reply)
{
    for (const QJsonValue &v : {reply.value("statusCode"_L1), reply.value("status"_L1),
                                reply.value("result"_L1).toObject().value("status"_L1)}) {
        if (v.isString() && !v.toString().isEmpty())
            return v.toString().left(20);
    }
    return {};
}

bool refusedInBody(const QByteArray &body)
{
    return serviceCode(QJsonDocument::fromJson(body).object()) == u"01";
}

Result<QJsonObject> business(const QByteArray &body)
{
    Result<QJsonObject> o = object(body);
    if (!o)
        return o;
    const QString code = serviceCode(o.value());
    if (code.isEmpty())
        return unrecognized(u"reply without statusCode, status or result.status"_s);
    if (code == u"00")
        return o;
    // The reason is in result.err when there is one; message is then often just "error".
    const QJsonValue result = o->value("result"_L1);
    QString reason = result.toObject().value("err"_L1).toString();
    if (reason.isEmpty())
        reason = o->value("message"_L1).toString();
    if (reason.isEmpty() || reason.compare(u"error"_s, Qt::CaseInsensitive) == 0)
        reason = result.toObject().value("message"_L1).toString();
    if (reason.isEmpty() || reason.compare(u"error"_s, Qt::CaseInsensitive) == 0)
        reason = tr("code %1").arg(code);
    Failure refused{tr("The e-Meterai service refused the request: %1").arg(reason.left(300)),
                    u"status %1: %2"_s.arg(code, reason.left(300))};
    refused.serviceCode = code;
    refused.serviceReason = reason.left(300);
    refused.serverDidNothing = true;
    return refused;
}

Result<LoginReply> login(const QByteArray &body)
{
    const Result<QJsonObject> o = business(body);
    if (!o)
        return o.failure();
    LoginReply reply;
    reply.token = o->value("token"_L1).toString();
    const QJsonObject login
        = o->value("result"_L1).toObject().value("data"_L1).toObject().value("login"_L1).toObject();
    if (reply.token.isEmpty())
        reply.token = login.value("token"_L1).toString();
    // A JWT is three base64url parts; anything else is not a token we will send back.
    static const QRegularExpression jwt(u"^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$"_s);
    if (reply.token.size() > 8192 || !jwt.match(reply.token).hasMatch())
        return unrecognized(u"login reply has no usable token"_s);
    const QJsonObject user = login.value("user"_L1).toObject();
    if (const QJsonValue id = user.value("id"_L1); id.isDouble() || id.isString())
        reply.userId = id.toVariant().toString().left(40);
    if (!reply.userId.isEmpty() && !plainId(reply.userId))
        reply.userId.clear();
    reply.email = user.value("email"_L1).toString().left(200);
    reply.firstName = user.value("firstName"_L1).toString().left(200);
    return reply;
}

Result<Balance> balance(const QByteArray &body)
{
    // saldopos answers inside "result" (status, saldo, notstamp), with no top-level statusCode.
    const Result<QJsonObject> o = business(body);
    if (!o)
        return o.failure();
    const QJsonObject result = o->value("result"_L1).toObject();
    Balance b;
    if (!readCount(result.value("saldo"_L1), &b.saldo)
        || !readCount(result.value("notstamp"_L1), &b.notStamped))
        return unrecognized(u"saldopos reply without saldo/notstamp counts"_s);
    return b;
}

Result<QList<DocumentType>> documentTypes(const QByteArray &body)
{
    const Result<QJsonObject> o = business(body);
    if (!o)
        return o.failure();
    QList<DocumentType> types;
    for (const QJsonValue &v : o->value("result"_L1).toArray()) {
        const QJsonObject item = v.toObject();
        DocumentType t{item.value("id"_L1).toVariant().toString(),
                       item.value("kode"_L1).toVariant().toString(),
                       item.value("nama"_L1).toString().left(200).simplified()};
        if (plainId(t.kode, 8) && !t.name.isEmpty())
            types.append(t);
    }
    if (types.isEmpty())
        return unrecognized(u"jenisdoc reply lists no document type with a kode"_s);
    return types;
}

Result<UploadReply> upload(const QByteArray &body)
{
    const Result<QJsonObject> o = business(body);
    if (!o)
        return o.failure();
    UploadReply r{o->value("id"_L1).toVariant().toString(), o->value("name"_L1).toString()};
    if (!plainId(r.docId))
        return unrecognized(u"upload reply has no usable id"_s);
    return r;
}

Result<SerialReply> serial(const QByteArray &body)
{
    const Result<QJsonObject> o = business(body);
    if (!o)
        return o.failure();
    const QJsonObject result = o->value("result"_L1).toObject();
    SerialReply r{result.value("sn"_L1).toString(), result.value("filenameQR"_L1).toString()};
    static const QRegularExpression sn(u"^[A-Z0-9]{22}$"_s);
    if (!sn.match(r.sn).hasMatch())
        return unrecognized(u"serial reply has no 22-character SN"_s);
    if (!plainId(r.filenameQR, 200))
        r.filenameQR = r.sn + u".png"_s;
    return r;
}

Result<QUrl> stamp(const QByteArray &body)
{
    const Result<QJsonObject> o = object(body);
    if (!o)
        return o.failure();
    if (o->contains("statusCode"_L1)) // a Part A refusal, e.g. of the token ("01")
        return business(body).failure();
    const QString status = o->value("status"_L1).toString();
    const QString code = o->value("errorCode"_L1).toVariant().toString().left(8);
    if (status == u"True" && code == u"00") {
        const QUrl url(o->value("urlFile"_L1).toString(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return unrecognized(u"stamp reply without a usable urlFile"_s);
        return url;
    }
    if (status != u"False" || code.isEmpty())
        return unrecognized(u"stamp reply of unknown shape"_s);
    const QString message = o->value("errorMessage"_L1).toString().left(300);
    Failure refused{
        tr("The stamping service could not stamp the document: %1 (code %2)").arg(message, code),
        u"errorCode %1: %2"_s.arg(code, message)};
    refused.serviceCode = code;
    refused.serviceReason = message;
    return refused;
}

Result<SerialStatus> serialStatus(const QByteArray &body, const QString &sn)
{
    const Result<QJsonObject> o = business(body);
    if (!o)
        return o.failure();
    SerialStatus s;
    // "result" is a string ("Data tidak ditemukan") when nothing is found.
    const QJsonValue result = o->value("result"_L1);
    if (result.isString())
        return s;
    if (!result.isObject())
        return unrecognized(u"SN status reply without result"_s);
    const QJsonArray data = result.toObject().value("data"_L1).toArray();
    for (const QJsonValue &v : data) {
        const QJsonObject item = v.toObject();
        // Integrations read status, file and tglupdate; sn is not always in the row.
        const QString itemSn = item.value("sn"_L1).toString();
        const bool mine = itemSn.isEmpty() ? data.size() == 1 : itemSn == sn;
        if (!mine)
            continue;
        s.found = true;
        s.status = item.value("status"_L1).toString().left(40);
        s.file = item.value("file"_L1).toString().left(255);
    }
    return s;
}

Result<SerialListPage> serialList(const QByteArray &body)
{
    const Result<QJsonObject> o = business(body);
    if (!o)
        return o.failure();
    SerialListPage page;
    const QJsonValue result = o->value("result"_L1);
    if (result.isString()) // nothing to list
        return page;
    const QJsonObject r = result.toObject();
    if (!r.value("data"_L1).isArray() || !readCount(r.value("total"_L1), &page.total))
        return unrecognized(u"serial list without total and data"_s);
    static const QRegularExpression snRe(u"^[A-Z0-9]{22}$"_s);
    for (const QJsonValue &v : r.value("data"_L1).toArray()) {
        const QJsonObject item = v.toObject();
        SerialListPage::Entry e;
        e.sn = item.value("serialnumber"_L1).toString(item.value("sn"_L1).toString());
        e.status = item.value("status"_L1).toString().left(40);
        e.file = item.value("file"_L1).toString().left(255);
        e.issued = QDateTime::fromString(item.value("tgl"_L1).toString(), u"yyyy-MM-dd HH:mm:ss"_s);
        e.issued.setTimeZone(QTimeZone(7 * 3600)); // WIB
        if (snRe.match(e.sn).hasMatch())
            page.entries.append(e);
    }
    return page;
}

Result<QList<Product>> products(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return malformed(u"products reply is not a JSON array"_s);
    QList<Product> list;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        Product p{o.value("sku"_L1).toString(), o.value("name"_L1).toString().left(200), 0, 0};
        if (!plainId(p.sku) || !readCount(o.value("price"_L1), &p.price)
            || !readCount(o.value("fee"_L1), &p.fee))
            return malformed(u"product without sku, price or fee"_s);
        list.append(p);
    }
    return list;
}

Result<OrderInfo> orderFromJson(const QJsonObject &o)
{
    // The states a shop may report (Part B); Bubuh's own (PENDING, SENT, UNKNOWN) it may not.
    static const QList<OrderState> shopStates
        = {OrderState::AwaitingPayment, OrderState::Paid, OrderState::Fulfilled,
           OrderState::Expired, OrderState::Failed};
    OrderInfo info;
    info.raw = o;
    info.orderId = o.value("orderId"_L1).toString();
    const std::optional<OrderState> status = orderStateFromText(o.value("status"_L1).toString());
    info.status = status.value_or(OrderState::Unknown);
    // Part B lists each order's key, so that reconciling matches on it, not on times.
    info.idempotencyKey = o.value("idempotencyKey"_L1).toString().left(64);
    qint64 quantity = 0;
    if (!plainId(info.orderId) || !status || !shopStates.contains(*status)
        || !readCount(o.value("quantity"_L1), &quantity) || quantity < 1 || quantity > 100000
        || !readCount(o.value("amount"_L1), &info.amount))
        return malformed(u"order reply without orderId, a known status, quantity or amount"_s);
    info.quantity = int(quantity);
    info.quotaCredited = o.value("quotaCredited"_L1).toBool();
    const QJsonObject payment = o.value("payment"_L1).toObject();
    info.paymentMethod = payment.value("method"_L1).toString().left(20);
    info.qris = payment.value("qris"_L1).toString().left(1000);
    info.vaNumber = payment.value("vaNumber"_L1).toString().left(64);
    info.paymentReference = payment.value("reference"_L1).toString().left(100);
    info.createdAt = readTime(o.value("createdAt"_L1));
    info.paidAt = readTime(o.value("paidAt"_L1));
    info.fulfilledAt = readTime(o.value("fulfilledAt"_L1));
    info.expiresAt = readTime(o.value("expiresAt"_L1));
    return info;
}

Result<OrderInfo> order(const QByteArray &body)
{
    const Result<QJsonObject> o = object(body);
    if (!o)
        return o.failure();
    return orderFromJson(o.value());
}

Result<QList<OrderInfo>> orders(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return malformed(u"orders reply is not a JSON array"_s);
    QList<OrderInfo> list;
    for (const QJsonValue &v : doc.array()) {
        Result<OrderInfo> info = orderFromJson(v.toObject());
        if (!info)
            return info.failure();
        list.append(info.value());
    }
    return list;
}

} // namespace bubuh::ReplyParser
