#pragma once

#include "net/ReplyParser.h"
#include "net/ServiceCaller.h"

#include <QObject>
#include <QRectF>
#include <functional>

namespace bubuh {

// Every call of protocol.md Parts A to C for one account, over a ServiceCaller (retries,
// deadline, signing in again). Each call ends in exactly one callback with a value or a
// Failure whose kind tells a definite refusal from an unknown outcome.
class EmeteraiClient : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    explicit EmeteraiClient(const ServiceProfile &profile, Clock &clock = Clock::system(),
                            QObject *parent = nullptr);

    ServiceCaller &caller() { return *m_caller; }
    const ServiceProfile &profile() const { return m_caller->profile(); }
    QString token() const { return m_caller->token(); }
    void setToken(const QString &token) { m_caller->setToken(token); }
    // Credentials to sign in again with when a token expires (held in memory only).
    void setCredentials(const QString &user, const QString &password);
    // Forgets the token and the password held for renewing it, overwriting the password.
    void clearCredentials();

    void login(const QString &user, const QString &password, Callback<LoginReply> done);
    void fetchBalance(Callback<Balance> done);
    void documentTypes(Callback<QList<DocumentType>> done);
    void upload(const QByteArray &pdf, const QString &fileName, Callback<UploadReply> done);

    struct SerialRequest
    {
        QString docId, documentType, fileName;
        QDate documentDate;
    };
    // Not safe to resend: costs one quota each time it is done.
    void requestSerial(const SerialRequest &request, Callback<SerialReply> done);

    struct StampRequest
    {
        QString docId, sn, filenameQR;
        int page = 1;
        QRectF box; // user space (llx, lly)-(urx, ury)
        QString reason, location;
        bool retry = false; // this SN was sent before: add retryFlag "1"
    };
    void stamp(const StampRequest &request, Callback<QUrl> done);
    void download(const QUrl &urlFile, const QString &docId, Callback<QByteArray> done);
    void serialStatus(const QString &sn, Callback<SerialStatus> done);
    // One page of the account's serial numbers (status "NOTSTAMP", "STAMP" or empty for all).
    void serialList(int start, int length, const QString &status, Callback<SerialListPage> done);
    QString userId() const { return m_userId; }

    void products(Callback<QList<Product>> done);
    // Safe to resend: the key makes it idempotent. Failure kind QueueRequired = join the queue.
    void createOrder(const QString &idempotencyKey, const QByteArray &body,
                     const QString &queueToken, Callback<OrderInfo> done);
    void order(const QString &orderId, Callback<OrderInfo> done);
    void ordersSince(const QDateTime &since, Callback<QList<OrderInfo>> done);
    // Demo mode only: the simulator's "I have paid" (protocol.md Part D).
    void simulatePayment(const QString &orderId, Callback<QJsonObject> done);
    void joinQueue(Callback<QJsonObject> done);
    // A Failure with httpStatus 404 when the ticket is no longer known.
    // waitSeconds > 0: a long poll (`?wait=S`) that the room may hold that long for news.
    void pollQueue(const QString &ticket, int waitSeconds, Callback<QJsonObject> done);

    static QByteArray orderBody(int quantity, const QString &paymentMethod);

Q_SIGNALS:
    void progress(const bubuh::CallProgress &progress);
    void tokenChanged(const QString &token);

private:
    // Runs call; parse turns a 2xx body into a value (a malformed one counts as lost).
    template<typename T>
    void run(const HttpCall &call, std::function<Result<T>(const HttpResponse &)> parse,
             Callback<T> done);

    ServiceCaller *m_caller;
    QString m_user, m_password;
    QString m_userId; // from the login reply
};

} // namespace bubuh
