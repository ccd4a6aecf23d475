// Strict reading of the service's replies: hostile and broken input is a Failure, never a
// crash or a false success.
#include "core/Language.h"
#include "net/ReplyParser.h"
#include "net/ServiceProfile.h"

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
