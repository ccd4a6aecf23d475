#include "Processes.h"

#include "Http.h"
#include "TestConfig.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace test {

static QString sharedSimDataDir()
{
    static QTemporaryDir dir; // one CA for every simulator of the test executable
    return dir.path();
}

SimProcess::SimProcess(const QStringList &flags, const QString &dataDir)
    : m_process(std::make_unique<QProcess>())
{
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(QString::fromLatin1(BUBUH_SIM_EXECUTABLE),
                     QStringList{u"--port"_s, u"0"_s, u"--data-dir"_s,
                                 dataDir.isEmpty() ? sharedSimDataDir() : dataDir}
                         + flags);
    if (!m_process->waitForStarted(30000))
        return;
    while (!m_process->canReadLine() && m_process->waitForReadyRead(30000)) { }
    const QString line = QString::fromLatin1(m_process->readLine()).trimmed();
    const auto m = QRegularExpression(u"^listening on (https?://\\S+)$"_s).match(line);
    if (m.hasMatch())
        m_url = QUrl(m.captured(1));
}

SimProcess::~SimProcess()
{
    m_process->kill();
    m_process->waitForFinished(10000);
}

QJsonObject SimProcess::ledger() const
{
    return get(QUrl(m_url.toString() + u"/sim/ledger"_s)).json();
}

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

void Cli::start(QProcess &p, const QStringList &arguments,
                const QStringList &extraEnvironment) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : extraEnvironment)
        env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    p.setProcessEnvironment(env);
    QStringList all = arguments + QStringList{u"--data-dir"_s, m_dataDir};
    if (!m_server.isEmpty()) // none: the command's own --profile decides
        all << u"--server"_s << m_server.toString();
    p.start(QString::fromLatin1(BUBUH_CLI_EXECUTABLE), all);
}

namespace {

CliRun collect(QProcess &p)
{
    CliRun run;
    p.waitForFinished(300000);
    run.crashed = p.exitStatus() == QProcess::CrashExit;
    run.exitCode = run.crashed ? -1 : p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace

CliRun Cli::run(const QStringList &arguments, const QByteArray &input,
                const QStringList &extraEnvironment, int killAfterMs) const
{
    QProcess p;
    start(p, arguments, extraEnvironment);
    if (!p.waitForStarted(30000))
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (killAfterMs >= 0 && !p.waitForFinished(killAfterMs))
        p.kill(); // SIGKILL: as abrupt as a power cut
    return collect(p);
}

QList<CliRun> Cli::runTogether(const QStringList &arguments, int count) const
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < count; ++i) {
        processes.push_back(std::make_unique<QProcess>());
        start(*processes.back(), arguments);
        processes.back()->closeWriteChannel();
    }
    QList<CliRun> runs;
    for (const auto &p : processes)
        runs << collect(*p);
    return runs;
}

} // namespace test
