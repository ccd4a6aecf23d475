#include "Deadline.h"

#include "core/Language.h"
#include "core/Settings.h"
#include "flow/FlowStatus.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace bubuh {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bubuh::Deadline)
};

// When a waiting flow says it will next get somewhere: the queue's estimate, or the retry.
QDateTime expectedAt(const QDateTime &now, const FlowStatus *status)
{
    if (!status)
        return {};
    switch (status->phase) {
    case FlowStatus::Phase::Queued:
        return status->queueEtaSeconds > 0 ? now.addSecs(status->queueEtaSeconds) : QDateTime();
    case FlowStatus::Phase::Retrying:
        return status->retryInMs > 0 ? now.addMSecs(status->retryInMs) : QDateTime();
    default: return {};
    }
}

} // namespace

Deadline Deadline::load(QSettings &settings)
{
    const QString text = Settings(settings).value(Settings::Key::UploadDeadline).toString();
    return Deadline(QDateTime::fromString(text, Qt::ISODate));
}

void Deadline::save(QSettings &settings) const
{
    Settings(settings).setValue(Settings::Key::UploadDeadline,
                                isSet() ? m_at.toUTC().toString(Qt::ISODate) : QString());
}

QString Deadline::label() const
{
    return isSet() ? Text::tr("Upload deadline: %1").arg(Language::dateTime(m_at)) : QString();
}

QString Deadline::timeLeft(const QDateTime &now) const
{
    if (!isSet())
        return {};
    const qint64 left = secondsLeft(now);
    if (left <= 0)
        return Text::tr("passed");
    const int minutes = int((left + 59) / 60);
    const int days = minutes / (24 * 60);
    const int hours = minutes / 60 % 24;
    if (days > 0)
        return Text::tr("%1 and %2 left")
            .arg(Text::tr("%n day(s)", nullptr, days), Text::tr("%n hour(s)", nullptr, hours));
    if (hours > 0)
        return Text::tr("%1 and %2 left")
            .arg(Text::tr("%n hour(s)", nullptr, hours),
                 Text::tr("%n minute(s)", nullptr, minutes % 60));
    return Text::tr("%n minute(s) left", nullptr, minutes);
}

Deadline::Warning Deadline::warning(const QDateTime &now, const Situation &situation) const
{
    using Kind = Warning::Kind;
    if (!isSet() || (!situation.workLeft && !situation.paidWithoutQuota))
        return {};
    const QString when = Language::dateTime(m_at);
    if (secondsLeft(now) <= 0)
        return {Kind::Passed,
                Text::tr("The upload deadline (%1) has passed. Bubuh keeps every paid order and "
                         "serial number; if the portal reopens, they are still yours.")
                    .arg(when)};
    if (situation.paidWithoutQuota && secondsLeft(now) <= kEvidenceLeadSeconds) {
        const QString contact = situation.distributorContact.isEmpty()
            ? Text::tr("the distributor you bought from")
            : situation.distributorContact;
        return {Kind::PaidQuotaLate,
                Text::tr("Your order is paid (or its payment may have gone through) but its "
                         "quota has not arrived, and the deadline is "
                         "%1 away. Export the order's evidence now and send it to %2: it shows "
                         "what you paid and when, should you need to explain a late upload.")
                    .arg(timeLeft(now), contact)};
    }
    for (const FlowStatus *status : {situation.purchase, situation.stamping}) {
        const QDateTime expected = expectedAt(now, status);
        if (!expected.isValid() || expected < m_at)
            continue;
        return {Kind::WaitPassesDeadline,
                status == situation.purchase
                    ? Text::tr("The service expects to get to you at about %1, after your upload "
                               "deadline (%2). Another distributor may be faster: choose its "
                               "profile in Settings. Buying now and stamping later is safe too: "
                               "quota you hold does not expire with the queue.")
                          .arg(Language::dateTime(expected), when)
                    : Text::tr("The stamping service asks to wait until about %1, after your "
                               "upload deadline (%2). Bubuh keeps each serial number and goes on "
                               "by itself; another distributor's service may answer sooner "
                               "(Settings).")
                          .arg(Language::dateTime(expected), when)};
    }
    return {};
}

} // namespace bubuh
