#pragma once

#include "core/Clock.h"
#include "net/ServiceCall.h"

#include <QObject>
#include <QRandomGenerator>

class QNetworkAccessManager;

namespace bubuh {

// Sends HttpCalls with the retry rules of design.md: backoff with jitter, Retry-After, one
// deadline per operation, signing in again once on 401, and never a blind resend of a request
// that is not safe to resend. Progress is reported while it waits.
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
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    void setReauthenticate(Reauthenticate reauthenticate)
    {
        m_reauthenticate = std::move(reauthenticate);
    }
    Clock &clock() const { return m_clock; }

    // accept: does a 2xx body make sense? An unreadable one counts as a lost answer.
    void run(const HttpCall &call, Accept accept, Done done);

    static constexpr int kTransferTimeoutMs = 30'000;

Q_SIGNALS:
    void progress(const bubuh::CallProgress &progress);

private:
    struct Operation;
    void attempt(std::shared_ptr<Operation> op);
    void finished(std::shared_ptr<Operation> op, const HttpResponse &response);

    ServiceProfile m_profile;
    Clock &m_clock;
    RetryPolicy m_policy;
    QNetworkAccessManager *m_network;
    QString m_token;
    Reauthenticate m_reauthenticate;
    QRandomGenerator m_random;
};

} // namespace bubuh
