#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QString>
#include <functional>
#include <optional>

class QSqlQuery;

namespace bubuh {

class Clock;

// Whose work a record is: an account on a service (the backend's host). A sign-in never
// continues another account's or another service's orders and jobs.
struct JournalOwner
{
    QString service, account;
    bool operator==(const JournalOwner &) const = default;
    // Whether work recorded for `record` may be continued by this owner. An owner with no
    // account (nobody signed in) filters nothing.
    bool mayContinue(const JournalOwner &record) const;
};

// A purchase as the journal keeps it. The key and body hash are written before the first byte
// is sent, so a crash at any moment leaves enough to finish or reconcile it.
struct OrderRecord
{
    qint64 id = 0;
    QString idempotencyKey;
    QByteArray body;  // exactly the bytes sent, so a retry repeats them
    QString bodyHash; // SHA-256 of body, hex
    int quantity = 0;
    QString paymentMethod;
    QString state; // PENDING SENT AWAITING_PAYMENT PAID FULFILLED EXPIRED FAILED UNKNOWN
    QString orderId;
    qint64 amount = 0;
    QJsonObject lastReply; // the shop's last word on it: evidence for a complaint
    QDateTime createdAt, firstSentAt, updatedAt, paidAt, fulfilledAt;
    QString lastError;
    JournalOwner owner;

    bool finished() const;
};

// A document being stamped. The SN is written before the stamp request is sent.
struct StampJob
{
    qint64 id = 0;
    QString sourcePath, outputPath, fileName;
    QString documentHash; // SHA-256 of the original bytes, hex
    int page = 1;
    QRectF userBox;       // (llx, lly)-(urx, ury)
    QString documentType; // the kode of jenisdoc (2, 3, 4a, 4b)
    QString state;        // CREATED UPLOADED SERIAL_PENDING SERIAL STAMPING STAMPED SAVED FAILED
    // The namafile sent with the serial request, unique to this job, so that an SN whose
    // answer was lost can be found again in the serial list; and when it was asked for.
    QString serviceFileName;
    QDateTime serialAskedAt;
    // What was uploaded, when not the original: an old PDF rewritten as 1.7 (the adapter
    // rebuilds anything older, so the upload must already be 1.6+ to stay a prefix).
    QString uploadPath, uploadHash;
    QString docId, sn, filenameQR;
    QString urlFile;
    QString resultPath;
    QString verification;
    int stampAttempts = 0;
    QDateTime createdAt, updatedAt;
    QString lastError;
    JournalOwner owner;

    bool finished() const { return state == u"SAVED" || state == u"FAILED"; }
};

struct QueueTicket
{
    QString ticket, queueToken;
    QDateTime tokenExpiresAt;
};

// The journal: every order and stamp job, in SQLite (WAL, synchronous=FULL), so that nothing
// paid for is forgotten, whatever moment the program is stopped at. Each change is one
// transaction; the schema is versioned and migrated forward.
class Journal
{
public:
    static constexpr int kSchemaVersion = 2;

    ~Journal();
    // Opens (creating or migrating) the journal at path.
    static std::unique_ptr<Journal> open(const QString &path, Clock &clock, QString *error);
    static QString defaultPath();

    using Owner = JournalOwner;
    // Whose work this process does: new records are written as theirs, and the unfinished
    // lists hold only their records (and those older than owners).
    void setOwner(const Owner &owner) { m_owner = owner; }
    const Owner &owner() const { return m_owner; }

    qint64 addOrder(const OrderRecord &order);
    bool updateOrder(const OrderRecord &order);
    std::optional<OrderRecord> order(qint64 id) const;
    QList<OrderRecord> orders() const;
    QList<OrderRecord> unfinishedOrders() const;

    qint64 addJob(const StampJob &job);
    bool updateJob(const StampJob &job);
    std::optional<StampJob> job(qint64 id) const;
    QList<StampJob> jobs() const;
    QList<StampJob> unfinishedJobs() const;

    std::optional<QueueTicket> queueTicket() const;
    bool setQueueTicket(const std::optional<QueueTicket> &ticket);

    // Each state change, with its time: the history a complaint needs.
    struct Event
    {
        QDateTime at;
        QString subject, state, detail;
    };
    QList<Event> events(const QString &subject) const;

    QString path() const { return m_path; }
    // A folder beside the journal for files that jobs keep (rewritten uploads).
    QString filesDir() const;
    int schemaVersion() const;

private:
    Journal(const QString &connection, const QString &path, Clock &clock);
    bool migrate(QString *error);
    bool logEvent(const QString &subject, const QString &state, const QString &detail);
    // Runs change (which returns its subject, "order:7", or empty on failure) and, when the
    // state changed, its event, in one transaction; then passes the crash point.
    bool commitChange(const std::function<QString(QSqlQuery &)> &change, const QString &state,
                      const QString &detail, bool stateChanged);

    QString m_connection;
    QString m_path;
    Clock &m_clock;
    Owner m_owner;
};

} // namespace bubuh
