#include "Journal.h"

#include "core/Clock.h"
#include "core/CrashPoint.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace bubuh {

namespace {

// Migrations, one list of statements per schema version. Never edit a released entry:
// add the next one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // version 1
        {uR"(CREATE TABLE orders (
                id INTEGER PRIMARY KEY,
                idempotency_key TEXT NOT NULL UNIQUE,
                body BLOB NOT NULL,
                body_hash TEXT NOT NULL,
                quantity INTEGER NOT NULL,
                payment_method TEXT NOT NULL,
                state TEXT NOT NULL,
                order_id TEXT,
                amount INTEGER NOT NULL DEFAULT 0,
                last_reply TEXT,
                created_at TEXT NOT NULL,
                first_sent_at TEXT,
                updated_at TEXT NOT NULL,
                paid_at TEXT,
                fulfilled_at TEXT,
                last_error TEXT))"_s,
         uR"(CREATE TABLE jobs (
                id INTEGER PRIMARY KEY,
                source_path TEXT NOT NULL,
                output_path TEXT NOT NULL,
                file_name TEXT NOT NULL,
                document_hash TEXT NOT NULL,
                page INTEGER NOT NULL,
                llx REAL NOT NULL, lly REAL NOT NULL, urx REAL NOT NULL, ury REAL NOT NULL,
                document_type TEXT NOT NULL,
                state TEXT NOT NULL,
                doc_id TEXT, sn TEXT, filename_qr TEXT, url_file TEXT,
                result_path TEXT, verification TEXT,
                stamp_attempts INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                last_error TEXT))"_s,
         uR"(CREATE TABLE queue (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                ticket TEXT, queue_token TEXT, token_expires_at TEXT))"_s,
         uR"(CREATE TABLE events (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL, subject TEXT NOT NULL, state TEXT NOT NULL, detail TEXT))"_s,
         u"CREATE INDEX events_subject ON events(subject)"_s},
        // version 2: finding a lost SN again, and uploads rewritten as PDF 1.7
        {u"ALTER TABLE jobs ADD COLUMN service_file_name TEXT"_s,
         u"ALTER TABLE jobs ADD COLUMN serial_asked_at TEXT"_s,
         u"ALTER TABLE jobs ADD COLUMN upload_path TEXT"_s,
         u"ALTER TABLE jobs ADD COLUMN upload_hash TEXT"_s,
         // whose work each record is: the service (backend host) and the account
         u"ALTER TABLE orders ADD COLUMN service TEXT"_s,
         u"ALTER TABLE orders ADD COLUMN account TEXT"_s,
         u"ALTER TABLE jobs ADD COLUMN service TEXT"_s,
         u"ALTER TABLE jobs ADD COLUMN account TEXT"_s},
    };
    return steps;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant() : QVariant(s);
}

bool exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    qWarning("journal: %s", qPrintable(q.lastError().text()));
    return false;
}

OrderRecord readOrder(const QSqlQuery &q)
{
    OrderRecord o;
    o.id = q.value(u"id"_s).toLongLong();
    o.idempotencyKey = q.value(u"idempotency_key"_s).toString();
    o.body = q.value(u"body"_s).toByteArray();
    o.bodyHash = q.value(u"body_hash"_s).toString();
    o.quantity = q.value(u"quantity"_s).toInt();
    o.paymentMethod = q.value(u"payment_method"_s).toString();
    o.state = q.value(u"state"_s).toString();
    o.orderId = q.value(u"order_id"_s).toString();
    o.amount = q.value(u"amount"_s).toLongLong();
    o.lastReply = QJsonDocument::fromJson(q.value(u"last_reply"_s).toByteArray()).object();
    o.createdAt = fromIso(q.value(u"created_at"_s));
    o.firstSentAt = fromIso(q.value(u"first_sent_at"_s));
    o.updatedAt = fromIso(q.value(u"updated_at"_s));
    o.paidAt = fromIso(q.value(u"paid_at"_s));
    o.fulfilledAt = fromIso(q.value(u"fulfilled_at"_s));
    o.lastError = q.value(u"last_error"_s).toString();
    o.owner = {q.value(u"service"_s).toString(), q.value(u"account"_s).toString()};
    return o;
}

StampJob readJob(const QSqlQuery &q)
{
    StampJob j;
    j.id = q.value(u"id"_s).toLongLong();
    j.sourcePath = q.value(u"source_path"_s).toString();
    j.outputPath = q.value(u"output_path"_s).toString();
    j.fileName = q.value(u"file_name"_s).toString();
    j.documentHash = q.value(u"document_hash"_s).toString();
    j.page = q.value(u"page"_s).toInt();
    j.userBox = QRectF(QPointF(q.value(u"llx"_s).toDouble(), q.value(u"lly"_s).toDouble()),
                       QPointF(q.value(u"urx"_s).toDouble(), q.value(u"ury"_s).toDouble()));
    j.documentType = q.value(u"document_type"_s).toString();
    j.state = q.value(u"state"_s).toString();
    j.docId = q.value(u"doc_id"_s).toString();
    j.sn = q.value(u"sn"_s).toString();
    j.filenameQR = q.value(u"filename_qr"_s).toString();
    j.urlFile = q.value(u"url_file"_s).toString();
    j.resultPath = q.value(u"result_path"_s).toString();
    j.verification = q.value(u"verification"_s).toString();
    j.stampAttempts = q.value(u"stamp_attempts"_s).toInt();
    j.serviceFileName = q.value(u"service_file_name"_s).toString();
    j.serialAskedAt = fromIso(q.value(u"serial_asked_at"_s));
    j.uploadPath = q.value(u"upload_path"_s).toString();
    j.uploadHash = q.value(u"upload_hash"_s).toString();
    j.createdAt = fromIso(q.value(u"created_at"_s));
    j.updatedAt = fromIso(q.value(u"updated_at"_s));
    j.lastError = q.value(u"last_error"_s).toString();
    j.owner = {q.value(u"service"_s).toString(), q.value(u"account"_s).toString()};
    return j;
}

// What a job's history keeps of a change: its SN and why it moved (a given-up SN is named only
// in the error, since the job no longer holds it).
QString eventDetail(const StampJob &j)
{
    if (j.lastError.isEmpty())
        return j.sn;
    return j.sn.isEmpty() ? j.lastError : j.sn + u" · "_s + j.lastError;
}

} // namespace

bool OrderRecord::finished() const
{
    return state == u"FULFILLED" || state == u"EXPIRED" || state == u"FAILED";
}

Journal::Journal(const QString &connection, const QString &path, Clock &clock)
    : m_connection(connection), m_path(path), m_clock(clock)
{ }

Journal::~Journal()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString Journal::filesDir() const
{
    const QFileInfo info(m_path);
    return info.absolutePath() + u'/' + info.completeBaseName() + u"-files"_s;
}

QString Journal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/journal.sqlite"_s;
}

std::unique_ptr<Journal> Journal::open(const QString &path, Clock &clock, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString connection = u"bubuh-journal-"_s + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<Journal> journal(new Journal(connection, path, clock));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open()) {
        *error = db.lastError().text();
        return {};
    }
    QSqlQuery q(db);
    // WAL with synchronous=FULL: a committed change survives a crash or power loss.
    for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
                                  u"PRAGMA foreign_keys=ON"_s}) {
        if (!q.exec(pragma)) {
            *error = q.lastError().text();
            return {};
        }
    }
    if (!journal->migrate(error))
        return {};
    return journal;
}

int Journal::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(u"PRAGMA user_version"_s) && q.next() ? q.value(0).toInt() : -1;
}

bool Journal::migrate(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const int current = schemaVersion();
    if (current > kSchemaVersion) {
        *error = u"the journal was written by a newer Bubuh (schema %1)"_s.arg(current);
        return false;
    }
    for (int version = current + 1; version <= kSchemaVersion; ++version) {
        db.transaction();
        QSqlQuery q(db);
        for (const QString &statement : migrations().at(version - 1)) {
            if (!q.exec(statement)) {
                *error = q.lastError().text();
                db.rollback();
                return false;
            }
        }
        q.exec(u"PRAGMA user_version = %1"_s.arg(version));
        if (!db.commit()) {
            *error = db.lastError().text();
            return false;
        }
    }
    return true;
}

bool Journal::logEvent(const QString &subject, const QString &state, const QString &detail)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"INSERT INTO events (at, subject, state, detail) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(iso(m_clock.now()));
    q.addBindValue(subject);
    q.addBindValue(state);
    q.addBindValue(text(detail));
    return exec(q);
}

bool Journal::commitChange(const std::function<QString(QSqlQuery &)> &change, const QString &state,
                           const QString &detail, bool stateChanged)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery q(db);
    const QString subject = change(q);
    if (subject.isEmpty() || (stateChanged && !logEvent(subject, state, detail)) || !db.commit()) {
        db.rollback();
        return false;
    }
    if (stateChanged) // "order:7" in PAID -> crash point "order-PAID"
        CrashPoint::reached(subject.section(u':', 0, 0) + u'-' + state);
    return true;
}

qint64 Journal::addOrder(const OrderRecord &o)
{
    qint64 id = 0;
    const QString now = iso(m_clock.now());
    const bool ok = commitChange(
        [&](QSqlQuery &q) {
            q.prepare(uR"(INSERT INTO orders (idempotency_key, body, body_hash, quantity,
                          payment_method, state, created_at, updated_at, service, account)
                          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
            for (const QVariant &v :
                 {QVariant(o.idempotencyKey), QVariant(o.body), QVariant(o.bodyHash),
                  QVariant(o.quantity), QVariant(o.paymentMethod), QVariant(o.state), QVariant(now),
                  QVariant(now), text(m_owner.service), text(m_owner.account)})
                q.addBindValue(v);
            if (!exec(q))
                return QString();
            id = q.lastInsertId().toLongLong();
            return u"order:%1"_s.arg(id);
        },
        o.state, o.idempotencyKey, true);
    return ok ? id : 0;
}

bool Journal::updateOrder(const OrderRecord &o)
{
    const std::optional<OrderRecord> before = order(o.id);
    const QVariant reply = o.lastReply.isEmpty()
        ? QVariant()
        : QVariant(QJsonDocument(o.lastReply).toJson(QJsonDocument::Compact));
    return commitChange(
        [&](QSqlQuery &q) {
            q.prepare(uR"(UPDATE orders SET state = ?, order_id = ?, amount = ?, last_reply = ?,
                          first_sent_at = ?, updated_at = ?, paid_at = ?, fulfilled_at = ?,
                          last_error = ? WHERE id = ?)"_s);
            for (const QVariant &v :
                 {QVariant(o.state), text(o.orderId), QVariant(o.amount), reply,
                  text(iso(o.firstSentAt)), QVariant(iso(m_clock.now())), text(iso(o.paidAt)),
                  text(iso(o.fulfilledAt)), text(o.lastError), QVariant(o.id)})
                q.addBindValue(v);
            return exec(q) ? u"order:%1"_s.arg(o.id) : QString();
        },
        o.state, o.orderId, !before || before->state != o.state);
}

std::optional<OrderRecord> Journal::order(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT * FROM orders WHERE id = ?"_s);
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return readOrder(q);
}

QList<OrderRecord> Journal::orders() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    QList<OrderRecord> list;
    if (q.exec(u"SELECT * FROM orders ORDER BY id"_s)) {
        while (q.next())
            list.append(readOrder(q));
    }
    return list;
}

bool JournalOwner::mayContinue(const JournalOwner &record) const
{
    // Records from before owners were kept belong to whoever opens the journal.
    return account.isEmpty() || (record.service.isEmpty() && record.account.isEmpty())
        || record == *this;
}

QList<OrderRecord> Journal::unfinishedOrders() const
{
    QList<OrderRecord> list = orders();
    list.removeIf(
        [this](const OrderRecord &o) { return o.finished() || !m_owner.mayContinue(o.owner); });
    return list;
}

qint64 Journal::addJob(const StampJob &j)
{
    qint64 id = 0;
    const QString now = iso(m_clock.now());
    const bool ok = commitChange(
        [&](QSqlQuery &q) {
            q.prepare(
                uR"(INSERT INTO jobs (source_path, output_path, file_name, document_hash, page,
                          llx, lly, urx, ury, document_type, state, service_file_name,
                          created_at, updated_at, service, account)
                          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
            for (const QVariant &v :
                 {QVariant(j.sourcePath), QVariant(j.outputPath), QVariant(j.fileName),
                  QVariant(j.documentHash), QVariant(j.page), QVariant(j.userBox.left()),
                  QVariant(j.userBox.top()), QVariant(j.userBox.right()),
                  QVariant(j.userBox.bottom()), QVariant(j.documentType), QVariant(j.state),
                  text(j.serviceFileName), QVariant(now), QVariant(now), text(m_owner.service),
                  text(m_owner.account)})
                q.addBindValue(v);
            if (!exec(q))
                return QString();
            id = q.lastInsertId().toLongLong();
            return u"job:%1"_s.arg(id);
        },
        j.state, j.fileName, true);
    return ok ? id : 0;
}

bool Journal::updateJob(const StampJob &j)
{
    const std::optional<StampJob> before = job(j.id);
    return commitChange(
        [&](QSqlQuery &q) {
            q.prepare(
                uR"(UPDATE jobs SET state = ?, doc_id = ?, sn = ?, filename_qr = ?, url_file = ?,
                          result_path = ?, verification = ?, stamp_attempts = ?, updated_at = ?,
                          last_error = ?, service_file_name = ?, serial_asked_at = ?,
                          upload_path = ?, upload_hash = ? WHERE id = ?)"_s);
            for (const QVariant &v :
                 {QVariant(j.state), text(j.docId), text(j.sn), text(j.filenameQR), text(j.urlFile),
                  text(j.resultPath), text(j.verification), QVariant(j.stampAttempts),
                  QVariant(iso(m_clock.now())), text(j.lastError), text(j.serviceFileName),
                  text(iso(j.serialAskedAt)), text(j.uploadPath), text(j.uploadHash),
                  QVariant(j.id)})
                q.addBindValue(v);
            return exec(q) ? u"job:%1"_s.arg(j.id) : QString();
        },
        j.state, eventDetail(j), !before || before->state != j.state);
}

std::optional<StampJob> Journal::job(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT * FROM jobs WHERE id = ?"_s);
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return readJob(q);
}

QList<StampJob> Journal::jobs() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    QList<StampJob> list;
    if (q.exec(u"SELECT * FROM jobs ORDER BY id"_s)) {
        while (q.next())
            list.append(readJob(q));
    }
    return list;
}

QList<StampJob> Journal::unfinishedJobs() const
{
    QList<StampJob> list = jobs();
    list.removeIf(
        [this](const StampJob &j) { return j.finished() || !m_owner.mayContinue(j.owner); });
    return list;
}

std::optional<QueueTicket> Journal::queueTicket() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(u"SELECT ticket, queue_token, token_expires_at FROM queue WHERE id = 1"_s)
        || !q.next())
        return std::nullopt;
    return QueueTicket{q.value(0).toString(), q.value(1).toString(), fromIso(q.value(2))};
}

bool Journal::setQueueTicket(const std::optional<QueueTicket> &ticket)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!ticket)
        return q.exec(u"DELETE FROM queue"_s);
    q.prepare(
        u"INSERT OR REPLACE INTO queue (id, ticket, queue_token, token_expires_at) VALUES (1, ?, ?, ?)"_s);
    q.addBindValue(text(ticket->ticket));
    q.addBindValue(text(ticket->queueToken));
    q.addBindValue(text(iso(ticket->tokenExpiresAt)));
    return exec(q);
}

QList<Journal::Event> Journal::events(const QString &subject) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT at, subject, state, detail FROM events WHERE subject = ? ORDER BY id"_s);
    q.addBindValue(subject);
    QList<Event> list;
    if (exec(q)) {
        while (q.next())
            list.append({fromIso(q.value(0)), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString()});
    }
    return list;
}

} // namespace bubuh
