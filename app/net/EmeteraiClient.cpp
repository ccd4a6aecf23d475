#include "EmeteraiClient.h"

#include "core/Redact.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace bubuh {

Q_LOGGING_CATEGORY(lcClient, "bubuh.client")

namespace {

using Role = ServiceProfile::Role;

HttpCall makeCall(const QString &operation, Role role, const QByteArray &method,
                  const QString &path, bool safe)
{
    HttpCall call;
    call.operation = operation;
    call.role = role;
    call.method = method;
    call.path = path;
    call.safeToResend = safe;
    return call;
}

bool isQueueRequired(const HttpResponse &r)
{
    return r.status == 503
        && QJsonDocument::fromJson(r.body).object().value("queue"_L1).toString() == u"required";
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// How a call that did not end in a usable answer is told to the person and to the flows.
Failure callFailure(const HttpCall &call, const CallResult &result)
{
    const HttpResponse &r = result.response;
    Failure f;
    if (result.outcome == CallResult::Outcome::Unknown) {
        f = {EmeteraiClient::tr("The answer of the e-Meterai service was lost on the way. Bubuh "
                                "will check what happened; nothing is charged twice."),
             u"%1: outcome unknown after %2 attempt(s): %3"_s.arg(call.operation)
                 .arg(result.attempts)
                 .arg(r.errorString),
             Failure::Kind::Unknown};
    } else if (result.outcome == CallResult::Outcome::Unavailable) {
        f = {EmeteraiClient::tr("The e-Meterai service stayed busy until the time limit. Nothing "
                                "was lost; Bubuh keeps what was started and can continue later."),
             u"%1: unavailable after %2 attempt(s), last status %3"_s.arg(call.operation)
                 .arg(result.attempts)
                 .arg(r.status),
             Failure::Kind::Unavailable};
    } else if (isQueueRequired(r)) {
        // Business refusals of Part A come as HTTP 200 and are parsed; here are HTTP ones.
        f = {EmeteraiClient::tr("The shop has a waiting room; Bubuh is joining the queue."),
             u"queue required"_s, Failure::Kind::QueueRequired};
    } else if (r.status == 401) {
        f = {EmeteraiClient::tr("Signing in failed. Check the user name and password."),
             u"HTTP 401"_s};
    } else if (r.status == 0 && r.error == QNetworkReply::NoError) {
        f = {r.errorString, u"%1: profile"_s.arg(call.operation)}; // nothing was sent
    } else if (r.status == 0 && r.error == QNetworkReply::SslHandshakeFailedError) {
        // Never offered to be ignored: a certificate that cannot be confirmed may be a
        // listener in between, or the wrong address.
        f = {EmeteraiClient::tr("Bubuh refused the connection to the service: its certificate "
                                "cannot be confirmed (%1). Someone may be listening in between, "
                                "or the address is wrong, so nothing was sent. For a test "
                                "server, add its root certificate in Settings (or bubuh-cli "
                                "--trust).")
                 .arg(r.errorString),
             u"%1: %2"_s.arg(call.operation, r.errorString)};
    } else if (r.status == 0) {
        f = {EmeteraiClient::tr(
                 "The connection to the e-Meterai service is not secure or not allowed."),
             r.errorString};
    } else {
        const QJsonObject problem = QJsonDocument::fromJson(r.body).object();
        const QString text
            = problem.value("detail"_L1).toString(problem.value("title"_L1).toString());
        f = {EmeteraiClient::tr("The service refused the request (HTTP %1). %2")
                 .arg(r.status)
                 .arg(text.left(300)),
             u"%1: HTTP %2 %3"_s.arg(call.operation).arg(r.status).arg(redacted(r.body.left(300)))};
        f.serviceCode = ReplyParser::serviceCode(problem);
    }
    f.httpStatus = r.status;
    f.attempts = result.attempts;
    // A 4xx is a definite no: the request was not carried out.
    f.serverDidNothing = result.outcome == CallResult::Outcome::Refused
        && (r.status == 0 || (r.status >= 400 && r.status < 500));
    return f;
}

} // namespace

EmeteraiClient::EmeteraiClient(const ServiceProfile &profile, Clock &clock, QObject *parent)
    : QObject(parent), m_caller(new ServiceCaller(profile, clock, this))
{
    connect(m_caller, &ServiceCaller::progress, this, &EmeteraiClient::progress);
}

void EmeteraiClient::clearCredentials()
{
    m_password.fill(u'\0');
    m_password.clear();
    m_user.clear();
    m_caller->setReauthenticate({});
    m_caller->setToken({});
}

void EmeteraiClient::setCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
    m_caller->setReauthenticate([this](std::function<void(bool)> ready) {
        login(m_user, m_password, [ready](Result<LoginReply> r) { ready(r.ok()); });
    });
}

template<typename T>
void EmeteraiClient::run(const HttpCall &call, std::function<Result<T>(const HttpResponse &)> parse,
                         Callback<T> done)
{
    // A 2xx whose body is not even JSON is a lost answer: the caller may retry a safe request.
    // Any other parse failure is an answer, and asking again would get the same one.
    auto accept = [parse](const HttpResponse &r) {
        const Result<T> parsed = parse(r);
        return parsed.ok() || parsed.failure().kind != Failure::Kind::Unknown;
    };
    m_caller->run(call, accept, [parse, done, call](const CallResult &result) {
        const HttpResponse &r = result.response;
        switch (result.outcome) {
        case CallResult::Outcome::Ok: {
            Result<T> parsed = parse(r);
            if (parsed.ok()) {
                done(std::move(parsed));
                return;
            }
            Failure failure = parsed.failure();
            failure.httpStatus = r.status;
            if (failure.kind == Failure::Kind::Unrecognized) {
                qCWarning(lcClient).noquote() << call.operation << "reply of unknown shape ("
                                              << failure.detail << "):" << redacted(r.body);
                // Whether a request that costs something was done cannot be told from it.
                if (!call.safeToResend)
                    failure.kind = Failure::Kind::Unknown;
            }
            done(failure);
            return;
        }
        case CallResult::Outcome::Unknown:
        case CallResult::Outcome::Unavailable:
        case CallResult::Outcome::Refused: done(callFailure(call, result)); return;
        }
    });
}

void EmeteraiClient::login(const QString &user, const QString &password, Callback<LoginReply> done)
{
    HttpCall call = makeCall(u"login"_s, Role::Backend, "POST", u"/api/users/login"_s, true);
    call.authenticated = false;
    const QByteArray body = compact({{u"user"_s, user}, {u"password"_s, password}});
    call.body = [body](const QString &, int) { return body; };
    run<LoginReply>(
        call, [](const HttpResponse &r) { return ReplyParser::login(r.body); },
        [this, done](Result<LoginReply> reply) {
            if (reply) {
                m_caller->setToken(reply->token, ServiceCaller::TokenOrigin::Fresh);
                if (!reply->userId.isEmpty())
                    m_userId = reply->userId;
                Q_EMIT tokenChanged(reply->token);
            }
            done(std::move(reply));
        });
}

void EmeteraiClient::fetchBalance(Callback<Balance> done)
{
    HttpCall call = makeCall(u"saldopos"_s, Role::Backend, "POST", u"/function/saldopos"_s, true);
    run<Balance>(
        call, [](const HttpResponse &r) { return ReplyParser::balance(r.body); }, done);
}

void EmeteraiClient::documentTypes(Callback<QList<DocumentType>> done)
{
    const HttpCall call = makeCall(u"jenisdoc"_s, Role::StampV2, "GET", u"/jenisdoc"_s, true);
    run<QList<DocumentType>>(
        call, [](const HttpResponse &r) { return ReplyParser::documentTypes(r.body); }, done);
}

void EmeteraiClient::upload(const QByteArray &pdf, const QString &fileName,
                            Callback<UploadReply> done)
{
    // A second upload of the same bytes costs nothing but a new id: safe to resend.
    HttpCall call = makeCall(u"upload"_s, Role::Upload, "POST", u"/uploaddoc2"_s, true);
    const QByteArray boundary = "bubuh-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    call.contentType = "multipart/form-data; boundary=" + boundary;
    QString safeName = fileName;
    safeName.replace(u'"', u'_').replace(u'\r', u'_').replace(u'\n', u'_');
    call.body = [pdf, boundary, safeName](const QString &token, int) -> QByteArray {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + safeName.toUtf8() + "\"\r\nContent-Type: application/pdf\r\n\r\n" + pdf + "\r\n--"
            + boundary + "\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n"
            + token.toUtf8() + "\r\n--" + boundary + "--\r\n";
    };
    run<UploadReply>(
        call, [](const HttpResponse &r) { return ReplyParser::upload(r.body); }, done);
}

void EmeteraiClient::requestSerial(const SerialRequest &request, Callback<SerialReply> done)
{
    HttpCall call = makeCall(u"serial"_s, Role::StampV2, "POST", u"/chanel/stampv2"_s, false);
    const QByteArray body = compact({{u"isUpload"_s, true},
                                     {u"idfile"_s, request.docId},
                                     {u"namadoc"_s, request.documentType},
                                     {u"namafile"_s, request.fileName},
                                     {u"nilaidoc"_s, u"10000"_s},
                                     {u"snOnly"_s, false},
                                     {u"nodoc"_s, u"0"_s},
                                     {u"tgldoc"_s, request.documentDate.toString(Qt::ISODate)}});
    call.body = [body](const QString &, int) { return body; };
    run<SerialReply>(
        call, [](const HttpResponse &r) { return ReplyParser::serial(r.body); }, done);
}

void EmeteraiClient::stamp(const StampRequest &request, Callback<QUrl> done)
{
    // Safe to resend: the SN is recorded, and every repeat carries retryFlag "1".
    HttpCall call
        = makeCall(u"stamp"_s, Role::Stamp, "POST", u"/keystamp/adapter/docSigningZ"_s, true);
    call.body = [request](const QString &token, int attempt) {
        QJsonObject o{{u"certificatelevel"_s, u"NOT_CERTIFIED"_s},
                      {u"profileName"_s, u"emeteraicertificateSigner"_s},
                      {u"src"_s, u"/sharefolder/doc_%1.pdf"_s.arg(request.docId)},
                      {u"dest"_s, u"/sharefolder/final_%1.pdf"_s.arg(request.docId)},
                      {u"spesimenPath"_s, u"/sharefolder/%1"_s.arg(request.filenameQR)},
                      {u"docpass"_s, QString()},
                      {u"reason"_s, request.reason},
                      {u"location"_s, request.location},
                      {u"jwToken"_s, token},
                      {u"refToken"_s, request.sn},
                      {u"visLLX"_s, request.box.left()},
                      {u"visLLY"_s, request.box.top()},
                      {u"visURX"_s, request.box.right()},
                      {u"visURY"_s, request.box.bottom()},
                      {u"visSignaturePage"_s, request.page},
                      {u"docId"_s, request.docId},
                      {u"onPrem"_s, false}};
        if (request.retry || attempt > 1)
            o.insert(u"retryFlag"_s, u"1"_s);
        return compact(o);
    };
    run<QUrl>(
        call, [](const HttpResponse &r) { return ReplyParser::stamp(r.body); }, done);
}

void EmeteraiClient::download(const QUrl &urlFile, const QString &docId, Callback<QByteArray> done)
{
    HttpCall call = makeCall(u"download"_s, Role::Upload, "GET",
                             u"/getfile3/final_%1.pdf"_s.arg(docId), true);
    call.maxBodyBytes = HttpCall::kPdfBodyLimit;
    call.attemptLimitMs = 5 * 60'000;
    // urlFile comes from the service's answer. It is followed only to the upload or stamp
    // host configured here: an answer naming any other (another server, or this computer's
    // own ports) gets getfile3 instead.
    if (ServiceProfile::acceptable(urlFile)
        && m_caller->profile().serves(urlFile, {Role::Upload, Role::StampV2, Role::Stamp}))
        call.absoluteUrl = urlFile;
    const auto parse = [](const HttpResponse &r) -> Result<QByteArray> {
        if (!r.body.startsWith("%PDF-"))
            return Failure{tr("The stamped document could not be downloaded whole."),
                           u"download is not a PDF"_s, Failure::Kind::Unknown};
        return r.body;
    };
    run<QByteArray>(call, parse, [this, call, parse, done](Result<QByteArray> r) {
        if (r || call.absoluteUrl.isEmpty() || r.failure().kind != Failure::Kind::Refused) {
            done(std::move(r));
            return;
        }
        HttpCall fallback = call; // the documented fallback: getfile3 on the upload host
        fallback.absoluteUrl.clear();
        run<QByteArray>(fallback, parse, done);
    });
}

void EmeteraiClient::serialStatus(const QString &sn, Callback<SerialStatus> done)
{
    QUrlQuery query;
    query.addQueryItem(u"filter"_s, sn);
    const HttpCall call
        = makeCall(u"snstatus"_s, Role::Backend, "GET",
                   u"/api/chanel/stamp/ext?"_s + query.toString(QUrl::FullyEncoded), true);
    run<SerialStatus>(
        call, [sn](const HttpResponse &r) { return ReplyParser::serialStatus(r.body, sn); }, done);
}

void EmeteraiClient::serialList(int start, int length, const QString &status,
                                Callback<SerialListPage> done)
{
    const auto list = [this, start, length, status, done] {
        QUrlQuery query;
        query.addQueryItem(u"start"_s, QString::number(start));
        query.addQueryItem(u"length"_s, QString::number(length));
        if (!status.isEmpty())
            query.addQueryItem(u"status"_s, status);
        query.addQueryItem(u"notEncrypt"_s, u"true"_s);
        const HttpCall call = makeCall(u"seriallist"_s, Role::StampV2, "GET",
                                       u"/chanel/sale/stamp/ext/%1?"_s.arg(m_userId)
                                           + query.toString(QUrl::FullyEncoded),
                                       true);
        run<SerialListPage>(
            call, [](const HttpResponse &r) { return ReplyParser::serialList(r.body); }, done);
    };
    if (!m_userId.isEmpty() || m_user.isEmpty()) {
        list();
        return;
    }
    // A token kept from an earlier run does not say whose it is: sign in to learn the id.
    login(m_user, m_password, [list, done](Result<LoginReply> r) {
        if (r)
            list();
        else
            done(r.failure());
    });
}

void EmeteraiClient::products(Callback<QList<Product>> done)
{
    HttpCall call = makeCall(u"products"_s, Role::Shop, "GET", u"/api/v1/products"_s, true);
    call.authenticated = false;
    run<QList<Product>>(
        call, [](const HttpResponse &r) { return ReplyParser::products(r.body); }, done);
}

QByteArray EmeteraiClient::orderBody(int quantity, const QString &paymentMethod)
{
    return compact({{u"sku"_s, u"EMT-10000"_s},
                    {u"quantity"_s, quantity},
                    {u"paymentMethod"_s, paymentMethod}});
}

void EmeteraiClient::createOrder(const QString &key, const QByteArray &body,
                                 const QString &queueToken, Callback<OrderInfo> done)
{
    HttpCall call = makeCall(u"orders"_s, Role::Shop, "POST", u"/api/v1/orders"_s, true);
    call.headers.append({"Idempotency-Key", key.toLatin1()});
    if (!queueToken.isEmpty())
        call.headers.append({"X-Queue-Token", queueToken.toLatin1()});
    call.body = [body](const QString &, int) { return body; };
    // The waiting room's 503 is an instruction, not overload: it comes back at once.
    call.stopOn = isQueueRequired;
    run<OrderInfo>(
        call, [](const HttpResponse &r) { return ReplyParser::order(r.body); }, done);
}

void EmeteraiClient::order(const QString &orderId, Callback<OrderInfo> done)
{
    const HttpCall call
        = makeCall(u"order"_s, Role::Shop, "GET", u"/api/v1/orders/"_s + orderId, true);
    run<OrderInfo>(
        call, [](const HttpResponse &r) { return ReplyParser::order(r.body); }, done);
}

void EmeteraiClient::ordersSince(const QDateTime &since, Callback<QList<OrderInfo>> done)
{
    QUrlQuery query;
    query.addQueryItem(u"since"_s, since.toUTC().toString(Qt::ISODate));
    const HttpCall call = makeCall(u"orders"_s, Role::Shop, "GET",
                                   u"/api/v1/orders?"_s + query.toString(QUrl::FullyEncoded), true);
    run<QList<OrderInfo>>(
        call, [](const HttpResponse &r) { return ReplyParser::orders(r.body); }, done);
}

void EmeteraiClient::simulatePayment(const QString &orderId, Callback<QJsonObject> done)
{
    const HttpCall call = makeCall(u"pay"_s, Role::Shop, "POST", u"/sim/pay/"_s + orderId, true);
    run<QJsonObject>(
        call, [](const HttpResponse &r) { return ReplyParser::object(r.body); }, done);
}

void EmeteraiClient::joinQueue(Callback<QJsonObject> done)
{
    HttpCall call = makeCall(u"queue"_s, Role::Shop, "POST", u"/queue/join"_s, true);
    call.authenticated = false;
    run<QJsonObject>(
        call, [](const HttpResponse &r) { return ReplyParser::object(r.body); }, done);
}

void EmeteraiClient::pollQueue(const QString &ticket, int waitSeconds, Callback<QJsonObject> done)
{
    const QString path = u"/queue/"_s + ticket;
    HttpCall call = makeCall(
        u"queue"_s, Role::Shop, "GET",
        waitSeconds > 0 ? path + u"?wait="_s + QString::number(waitSeconds) : path, true);
    call.authenticated = false;
    if (waitSeconds > 0) { // held on purpose: only silence well past the hold is a lost answer
        call.silenceLimitMs = (waitSeconds + 15) * 1000LL;
        call.attemptLimitMs = std::max(call.attemptLimitMs, call.silenceLimitMs + 15'000);
    }
    run<QJsonObject>(
        call, [](const HttpResponse &r) { return ReplyParser::object(r.body); }, done);
}

} // namespace bubuh
