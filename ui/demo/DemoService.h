#pragma once

#include "net/ServiceProfile.h"

#include <QObject>
#include <memory>

namespace sim {
class EmeteraiSimulator;
}

namespace bubuh {

// Demo mode: the e-Meterai simulator runs inside the application on a free loopback port,
// started through its public API, and every service role points at it.
class DemoService : public QObject
{
    Q_OBJECT
public:
    explicit DemoService(QObject *parent = nullptr);
    ~DemoService() override;

    // Starts the simulator; false with a message for the user on failure.
    bool start(QString *error);
    ServiceProfile profile() const;
    QByteArray rootCertificatePem() const;
    // The running simulator (null before start()), for its ledger and knobs.
    sim::EmeteraiSimulator *simulator() const { return m_simulator.get(); }

    static constexpr const char *kUser = "demo";
    static constexpr const char *kPassword = "demo";

private:
    std::unique_ptr<sim::EmeteraiSimulator> m_simulator;
};

} // namespace bubuh
