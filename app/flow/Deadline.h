#pragma once

#include <QDateTime>
#include <QString>

class QSettings;

namespace bubuh {

struct FlowStatus;

// The registration portal's upload deadline, which did not move in September 2024: kept in
// settings, shown as time left, and weighed against what the service says it will take.
class Deadline
{
public:
    Deadline() = default;
    explicit Deadline(QDateTime at) : m_at(std::move(at)) { }

    static Deadline load(QSettings &settings);
    void save(QSettings &settings) const; // an unset deadline clears the setting

    bool isSet() const { return m_at.isValid(); }
    QDateTime at() const { return m_at; }
    // "Batas unggah: 6 September 2026, 23.59 WIB".
    QString label() const;
    // "2 hari 4 jam lagi", "35 menit lagi", "sudah lewat"; empty when unset.
    QString timeLeft(const QDateTime &now) const;
    qint64 secondsLeft(const QDateTime &now) const { return now.secsTo(m_at); }

    // What the applicant should hear about the deadline now, if anything.
    struct Warning
    {
        enum class Kind {
            None,
            WaitPassesDeadline, // the queue's estimate or the next retry lands after it
            PaidQuotaLate,      // paid, no quota yet, and an hour or less is left
            Passed,             // the deadline has gone
        };
        Kind kind = Kind::None;
        QString text; // plain words, with what helps
    };
    struct Situation
    {
        const FlowStatus *purchase = nullptr; // the order's status while it waits, if any
        const FlowStatus *stamping = nullptr; // the batch's status while it waits, if any
        bool paidWithoutQuota = false;
        bool workLeft = false; // documents still to stamp, or an order under way
        QString distributorContact;
    };
    Warning warning(const QDateTime &now, const Situation &situation) const;

    // An hour before the deadline, a paid order without quota brings its evidence forward.
    static constexpr qint64 kEvidenceLeadSeconds = 3600;

private:
    QDateTime m_at;
};

} // namespace bubuh
