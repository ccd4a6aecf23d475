// Strict reading of the service's replies: hostile and broken input is a Failure, never a
// crash or a false success.
#include "core/Language.h"
#include "core/Redact.h"
#include "net/DocumentTypeCatalog.h"
#include "net/ReplyParser.h"
#include "net/ServiceProfile.h"

#include <QDir>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bubuh;

namespace {

// JSON written with single quotes, so that it reads well here (and moc is not confused).
QByteArray json(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

} // namespace

class TestReplyParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void balance_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("saldo");
        QTest::newRow("numbers") << json("{'statusCode':'00','result':{'saldo':3,'notstamp':1}}")
                                 << true << qint64(3);
        QTest::newRow("numeric strings")
            << json("{'statusCode':'00','result':{'saldo':'12','notstamp':'0'}}") << true
            << qint64(12);
        QTest::newRow("business failure")
            << json("{'statusCode':'05','message':'gagal'}") << false << qint64(0);
        QTest::newRow("truncated")
            << json("{'statusCode':'00','result':{'sal") << false << qint64(0);
        QTest::newRow("html error page")
            << QByteArray("<html>502 Bad Gateway</html>") << false << qint64(0);
        QTest::newRow("empty") << QByteArray() << false << qint64(0);
        QTest::newRow("array") << QByteArray("[1,2]") << false << qint64(0);
        QTest::newRow("negative saldo")
            << json("{'statusCode':'00','result':{'saldo':-1,'notstamp':0}}") << false << qint64(0);
        QTest::newRow("fractional saldo")
            << json("{'statusCode':'00','result':{'saldo':1.5,'notstamp':0}}") << false
            << qint64(0);
        QTest::newRow("missing notstamp")
            << json("{'statusCode':'00','result':{'saldo':1}}") << false << qint64(0);
        QTest::newRow("statusCode as number")
            << json("{'statusCode':0,'result':{'saldo':1,'notstamp':0}}") << false << qint64(0);
        // The real saldopos: the status inside result, no top-level statusCode.
        QTest::newRow("real saldopos, result.status")
            << json("{'result':{'status':'00','message':'success','saldo':1,'notstamp':0}}") << true
            << qint64(1);
        QTest::newRow("top-level status")
            << json("{'status':'00','result':{'saldo':4,'notstamp':2}}") << true << qint64(4);
        QTest::newRow("saldopos refused, 01") << json("{'result':{'status':'01','message':'error',"
                                                      "'err':'Token tidak valid'}}")
                                              << false << qint64(0);
        QTest::newRow("huge") << json("{'statusCode':'00','result':{'saldo':1e300,'notstamp':0}}")
                              << false << qint64(0);
    }

    void balance()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(qint64, saldo);
        const Result<Balance> r = ReplyParser::balance(body);
        QCOMPARE(r.ok(), ok);
        if (ok)
            QCOMPARE(r->saldo, saldo);
        else
            QVERIFY(!r.failure().message.isEmpty());
    }

    void shapesAreToldApart_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("serviceCode");
        QTest::addColumn<QString>("shownReason"); // part of the message the person sees
        const int refused = int(Failure::Kind::Refused), lost = int(Failure::Kind::Unknown),
                  unknownShape = int(Failure::Kind::Unrecognized);
        QTest::newRow("failure with result.err")
            << json("{'statusCode':'01','message':'error','result':{'err':'Saldo Tidak Cukup/ "
                    "Tidak ditemukan'}}")
            << refused << u"01"_s << u"Saldo Tidak Cukup"_s;
        QTest::newRow("failure with message only")
            << json("{'statusCode':'05','message':'Dokumen tidak ditemukan'}") << refused << u"05"_s
            << u"Dokumen tidak ditemukan"_s;
        QTest::newRow("saldopos 01 with err")
            << json("{'result':{'status':'01','message':'error','err':'Token tidak valid'}}")
            << refused << u"01"_s << u"Token tidak valid"_s;
        QTest::newRow("failure saying only 'error'")
            << json("{'statusCode':'01','message':'error'}") << refused << u"01"_s << u"01"_s;
        QTest::newRow("no status anywhere") << json("{'result':{'saldo':1,'notstamp':0}}")
                                            << unknownShape << QString() << u"tidak dikenal"_s;
        QTest::newRow("cut off") << json("{'result':{'sta") << lost << QString() << QString();
    }

    void shapesAreToldApart()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, serviceCode);
        QFETCH(QString, shownReason);
        Language::install(u"id"_s);
        const Result<QJsonObject> r = ReplyParser::business(body);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.failure().kind), kind);
        QCOMPARE(r.failure().serviceCode, serviceCode);
        QCOMPARE(r.failure().serverDidNothing, kind == int(Failure::Kind::Refused));
        QVERIFY2(r.failure().message.contains(shownReason), qPrintable(r.failure().message));
        QVERIFY(!r.failure().message.contains(u": error"_s));
    }

    void refusedInBody()
    {
        QVERIFY(ReplyParser::refusedInBody(json("{'statusCode':'01','message':'error'}")));
        QVERIFY(ReplyParser::refusedInBody(json("{'result':{'status':'01','err':'x'}}")));
        QVERIFY(!ReplyParser::refusedInBody(json("{'result':{'status':'00','saldo':1}}")));
        QVERIFY(!ReplyParser::refusedInBody("%PDF-1.7"));
    }

    void redactedKeepsSecretsOut()
    {
        const QString log = bubuh::redacted(json(
            "{'statusCode':'00','token':'eyJ.secret.sig','jwToken':'x','password':'pw','n':1}"));
        QVERIFY(!log.contains(u"secret"_s));
        QVERIFY(!log.contains(u"\"pw\""_s));
        QVERIFY(log.contains(u"\"n\":1"_s));
    }

    void documentTypesByKode()
    {
        // The real jenisdoc: {id, kode, nama}; several names share one kode.
        const Result<QList<DocumentType>> r = ReplyParser::documentTypes(json(
            "{'statusCode':'00','result':[{'id':'8f2c1e9a-1111-4c3b-9d2e-0a1b2c3d4e5f','kode':'3',"
            "'nama':'Surat Pernyataan'},{'id':'0b7d','kode':'4a','nama':'Dokumen penerimaan "
            "uang'},{'id':'x','nama':'tanpa kode'}]}"));
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 2);
        QCOMPARE(r->at(0).kode, u"3"_s);
        QCOMPARE(r->at(0).name, u"Surat Pernyataan"_s);
        QCOMPARE(r->at(1).kode, u"4a"_s);
        QCOMPARE(ReplyParser::documentTypes(json("{'statusCode':'00','result':[{'id':'1','nama':"
                                                 "'Surat'}]}"))
                     .failure()
                     .kind,
                 Failure::Kind::Unrecognized);
    }

    void serialListPage()
    {
        const Result<SerialListPage> r = ReplyParser::serialList(
            json("{'statusCode':'00','result':{'total':3,'data':[{'serialnumber':"
                 "'ABCDEFGHIJKLMNOPQRSTUV','status':'NOTSTAMP','file':'surat-lamaran-7f3a9c21.pdf',"
                 "'tgl':'2026-12-01 15:04:05','tglupdate':'2026-12-01 15:04:05','email':'a@b.c'},"
                 "{'serialnumber':'short','status':'NOTSTAMP'}]}}"));
        QVERIFY(r.ok());
        QCOMPARE(r->total, 3);
        QCOMPARE(r->entries.size(), 1); // the entry without a real SN is left out
        const SerialListPage::Entry &e = r->entries.first();
        QCOMPARE(e.sn, u"ABCDEFGHIJKLMNOPQRSTUV"_s);
        QCOMPARE(e.file, u"surat-lamaran-7f3a9c21.pdf"_s);
        // Jakarta time: 15.04 WIB is 08.04 UTC.
        QCOMPARE(e.issued.toUTC(), QDateTime(QDate(2026, 12, 1), QTime(8, 4, 5), Qt::UTC));
        // Nothing to list: result as a string.
        const Result<SerialListPage> empty
            = ReplyParser::serialList(json("{'statusCode':'00','result':'Data tidak ditemukan'}"));
        QVERIFY(empty.ok());
        QCOMPARE(empty->entries.size(), 0);
    }

    void serialStatusShapes()
    {
        const QString sn = u"ABCDEFGHIJKLMNOPQRSTUV"_s;
        // result as a string when nothing is found
        Result<SerialStatus> r = ReplyParser::serialStatus(
            json("{'statusCode':'00','result':'Data tidak ditemukan'}"), sn);
        QVERIFY(r.ok());
        QVERIFY(!r->found);
        // a row without sn (integrations read status, file, tglupdate)
        r = ReplyParser::serialStatus(json("{'statusCode':'00','result':{'total':1,'data':[{"
                                           "'status':'STAMP','file':'a.pdf','tglupdate':'x'}]}}"),
                                      sn);
        QVERIFY(r->found);
        QCOMPARE(r->status, u"STAMP"_s);
        // a row for another SN is not this one
        r = ReplyParser::serialStatus(json("{'statusCode':'00','result':{'total':1,'data':[{'sn':"
                                           "'ZZZZZZZZZZZZZZZZZZZZZZ','status':'STAMP'}]}}"),
                                      sn);
        QVERIFY(!r->found);
    }

    void stampReplies()
    {
        const Result<QUrl> used = ReplyParser::stamp(json(
            "{'status':'False','errorCode':'97','errorMessage':'Serial Number Already Used'}"));
        QCOMPARE(used.failure().serviceCode, u"97"_s);
        QCOMPARE(used.failure().serviceReason, u"Serial Number Already Used"_s);
        const Result<QUrl> token = ReplyParser::stamp(
            json("{'statusCode':'01','message':'error','result':{'err':'Token tidak valid'}}"));
        QCOMPARE(token.failure().serviceCode, u"01"_s);
        QCOMPARE(token.failure().kind, Failure::Kind::Refused);
        QCOMPARE(ReplyParser::stamp(json("{'status':'Maybe'}")).failure().kind,
                 Failure::Kind::Unrecognized);
    }

    void login()
    {
        QVERIFY(ReplyParser::login(json("{'statusCode':'00','token':'a.b.c'}")).ok());
        QVERIFY(ReplyParser::login(json("{'statusCode':'00','result':{'data':{'login':{'token':'x."
                                        "y.z','user':{'firstName':'Ani'}}}}}"))
                    .ok());
        QVERIFY(!ReplyParser::login(json("{'statusCode':'00','token':'notajwt'}")).ok());
        const Result<LoginReply> refused
            = ReplyParser::login(json("{'statusCode':'01','message':'User atau password salah.'}"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.failure().message.contains(u"User atau password salah."_s));
        const Result<LoginReply> withId = ReplyParser::login(
            json("{'statusCode':'00','token':'a.b.c','result':{'data':{'login':{'token':'a.b.c',"
                 "'user':{'id':7,'email':'a@b.c'}}}}}"));
        QCOMPARE(withId->userId, u"7"_s);
    }

    void builtInProfiles()
    {
        QSettings settings(QDir::temp().filePath(u"bubuh-profiles-test.ini"_s),
                           QSettings::IniFormat);
        settings.clear();
        const ServiceProfile staging = *ServiceProfile::named(u"peruri-staging"_s, settings);
        QCOMPARE(staging.backend.host(), u"backendservicestg.e-meterai.co.id"_s);
        QCOMPARE(staging.stamp.host(), u"stampservicestg.e-meterai.co.id"_s);
        QVERIFY(staging.problem(ServiceProfile::Role::Backend).isEmpty());
        QVERIFY(!staging.problem(ServiceProfile::Role::Shop).isEmpty()); // the distributor's own
        QCOMPARE(ServiceProfile::named(u"peruri-produksi"_s, settings)->upload.host(),
                 u"fileupload.e-meterai.co.id"_s);
        QVERIFY(!ServiceProfile::named(u"nope"_s, settings));
        QCOMPARE(staging.journalFileName(), u"journal-peruri-staging.sqlite"_s);
        QVERIFY(staging.journalFileName()
                != ServiceProfile::named(u"demo"_s, settings)->journalFileName());
        settings.clear();
    }

    void documentTypeDefaultsNeverDeclareMoney_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("name");
        QTest::newRow("surat pernyataan")
            << u"Surat Pernyataan CPNS.pdf"_s << u"Surat Pernyataan"_s;
        QTest::newRow("surat-pernyataan") << u"surat-pernyataan.pdf"_s << u"Surat Pernyataan"_s;
        QTest::newRow("surat lamaran") << u"surat-lamaran.pdf"_s << u"Surat Lainnya"_s;
        QTest::newRow("a receipt-like name") << u"kuitansi-pelunasan.pdf"_s << u"Surat Lainnya"_s;
    }

    void documentTypeDefaultsNeverDeclareMoney()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, name);
        const DocumentTypeCatalog types;
        const DocumentType t = types.guess(fileName);
        QCOMPARE(t.kode, u"3"_s);
        QCOMPARE(t.name, name);
        QCOMPARE(types.find(u"surat pernyataan"_s)->kode, u"3"_s);
        QCOMPARE(types.find(u"4a"_s)->kode, u"4a"_s);
        QVERIFY(!types.find(u"5"_s));
    }

    void serviceProfileAllowsHttpsAndLoopbackOnly_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << u"https://backendservice.e-meterai.co.id"_s << true;
        QTest::newRow("http loopback") << u"http://127.0.0.1:8080"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:8080"_s << true;
        QTest::newRow("http ipv6 loopback") << u"http://[::1]:8080"_s << true;
        QTest::newRow("http remote") << u"http://example.com"_s << false;
        QTest::newRow("http private network") << u"http://192.168.1.10"_s << false;
        QTest::newRow("ftp") << u"ftp://127.0.0.1"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void serviceProfileAllowsHttpsAndLoopbackOnly()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(ServiceProfile::acceptable(QUrl(url)), allowed);
        QCOMPARE(ServiceProfile::singleServer(QUrl(url)).problem().isEmpty(), allowed);
    }

    void endpointsJoinPaths()
    {
        ServiceProfile p = ServiceProfile::singleServer(QUrl(u"https://host/base/"_s));
        QCOMPARE(p.endpoint(ServiceProfile::Role::Backend, u"/function/saldopos"_s).toString(),
                 u"https://host/base/function/saldopos"_s);
        QCOMPARE(p.endpoint(ServiceProfile::Role::Shop, u"/api/v1/orders?since=x"_s).toString(),
                 u"https://host/base/api/v1/orders?since=x"_s);
    }

    void rupiah()
    {
        QCOMPARE(Language::rupiah(10000), u"Rp10.000"_s);
        QCOMPARE(Language::rupiah(1250000), u"Rp1.250.000"_s);
        QCOMPARE(Language::rupiah(500), u"Rp500"_s);
        QCOMPARE(Language::rupiah(0), u"Rp0"_s);
    }
};

QTEST_GUILESS_MAIN(TestReplyParser)
#include "tst_replyparser.moc"
