#include "ReplyParser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

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
            detail};
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
    if (reply.token.count(u'.') != 2 || reply.token.size() > 8192)
        return malformed(u"login reply has no usable token"_s);
    const QJsonObject user = login.value("user"_L1).toObject();
    reply.email = user.value("email"_L1).toString();
    reply.firstName = user.value("firstName"_L1).toString();
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

} // namespace bubuh::ReplyParser
