// Part A of protocol.md against the simulator over loopback: every endpoint and error code.
#include "PdfFactory.h"
#include "SimFixture.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace test;

namespace {

const QRectF kBox(400, 100, 100, 100);

QString status(const HttpResult &r)
{
    return r.json().value("status"_L1).toString();
}

QString errorCode(const HttpResult &r)
{
    return r.json().value("errorCode"_L1).toString();
}

QJsonObject serialOf(SimFixture &sim, const QString &sn)
{
    for (const QJsonValue &v : sim.ledger().value("serials"_L1).toArray()) {
        if (v.toObject().value("sn"_L1).toString() == sn)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestSimStampingApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loginIssuesAJwt()
    {
        SimFixture sim;
        const HttpResult r = postJson(sim.url(u"/api/users/login"_s),
                                      {{u"user"_s, u"demo"_s}, {u"password"_s, u"demo"_s}});
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value("statusCode"_L1).toString(), u"00"_s);
        const QString token = o.value("token"_L1).toString();
        QCOMPARE(token.count(u'.'), 2);
        const QJsonObject login = o.value("result"_L1)
                                      .toObject()
                                      .value("data"_L1)
                                      .toObject()
                                      .value("login"_L1)
                                      .toObject();
        QCOMPARE(login.value("token"_L1).toString(), token);
        QCOMPARE(login.value("user"_L1).toObject().value("email"_L1).toString(), u"demo"_s);
        const QJsonObject payload
            = QJsonDocument::fromJson(QByteArray::fromBase64(token.section(u'.', 1, 1).toLatin1(),
                                                             QByteArray::Base64UrlEncoding))
                  .object();
        QCOMPARE(qint64(payload.value("exp"_L1).toDouble() - payload.value("iat"_L1).toDouble()),
                 86400);
    }

    void loginRefusesWrongPassword()
    {
        SimFixture sim;
        const HttpResult r = postJson(sim.url(u"/api/users/login"_s),
                                      {{u"user"_s, u"demo"_s}, {u"password"_s, u"salah"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("statusCode"_L1).toString(), u"01"_s);
        QVERIFY(!r.json().contains("token"_L1));
    }

    // The real service refuses an unknown or expired token in the body, with HTTP 200:
    // statusCode "01" (saldopos: result.status "01") and the reason in result.err.
    static bool refusedInBody(const HttpResult &r)
    {
        const QJsonObject o = r.json();
        const QJsonObject result = o.value("result"_L1).toObject();
        return r.status == 200
            && (o.value("statusCode"_L1).toString() == u"01"
                || result.value("status"_L1).toString() == u"01")
            && !result.value("err"_L1).toString().isEmpty();
    }

    void wrongOrExpiredTokenIsRefusedInTheBody_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("saldopos") << u"/function/saldopos"_s << QByteArray("POST");
        QTest::newRow("jenisdoc") << u"/jenisdoc"_s << QByteArray("GET");
        QTest::newRow("serial") << u"/chanel/stampv2"_s << QByteArray("POST");
        QTest::newRow("snstatus") << u"/api/chanel/stamp/ext?filter=X"_s << QByteArray("GET");
        QTest::newRow("download") << u"/getfile3/final_abc.pdf"_s << QByteArray("GET");
    }

    void wrongOrExpiredTokenIsRefusedInTheBody()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, method);
        SimFixture sim;
        QVERIFY(refusedInBody(send(method, sim.url(path), "{}", bearer(u"a.b.c"_s))));
        QVERIFY(refusedInBody(send(method, sim.url(path), "{}")));
        // A token whose signature was tampered with.
        QString token = sim.login();
        token[token.size() - 2] = token.at(token.size() - 2) == u'A' ? u'B' : u'A';
        QVERIFY(refusedInBody(send(method, sim.url(path), "{}", bearer(token))));
    }

    void tokenExpires()
    {
        // Two seconds: the first request must land inside the lifetime even under ASan on a
        // busy machine, where signing in and asking took over a second.
        SimFixture sim({{u"tokenLife"_s, 2}});
        const QString token = sim.login();
        HttpResult r = send("POST", sim.url(u"/function/saldopos"_s), {}, bearer(token));
        QCOMPARE(r.json().value("result"_L1).toObject().value("status"_L1).toString(), u"00"_s);
        QVERIFY(!r.json().contains("statusCode"_L1)); // saldopos has no top-level statusCode
        QTest::qWait(3100); // past the whole lifetime, whatever the rounding
        r = send("POST", sim.url(u"/function/saldopos"_s), {}, bearer(token));
        QVERIFY(refusedInBody(r));
    }

    void saldoposAndJenisdoc()
    {
        SimFixture sim;
        const QString token = sim.login();
        HttpResult r = send("POST", sim.url(u"/function/saldopos"_s), {}, bearer(token));
        QCOMPARE(r.json().value("result"_L1).toObject().value("saldo"_L1).toInt(-1), 0);
        sim.buyQuota(token, 3);
        r = send("POST", sim.url(u"/function/saldopos"_s), {}, bearer(token));
        QCOMPARE(r.json().value("result"_L1).toObject().value("saldo"_L1).toInt(), 3);
        QCOMPARE(r.json().value("result"_L1).toObject().value("notstamp"_L1).toInt(-1), 0);

        r = get(sim.url(u"/jenisdoc"_s), bearer(token));
        const QJsonArray types = r.json().value("result"_L1).toArray();
        QVERIFY(types.size() >= 3);
        for (const QJsonValue &t : types) {
            QVERIFY(!t.toObject().value("id"_L1).toString().isEmpty());
            QVERIFY(!t.toObject().value("nama"_L1).toString().isEmpty());
        }
    }

    void uploadAcceptsPdfsOnly()
    {
        SimFixture sim({{u"maxUploadBytes"_s, 200000}});
        const QString token = sim.login();
        HttpResult r = uploadPdf(sim.url(u"/uploaddoc2"_s), makeA4(), token);
        QCOMPARE(r.json().value("statusCode"_L1).toString(), u"00"_s);
        const QString id = r.json().value("id"_L1).toString();
        QCOMPARE(r.json().value("name"_L1).toString(), u"doc_%1.pdf"_s.arg(id));

        r = uploadPdf(sim.url(u"/uploaddoc2"_s), "<html>bukan pdf</html>", token);
        QCOMPARE(r.json().value("statusCode"_L1).toString(), u"01"_s);
        r = uploadPdf(sim.url(u"/uploaddoc2"_s), "%PDF-1.7\n" + QByteArray(300000, ' '), token);
        QCOMPARE(r.json().value("statusCode"_L1).toString(), u"01"_s);
        r = uploadPdf(sim.url(u"/uploaddoc2"_s), makeA4(), u"not-a-token"_s);
        QVERIFY(refusedInBody(r));
        // The original can be fetched back (getfile3 with the doc_ name).
        QCOMPARE(get(sim.url(u"/getfile3/doc_%1.pdf"_s.arg(id)), bearer(token)).body, makeA4());
    }

    void serialNumberCostsOneQuota()
    {
        SimFixture sim;
        const QString token = sim.login();
        const QString docId = sim.upload(token, makeA4());
        QVERIFY(sim.serial(token, docId).isEmpty()); // no quota yet
        sim.buyQuota(token, 2);
        const QString sn = sim.serial(token, docId);
        QVERIFY(QRegularExpression(u"^[A-Z0-9]{22}$"_s).match(sn).hasMatch());
        const QJsonObject account = sim.ledger().value("account"_L1).toObject();
        QCOMPARE(account.value("saldo"_L1).toInt(), 1);
        QCOMPARE(account.value("notstamp"_L1).toInt(), 1);
        QCOMPARE(serialOf(sim, sn).value("status"_L1).toString(), u"NOTSTAMP"_s);
        QCOMPARE(serialOf(sim, sn).value("docId"_L1).toString(), docId);
    }

    void serialRejectsBadParameters()
    {
        SimFixture sim;
        const QString token = sim.login();
        sim.buyQuota(token, 1);
        const QString docId = sim.upload(token, makeA4());
        HttpResult r
            = postJson(sim.url(u"/chanel/stampv2"_s), {{u"idfile"_s, docId}}, bearer(token));
        QCOMPARE(r.json().value("statusCode"_L1).toString(), u"01"_s);
        r = postJson(sim.url(u"/chanel/stampv2"_s),
                     {{u"idfile"_s, u"nope"_s},
                      {u"namadoc"_s, u"3"_s},
                      {u"nilaidoc"_s, u"10000"_s},
                      {u"tgldoc"_s, u"2026-11-27"_s}},
                     bearer(token));
        QCOMPARE(r.json().value("statusCode"_L1).toString(), u"01"_s);
        // Nothing was charged for the refusals.
        QCOMPARE(sim.ledger().value("account"_L1).toObject().value("saldo"_L1).toInt(), 1);
    }

    void stampAndSnStatus()
    {
        SimFixture sim;
        const QString token = sim.login();
        sim.buyQuota(token, 1);
        const QString docId = sim.upload(token, makeA4());
        const QString sn = sim.serial(token, docId);
        HttpResult r = get(sim.url(u"/api/chanel/stamp/ext?filter="_s + sn), bearer(token));
        QJsonObject result = r.json().value("result"_L1).toObject();
        QCOMPARE(result.value("total"_L1).toInt(), 1);
        QCOMPARE(result.value("data"_L1).toArray().at(0).toObject().value("status"_L1).toString(),
                 u"NOTSTAMP"_s);

        r = sim.stamp(token, docId, sn, 1, kBox);
        QCOMPARE(status(r), u"True"_s);
        QCOMPARE(errorCode(r), u"00"_s);
        const QUrl urlFile(r.json().value("urlFile"_L1).toString());
        QVERIFY(urlFile.path().endsWith(u"final_%1.pdf"_s.arg(docId)));
        const HttpResult file = get(urlFile, bearer(token));
        QCOMPARE(file.status, 200);
        QVERIFY(file.body.startsWith(makeA4()));
        QCOMPARE(sim.download(token, docId), file.body);

        r = get(sim.url(u"/api/chanel/stamp/ext?filter="_s + sn), bearer(token));
        const QJsonObject data
            = r.json().value("result"_L1).toObject().value("data"_L1).toArray().at(0).toObject();
        QCOMPARE(data.value("status"_L1).toString(), u"STAMP"_s);
        QCOMPARE(data.value("file"_L1).toString(), u"dokumen.pdf"_s); // the namafile asked with
        QCOMPARE(sim.ledger().value("account"_L1).toObject().value("notstamp"_L1).toInt(), 0);

        // An unknown SN is simply not there: result is then a string, as the real service says.
        r = get(sim.url(u"/api/chanel/stamp/ext?filter=NOSUCHSERIAL"_s), bearer(token));
        QCOMPARE(r.json().value("statusCode"_L1).toString(), u"00"_s);
        QVERIFY(r.json().value("result"_L1).isString());
    }

    void stampRefusals_data()
    {
        QTest::addColumn<QString>("missingField");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("expectedCode");
        QTest::newRow("90 missing field")
            << u"visLLX"_s << u"emeteraicertificateSigner"_s << u"90"_s;
        QTest::newRow("90 missing refToken")
            << u"refToken"_s << u"emeteraicertificateSigner"_s << u"90"_s;
        QTest::newRow("91 profile not found") << QString() << u"someOtherProfile"_s << u"91"_s;
    }

    void stampRefusals()
    {
        QFETCH(QString, missingField);
        QFETCH(QString, profile);
        QFETCH(QString, expectedCode);
        SimFixture sim;
        const QString token = sim.login();
        sim.buyQuota(token, 1);
        const QString docId = sim.upload(token, makeA4());
        const QString sn = sim.serial(token, docId);
        QJsonObject body = SimFixture::stampBody(token, docId, sn, 1, kBox);
        body.remove(missingField);
        body.insert(u"profileName"_s, profile);
        const HttpResult r
            = postJson(sim.url(u"/keystamp/adapter/docSigningZ"_s), body, bearer(token));
        QCOMPARE(r.status, 200);
        QCOMPARE(status(r), u"False"_s);
        QCOMPARE(errorCode(r), expectedCode);
        QVERIFY(!r.json().value("errorMessage"_L1).toString().isEmpty());
        // A refused request leaves the SN usable.
        QCOMPARE(serialOf(sim, sn).value("status"_L1).toString(), u"NOTSTAMP"_s);
        QCOMPARE(status(sim.stamp(token, docId, sn, 1, kBox, true)), u"True"_s);
    }

    void documentRefusals_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        QTest::addColumn<QString>("expectedCode");
        PdfOptions encrypted;
        encrypted.userPassword = u"rahasia"_s;
        encrypted.ownerPassword = u"pemilik"_s;
        PdfOptions ownerOnly;
        ownerOnly.ownerPassword = u"pemilik"_s;
        PdfOptions certified;
        certified.certified = true;
        QTest::newRow("82 user password") << makePdf({PageSpec()}, encrypted) << u"82"_s;
        QTest::newRow("82 owner password only") << makePdf({PageSpec()}, ownerOnly) << u"82"_s;
        QTest::newRow("83 certified") << makePdf({PageSpec()}, certified) << u"83"_s;
    }

    void documentRefusals()
    {
        QFETCH(QByteArray, pdf);
        QFETCH(QString, expectedCode);
        SimFixture sim;
        const QString token = sim.login();
        sim.buyQuota(token, 1);
        const QString docId = sim.upload(token, pdf);
        const QString sn = sim.serial(token, docId);
        const HttpResult r = sim.stamp(token, docId, sn, 1, kBox);
        QCOMPARE(errorCode(r), expectedCode);
        QCOMPARE(serialOf(sim, sn).value("status"_L1).toString(), u"NOTSTAMP"_s);
    }

    void brokenExistingSignature_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expectedCode");
        QTest::newRow("81 a signed byte changed") << u"content"_s << u"81"_s;
        QTest::newRow("80 byte range past the end") << u"range"_s << u"80"_s;
    }

    void brokenExistingSignature()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expectedCode);
        SimFixture first;
        QByteArray signedPdf = first.stampDocument(makeA4(u"Surat Lamaran"_s), 1, kBox);
        QVERIFY(!signedPdf.isEmpty());
        if (damage == u"content") {
            const qsizetype at = signedPdf.indexOf("595.276");
            QVERIFY(at > 0);
            signedPdf[at + 6] = '7'; // the page is 0.001 pt wider; same length, still parses
        } else {
            const QRegularExpression re(u"/ByteRange \\[0 (\\d+) (\\d+) (\\d+)\\]"_s);
            const auto m = re.match(QString::fromLatin1(signedPdf));
            QVERIFY(m.hasMatch());
            const QByteArray original = m.captured(0).toLatin1();
            QByteArray changed = "/ByteRange [0 " + m.captured(1).toLatin1() + ' '
                + m.captured(2).toLatin1() + " 99999999]";
            QVERIFY(changed.size() <= original.size() + 8);
            const qsizetype at = signedPdf.indexOf(original);
            // Overwrite within the padding that follows the ByteRange.
            signedPdf.replace(at, changed.size(), changed);
        }
        SimFixture sim;
        const QString token = sim.login();
        sim.buyQuota(token, 1);
        const QString docId = sim.upload(token, signedPdf);
        const QString sn = sim.serial(token, docId);
        QCOMPARE(errorCode(sim.stamp(token, docId, sn, 1, QRectF(100, 100, 100, 100))),
                 expectedCode);
    }

    void pageOutOfRangeIsClamped()
    {
        SimFixture sim;
        const QString token = sim.login();
        sim.buyQuota(token, 1);
        const QString docId = sim.upload(token, makePdf({PageSpec(), PageSpec()}));
        const QString sn = sim.serial(token, docId);
        const HttpResult r = sim.stamp(token, docId, sn, 7, kBox);
        QCOMPARE(status(r), u"True"_s);
        const QString message = r.json().value("errorMessage"_L1).toString();
        QVERIFY2(message.contains(u"7"_s) && message.contains(u"2"_s), qPrintable(message));
        QVERIFY(sim.download(token, docId).contains(QByteArray("/T (Emet" + sn.toLatin1() + ")")));
    }

    void adapterFaultsAndRetryFlag_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : {"92", "93", "94", "95", "96", "97"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void adapterFaultsAndRetryFlag()
    {
        QFETCH(QString, code);
        SimFixture sim;
        const QString token = sim.login();
        sim.buyQuota(token, 1);
        const QString docId = sim.upload(token, makeA4());
        const QString sn = sim.serial(token, docId);
        sim.configure(
            {{u"faults"_s, QJsonObject{{u"stamp"_s, QJsonObject{{u"error"_s + code, 1.0}}}}}});
        HttpResult r = sim.stamp(token, docId, sn, 1, kBox);
        QCOMPARE(status(r), u"False"_s);
        QCOMPARE(errorCode(r), code);
        QCOMPARE(serialOf(sim, sn).value("status"_L1).toString(), u"NOTSTAMP"_s);
        sim.configure({{u"faults"_s, QJsonObject()}});
        // After a failure the SN may only be stamped again with retryFlag.
        r = sim.stamp(token, docId, sn, 1, kBox, false);
        QCOMPARE(errorCode(r), u"97"_s);
        r = sim.stamp(token, docId, sn, 1, kBox, true);
        QCOMPARE(status(r), u"True"_s);
        QCOMPARE(serialOf(sim, sn).value("status"_L1).toString(), u"STAMP"_s);
        // One quota, one SN, one stamp.
        QCOMPARE(sim.ledger().value("serials"_L1).toArray().size(), 1);
    }

    void failingAgainAfterTheRetryKeepsTheSerial_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("70") << u"70"_s;
        QTest::newRow("92") << u"92"_s;
        QTest::newRow("97") << u"97"_s;
    }

    void failingAgainAfterTheRetryKeepsTheSerial()
    {
        // A failed retry does not spend the SN: it stays NOTSTAMP and stamps later.
        QFETCH(QString, code);
        SimFixture sim(
            {{u"faults"_s, QJsonObject{{u"stamp"_s, QJsonObject{{u"error"_s + code, 1.0}}}}}});
        const QString token = sim.login();
        sim.buyQuota(token, 1);
        const QString docId = sim.upload(token, makeA4());
        const QString sn = sim.serial(token, docId);
        QCOMPARE(errorCode(sim.stamp(token, docId, sn, 1, kBox)), code);
        QCOMPARE(errorCode(sim.stamp(token, docId, sn, 1, kBox, true)), code);
        QCOMPARE(serialOf(sim, sn).value("status"_L1).toString(), u"NOTSTAMP"_s);
        sim.configure({{u"faults"_s, QJsonObject()}});
        QCOMPARE(status(sim.stamp(token, docId, sn, 1, kBox, true)), u"True"_s);
        QCOMPARE(serialOf(sim, sn).value("status"_L1).toString(), u"STAMP"_s);
    }

    void aUsedSerialIsSaidSo()
    {
        SimFixture sim({{u"faults"_s, QJsonObject{{u"stamp"_s, QJsonObject{{u"used97"_s, 1.0}}}}}});
        const QString token = sim.login();
        sim.buyQuota(token, 1);
        const QString docId = sim.upload(token, makeA4());
        const QString sn = sim.serial(token, docId);
        HttpResult r = sim.stamp(token, docId, sn, 1, kBox);
        QCOMPARE(errorCode(r), u"97"_s);
        QCOMPARE(r.json().value("errorMessage"_L1).toString(), u"Serial Number Already Used"_s);
        sim.configure({{u"faults"_s, QJsonObject()}});
        r = sim.stamp(token, docId, sn, 1, kBox, true);
        QCOMPARE(r.json().value("errorMessage"_L1).toString(), u"Serial Number Already Used"_s);
        QCOMPARE(serialOf(sim, sn).value("status"_L1).toString(), u"BURNED"_s);
    }

    void serialListFindsTheSerialByItsFileName()
    {
        SimFixture sim;
        const QString token = sim.login();
        sim.buyQuota(token, 3);
        const QString docId = sim.upload(token, makeA4());
        QStringList sns;
        for (int i = 0; i < 3; ++i)
            sns << sim.serial(token, docId, u"job-%1.pdf"_s.arg(i));
        // Paged, newest first, with the real field names.
        HttpResult r = get(sim.url(u"/chanel/sale/stamp/ext/1?start=0&length=2&status=NOTSTAMP"
                                   "&notEncrypt=true"_s),
                           bearer(token));
        QCOMPARE(r.json().value("statusCode"_L1).toString(), u"00"_s);
        const QJsonObject result = r.json().value("result"_L1).toObject();
        QCOMPARE(result.value("total"_L1).toInt(), 3);
        const QJsonArray page = result.value("data"_L1).toArray();
        QCOMPARE(page.size(), 2);
        const QJsonObject newest = page.at(0).toObject();
        QCOMPARE(newest.value("serialnumber"_L1).toString(), sns.at(2));
        QCOMPARE(newest.value("file"_L1).toString(), u"job-2.pdf"_s);
        QCOMPARE(newest.value("status"_L1).toString(), u"NOTSTAMP"_s);
        QVERIFY(QDateTime::fromString(newest.value("tgl"_L1).toString(), u"yyyy-MM-dd HH:mm:ss"_s)
                    .isValid());
        QCOMPARE(newest.value("email"_L1).toString(), u"demo"_s);
        r = get(sim.url(u"/chanel/sale/stamp/ext/1?start=2&length=2&status=NOTSTAMP"_s),
                bearer(token));
        QCOMPARE(r.json().value("result"_L1).toObject().value("data"_L1).toArray().size(), 1);
        // Another account's id is refused; so is a missing token, in the body.
        r = get(sim.url(u"/chanel/sale/stamp/ext/2?start=0&length=10"_s), bearer(token));
        QCOMPARE(r.json().value("statusCode"_L1).toString(), u"01"_s);
        QVERIFY(refusedInBody(get(sim.url(u"/chanel/sale/stamp/ext/1?start=0&length=10"_s), {})));
    }

    void repeatingAStampWhoseReplyWasLost()
    {
        SimFixture sim;
        const QString token = sim.login();
        sim.buyQuota(token, 1);
        const QString docId = sim.upload(token, makeA4());
        const QString sn = sim.serial(token, docId);
        QCOMPARE(status(sim.stamp(token, docId, sn, 1, kBox)), u"True"_s);
        const QByteArray first = sim.download(token, docId);
        // Same SN again with retryFlag: the same result, no second signature.
        const HttpResult again = sim.stamp(token, docId, sn, 1, kBox, true);
        QCOMPARE(status(again), u"True"_s);
        QCOMPARE(sim.download(token, docId), first);
        // Without retryFlag the used SN is refused.
        QCOMPARE(errorCode(sim.stamp(token, docId, sn, 1, kBox)), u"97"_s);
    }
};

QTEST_GUILESS_MAIN(TestSimStampingApi)
#include "tst_simstampingapi.moc"
