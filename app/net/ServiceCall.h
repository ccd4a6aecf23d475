#pragma once

#include "net/RetryPolicy.h"
#include "net/ServiceProfile.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QString>
#include <functional>

namespace bubuh {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

struct HttpResponse;

// One request to the service, described so that it can be sent again: its body is rebuilt for
// each attempt, since a new token (after signing in again) or retryFlag may change it.
struct HttpCall
{
    QString operation; // for progress and logs, e.g. "orders"
    ServiceProfile::Role role = ServiceProfile::Role::Backend;
    QByteArray method = "GET";
    QString path;     // under the role's base URL
    QUrl absoluteUrl; // instead of role + path (urlFile of a stamped document)
    QByteArray contentType = "application/json";
    HeaderList headers;
    bool authenticated = true; // send "Authorization: Bearer <token>"
    bool safeToResend = false; // idempotent by nature or by key
    // An answer that is an instruction for the caller rather than a reason to retry.
    std::function<bool(const HttpResponse &)> stopOn;
    // Builds the body for one attempt (1-based) with the current token; may be empty.
    std::function<QByteArray(const QString &token, int attempt)> body;
    // Limits of one attempt: an answer larger than this is cut off, and so is one that has
    // not come whole within the time (a server can keep a connection alive by dripping).
    qint64 maxBodyBytes = kJsonBodyLimit;
    qint64 attemptLimitMs = 60'000;
    // How long the line may stay silent before the attempt counts as lost; a long poll is
    // silent on purpose for as long as it asked the server to hold it.
    qint64 silenceLimitMs = 30'000;

    static constexpr qint64 kJsonBodyLimit = 2 * 1024 * 1024;
    static constexpr qint64 kPdfBodyLimit = 60 * 1024 * 1024;
};

struct HttpResponse
{
    int status = 0; // 0 = no HTTP answer
    QByteArray body;
    HeaderList headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;

    QByteArray header(const QByteArray &name) const;
};

// How an operation ended, after every retry it was allowed.
struct CallResult
{
    enum class Outcome {
        Ok,          // 2xx with a readable body
        Refused,     // a definite answer that is not success (4xx, or 401 after signing in again)
        Unknown,     // the request may have been done: reconcile, never resend blind
        Unavailable, // the service stayed busy or out of reach until the deadline
    };
    Outcome outcome = Outcome::Ok;
    HttpResponse response;
    int attempts = 0;

    bool ok() const { return outcome == Outcome::Ok; }
};

// What the user is shown while an operation waits.
struct CallProgress
{
    QString operation;
    int attempt = 0;      // the attempt just made
    qint64 retryInMs = 0; // when the next one goes
    int lastStatus = 0;   // HTTP status of the last attempt; 0 = no answer
    bool busy = false;    // the service said it is overloaded
};

// Classifies one HTTP exchange for the retry policy.
AttemptOutcome classify(const HttpResponse &response, bool bodyReadable, const QDateTime &now);

} // namespace bubuh
