#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace sim {

// Every simulator knob of protocol.md Part D. Each is both a command-line flag and a key of
// POST /sim/config, with the same name in camelCase.
struct SimConfig
{
    double capacity = 0.0;      // requests per second served; 0 = unlimited
    double rejectCost = 0.02;   // share of one request's capacity that a 503/429 costs
    double stampCapacity = 0.0; // upload/serial/stamp/download per second, besides; 0 = unlimited
    bool queue = false;         // waiting room in front of POST /api/v1/orders
    bool longPoll = true;       // the waiting room holds GET /queue/<ticket>?wait=S for news
    double admitRate = 2.0;     // waiting-room admissions per second
    double fulfillDelay = 2.0;  // seconds from PAID to FULFILLED
    bool autoPay = false;       // orders are paid as soon as they are created
    bool dss = false;           // append a DSS-only incremental update after stamping
    bool timestamp = true;      // an RFC 3161 signature time-stamp in every stamp, as Part A
    bool tls = false;           // serve HTTPS under the simulator's CA (read when listening)
    quint64 seed = 0;           // 0 = a fresh random seed
    double rebuildBelow = 1.6;  // uploads below this PDF version are rewritten before signing
    // Extras for tests; not in the protocol table but set the same way.
    double slowSeconds = 20.0;    // delay of the "slow" fault
    qint64 tokenLifetime = 86400; // JWT lifetime in seconds
    qint64 paymentWindow = 900;   // seconds an order waits for payment
    qint64 maxUploadBytes = 20 * 1024 * 1024;
    double keyLifetime = 24 * 3600; // seconds an Idempotency-Key is remembered
    bool misreport = false;         // a broken shop: replies show one e-Meterai more than ordered
    // Upload, serial, stamp and download: what one document costs the stamping capacity.
    static constexpr int kStampingRequestsPerDocument = 4;
    // faults[endpoint][kind] = probability
    QHash<QString, QHash<QString, double>> faults;

    static const QStringList &endpoints();
    static const QStringList &faultKinds();
    // The docSigningZ answers that only the stamp endpoint can give.
    static bool isStampFault(const QString &kind);

    // Parses "EP:KIND=P"; returns an error text, empty on success.
    QString addFault(const QString &spec);
    // Applies the keys present in json; unknown keys or bad values are an error (nothing applied).
    QString apply(const QJsonObject &json);
    QJsonObject toJson() const;

    // Declares the flags on parser / reads them back.
    static void declareOptions(QCommandLineParser &parser);
    QString readOptions(const QCommandLineParser &parser);
};

} // namespace sim
