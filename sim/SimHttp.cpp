#include "SimHttp.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace sim {

QString SimRequest::bearerToken() const
{
    const QByteArray auth = header("authorization");
    if (!auth.startsWith("Bearer "))
        return {};
    return QString::fromLatin1(auth.mid(7).trimmed());
}

SimReply SimReply::json(const QJsonDocument &doc, int status)
{
    SimReply r;
    r.status = status;
    r.body = doc.toJson(QJsonDocument::Compact);
    return r;
}

SimReply SimReply::problem(int status, const QString &title, const QString &detail,
                           const QJsonObject &extra)
{
    QJsonObject o = extra;
    o.insert(u"type"_s, u"about:blank"_s);
    o.insert(u"title"_s, title);
    o.insert(u"status"_s, status);
    if (!detail.isEmpty())
        o.insert(u"detail"_s, detail);
    SimReply r = json(QJsonDocument(o), status);
    r.contentType = "application/problem+json";
    return r;
}

SimReply &SimReply::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

static QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

void writeHttpResponse(QTcpSocket *socket, const SimReply &reply, bool closeAfter)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' '
        + reasonPhrase(reply.status) + "\r\n";
    if (!reply.body.isEmpty() || reply.status != 204)
        head += "Content-Type: " + reply.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    head += closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    head += "\r\n";
    socket->write(head + reply.body);
    if (closeAfter)
        socket->disconnectFromHost();
}

QHash<QString, MultipartPart> parseMultipart(const QByteArray &contentType, const QByteArray &body)
{
    QHash<QString, MultipartPart> parts;
    static const QRegularExpression boundaryRe(u"boundary=\"?([^\";]+)\"?"_s);
    const auto m = boundaryRe.match(QString::fromLatin1(contentType));
    if (!contentType.startsWith("multipart/form-data") || !m.hasMatch())
        return parts;
    const QByteArray delimiter = "--" + m.captured(1).toLatin1();
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            break;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        if (headersEnd < 0)
            break;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headersEnd + 4);
        if (next < 0)
            break;
        const QString partHeaders = QString::fromUtf8(body.mid(pos, headersEnd - pos));
        static const QRegularExpression nameRe(u"(?:^|[;\\s])name=\"([^\"]*)\""_s);
        static const QRegularExpression fileRe(u"filename=\"([^\"]*)\""_s);
        const auto name = nameRe.match(partHeaders);
        if (name.hasMatch()) {
            MultipartPart part;
            part.fileName = fileRe.match(partHeaders).captured(1);
            part.data = body.mid(headersEnd + 4, next - headersEnd - 4);
            parts.insert(name.captured(1), part);
        }
        pos = next + 2;
    }
    return parts;
}

} // namespace sim
