#pragma once

#include <QByteArray>
#include <QIODevice>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace bubuh {

// A request body that QNetworkAccessManager cannot send twice.
//
// QNAM quietly resends a request whose connection closed while it waited for the answer
// (QHttpNetworkConnectionChannel::_q_error in WaitingState), a POST included: one lost reply
// to "issue a serial number" would buy two. A sequential, unbuffered body cannot be rewound, so
// such a resend fails with ContentReSendError instead, and the caller learns that the outcome
// is unknown, which is the truth.
class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

    // Sends request with method and body, never more than once.
    static QNetworkReply *send(QNetworkAccessManager &network, QNetworkRequest request,
                               const QByteArray &method, const QByteArray &body);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace bubuh
