#include "RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bubuh {

qint64 RetryPolicy::backoffMs(int attempt, QRandomGenerator &random) const
{
    const int exponent = std::clamp(attempt, 0, 30);
    const qint64 ceiling = std::min<qint64>(m_config.capMs, m_config.baseMs << exponent);
    return qint64(random.generateDouble() * double(ceiling));
}

RetryPolicy::Decision RetryPolicy::decide(const AttemptOutcome &outcome, int attempt,
                                          qint64 elapsedMs, bool safeToResend,
                                          QRandomGenerator &random) const
{
    using Kind = AttemptOutcome::Kind;
    switch (outcome.kind) {
    case Kind::Success:
    case Kind::Rejected:
    case Kind::Unauthorized: // the caller signs in again and starts a fresh attempt
        return {Action::Done, 0};
    case Kind::ServerError:
    case Kind::Lost:
        if (!safeToResend)
            return {Action::Unknown, 0};
        break;
    case Kind::Conflict:
        if (!safeToResend) // only a keyed request can meet a 409 for its key
            return {Action::Unknown, 0};
        break;
    case Kind::Busy:
    case Kind::NotSent: break; // turned away unprocessed: a resend is safe whatever the request
    }

    qint64 delay = backoffMs(attempt, random);
    if (outcome.retryAfterMs) {
        // The server's estimate is a floor; a little jitter keeps everyone who got the same
        // answer from returning in the same instant.
        const qint64 floor = std::min(*outcome.retryAfterMs, m_config.maxRetryAfterMs);
        const qint64 jitter
            = qint64(random.generateDouble() * double(std::min(m_config.baseMs, floor + 1)));
        delay = std::max(delay, floor + jitter);
    }
    if (elapsedMs + delay > m_config.deadlineMs)
        return {Action::Exhausted, 0};
    return {Action::Retry, delay};
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    // Clamped before it is multiplied: no wait beyond a day is taken from a server anyway
    // (the policy caps it further), and a huge number must not overflow.
    constexpr qint64 kDaySeconds = 24 * 3600;
    if (ok)
        return seconds >= 0 ? std::optional<qint64>(std::min(seconds, kDaySeconds) * 1000)
                            : std::nullopt;
    // IMF-fixdate, e.g. "Fri, 27 Nov 2026 07:05:00 GMT" (RFC 9110 section 5.6.7).
    QDateTime when
        = QLocale::c().toDateTime(QString::fromLatin1(v), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, now.msecsTo(when));
}

} // namespace bubuh
