#pragma once

#include "BacklogEstimator.h"
#include "SimConfig.h"
#include "SimWaitingRoom.h"
#include "TokenBucket.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

namespace sim {

struct SimAccount
{
    int id = 0;
    QString user;
    QString password;
    QString firstName;
    qint64 saldo = 0;
};

struct SimDocument
{
    QString docId;
    QString owner;
    QString fileName;
    QByteArray original;
    QByteArray stamped;
    QString serial; // the SN it was stamped with
};

struct SimSerial
{
    QString sn;
    QString docId;
    QString owner;
    QString file;                                // the namafile the serial was asked for with
    QString status = QStringLiteral("NOTSTAMP"); // NOTSTAMP | STAMP | BURNED (used, no stamp)
    int failedAttempts = 0;
    QDateTime issued, updated;
};

struct SimOrder
{
    QString orderId;
    QString idempotencyKey;
    QString owner;
    QString sku;
    QString method;
    int quantity = 0;
    qint64 amount = 0;
    QString status = QStringLiteral("AWAITING_PAYMENT");
    int charges = 0;
    bool quotaCredited = false;
    QString paymentReference;
    QString qris;
    QString vaNumber;
    QDateTime createdAt, paidAt, fulfilledAt, expiresAt;
};

struct IdempotencyRecord
{
    QByteArray bodyHash;
    QString orderId;
    qint64 createdMs = 0;
    qint64 inFlightUntilMs = 0;
};

// Everything the simulator remembers, with its clock and its one random generator (so a seed
// makes every choice repeatable). State lives in memory for the life of the process.
class SimState
{
public:
    explicit SimState(const SimConfig &config);

    SimConfig config;
    QRandomGenerator rng;
    TokenBucket capacity;
    TokenBucket stampCapacity;     // the signing side's own limit (Part D --stamp-capacity)
    BacklogEstimator orderBacklog; // Retry-After for purchases turned away
    BacklogEstimator stampBacklog; // ...and for stamping requests, by account
    SimWaitingRoom waitingRoom{&rng};

    QHash<QString, SimAccount> accounts; // by user
    QHash<QString, SimDocument> documents;
    QList<SimSerial> serials;                      // in issue order
    QList<SimOrder> orders;                        // in creation order
    QHash<QString, IdempotencyRecord> idempotency; // key -> record
    QByteArray jwtSecret;

    struct Counters
    {
        qint64 total = 0, rejected503 = 0, rejected429 = 0, queuePolls = 0, queueJoins = 0,
               queueRequired = 0;
    } counters;

    qint64 nowMs() const { return m_clock.elapsed(); }
    QDateTime now() const { return m_start.addMSecs(m_clock.elapsed()); }

    // Applies a new configuration; a changed seed restarts the random sequence.
    QString reconfigure(const QJsonObject &json);

    // Moves time-driven state on: expiry of unpaid orders, fulfilment of paid ones.
    void settle();

    QString randomToken(int length, QStringView alphabet);
    QString issueJwt(const QString &user);
    // The account user for a valid, unexpired token; empty otherwise.
    QString verifyJwt(const QString &token);

    SimOrder *order(const QString &orderId);
    SimSerial *serial(const QString &sn);
    bool pay(SimOrder &order); // false if it was not awaiting payment
    qint64 notStamped(const QString &owner) const;
    QJsonObject ledger() const;

private:
    void configureLimits(qint64 nowMs);

    QElapsedTimer m_clock;
    QDateTime m_start;
};

} // namespace sim
