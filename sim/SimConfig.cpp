#include "SimConfig.h"

#include <tuple>

#include <QCommandLineParser>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sim {

const QStringList &SimConfig::endpoints()
{
    static const QStringList names
        = {u"login"_s,  u"saldopos"_s, u"jenisdoc"_s, u"upload"_s,     u"serial"_s,
           u"stamp"_s,  u"download"_s, u"snstatus"_s, u"seriallist"_s, u"products"_s,
           u"orders"_s, u"order"_s,    u"queue"_s};
    return names;
}

const QStringList &SimConfig::faultKinds()
{
    // error70 and error93-96 go beyond protocol.md's list so that every docSigningZ error code
    // can be produced on demand; they fail one attempt and leave the serial number usable.
    // used97 is the adapter's "Serial Number Already Used": the SN is spent without a stamp.
    static const QStringList kinds
        = {u"503"_s,       u"429"_s,     u"resetBefore"_s, u"resetAfter"_s, u"slow"_s,
           u"malformed"_s, u"error70"_s, u"error92"_s,     u"error93"_s,    u"error94"_s,
           u"error95"_s,   u"error96"_s, u"error97"_s,     u"used97"_s};
    return kinds;
}

bool SimConfig::isStampFault(const QString &kind)
{
    return kind.startsWith(u"error") || kind == u"used97";
}

static QString checkFault(const QString &endpoint, const QString &kind, double p)
{
    if (endpoint != u"*" && !SimConfig::endpoints().contains(endpoint))
        return u"unknown endpoint '%1'"_s.arg(endpoint);
    if (!SimConfig::faultKinds().contains(kind))
        return u"unknown fault kind '%1'"_s.arg(kind);
    if (SimConfig::isStampFault(kind) && endpoint != u"stamp")
        return u"fault %1 exists only for the stamp endpoint"_s.arg(kind);
    if (!(p >= 0.0 && p <= 1.0))
        return u"probability must be between 0 and 1"_s;
    return {};
}

QString SimConfig::addFault(const QString &spec)
{
    const qsizetype colon = spec.indexOf(u':');
    const qsizetype equals = spec.indexOf(u'=', colon + 1);
    if (colon <= 0 || equals <= colon + 1)
        return u"fault must look like EP:KIND=P, got '%1'"_s.arg(spec);
    const QString endpoint = spec.left(colon);
    const QString kind = spec.mid(colon + 1, equals - colon - 1);
    bool ok = false;
    const double p = spec.mid(equals + 1).toDouble(&ok);
    if (!ok)
        return u"probability in '%1' is not a number"_s.arg(spec);
    if (QString error = checkFault(endpoint, kind, p); !error.isEmpty())
        return error;
    faults[endpoint][kind] = p;
    return {};
}

namespace {

bool readNumber(const QJsonObject &json, QLatin1StringView key, double min, double *out,
                QString *error)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isDouble() || v.toDouble() < min) {
        *error = u"'%1' must be a number >= %2"_s.arg(key).arg(min);
        return false;
    }
    *out = v.toDouble();
    return true;
}

bool readBool(const QJsonObject &json, QLatin1StringView key, bool *out, QString *error)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isBool()) {
        *error = u"'%1' must be true or false"_s.arg(key);
        return false;
    }
    *out = v.toBool();
    return true;
}

} // namespace

QString SimConfig::apply(const QJsonObject &json)
{
    static const QStringList known = {u"capacity"_s,       u"rejectCost"_s,  u"queue"_s,
                                      u"admitRate"_s,      u"faults"_s,      u"fulfillDelay"_s,
                                      u"autoPay"_s,        u"seed"_s,        u"dss"_s,
                                      u"slowSeconds"_s,    u"tokenLife"_s,   u"paymentWindow"_s,
                                      u"maxUploadBytes"_s, u"keyLifetime"_s, u"rebuildBelow"_s,
                                      u"misreport"_s,      u"timestamp"_s,   u"tls"_s,
                                      u"stampCapacity"_s,  u"longPoll"_s};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return u"unknown key '%1'"_s.arg(it.key());
    }
    SimConfig next = *this;
    QString error;
    double seed = double(next.seed), tokenLifetime = double(next.tokenLifetime),
           paymentWindow = double(next.paymentWindow), maxUpload = double(next.maxUploadBytes);
    if (!readNumber(json, "capacity"_L1, 0, &next.capacity, &error)
        || !readNumber(json, "stampCapacity"_L1, 0, &next.stampCapacity, &error)
        || !readNumber(json, "rejectCost"_L1, 0, &next.rejectCost, &error)
        || !readNumber(json, "admitRate"_L1, 0, &next.admitRate, &error)
        || !readNumber(json, "fulfillDelay"_L1, 0, &next.fulfillDelay, &error)
        || !readNumber(json, "slowSeconds"_L1, 0, &next.slowSeconds, &error)
        || !readNumber(json, "seed"_L1, 0, &seed, &error)
        || !readNumber(json, "tokenLife"_L1, 1, &tokenLifetime, &error)
        || !readNumber(json, "rebuildBelow"_L1, 0, &next.rebuildBelow, &error)
        || !readNumber(json, "paymentWindow"_L1, 1, &paymentWindow, &error)
        || !readNumber(json, "maxUploadBytes"_L1, 1, &maxUpload, &error)
        || !readNumber(json, "keyLifetime"_L1, 0, &next.keyLifetime, &error)
        || !readBool(json, "queue"_L1, &next.queue, &error)
        || !readBool(json, "longPoll"_L1, &next.longPoll, &error)
        || !readBool(json, "autoPay"_L1, &next.autoPay, &error)
        || !readBool(json, "dss"_L1, &next.dss, &error)
        || !readBool(json, "timestamp"_L1, &next.timestamp, &error)
        || !readBool(json, "tls"_L1, &next.tls, &error)
        || !readBool(json, "misreport"_L1, &next.misreport, &error))
        return error;
    next.seed = quint64(seed);
    next.tokenLifetime = qint64(tokenLifetime);
    next.paymentWindow = qint64(paymentWindow);
    next.maxUploadBytes = qint64(maxUpload);
    if (json.contains("faults"_L1)) {
        if (!json.value("faults"_L1).isObject())
            return u"'faults' must be an object {EP: {KIND: P}}"_s;
        next.faults.clear();
        const QJsonObject faultsJson = json.value("faults"_L1).toObject();
        for (auto ep = faultsJson.begin(); ep != faultsJson.end(); ++ep) {
            if (!ep.value().isObject())
                return u"faults of '%1' must be an object"_s.arg(ep.key());
            const QJsonObject kinds = ep.value().toObject();
            for (auto k = kinds.begin(); k != kinds.end(); ++k) {
                const double p = k.value().toDouble(-1);
                if (QString e = checkFault(ep.key(), k.key(), p); !e.isEmpty())
                    return e;
                if (p > 0)
                    next.faults[ep.key()][k.key()] = p;
            }
        }
    }
    *this = next;
    return {};
}

QJsonObject SimConfig::toJson() const
{
    QJsonObject faultsJson;
    for (auto ep = faults.begin(); ep != faults.end(); ++ep) {
        QJsonObject kinds;
        for (auto k = ep->begin(); k != ep->end(); ++k)
            kinds.insert(k.key(), k.value());
        faultsJson.insert(ep.key(), kinds);
    }
    return QJsonObject{{u"capacity"_s, capacity},
                       {u"stampCapacity"_s, stampCapacity},
                       {u"rejectCost"_s, rejectCost},
                       {u"queue"_s, queue},
                       {u"longPoll"_s, longPoll},
                       {u"admitRate"_s, admitRate},
                       {u"faults"_s, faultsJson},
                       {u"fulfillDelay"_s, fulfillDelay},
                       {u"autoPay"_s, autoPay},
                       {u"misreport"_s, misreport},
                       {u"seed"_s, double(seed)},
                       {u"dss"_s, dss},
                       {u"timestamp"_s, timestamp},
                       {u"tls"_s, tls},
                       {u"slowSeconds"_s, slowSeconds},
                       {u"tokenLife"_s, double(tokenLifetime)},
                       {u"rebuildBelow"_s, rebuildBelow},
                       {u"paymentWindow"_s, double(paymentWindow)},
                       {u"maxUploadBytes"_s, double(maxUploadBytes)},
                       {u"keyLifetime"_s, keyLifetime}};
}

void SimConfig::declareOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"capacity"_s, u"Requests per second served (0 = unlimited)."_s, u"R"_s},
        {u"reject-cost"_s, u"Share of one request's capacity a 503/429 costs."_s, u"F"_s},
        {u"stamp-capacity"_s,
         u"Stamping requests (upload, serial, stamp, download) per second served, on top of "
         "--capacity (0 = unlimited)."_s,
         u"R"_s},
        {u"queue"_s, u"Turn the waiting room on."_s},
        {u"no-long-poll"_s, u"The waiting room does not hold polls (?wait=S) for news."_s},
        {u"admit-rate"_s, u"Waiting-room admissions per second."_s, u"R"_s},
        {u"fault"_s, u"Fault KIND on endpoint EP with probability P (repeatable)."_s,
         u"EP:KIND=P"_s},
        {u"fulfill-delay"_s, u"Seconds from PAID to FULFILLED."_s, u"S"_s},
        {u"auto-pay"_s, u"Orders are paid as soon as they are created."_s},
        {u"seed"_s, u"Seed that makes every random choice repeatable."_s, u"N"_s},
        {u"dss"_s, u"Append a DSS-only incremental update after stamping."_s},
        {u"no-timestamp"_s, u"Stamp without an RFC 3161 signature time-stamp."_s},
        {u"tls"_s,
         u"Serve HTTPS with a server certificate for 127.0.0.1 under the simulator's CA."_s},
        {u"misreport"_s,
         u"A broken shop: order replies show one e-Meterai more than ordered, at its price."_s},
        {u"slow-seconds"_s, u"Delay of the 'slow' fault in seconds."_s, u"S"_s},
        {u"token-life"_s, u"JWT lifetime in seconds; expired tokens are refused in the body."_s,
         u"S"_s},
        {u"rebuild-below"_s,
         u"Rewrite uploads below this PDF version before signing, as the real adapter does "
         "(default 1.6; 0 = never)."_s,
         u"V"_s},
    });
}

QString SimConfig::readOptions(const QCommandLineParser &parser)
{
    QJsonObject json;
    const auto number = [&](const QString &flag, const QString &key) -> QString {
        if (!parser.isSet(flag))
            return {};
        bool ok = false;
        const double v = parser.value(flag).toDouble(&ok);
        if (!ok)
            return u"--%1 needs a number"_s.arg(flag);
        json.insert(key, v);
        return {};
    };
    for (const auto &[flag, key] : {std::pair{u"capacity"_s, u"capacity"_s},
                                    {u"stamp-capacity"_s, u"stampCapacity"_s},
                                    {u"reject-cost"_s, u"rejectCost"_s},
                                    {u"admit-rate"_s, u"admitRate"_s},
                                    {u"fulfill-delay"_s, u"fulfillDelay"_s},
                                    {u"seed"_s, u"seed"_s},
                                    {u"slow-seconds"_s, u"slowSeconds"_s},
                                    {u"token-life"_s, u"tokenLife"_s},
                                    {u"rebuild-below"_s, u"rebuildBelow"_s}}) {
        if (QString error = number(flag, key); !error.isEmpty())
            return error;
    }
    // Switches: the flag sets its key to the value given here.
    for (const auto &[flag, key, value] : {std::tuple{u"queue"_s, u"queue"_s, true},
                                           {u"no-long-poll"_s, u"longPoll"_s, false},
                                           {u"auto-pay"_s, u"autoPay"_s, true},
                                           {u"dss"_s, u"dss"_s, true},
                                           {u"no-timestamp"_s, u"timestamp"_s, false},
                                           {u"tls"_s, u"tls"_s, true},
                                           {u"misreport"_s, u"misreport"_s, true}}) {
        if (parser.isSet(flag))
            json.insert(key, value);
    }
    if (QString error = apply(json); !error.isEmpty())
        return error;
    for (const QString &spec : parser.values(u"fault"_s)) {
        if (QString error = addFault(spec); !error.isEmpty())
            return error;
    }
    return {};
}

} // namespace sim
