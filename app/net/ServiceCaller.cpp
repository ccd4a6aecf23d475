#include "ServiceCaller.h"

#include "net/OneShotBody.h"
#include "net/ReplyParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>

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
    else if (r.status == 408) // the server stopped waiting for the request: nothing was done
        o.kind = Kind::NotSent;
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
    bool reauthenticated = false; // signed in again after a refusal of the token
    bool renewedEarly = false;    // signed in again because the token was about to expire
    bool holdsRole = false;       // its turn came: the role is kept for its next send
};

void ServiceCaller::setToken(const QString &token, TokenOrigin origin)
{
    m_token = token;
    m_tokenRenewAt = {};
    // The JWT's payload says when it was issued and when it expires (protocol.md: 24 h).
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3)
        return;
    const QJsonObject payload
        = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
              .object();
    const qint64 exp = qint64(payload.value("exp"_L1).toDouble());
    const qint64 iat = qint64(payload.value("iat"_L1).toDouble(double(exp)));
    if (exp <= 0 || iat > exp)
        return;
    const qint64 lifetimeMs = (exp - iat) * 1000;
    // Renew a tenth of the lifetime early, between 1 second and 5 minutes.
    const qint64 marginMs = std::clamp<qint64>(lifetimeMs / 10, 1000, 5 * 60'000);
    m_tokenRenewAt = origin == TokenOrigin::Fresh && lifetimeMs > 0
        ? m_clock.now().addMSecs(lifetimeMs - marginMs)
        : QDateTime::fromSecsSinceEpoch(exp).addMSecs(-marginMs);
}

void ServiceCaller::renewToken(std::function<void(bool)> ready)
{
    m_renewWaiters.append(std::move(ready));
    if (m_renewWaiters.size() > 1)
        return; // one sign-in is on its way already
    m_reauthenticate([this](bool ok) {
        const QList<std::function<void(bool)>> waiters = std::exchange(m_renewWaiters, {});
        for (const auto &waiter : waiters)
            waiter(ok);
    });
}

bool ServiceCaller::refusedForToken(const Operation &op, const HttpResponse &response) const
{
    if (!op.call.authenticated)
        return false;
    if (response.status == 401)
        return true;
    // Part A refuses an expired or unknown token in the body; the shop (Part B) never does.
    return op.call.role != ServiceProfile::Role::Shop && response.status >= 200
        && response.status < 300 && ReplyParser::refusedInBody(response.body);
}

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
    if (const QString problem = m_profile.problem(call.role);
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
    if (op->call.authenticated && m_reauthenticate && !op->renewedEarly && m_tokenRenewAt.isValid()
        && m_clock.now() >= m_tokenRenewAt) {
        // Sign in before the token runs out rather than have a paid step refused for it.
        op->renewedEarly = true;
        renewToken([this, op](bool) { send(op); });
        return;
    }
    send(op);
}

void ServiceCaller::send(std::shared_ptr<Operation> op)
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
    // One request in flight per role: the others of this account wait their turn here, in
    // the order they came (releaseRole hands the role straight to the first of them).
    if (!op->holdsRole) {
        if (m_inFlight.contains(call.role)) {
            --op->attempts; // not sent yet; counted when it goes
            m_waiting[call.role].append(op);
            return;
        }
        m_inFlight.insert(call.role);
    }
    op->holdsRole = false;
    QNetworkRequest request(url);
    request.setTransferTimeout(int(call.silenceLimitMs));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Bubuh/" BUBUH_VERSION));
    request.setRawHeader("Accept", "application/json");
    // The token goes only to the hosts this profile names, whatever an address came from.
    if (call.authenticated && !m_token.isEmpty()
        && m_profile.serves(url, ServiceProfile::kAllRoles))
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
    // Why this attempt was cut off, if it was: then it counts as an answer lost on the way.
    auto cutOff = std::make_shared<QString>();
    const auto cut = [reply, cutOff](const QString &why) {
        if (cutOff->isEmpty() && reply->isRunning()) {
            *cutOff = why;
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [cut, limit = call.maxBodyBytes](qint64 received, qint64 total) {
                if (received > limit || total > limit)
                    cut(u"the answer is larger than %1 bytes"_s.arg(limit));
            });
    QTimer::singleShot(call.attemptLimitMs, reply, [cut, ms = call.attemptLimitMs] {
        cut(u"no whole answer within %1 s"_s.arg(ms / 1000.0));
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, op, cutOff] {
        reply->deleteLater();
        releaseRole(op->call.role);
        HttpResponse response;
        if (!cutOff->isEmpty()) {
            response.error = QNetworkReply::TimeoutError;
            response.errorString = *cutOff;
            finished(op, response);
            return;
        }
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.error = reply->error();
        response.errorString = reply->errorString();
        response.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            response.headers.append({pair.first, pair.second});
        finished(op, response);
    });
}

void ServiceCaller::releaseRole(ServiceProfile::Role role)
{
    auto waiting = m_waiting.find(role);
    if (waiting == m_waiting.end() || waiting->isEmpty()) {
        m_inFlight.remove(role);
        return;
    }
    // The role passes to the request that waited longest: whatever the answer just in leads
    // to next (another request of this role) queues behind it, never ahead.
    const std::shared_ptr<Operation> next = waiting->takeFirst();
    next->holdsRole = true;
    QTimer::singleShot(0, this, [this, next] { send(next); });
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

    if (refusedForToken(*op, response) && !op->reauthenticated && m_reauthenticate) {
        // The token was refused, so nothing was done: sign in again once, then repeat.
        op->reauthenticated = true;
        renewToken([this, op, result](bool ok) {
            if (ok) {
                send(op);
                return;
            }
            CallResult refused = result;
            refused.outcome = result.response.status == 401 ? CallResult::Outcome::Refused
                                                            : CallResult::Outcome::Ok;
            op->done(refused); // an Ok answer here is parsed into the service's refusal
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
