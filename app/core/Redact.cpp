#include "Redact.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace bubuh {

QString redacted(const QString &text)
{
    static const QRegularExpression secretKey(
        uR"re("(token|jwToken|password|queueToken|Authorization|refreshToken)"\s*:\s*"[^"]*"?)re"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bearer(uR"re(Bearer\s+[^\s"',;]+)re"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    // A JWT, or what is left of one in a cut-off reply: base64url parts, the first a JSON
    // header ("eyJ").
    static const QRegularExpression jwt(uR"re(eyJ[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*){0,2})re"_s);
    QString out = text.left(4000);
    out.replace(secretKey, uR"("\1":"***")"_s);
    out.replace(bearer, u"Bearer ***"_s);
    out.replace(jwt, u"***"_s);
    return out;
}

QString redacted(const QByteArray &body)
{
    return redacted(QString::fromUtf8(body.left(4000)));
}

} // namespace bubuh
