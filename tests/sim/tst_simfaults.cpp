// Part D's faults on every endpoint, and what each one leaves behind in /sim/ledger.
#include "PdfFactory.h"
#include "SimFixture.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace test;

namespace {

// One request to each endpoint, as a client would send it, given a prepared account.
struct Scenario
{
    QString token, docId, sn;
};

HttpResult call(SimFixture &sim, const QString &endpoint, const Scenario &s)
{
    const Headers auth = bearer(s.token);
    if (endpoint == u"login")
        return postJson(sim.url(u"/api/users/login"_s),
                        {{u"user"_s, u"demo"_s}, {u"password"_s, u"demo"_s}});
    if (endpoint == u"saldopos")
        return send("POST", sim.url(u"/function/saldopos"_s), {}, auth);
    if (endpoint == u"jenisdoc")
        return get(sim.url(u"/jenisdoc"_s), auth);
    if (endpoint == u"upload")
        return uploadPdf(sim.url(u"/uploaddoc2"_s), makeA4(), s.token);
    if (endpoint == u"serial")
        return postJson(sim.url(u"/chanel/stampv2"_s),
                        {{u"idfile"_s, s.docId},
                         {u"namadoc"_s, u"3"_s},
                         {u"nilaidoc"_s, u"10000"_s},
                         {u"tgldoc"_s, u"2026-11-27"_s}},
                        auth);
    if (endpoint == u"stamp")
        return sim.stamp(s.token, s.docId, s.sn, 1, QRectF(400, 100, 100, 100), true);
    if (endpoint == u"download")
        return get(sim.url(u"/getfile3/doc_%1.pdf"_s.arg(s.docId)), auth);
    if (endpoint == u"snstatus")
        return get(sim.url(u"/api/chanel/stamp/ext?filter="_s + s.sn), auth);
    if (endpoint == u"products")
        return get(sim.url(u"/api/v1/products"_s));
    if (endpoint == u"orders") {
        Headers h = auth;
        h.append({"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
        return postJson(
            sim.url(u"/api/v1/orders"_s),
            {{u"sku"_s, u"EMT-10000"_s}, {u"quantity"_s, 1}, {u"paymentMethod"_s, u"VA"_s}}, h);
    }
    if (endpoint == u"order")
        return get(sim.url(u"/api/v1/orders/ORD-NONE"_s), auth);
    return postJson(sim.url(u"/queue/join"_s), {}); // queue
}

const QStringList kEndpoints
    = {u"login"_s,    u"saldopos"_s, u"jenisdoc"_s, u"upload"_s, u"serial"_s, u"stamp"_s,
       u"download"_s, u"snstatus"_s, u"products"_s, u"orders"_s, u"order"_s,  u"queue"_s};

Scenario prepare(SimFixture &sim)
{
    Scenario s;
    s.token = sim.login();
    sim.buyQuota(s.token, 5);
    s.docId = sim.upload(s.token, makeA4());
    s.sn = sim.serial(s.token, s.docId);
    return s;
}

QJsonObject faults(const QString &endpoint, const QString &kind)
{
    return {{u"faults"_s, QJsonObject{{endpoint, QJsonObject{{kind, 1.0}}}}}};
}

} // namespace

class TestSimFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFaultOnEveryEndpoint_data() { addFaultMatrix(kEndpoints); }

    void everyFaultOnEveryEndpoint()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, kind);
        SimFixture sim({{u"slowSeconds"_s, 0.4}});
        const Scenario s = prepare(sim);
        const QJsonObject before = sim.ledger();
        sim.configure(faults(endpoint, kind));
        const HttpResult r = call(sim, endpoint, s);
        sim.configure({{u"faults"_s, QJsonObject()}});
        const QJsonObject after = sim.ledger();

        if (kind == u"503" || kind == u"429") {
            QCOMPARE(r.status, kind.toInt());
            QVERIFY(r.header("Retry-After").toInt() >= 1);
            QVERIFY(r.isJson());
        } else if (kind.startsWith(u"reset")) {
            QCOMPARE(r.status, 0); // no HTTP reply at all
            QVERIFY(r.error != QNetworkReply::NoError);
        } else if (kind == u"slow") {
            QVERIFY(r.status != 0);
            QVERIFY2(r.elapsedMs >= 350, qPrintable(QString::number(r.elapsedMs)));
        } else if (kind == u"malformed") {
            QVERIFY(r.status != 0);
            QVERIFY(!r.isJson());
        }

        // What was committed: nothing when the request was refused or dropped before the
        // work, everything when only the answer was lost.
        const bool committed = kind == u"resetAfter" || kind == u"slow" || kind == u"malformed";
        if (endpoint == u"orders") {
            QCOMPARE(after.value("orders"_L1).toArray().size(),
                     before.value("orders"_L1).toArray().size() + (committed ? 1 : 0));
        } else if (endpoint == u"serial") {
            QCOMPARE(after.value("serials"_L1).toArray().size(),
                     before.value("serials"_L1).toArray().size() + (committed ? 1 : 0));
            QCOMPARE(after.value("account"_L1).toObject().value("saldo"_L1).toInt(),
                     before.value("account"_L1).toObject().value("saldo"_L1).toInt()
                         - (committed ? 1 : 0));
        } else if (endpoint == u"stamp") {
            const QString status = after.value("serials"_L1)
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value("status"_L1)
                                       .toString();
            QCOMPARE(status, committed ? u"STAMP"_s : u"NOTSTAMP"_s);
        }
        // No fault ever takes money twice.
        for (const QJsonValue &o : after.value("orders"_L1).toArray())
            QVERIFY(o.toObject().value("charges"_L1).toInt() <= 1);
    }

    void resetAfterAPaidOrderKeepsTheCharge()
    {
        // The nightmare of 2024: the order is committed and paid, the answer never arrives.
        SimFixture sim({{u"autoPay"_s, true}});
        const QString token = sim.login();
        sim.configure(faults(u"orders"_s, u"resetAfter"_s));
        Headers h = bearer(token);
        const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        h.append({"Idempotency-Key", key});
        const QJsonObject body{
            {u"sku"_s, u"EMT-10000"_s}, {u"quantity"_s, 2}, {u"paymentMethod"_s, u"QRIS"_s}};
        QCOMPARE(postJson(sim.url(u"/api/v1/orders"_s), body, h).status, 0);
        QJsonArray orders = sim.ledger().value("orders"_L1).toArray();
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders.at(0).toObject().value("charges"_L1).toInt(), 1);
        // Retrying with the same key finds that order instead of charging again.
        sim.configure({{u"faults"_s, QJsonObject()}});
        const HttpResult replay = postJson(sim.url(u"/api/v1/orders"_s), body, h);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.json().value("orderId"_L1).toString(),
                 orders.at(0).toObject().value("orderId"_L1).toString());
        orders = sim.ledger().value("orders"_L1).toArray();
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders.at(0).toObject().value("charges"_L1).toInt(), 1);
        QCOMPARE(sim.ledger().value("account"_L1).toObject().value("saldo"_L1).toInt(), 2);
    }

    void aSeedMakesFaultsRepeatable()
    {
        const auto pattern = [](quint64 seed) {
            SimFixture sim(
                {{u"seed"_s, double(seed)},
                 {u"faults"_s,
                  QJsonObject{{u"*"_s, QJsonObject{{u"503"_s, 0.3}, {u"429"_s, 0.2}}}}}});
            QString statuses;
            for (int i = 0; i < 40; ++i)
                statuses += QString::number(get(sim.url(u"/api/v1/products"_s)).status) + u' ';
            return statuses;
        };
        const QString a = pattern(42), b = pattern(42), c = pattern(7);
        QCOMPARE(a, b);
        QVERIFY(a != c);
        QVERIFY(a.contains(u"503"_s) && a.contains(u"429"_s) && a.contains(u"200"_s));
    }

    void probabilityIsHonoured()
    {
        SimFixture sim({{u"seed"_s, 3},
                        {u"faults"_s, QJsonObject{{u"products"_s, QJsonObject{{u"503"_s, 0.5}}}}}});
        int rejected = 0;
        for (int i = 0; i < 200; ++i)
            rejected += get(sim.url(u"/api/v1/products"_s)).status == 503;
        QVERIFY2(rejected > 60 && rejected < 140, qPrintable(QString::number(rejected)));
    }

    void configRejectsNonsense()
    {
        SimFixture sim;
        for (const QJsonObject &bad :
             {QJsonObject{{u"capacity"_s, -1}}, QJsonObject{{u"nosuch"_s, 1}},
              faults(u"nosuch"_s, u"503"_s), faults(u"login"_s, u"error92"_s),
              QJsonObject{{u"faults"_s, QJsonObject{{u"login"_s, QJsonObject{{u"503"_s, 2}}}}}}}) {
            const HttpResult r = postJson(sim.url(u"/sim/config"_s), bad);
            QCOMPARE(r.status, 400);
        }
        QCOMPARE(get(sim.url(u"/sim/config"_s)).json().value("capacity"_L1).toDouble(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_simfaults.moc"
