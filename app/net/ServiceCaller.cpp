#include "ServiceCaller.h"

#include "net/OneShotBody.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace bubuh {

Q_LOGGING_CATEGORY(lcNet, "bubuh.net")

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

AttemptOutcome classify(const HttpResponse &r, bool bodyReadable, const QDateTime &now)
{
    using Kind = AttemptOutcome::Kind;
    AttemptOutcome o;
    o.retryAfterMs = RetryPolicy::parseRetryAfter(r.header("Retry-After"), now);
    if (r.status == 0) {
        switch (r.error) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
            o.kind = Kind::NotSent; // no connection was ever made
            break;
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::InsecureRedirectError:
            o.kind = Kind::Rejected; // never retried around a security problem
            break;
        default: o.kind = Kind::Lost;
        }
        return o;
    }
    if (r.status >= 200 && r.status < 300)
        o.kind = bodyReadable ? Kind::Success : Kind::Lost;
    else if (r.status == 401)
        o.kind = Kind::Unauthorized;
    else if (r.status == 409)
        o.kind = Kind::Conflict;
    else if (r.status == 429 || r.status == 503)
        o.kind = Kind::Busy;
    else if (r.status >= 500)
        o.kind = Kind::ServerError;
    else
        o.kind = Kind::Rejected;
    return o;
}

struct ServiceCaller::Operation
{
    HttpCall call;
    Accept accept;
    Done done;
    qint64 startedMs = 0;
    int attempts = 0;
    bool reauthenticated = false;
};

ServiceCaller::ServiceCaller(const ServiceProfile &profile, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_clock(clock)
    , m_network(new QNetworkAccessManager(this))
    , m_random(QRandomGenerator::securelySeeded())
{
    m_network->setStrictTransportSecurityEnabled(true);
}

void ServiceCaller::run(const HttpCall &call, Accept accept, Done done)
{
    auto op = std::make_shared<Operation>();
    op->call = call;
    op->accept = std::move(accept);
    op->done = std::move(done);
    op->startedMs = m_clock.monotonicMs();
    if (const QString problem = m_profile.problem();
        !problem.isEmpty() && call.absoluteUrl.isEmpty()) {
        CallResult result;
        result.outcome = CallResult::Outcome::Refused;
        result.response.errorString = problem;
        op->done(result);
        return;
    }
    attempt(op);
}

void ServiceCaller::attempt(std::shared_ptr<Operation> op)
{
    const HttpCall &call = op->call;
    ++op->attempts;
    const QUrl url
        = call.absoluteUrl.isEmpty() ? m_profile.endpoint(call.role, call.path) : call.absoluteUrl;
    if (!ServiceProfile::acceptable(url)) {
        HttpResponse refused;
        refused.error = QNetworkReply::ProtocolUnknownError;
        refused.errorString = u"refusing plain HTTP to %1"_s.arg(url.host());
        finished(op, refused);
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(kTransferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Bubuh/" BUBUH_VERSION));
    request.setRawHeader("Accept", "application/json");
    if (call.authenticated && !m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    for (const auto &[k, v] : call.headers)
        request.setRawHeader(k, v);
    const QByteArray body = call.body ? call.body(m_token, op->attempts) : QByteArray();
    QNetworkReply *reply = nullptr;
    if (call.method == "GET") {
        reply = m_network->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType);
        // Even a request that is safe to resend goes out once per attempt: the retry policy,
        // not QNAM, decides about resending.
        reply = OneShotBody::send(*m_network, request, call.method, body);
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, op] {
        reply->deleteLater();
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.error = reply->error();
        response.errorString = reply->errorString();
        response.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            response.headers.append({pair.first, pair.second});
        finished(op, response);
    });
}

void ServiceCaller::finished(std::shared_ptr<Operation> op, const HttpResponse &response)
{
    const bool readable
        = response.status < 200 || response.status >= 300 || !op->accept || op->accept(response);
    const AttemptOutcome outcome = classify(response, readable, m_clock.now());
    qCDebug(lcNet) << op->call.operation << "attempt" << op->attempts << "status" << response.status
                   << response.error << "kind" << int(outcome.kind);

    CallResult result;
    result.response = response;
    result.attempts = op->attempts;
    if (op->call.stopOn && op->call.stopOn(response)) {
        result.outcome = CallResult::Outcome::Refused;
        op->done(result);
        return;
    }

    if (outcome.kind == AttemptOutcome::Kind::Unauthorized && op->call.authenticated
        && !op->reauthenticated && m_reauthenticate) {
        // Tokens live 24 h and cannot be refreshed: sign in again once, then repeat the call.
        op->reauthenticated = true;
        m_reauthenticate([this, op](bool ok) {
            if (ok) {
                attempt(op);
            } else {
                CallResult refused;
                refused.outcome = CallResult::Outcome::Refused;
                refused.response.status = 401;
                refused.attempts = op->attempts;
                op->done(refused);
            }
        });
        return;
    }

    const RetryPolicy::Decision d
        = m_policy.decide(outcome, op->attempts, m_clock.monotonicMs() - op->startedMs,
                          op->call.safeToResend, m_random);
    switch (d.action) {
    case RetryPolicy::Action::Done:
        result.outcome = outcome.kind == AttemptOutcome::Kind::Success
            ? CallResult::Outcome::Ok
            : CallResult::Outcome::Refused;
        op->done(result);
        return;
    case RetryPolicy::Action::Unknown:
        result.outcome = CallResult::Outcome::Unknown;
        op->done(result);
        return;
    case RetryPolicy::Action::Exhausted:
        result.outcome = CallResult::Outcome::Unavailable;
        op->done(result);
        return;
    case RetryPolicy::Action::Retry: break;
    }
    CallProgress progress;
    progress.operation = op->call.operation;
    progress.attempt = op->attempts;
    progress.retryInMs = d.delayMs;
    progress.lastStatus = response.status;
    progress.busy = outcome.kind == AttemptOutcome::Kind::Busy;
    Q_EMIT this->progress(progress);
    QTimer::singleShot(d.delayMs, this, [this, op] { attempt(op); });
}

} // namespace bubuh
