#include "OneShotBody.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <cstring>

namespace bubuh {

OneShotBody::OneShotBody(const QByteArray &data, QObject *parent) : QIODevice(parent), m_data(data)
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_data.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_offset);
    if (n <= 0)
        return -1; // end of body
    std::memcpy(data, m_data.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}

QNetworkReply *OneShotBody::send(QNetworkAccessManager &network, QNetworkRequest request,
                                 const QByteArray &method, const QByteArray &body)
{
    // Unbuffered, so QNAM cannot keep its own copy to resend; HTTP/1.1, whose resend rules
    // are the ones described above.
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    auto *device = new OneShotBody(body);
    QNetworkReply *reply = network.sendCustomRequest(request, method, device);
    device->setParent(reply);
    return reply;
}

} // namespace bubuh
