#pragma once

#include "core/Clock.h"
#include "net/ServiceCall.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>

class QNetworkAccessManager;

namespace bubuh {

// Sends HttpCalls with the retry rules of design.md: backoff with jitter, Retry-After, one
// deadline per operation, and never a blind resend of a request that is not safe to resend.
// The token is renewed shortly before its exp, and a call refused for its token (a 401, or a
// Part A "01" in the body, which the real service uses for expired tokens) is repeated once
// after signing in again. Progress is reported while it waits. It never has more than one
// request of a role in flight: another one of the same role waits until that answer is in.
class ServiceCaller : public QObject
{
    Q_OBJECT
public:
    using Accept = std::function<bool(const HttpResponse &)>;
    using Done = std::function<void(const CallResult &)>;
    // Signs in again; calls back with true once a fresh token is set.
    using Reauthenticate = std::function<void(std::function<void(bool)>)>;

    ServiceCaller(const ServiceProfile &profile, Clock &clock, QObject *parent = nullptr);

    const ServiceProfile &profile() const { return m_profile; }
    void setPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &policy() const { return m_policy; }
    enum class TokenOrigin {
        Stored, // read back from the keychain: trust its exp against this computer's clock
        Fresh,  // just issued: count its lifetime from now, whatever this computer's clock says
    };
    void setToken(const QString &token, TokenOrigin origin = TokenOrigin::Stored);
    QString token() const { return m_token; }
    // When the token should be renewed; invalid when it carries no readable exp.
    QDateTime tokenRenewAt() const { return m_tokenRenewAt; }
    void setReauthenticate(Reauthenticate reauthenticate)
    {
        m_reauthenticate = std::move(reauthenticate);
    }
    Clock &clock() const { return m_clock; }

    // accept: does a 2xx body make sense? An unreadable one counts as a lost answer.
    void run(const HttpCall &call, Accept accept, Done done);

Q_SIGNALS:
    void progress(const bubuh::CallProgress &progress);

private:
    struct Operation;
    void attempt(std::shared_ptr<Operation> op);
    void send(std::shared_ptr<Operation> op);
    void finished(std::shared_ptr<Operation> op, const HttpResponse &response);
    // Signs in again; callers waiting at the same time share one sign-in.
    void renewToken(std::function<void(bool)> ready);
    bool refusedForToken(const Operation &op, const HttpResponse &response) const;
    // The answer of a role's request is in: the next one waiting for that role goes.
    void releaseRole(ServiceProfile::Role role);

    ServiceProfile m_profile;
    Clock &m_clock;
    RetryPolicy m_policy;
    QNetworkAccessManager *m_network;
    QString m_token;
    QDateTime m_tokenRenewAt;
    Reauthenticate m_reauthenticate;
    QList<std::function<void(bool)>> m_renewWaiters;
    QRandomGenerator m_random;
    QSet<ServiceProfile::Role> m_inFlight;
    QHash<ServiceProfile::Role, QList<std::shared_ptr<Operation>>> m_waiting;
};

} // namespace bubuh
