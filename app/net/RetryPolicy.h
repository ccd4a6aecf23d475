#pragma once

#include <QByteArray>
#include <QDateTime>
#include <optional>

class QRandomGenerator;

namespace bubuh {

// What one attempt of a request came to, as far as retrying is concerned.
struct AttemptOutcome
{
    enum class Kind {
        Success,      // a usable answer (including a business refusal the caller handles)
        Busy,         // 503 / 429: the server turned the request away unprocessed
        Conflict,     // 409: the same idempotency key is in flight; try again later
        Unauthorized, // 401: sign in again, then repeat
        Rejected,     // 400, 404, 422 ...: never resend as is
        ServerError,  // other 5xx: the server may or may not have done the work
        NotSent,      // provably never reached the server (refused, no route, no host)
        Lost,         // sent, then the answer was lost (reset, timeout, unreadable)
    };
    Kind kind = Kind::Success;
    std::optional<qint64> retryAfterMs; // the server's Retry-After, if any
};

struct RetryConfig
{
    qint64 baseMs = 1000;
    qint64 capMs = 60'000;
    qint64 deadlineMs = 15 * 60'000;     // one deadline for every attempt of an operation
    qint64 maxRetryAfterMs = 5 * 60'000; // the longest wait Bubuh accepts from the server
};

// design.md's retry rules as a pure function: full-jitter exponential backoff, Retry-After as
// a floor, one deadline, and only safe requests retried. Time and randomness come from outside,
// so the overload benchmark drives this very class on a virtual clock.
class RetryPolicy
{
public:
    enum class Action {
        Done,      // the outcome stands (success or a definite refusal)
        Retry,     // wait delayMs, then send again
        Unknown,   // the request may have been done: reconcile, never resend blind
        Exhausted, // the deadline would pass before the next attempt
    };
    struct Decision
    {
        Action action = Action::Done;
        qint64 delayMs = 0;
    };

    explicit RetryPolicy(RetryConfig config = {}) : m_config(config) { }
    const RetryConfig &config() const { return m_config; }

    // attempt: how many attempts were made so far (1 after the first); elapsedMs since the
    // operation began; safeToResend: the request is idempotent by nature or by key.
    Decision decide(const AttemptOutcome &outcome, int attempt, qint64 elapsedMs, bool safeToResend,
                    QRandomGenerator &random) const;

    // random(0, min(cap, base * 2^attempt))
    qint64 backoffMs(int attempt, QRandomGenerator &random) const;

    // Retry-After as seconds or an HTTP date; nullopt if absent or unreadable.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

private:
    RetryConfig m_config;
};

} // namespace bubuh
