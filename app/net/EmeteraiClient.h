#pragma once

#include "ReplyParser.h"
#include "ServiceProfile.h"

#include <QObject>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace bubuh {

// Speaks the e-Meterai service's API (protocol.md) for one account. Each call ends in exactly
// one callback, on the caller's thread, with a value or a Failure.
class EmeteraiClient : public QObject
{
    Q_OBJECT
public:
    explicit EmeteraiClient(const ServiceProfile &profile, QObject *parent = nullptr);

    const ServiceProfile &profile() const { return m_profile; }
    QString token() const { return m_token; }
    void setToken(const QString &token) { m_token = token; }

    void login(const QString &user, const QString &password,
               std::function<void(Result<LoginReply>)> done);
    void fetchBalance(std::function<void(Result<Balance>)> done);

    static constexpr int kTransferTimeoutMs = 60'000;

private:
    QNetworkRequest request(ServiceProfile::Role role, const QString &path) const;
    // Runs the request and hands the body (or a transport Failure) to done.
    void send(QNetworkReply *reply, std::function<void(Result<QByteArray>)> done);

    ServiceProfile m_profile;
    QNetworkAccessManager *m_network;
    QString m_token;
};

} // namespace bubuh
