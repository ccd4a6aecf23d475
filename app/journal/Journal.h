#pragma once

#include "core/Result.h"
#include "journal/States.h"

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
    OrderState state = OrderState::Pending;
    QString orderId;
    qint64 amount = 0;
    QJsonObject lastReply; // the shop's last word on it: evidence for a complaint
    QDateTime createdAt, firstSentAt, updatedAt, paidAt, fulfilledAt;
    QString lastError;
    JournalOwner owner;
    qint64 revision = 0; // how many times it was written: the compare-and-set of updateOrder

    bool finished() const { return isFinished(state); }
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
    JobState state = JobState::Created;
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
    // The offline check of the result: its verdict, and the checker's own (untranslated) words.
    StampVerdict verdict = StampVerdict::None;
    QString verdictDetail;
    int stampAttempts = 0;
    QDateTime createdAt, updatedAt;
    QString lastError;
    JournalOwner owner;
    qint64 revision = 0; // how many times it was written: the compare-and-set of updateJob

    bool finished() const { return isFinished(state); }
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
    static constexpr int kSchemaVersion = 3;

    ~Journal();
    // Opens (creating or migrating) the journal at path, in a folder only this user can read.
    // A journal that fails SQLite's quick check is moved aside (error says where), never
    // written to: what it remembers of payments must not be overwritten.
    static std::unique_ptr<Journal> open(const QString &path, Clock &clock, QString *error);
    // The folder that the window and bubuh-cli share for the journals, unless told otherwise.
    static QString defaultFolder();
    // Creates a journal folder: it holds what was paid for and account names, so it is this
    // user's only (mode 0700).
    static bool makeFolder(const QString &folder);
    // Moves a journal that an older Bubuh kept in its own folder (the window's or bubuh-cli's)
    // to path, when path has none yet; true when one was moved. Call it under the lock.
    static bool adoptLegacy(const QString &path);

    using Owner = JournalOwner;
    // Whose work this process does: new records are written as theirs, and the unfinished
    // lists hold only their records (and those older than owners).
    void setOwner(const Owner &owner) { m_owner = owner; }
    const Owner &owner() const { return m_owner; }

    // How a change of a record went. Every change is a compare-and-set on the record's
    // revision: when another window, process or flow wrote the record since this copy was
    // read, nothing is written (Conflict), and the flow holding the stale copy stops.
    enum class Write { Done, Failed, Conflict };

    // 0 when it could not be written.
    qint64 addOrder(const OrderRecord &order);
    // On Done, order.revision is the stored one.
    Write updateOrder(OrderRecord &order);
    std::optional<OrderRecord> order(qint64 id) const;
    Result<QList<OrderRecord>> orders() const;
    Result<QList<OrderRecord>> unfinishedOrders() const;

    qint64 addJob(const StampJob &job);
    Write updateJob(StampJob &job);
    std::optional<StampJob> job(qint64 id) const;
    Result<QList<StampJob>> jobs() const;
    Result<QList<StampJob>> unfinishedJobs() const;
    // Every job for a document, by the SHA-256 of its content.
    Result<QList<StampJob>> jobsFor(const QString &documentHash) const;
    // The jobs of any of these documents, in one query (a window's list asks on every change).
    Result<QList<StampJob>> jobsForDocuments(const QStringList &documentHashes) const;
    // This owner's unfinished job for a document (by its content's hash), if there is one.
    Result<std::optional<StampJob>> unfinishedJobFor(const QString &documentHash) const;

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
    struct Change
    {
        Write write;
        QString subject; // "order:7"
    };
    // Runs change and, when the state changed, its event, in one transaction; then passes the
    // crash point.
    Write commitChange(const std::function<Change(QSqlQuery &)> &change, const QString &state,
                       const QString &detail, bool stateChanged);

    QString m_connection;
    QString m_path;
    Clock &m_clock;
    Owner m_owner;
};

} // namespace bubuh
