#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

class QTcpSocket;

namespace sim {

// One parsed request, independent of the HTTP server that received it.
struct SimRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;
    QUrlQuery query;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QString baseUrl;                       // scheme://host:port the client used
    QString fault;                         // "error92"/"error97" for the stamp endpoint
    qint64 deliveryDelayMs = 0;            // the "slow" fault holds the reply this long

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString bearerToken() const;
};

struct SimReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    static SimReply json(const QJsonDocument &doc, int status = 200);
    // RFC 9457 problem details, the shop's error format.
    static SimReply problem(int status, const QString &title, const QString &detail = {},
                            const QJsonObject &extra = {});
    SimReply &withHeader(const QByteArray &name, const QByteArray &value);
};

// Writes a complete HTTP/1.1 response. Closes after it when the client asked to.
void writeHttpResponse(QTcpSocket *socket, const SimReply &reply, bool closeAfter);

// A multipart/form-data body: field name -> (file name, bytes).
struct MultipartPart
{
    QString fileName;
    QByteArray data;
};
QHash<QString, MultipartPart> parseMultipart(const QByteArray &contentType, const QByteArray &body);

} // namespace sim
