#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace test {

// emeterai-sim as a separate process, so that it outlives a client that is killed.
class SimProcess
{
public:
    explicit SimProcess(const QStringList &flags = {}, const QString &dataDir = {});
    ~SimProcess();
    bool running() const { return !m_url.isEmpty(); }
    QUrl url() const { return m_url; }
    QJsonObject ledger() const;

private:
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
};

struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out, err;
    QJsonObject json() const;
};

// Runs bubuh-cli against a server with its own data folder.
class Cli
{
public:
    Cli(const QUrl &server, const QString &dataDir) : m_server(server), m_dataDir(dataDir) { }
    CliRun run(const QStringList &arguments, const QByteArray &input = {},
               const QStringList &extraEnvironment = {}, int killAfterMs = -1) const;
    // Starts `count` copies of one command at the same moment and waits for them all.
    QList<CliRun> runTogether(const QStringList &arguments, int count) const;

private:
    void start(QProcess &p, const QStringList &arguments,
               const QStringList &extraEnvironment = {}) const;

    QUrl m_server;
    QString m_dataDir;
};

} // namespace test
