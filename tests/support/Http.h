#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QUrl>
#include <utility>

namespace test {

// What came back: a status (0 = no HTTP reply at all), headers and body.
struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray jsonArray() const { return QJsonDocument::fromJson(body).array(); }
    bool isJson() const;
};

using Headers = QList<std::pair<QByteArray, QByteArray>>;

// Sends one request and waits for its end while the event loop (and so an in-process
// simulator) keeps running.
HttpResult send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                const Headers &headers = {}, int timeoutMs = 60000);
HttpResult get(const QUrl &url, const Headers &headers = {});
HttpResult postJson(const QUrl &url, const QJsonObject &body, const Headers &headers = {});
// A multipart/form-data upload as uploaddoc2 expects: file field "file", form field "token".
HttpResult uploadPdf(const QUrl &url, const QByteArray &pdf, const QString &token,
                     const QString &fileName = QStringLiteral("dokumen.pdf"));
Headers bearer(const QString &token);

} // namespace test
