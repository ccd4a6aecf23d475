#pragma once

#include "SimConfig.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <memory>

namespace sim {

class SimHttpServer;
class SimState;
class SimCertificateAuthority;
class PdfStamper;
class StampingApi;
class ShopApi;
class SimDispatcher;

// The e-Meterai service simulator: every role of protocol.md on one port, with the overload,
// waiting room and faults of Part C and D. This is the public API that emeterai-sim, demo mode
// and the tests use.
class EmeteraiSimulator : public QObject
{
    Q_OBJECT
public:
    // dataDir keeps the generated CA; empty = the application data location.
    explicit EmeteraiSimulator(const SimConfig &config, const QString &dataDir = {},
                               QObject *parent = nullptr);
    ~EmeteraiSimulator() override;

    // Starts listening (port 0 = any free port). False with a reason on failure.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    QUrl baseUrl() const;

    QByteArray rootCertificatePem() const;
    QJsonObject ledger() const;
    QString applyConfig(const QJsonObject &json);

Q_SIGNALS:
    // A fault of Part D was just played on endpoint (for tests that must see one happen).
    void faultInjected(const QString &endpoint, const QString &kind);

private:
    std::unique_ptr<SimState> m_state;
    std::unique_ptr<SimCertificateAuthority> m_ca;
    std::unique_ptr<PdfStamper> m_stamper;
    std::unique_ptr<StampingApi> m_stamping;
    std::unique_ptr<ShopApi> m_shop;
    std::unique_ptr<SimDispatcher> m_dispatcher;
    std::unique_ptr<SimHttpServer> m_server;
    QString m_setupError;
    quint16 m_port = 0;
};

} // namespace sim
