#include "DemoService.h"

#include "EmeteraiSimulator.h"
#include "journal/JournalLock.h"
#include "session/Workspace.h"

#include <QFile>

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace bubuh {

DemoService::DemoService(QObject *parent) : QObject(parent) { }

DemoService::~DemoService() = default;

bool DemoService::start(QString *error)
{
    sim::SimConfig config;
    config.fulfillDelay = 3; // long enough to see "paid, quota on its way"
    config.dss = true;       // so a demo stamp grows as a real one does (Part A: about 156 KB)
    const QString dataDir
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo-simulator"_s;
    m_simulator = std::make_unique<sim::EmeteraiSimulator>(config, dataDir);
    QString detail;
    if (!m_simulator->listen(QHostAddress::LocalHost, 0, &detail)) {
        *error = tr("The demo service could not start: %1").arg(detail);
        m_simulator.reset();
        return false;
    }
    // The simulator starts empty, so the demo's journal does too: orders and jobs of an earlier
    // demo would refer to a service that no longer knows them. (Real journals are never wiped.)
    // Never under a bubuh-cli that is working with it.
    const QString journal = Workspace::journalPath(profile());
    if (JournalLock lock(journal); lock.tryLock()) {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(journal + suffix);
    }
    return true;
}

ServiceProfile DemoService::profile() const
{
    return m_simulator ? ServiceProfile::singleServer(m_simulator->baseUrl(), true)
                       : ServiceProfile();
}

QByteArray DemoService::rootCertificatePem() const
{
    return m_simulator ? m_simulator->rootCertificatePem() : QByteArray();
}

} // namespace bubuh
