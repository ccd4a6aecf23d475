#include "SimFixture.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace test {

// Every fixture in one test executable shares one CA folder: generating RSA keys is slow.
static QString sharedCaDir()
{
    static QTemporaryDir dir;
    return dir.path();
}

SimFixture::SimFixture(const QJsonObject &config, Ca ca)
{
    sim::SimConfig c;
    c.fulfillDelay = 0;
    const QString error = c.apply(config);
    if (!error.isEmpty())
        qFatal("bad simulator config: %s", qPrintable(error));
    m_sim = std::make_unique<sim::EmeteraiSimulator>(
        c, ca == Ca::Shared ? sharedCaDir() : m_dir.filePath(u"own-ca"_s));
    QString listenError;
    if (!m_sim->listen(QHostAddress::LocalHost, 0, &listenError))
        qFatal("simulator does not listen: %s", qPrintable(listenError));
}

SimFixture::~SimFixture() = default;

QUrl SimFixture::url(const QString &pathAndQuery) const
{
    return QUrl(m_sim->baseUrl().toString() + pathAndQuery);
}

void SimFixture::configure(const QJsonObject &config)
{
    const HttpResult r = postJson(url(u"/sim/config"_s), config);
    if (r.status != 200)
        qFatal("sim/config refused: %s", r.body.constData());
}

QJsonObject SimFixture::ledger()
{
    return get(url(u"/sim/ledger"_s)).json();
}

QString SimFixture::login()
{
    const HttpResult r = postJson(url(u"/api/users/login"_s),
                                  {{u"user"_s, u"demo"_s}, {u"password"_s, u"demo"_s}});
    return r.json().value("token"_L1).toString();
}

void SimFixture::buyQuota(const QString &token, int quantity)
{
    Headers headers = bearer(token);
    headers.append({"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
    const HttpResult order = postJson(
        url(u"/api/v1/orders"_s),
        {{u"sku"_s, u"EMT-10000"_s}, {u"quantity"_s, quantity}, {u"paymentMethod"_s, u"QRIS"_s}},
        headers);
    const QString orderId = order.json().value("orderId"_L1).toString();
    postJson(url(u"/sim/pay/"_s + orderId), {});
    QTRY_VERIFY_WITH_TIMEOUT(
        get(url(u"/api/v1/orders/"_s + orderId), bearer(token)).json().value("status"_L1).toString()
            == u"FULFILLED",
        30000);
}

QString SimFixture::upload(const QString &token, const QByteArray &pdf)
{
    return uploadPdf(url(u"/uploaddoc2"_s), pdf, token).json().value("id"_L1).toString();
}

QString SimFixture::serial(const QString &token, const QString &docId, const QString &fileName)
{
    const HttpResult r = postJson(url(u"/chanel/stampv2"_s),
                                  {{u"isUpload"_s, true},
                                   {u"idfile"_s, docId},
                                   {u"namadoc"_s, u"3"_s},
                                   {u"namafile"_s, fileName},
                                   {u"nilaidoc"_s, u"10000"_s},
                                   {u"snOnly"_s, false},
                                   {u"nodoc"_s, u"0"_s},
                                   {u"tgldoc"_s, u"2026-11-27"_s}},
                                  bearer(token));
    return r.json().value("result"_L1).toObject().value("sn"_L1).toString();
}

QJsonObject SimFixture::stampBody(const QString &token, const QString &docId, const QString &sn,
                                  int page, const QRectF &box)
{
    return {{u"certificatelevel"_s, u"NOT_CERTIFIED"_s},
            {u"profileName"_s, u"emeteraicertificateSigner"_s},
            {u"src"_s, u"/sharefolder/doc_%1.pdf"_s.arg(docId)},
            {u"dest"_s, u"/sharefolder/final_%1.pdf"_s.arg(docId)},
            {u"spesimenPath"_s, u"/sharefolder/%1.png"_s.arg(sn)},
            {u"docpass"_s, u""_s},
            {u"reason"_s, u"Meterai untuk pendaftaran"_s},
            {u"location"_s, u"Jakarta"_s},
            {u"jwToken"_s, token},
            {u"refToken"_s, sn},
            {u"visLLX"_s, box.left()},
            {u"visLLY"_s, box.top()},
            {u"visURX"_s, box.right()},
            {u"visURY"_s, box.bottom()},
            {u"visSignaturePage"_s, page},
            {u"docId"_s, docId},
            {u"onPrem"_s, false}};
}

HttpResult SimFixture::stamp(const QString &token, const QString &docId, const QString &sn,
                             int page, const QRectF &box, bool retry)
{
    QJsonObject body = stampBody(token, docId, sn, page, box);
    if (retry)
        body.insert(u"retryFlag"_s, u"1"_s);
    return postJson(url(u"/keystamp/adapter/docSigningZ"_s), body, bearer(token));
}

QByteArray SimFixture::download(const QString &token, const QString &docId)
{
    const HttpResult r = get(url(u"/getfile3/final_%1.pdf"_s.arg(docId)), bearer(token));
    return r.status == 200 ? r.body : QByteArray();
}

QByteArray SimFixture::stampDocument(const QByteArray &pdf, int page, const QRectF &userBox,
                                     QString *snOut)
{
    const QString token = login();
    buyQuota(token, 1);
    const QString docId = upload(token, pdf);
    const QString sn = serial(token, docId);
    if (snOut)
        *snOut = sn;
    const HttpResult r = stamp(token, docId, sn, page, userBox);
    if (r.json().value("status"_L1).toString() != u"True") {
        qWarning("stamp failed: %s", r.body.constData());
        return {};
    }
    return download(token, docId);
}

void addFaultMatrix(const QStringList &endpoints)
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("kind");
    for (const QString &endpoint : endpoints) {
        for (const char *kind : {"503", "429", "resetBefore", "resetAfter", "slow", "malformed"})
            QTest::newRow(qPrintable(endpoint + u' ' + QLatin1StringView(kind)))
                << endpoint << QString::fromLatin1(kind);
    }
}

} // namespace test
