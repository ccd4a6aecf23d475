#include "EmeteraiClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace bubuh {

EmeteraiClient::EmeteraiClient(const ServiceProfile &profile, QObject *parent)
    : QObject(parent), m_profile(profile), m_network(new QNetworkAccessManager(this))
{
    m_network->setStrictTransportSecurityEnabled(true);
}

QNetworkRequest EmeteraiClient::request(ServiceProfile::Role role, const QString &path) const
{
    QNetworkRequest r(m_profile.endpoint(role, path));
    r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    r.setRawHeader("Accept", "application/json");
    r.setHeader(QNetworkRequest::UserAgentHeader, u"Bubuh/" BUBUH_VERSION ""_s);
    r.setTransferTimeout(kTransferTimeoutMs);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    return r;
}

void EmeteraiClient::send(QNetworkReply *reply, std::function<void(Result<QByteArray>)> done)
{
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 0) {
            done(Failure{tr("Cannot reach the e-Meterai service. Check the internet connection; "
                            "Bubuh will try again."),
                         reply->errorString()});
        } else if (status == 401) {
            done(Failure{tr("The session has ended. Please sign in again."), u"HTTP 401"_s});
        } else if (status == 429 || status == 503) {
            done(Failure{tr("The e-Meterai service is busy. Bubuh will try again shortly."),
                         u"HTTP %1"_s.arg(status)});
        } else if (status != 200) {
            done(Failure{tr("The e-Meterai service answered with an error (HTTP %1).").arg(status),
                         QString::fromUtf8(body.left(300))});
        } else {
            done(body);
        }
    });
}

void EmeteraiClient::login(const QString &user, const QString &password,
                           std::function<void(Result<LoginReply>)> done)
{
    if (const QString problem = m_profile.problem(); !problem.isEmpty()) {
        done(Failure{problem, u"service profile rejected"_s});
        return;
    }
    const QByteArray body = QJsonDocument(QJsonObject{{u"user"_s, user}, {u"password"_s, password}})
                                .toJson(QJsonDocument::Compact);
    QNetworkRequest r = request(ServiceProfile::Role::Backend, u"/api/users/login"_s);
    r.setRawHeader("Authorization", {});
    send(m_network->post(r, body), [this, done = std::move(done)](Result<QByteArray> reply) {
        if (!reply) {
            done(reply.failure());
            return;
        }
        Result<LoginReply> login = ReplyParser::login(reply.value());
        if (login)
            m_token = login->token;
        done(std::move(login));
    });
}

void EmeteraiClient::fetchBalance(std::function<void(Result<Balance>)> done)
{
    send(m_network->post(request(ServiceProfile::Role::Backend, u"/function/saldopos"_s),
                         QByteArray()),
         [done = std::move(done)](Result<QByteArray> reply) {
             done(reply ? ReplyParser::balance(reply.value()) : Result<Balance>(reply.failure()));
         });
}

} // namespace bubuh
