#include "EmeteraiSimulator.h"

#include "PdfStamper.h"
#include "ShopApi.h"
#include "SimCertificateAuthority.h"
#include "SimDispatcher.h"
#include "SimHttp.h"
#include "SimHttpServer.h"
#include "SimState.h"
#include "StampingApi.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace sim {

EmeteraiSimulator::EmeteraiSimulator(const SimConfig &config, const QString &dataDir,
                                     QObject *parent)
    : QObject(parent), m_state(std::make_unique<SimState>(config))
{
    const QString dir = dataDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/emeterai-sim"_s
        : dataDir;
    m_ca = SimCertificateAuthority::loadOrCreate(dir, &m_setupError);
    if (m_ca)
        m_stamper = std::make_unique<PdfStamper>(*m_ca);
    if (m_stamper)
        m_stamping = std::make_unique<StampingApi>(*m_state, *m_stamper);
    m_shop = std::make_unique<ShopApi>(*m_state);
    if (m_stamping)
        m_dispatcher = std::make_unique<SimDispatcher>(*m_state, *m_stamping, *m_shop, *m_ca);
    if (m_dispatcher) {
        m_dispatcher->onFault = [this](const QString &endpoint, const QString &kind) {
            Q_EMIT faultInjected(endpoint, kind);
        };
    }
}

EmeteraiSimulator::~EmeteraiSimulator() = default;

bool EmeteraiSimulator::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_ca) {
        *error = m_setupError;
        return false;
    }
    m_server = std::make_unique<SimHttpServer>(
        [this](const QHttpServerRequest &request, QTcpSocket *socket) {
            m_dispatcher->handle(request, socket);
        });
    if (m_state->config.tls) {
        const SimCertificateAuthority::ServerCredentials credentials = m_ca->serverCredentials();
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificateChain(QSslCertificate::fromData(credentials.chainPem));
        ssl.setPrivateKey(QSslKey(credentials.keyPem, QSsl::Rsa));
        if (ssl.localCertificate().isNull() || ssl.privateKey().isNull()) {
            *error = u"cannot make the HTTPS server certificate"_s;
            return false;
        }
        m_server->sslSetup(ssl);
    }
    m_port = m_server->listen(address, port);
    if (m_port == 0) {
        *error = u"cannot listen on %1:%2"_s.arg(address.toString()).arg(port);
        return false;
    }
    return true;
}

quint16 EmeteraiSimulator::port() const
{
    return m_port;
}

QUrl EmeteraiSimulator::baseUrl() const
{
    return QUrl(
        u"%1://127.0.0.1:%2"_s.arg(m_state->config.tls ? u"https"_s : u"http"_s).arg(m_port));
}

QByteArray EmeteraiSimulator::rootCertificatePem() const
{
    return m_ca ? m_ca->rootPem() : QByteArray();
}

QJsonObject EmeteraiSimulator::ledger() const
{
    m_state->settle();
    return m_state->ledger();
}

QString EmeteraiSimulator::applyConfig(const QJsonObject &json)
{
    return m_state->reconfigure(json);
}

} // namespace sim
