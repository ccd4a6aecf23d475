#include "Journal.h"

#include "core/Clock.h"
#include "core/CrashPoint.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
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
        // version 3: compare-and-set writes, and the check's verdict apart from its wording
        {u"ALTER TABLE orders ADD COLUMN revision INTEGER NOT NULL DEFAULT 0"_s,
         u"ALTER TABLE jobs ADD COLUMN revision INTEGER NOT NULL DEFAULT 0"_s,
         u"ALTER TABLE jobs ADD COLUMN verdict TEXT"_s,
         u"ALTER TABLE jobs ADD COLUMN verdict_detail TEXT"_s,
         u"UPDATE jobs SET verdict = 'valid' WHERE verification = 'valid'"_s,
         u"UPDATE jobs SET verdict = 'intact', verdict_detail = substr(verification, 9) "
         "WHERE verification LIKE 'intact; %'"_s,
         u"UPDATE jobs SET verdict = 'rejected', verdict_detail = verification "
         "WHERE verdict IS NULL AND verification <> ''"_s,
         // (the old verification column stays, unused: DROP COLUMN needs SQLite 3.35)
         u"CREATE INDEX jobs_document ON jobs(document_hash)"_s},
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
    // An unknown state (a newer Bubuh's) is taken as unknown: reconciled, never given up.
    o.state = orderStateFromText(q.value(u"state"_s).toString()).value_or(OrderState::Unknown);
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
    o.revision = q.value(u"revision"_s).toLongLong();
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
    // An unknown state (a newer Bubuh's) is read as "may hold an SN": never restarted.
    j.state = jobStateFromText(q.value(u"state"_s).toString()).value_or(JobState::Serial);
    j.docId = q.value(u"doc_id"_s).toString();
    j.sn = q.value(u"sn"_s).toString();
    j.filenameQR = q.value(u"filename_qr"_s).toString();
    j.urlFile = q.value(u"url_file"_s).toString();
    j.resultPath = q.value(u"result_path"_s).toString();
    j.verdict = verdictFromText(q.value(u"verdict"_s).toString()).value_or(StampVerdict::None);
    j.verdictDetail = q.value(u"verdict_detail"_s).toString();
    j.stampAttempts = q.value(u"stamp_attempts"_s).toInt();
    j.serviceFileName = q.value(u"service_file_name"_s).toString();
    j.serialAskedAt = fromIso(q.value(u"serial_asked_at"_s));
    j.uploadPath = q.value(u"upload_path"_s).toString();
    j.uploadHash = q.value(u"upload_hash"_s).toString();
    j.createdAt = fromIso(q.value(u"created_at"_s));
    j.updatedAt = fromIso(q.value(u"updated_at"_s));
    j.lastError = q.value(u"last_error"_s).toString();
    j.owner = {q.value(u"service"_s).toString(), q.value(u"account"_s).toString()};
    j.revision = q.value(u"revision"_s).toLongLong();
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

QString Journal::defaultFolder()
{
    // Not AppDataLocation, which differs between "bubuh" and "bubuh-cli": both must see (and
    // lock) the same journal. Local, not roaming, on Windows: SQLite wants a local disk.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/Bubuh"_s;
}

bool Journal::makeFolder(const QString &folder)
{
    const bool existed = QFileInfo::exists(folder);
    if (!existed && !QDir().mkpath(folder))
        return false;
    // A folder of someone's own choosing (--data-dir) keeps its permissions; Bubuh's own is
    // made private even when an older Bubuh created it.
    if (!existed || QFileInfo(folder) == QFileInfo(defaultFolder()))
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return true;
}

bool Journal::adoptLegacy(const QString &path)
{
    if (QFileInfo::exists(path))
        return false;
    // Before one folder was shared, the window kept its journals in AppDataLocation
    // (".../Bubuh/Bubuh") and bubuh-cli in ".../Bubuh/bubuh-cli".
    const QString name = QFileInfo(path).fileName();
    const QStringList folders = {defaultFolder() + u"/Bubuh"_s, defaultFolder() + u"/bubuh-cli"_s,
                                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)};
    for (const QString &folder : folders) {
        const QString old = folder + u'/' + name;
        if (QFileInfo(old) == QFileInfo(path) || !QFileInfo::exists(old))
            continue;
        bool moved = QFile::rename(old, path);
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
            if (moved && QFileInfo::exists(old + suffix))
                moved = QFile::rename(old + suffix, path + suffix);
        }
        const QString oldFiles = folder + u'/' + QFileInfo(path).completeBaseName() + u"-files"_s;
        if (moved && QFileInfo::exists(oldFiles))
            QDir().rename(oldFiles,
                          QFileInfo(path).absolutePath() + u'/' + QFileInfo(path).completeBaseName()
                              + u"-files"_s);
        if (moved)
            qInfo("journal: moved %s to %s", qPrintable(old), qPrintable(path));
        return moved;
    }
    return false;
}

namespace {

// What SQLite's quick check found wrong: empty when the file is sound. A check that could
// not run (busy, out of memory) is an error, not damage: the file is then left alone.
Result<QString> damage(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA quick_check"_s))
        return Failure{q.lastError().text(), u"quick_check did not run"_s};
    QStringList found;
    while (q.next())
        found << q.value(0).toString();
    return found == QStringList{u"ok"_s} ? QString() : found.join(u"; "_s).left(500);
}

// Copies of this journal that were found damaged and kept aside.
QStringList damagedCopies(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().entryList({info.fileName() + u".damaged-*"_s}, QDir::Files);
}

} // namespace

std::unique_ptr<Journal> Journal::open(const QString &path, Clock &clock, QString *error)
{
    if (path != u":memory:" && !makeFolder(QFileInfo(path).absolutePath())) {
        *error = u"the folder %1 cannot be created"_s.arg(QFileInfo(path).absolutePath());
        return {};
    }
    // A fresh, empty journal in the place of a damaged one would forget what was paid for.
    if (const QStringList kept = damagedCopies(path); !kept.isEmpty()) {
        *error = u"the journal was found damaged and kept as %1; move that file away (to a "
                 "safe place, for the distributor) before Bubuh buys or stamps again"_s.arg(
                     QFileInfo(path).dir().filePath(kept.first()));
        return {};
    }
    const QString connection = u"bubuh-journal-"_s + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<Journal> journal(new Journal(connection, path, clock));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open()) {
        *error = db.lastError().text();
        return {};
    }
    const Result<QString> found = damage(db);
    if (!found) {
        *error = found.failure().message;
        return {};
    }
    if (!found->isEmpty()) {
        db.close();
        journal.reset();
        QSqlDatabase::removeDatabase(connection);
        const QString aside
            = path + u".damaged-"_s + clock.now().toUTC().toString(u"yyyyMMdd-HHmmss"_s);
        bool moved = QFile::rename(path, aside);
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
            if (QFileInfo::exists(path + suffix))
                moved = QFile::rename(path + suffix, aside + suffix) && moved;
        }
        *error = moved
            ? u"the journal is damaged (%1); it was kept as %2"_s.arg(found.value(), aside)
            : u"the journal is damaged (%1)"_s.arg(found.value());
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
        if (!q.exec(u"PRAGMA user_version = %1"_s.arg(version)) || !db.commit()) {
            db.rollback();
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

Journal::Write Journal::commitChange(const std::function<Change(QSqlQuery &)> &change,
                                     const QString &state, const QString &detail, bool stateChanged)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        qWarning("journal: %s", qPrintable(db.lastError().text()));
        return Write::Failed;
    }
    QSqlQuery q(db);
    const Change done = change(q);
    if (done.write != Write::Done || (stateChanged && !logEvent(done.subject, state, detail))
        || !db.commit()) {
        db.rollback();
        return done.write == Write::Done ? Write::Failed : done.write;
    }
    if (stateChanged) // "order:7" in PAID -> crash point "order-PAID"
        CrashPoint::reached(done.subject.section(u':', 0, 0) + u'-' + state);
    return Write::Done;
}

namespace {

// The outcome of a compare-and-set UPDATE: written, refused by the disk, or lost to a writer
// that came first.
Journal::Write casOutcome(QSqlQuery &q)
{
    if (!exec(q))
        return Journal::Write::Failed;
    return q.numRowsAffected() == 1 ? Journal::Write::Done : Journal::Write::Conflict;
}

} // namespace

qint64 Journal::addOrder(const OrderRecord &o)
{
    qint64 id = 0;
    const QString now = iso(m_clock.now());
    const Write written = commitChange(
        [&](QSqlQuery &q) -> Change {
            q.prepare(uR"(INSERT INTO orders (idempotency_key, body, body_hash, quantity,
                          payment_method, state, created_at, updated_at, service, account)
                          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
            for (const QVariant &v :
                 {QVariant(o.idempotencyKey), QVariant(o.body), QVariant(o.bodyHash),
                  QVariant(o.quantity), QVariant(o.paymentMethod), QVariant(toText(o.state)),
                  QVariant(now), QVariant(now), text(m_owner.service), text(m_owner.account)})
                q.addBindValue(v);
            if (!exec(q))
                return {Write::Failed, {}};
            id = q.lastInsertId().toLongLong();
            return {Write::Done, u"order:%1"_s.arg(id)};
        },
        toText(o.state), o.idempotencyKey, true);
    return written == Write::Done ? id : 0;
}

Journal::Write Journal::updateOrder(OrderRecord &o)
{
    const std::optional<OrderRecord> before = order(o.id);
    const QVariant reply = o.lastReply.isEmpty()
        ? QVariant()
        : QVariant(QJsonDocument(o.lastReply).toJson(QJsonDocument::Compact));
    const Write written = commitChange(
        [&](QSqlQuery &q) -> Change {
            q.prepare(uR"(UPDATE orders SET state = ?, order_id = ?, amount = ?, last_reply = ?,
                          first_sent_at = ?, updated_at = ?, paid_at = ?, fulfilled_at = ?,
                          last_error = ?, revision = revision + 1
                          WHERE id = ? AND revision = ?)"_s);
            for (const QVariant &v :
                 {QVariant(toText(o.state)), text(o.orderId), QVariant(o.amount), reply,
                  text(iso(o.firstSentAt)), QVariant(iso(m_clock.now())), text(iso(o.paidAt)),
                  text(iso(o.fulfilledAt)), text(o.lastError), QVariant(o.id),
                  QVariant(o.revision)})
                q.addBindValue(v);
            return {casOutcome(q), u"order:%1"_s.arg(o.id)};
        },
        toText(o.state), o.orderId, !before || before->state != o.state);
    if (written == Write::Done)
        ++o.revision;
    return written;
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

namespace {

Failure readFailure(const QSqlQuery &q)
{
    return {QCoreApplication::translate("bubuh::Journal",
                                        "Bubuh cannot read its journal (%1). Nothing is bought or "
                                        "stamped until it can; close other programs that use it "
                                        "and try again.")
                .arg(q.lastError().text()),
            u"journal read failed"_s, Failure::Kind::Unavailable};
}

template<typename Record>
Result<QList<Record>> readAll(const QString &connection, const QString &sql,
                              Record (*read)(const QSqlQuery &), const QVariantList &binds = {})
{
    QSqlQuery q(QSqlDatabase::database(connection));
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!exec(q))
        return readFailure(q);
    QList<Record> list;
    while (q.next())
        list.append(read(q));
    if (q.lastError().isValid())
        return readFailure(q);
    return list;
}

} // namespace

Result<QList<OrderRecord>> Journal::orders() const
{
    return readAll<OrderRecord>(m_connection, u"SELECT * FROM orders ORDER BY id"_s, readOrder);
}

bool JournalOwner::mayContinue(const JournalOwner &record) const
{
    // Records from before owners were kept belong to whoever opens the journal.
    return account.isEmpty() || (record.service.isEmpty() && record.account.isEmpty())
        || record == *this;
}

Result<QList<OrderRecord>> Journal::unfinishedOrders() const
{
    Result<QList<OrderRecord>> list = orders();
    if (list)
        list.value().removeIf(
            [this](const OrderRecord &o) { return o.finished() || !m_owner.mayContinue(o.owner); });
    return list;
}

qint64 Journal::addJob(const StampJob &j)
{
    qint64 id = 0;
    const QString now = iso(m_clock.now());
    const Write written = commitChange(
        [&](QSqlQuery &q) -> Change {
            q.prepare(
                uR"(INSERT INTO jobs (source_path, output_path, file_name, document_hash, page,
                          llx, lly, urx, ury, document_type, state, service_file_name,
                          created_at, updated_at, service, account)
                          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
            for (const QVariant &v :
                 {QVariant(j.sourcePath), QVariant(j.outputPath), QVariant(j.fileName),
                  QVariant(j.documentHash), QVariant(j.page), QVariant(j.userBox.left()),
                  QVariant(j.userBox.top()), QVariant(j.userBox.right()),
                  QVariant(j.userBox.bottom()), QVariant(j.documentType), QVariant(toText(j.state)),
                  text(j.serviceFileName), QVariant(now), QVariant(now), text(m_owner.service),
                  text(m_owner.account)})
                q.addBindValue(v);
            if (!exec(q))
                return {Write::Failed, {}};
            id = q.lastInsertId().toLongLong();
            return {Write::Done, u"job:%1"_s.arg(id)};
        },
        toText(j.state), j.fileName, true);
    return written == Write::Done ? id : 0;
}

Journal::Write Journal::updateJob(StampJob &j)
{
    const std::optional<StampJob> before = job(j.id);
    const Write written = commitChange(
        [&](QSqlQuery &q) -> Change {
            q.prepare(
                uR"(UPDATE jobs SET state = ?, doc_id = ?, sn = ?, filename_qr = ?, url_file = ?,
                          result_path = ?, verdict = ?, verdict_detail = ?, stamp_attempts = ?,
                          updated_at = ?, last_error = ?, service_file_name = ?,
                          serial_asked_at = ?, upload_path = ?, upload_hash = ?,
                          revision = revision + 1 WHERE id = ? AND revision = ?)"_s);
            for (const QVariant &v :
                 {QVariant(toText(j.state)), text(j.docId), text(j.sn), text(j.filenameQR),
                  text(j.urlFile), text(j.resultPath), text(toText(j.verdict)),
                  text(j.verdictDetail), QVariant(j.stampAttempts), QVariant(iso(m_clock.now())),
                  text(j.lastError), text(j.serviceFileName), text(iso(j.serialAskedAt)),
                  text(j.uploadPath), text(j.uploadHash), QVariant(j.id), QVariant(j.revision)})
                q.addBindValue(v);
            return {casOutcome(q), u"job:%1"_s.arg(j.id)};
        },
        toText(j.state), eventDetail(j), !before || before->state != j.state);
    if (written == Write::Done)
        ++j.revision;
    return written;
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

Result<QList<StampJob>> Journal::jobs() const
{
    return readAll<StampJob>(m_connection, u"SELECT * FROM jobs ORDER BY id"_s, readJob);
}

Result<QList<StampJob>> Journal::unfinishedJobs() const
{
    Result<QList<StampJob>> list = jobs();
    if (list)
        list.value().removeIf(
            [this](const StampJob &j) { return j.finished() || !m_owner.mayContinue(j.owner); });
    return list;
}

Result<QList<StampJob>> Journal::jobsFor(const QString &documentHash) const
{
    return readAll<StampJob>(m_connection,
                             u"SELECT * FROM jobs WHERE document_hash = ? ORDER BY id"_s, readJob,
                             {documentHash});
}

Result<QList<StampJob>> Journal::jobsForDocuments(const QStringList &documentHashes) const
{
    if (documentHashes.isEmpty())
        return QList<StampJob>();
    QVariantList binds;
    for (const QString &hash : documentHashes)
        binds << hash;
    const QString marks = QStringList(documentHashes.size(), u"?"_s).join(u',');
    return readAll<StampJob>(
        m_connection, u"SELECT * FROM jobs WHERE document_hash IN (%1) ORDER BY id"_s.arg(marks),
        readJob, binds);
}

Result<std::optional<StampJob>> Journal::unfinishedJobFor(const QString &documentHash) const
{
    const Result<QList<StampJob>> list = jobsFor(documentHash);
    if (!list)
        return list.failure();
    for (const StampJob &j : list.value()) {
        if (!j.finished() && m_owner.mayContinue(j.owner))
            return std::optional<StampJob>(j);
    }
    return std::optional<StampJob>();
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
