#include "ReplyParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace bubuh::ReplyParser {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bubuh::ReplyParser", text);
}

Failure malformed(const QString &detail)
{
    return {tr("The service sent a reply Bubuh cannot read. This is usually temporary while the "
               "service is overloaded; Bubuh will check again."),
            detail, Failure::Kind::Unknown};
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

Result<QJsonObject> business(const QByteArray &body)
{
    Result<QJsonObject> o = object(body);
    if (!o)
        return o;
    const QJsonValue code = o->value("statusCode"_L1);
    if (!code.isString())
        return malformed(u"statusCode missing"_s);
    if (code.toString() != u"00") {
        const QString message = o->value("message"_L1).toString().left(300);
        return Failure{tr("The e-Meterai service refused the request: %1")
                           .arg(message.isEmpty() ? code.toString() : message),
                       u"statusCode %1"_s.arg(code.toString())};
    }
    return o;
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
        return malformed(u"login reply has no usable token"_s);
    const QJsonObject user = login.value("user"_L1).toObject();
    reply.email = user.value("email"_L1).toString().left(200);
    reply.firstName = user.value("firstName"_L1).toString().left(200);
    return reply;
}

Result<Balance> balance(const QByteArray &body)
{
    const Result<QJsonObject> o = business(body);
    if (!o)
        return o.failure();
    const QJsonObject result = o->value("result"_L1).toObject();
    Balance b;
    if (!readCount(result.value("saldo"_L1), &b.saldo)
        || !readCount(result.value("notstamp"_L1), &b.notStamped))
        return malformed(u"saldopos reply without saldo/notstamp counts"_s);
    return b;
}

Result<QList<DocumentType>> documentTypes(const QByteArray &body)
{
    const Result<QJsonObject> o = business(body);
    if (!o)
        return o.failure();
    QList<DocumentType> types;
    for (const QJsonValue &v : o->value("result"_L1).toArray()) {
        DocumentType t{v.toObject().value("id"_L1).toVariant().toString(),
                       v.toObject().value("nama"_L1).toString().left(200)};
        if (plainId(t.id) && !t.name.isEmpty())
            types.append(t);
    }
    if (types.isEmpty())
        return malformed(u"jenisdoc reply lists no document type"_s);
    return types;
}

Result<UploadReply> upload(const QByteArray &body)
{
    const Result<QJsonObject> o = business(body);
    if (!o)
        return o.failure();
    UploadReply r{o->value("id"_L1).toVariant().toString(), o->value("name"_L1).toString()};
    if (!plainId(r.docId))
        return malformed(u"upload reply has no usable id"_s);
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
        return malformed(u"serial reply has no 22-character SN"_s);
    if (!plainId(r.filenameQR, 200))
        r.filenameQR = r.sn + u".png"_s;
    return r;
}

Result<QUrl> stamp(const QByteArray &body)
{
    const Result<QJsonObject> o = object(body);
    if (!o)
        return o.failure();
    const QString status = o->value("status"_L1).toString();
    const QString code = o->value("errorCode"_L1).toString();
    if (status == u"True" && code == u"00") {
        const QUrl url(o->value("urlFile"_L1).toString(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return malformed(u"stamp reply without a usable urlFile"_s);
        return url;
    }
    if (status != u"False" || code.isEmpty())
        return malformed(u"stamp reply of unknown shape"_s);
    return Failure{tr("The stamping service could not stamp the document: %1 (code %2)")
                       .arg(o->value("errorMessage"_L1).toString().left(300), code),
                   u"errorCode %1"_s.arg(code)};
}

QString stampErrorCode(const Failure &failure)
{
    return failure.detail.startsWith(u"errorCode "_s) ? failure.detail.mid(10) : QString();
}

Result<SerialStatus> serialStatus(const QByteArray &body, const QString &sn)
{
    const Result<QJsonObject> o = business(body);
    if (!o)
        return o.failure();
    SerialStatus s;
    for (const QJsonValue &v : o->value("result"_L1).toObject().value("data"_L1).toArray()) {
        const QJsonObject item = v.toObject();
        if (item.value("sn"_L1).toString() == sn) {
            s.found = true;
            s.status = item.value("status"_L1).toString().left(40);
            s.file = item.value("file"_L1).toString().left(200);
        }
    }
    return s;
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
    static const QStringList states
        = {u"AWAITING_PAYMENT"_s, u"PAID"_s, u"FULFILLED"_s, u"EXPIRED"_s, u"FAILED"_s};
    OrderInfo info;
    info.raw = o;
    info.orderId = o.value("orderId"_L1).toString();
    info.status = o.value("status"_L1).toString();
    qint64 quantity = 0;
    if (!plainId(info.orderId) || !states.contains(info.status)
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
