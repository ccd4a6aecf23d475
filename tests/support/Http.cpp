#include "Http.h"

#include "net/OneShotBody.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace test {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

bool HttpResult::isJson() const
{
    QJsonParseError e;
    QJsonDocument::fromJson(body, &e);
    return e.error == QJsonParseError::NoError;
}

static QNetworkAccessManager &network()
{
    static QNetworkAccessManager *nam = new QNetworkAccessManager;
    return *nam;
}

static HttpResult wait(QNetworkReply *reply, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult r;
    r.elapsedMs = clock.elapsed();
    if (!reply->isFinished()) {
        reply->abort();
        r.error = QNetworkReply::TimeoutError;
    } else {
        r.error = reply->error();
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.append({pair.first, pair.second});
    reply->deleteLater();
    return r;
}

HttpResult send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                const Headers &headers, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    for (const auto &[k, v] : headers)
        request.setRawHeader(k, v);
    // Sent at most once, as the client sends it: QNAM must not repeat a request whose
    // connection dropped, or a test of a lost reply would see the work done twice.
    if (method == "GET" || method == "DELETE")
        return wait(network().sendCustomRequest(request, method, body), timeoutMs);
    return wait(bubuh::OneShotBody::send(network(), request, method, body), timeoutMs);
}

HttpResult get(const QUrl &url, const Headers &headers)
{
    return send("GET", url, {}, headers);
}

HttpResult postJson(const QUrl &url, const QJsonObject &body, const Headers &headers)
{
    return send("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpResult uploadPdf(const QUrl &url, const QByteArray &pdf, const QString &token,
                     const QString &fileName)
{
    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart file;
    file.setHeader(QNetworkRequest::ContentDispositionHeader,
                   u"form-data; name=\"file\"; filename=\"%1\""_s.arg(fileName));
    file.setHeader(QNetworkRequest::ContentTypeHeader, u"application/pdf"_s);
    file.setBody(pdf);
    QHttpPart tokenPart;
    tokenPart.setHeader(QNetworkRequest::ContentDispositionHeader, u"form-data; name=\"token\""_s);
    tokenPart.setBody(token.toUtf8());
    multi->append(file);
    multi->append(tokenPart);
    QNetworkReply *reply = network().post(QNetworkRequest(url), multi);
    multi->setParent(reply);
    return wait(reply, 60000);
}

Headers bearer(const QString &token)
{
    return {{"Authorization", "Bearer " + token.toLatin1()}};
}

} // namespace test
