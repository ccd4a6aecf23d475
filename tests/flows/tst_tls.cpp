// HTTPS to the simulator (emeterai-sim --tls, a server certificate for 127.0.0.1 under its own
// CA): it works only when that CA's root is trusted, and every other case is refused plainly,
// with nothing sent and no way offered to ignore it.
#include "Processes.h"
#include "TestConfig.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace test;

namespace {

// The root certificate of the simulator CA kept in dataDir (made there if there is none).
QString exportRoot(const QString &dataDir, const QString &file)
{
    QProcess p;
    p.start(QString::fromLatin1(BUBUH_SIM_EXECUTABLE),
            {u"--data-dir"_s, dataDir, u"--export-ca"_s, file});
    return p.waitForFinished(60'000) && p.exitCode() == 0 ? file : QString();
}

const QStringList kLogin{u"login"_s, u"--user"_s, u"demo"_s, u"--password-stdin"_s};

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void onlyTheSimulatorsRootOpensTheConnection()
    {
        const QString simData = m_dir.filePath(u"sim"_s);
        SimProcess sim({u"--tls"_s}, simData);
        QVERIFY(sim.running());
        QCOMPARE(sim.url().scheme(), u"https"_s);
        const QString root = exportRoot(simData, m_dir.filePath(u"root.pem"_s));
        const QString otherRoot
            = exportRoot(m_dir.filePath(u"other-sim"_s), m_dir.filePath(u"other-root.pem"_s));
        QVERIFY(!root.isEmpty() && !otherRoot.isEmpty());

        // Not trusted: refused, in plain Indonesian, and nothing reached the service.
        const Cli cli(sim.url(), m_dir.filePath(u"cli"_s));
        for (const QStringList &trust : {QStringList(), QStringList{u"--trust"_s, otherRoot}}) {
            const CliRun run = cli.run(kLogin + trust, "demo\n");
            QVERIFY2(run.exitCode != 0, run.out.constData());
            const QString said = QString::fromUtf8(run.out + run.err);
            QVERIFY2(said.contains(u"sertifikat"_s), qPrintable(said));
            QVERIFY2(!said.contains(u"abaikan"_s, Qt::CaseInsensitive), qPrintable(said));
        }

        // Trusted: signs in.
        const CliRun good = cli.run(kLogin + QStringList{u"--trust"_s, root}, "demo\n");
        QVERIFY2(good.exitCode == 0, QByteArray(good.out + good.err).constData());

        // The right root, the wrong name: the certificate is for 127.0.0.1 only.
        const Cli byName(QUrl(u"https://localhost:%1"_s.arg(sim.url().port())),
                         m_dir.filePath(u"cli-name"_s));
        const CliRun wrongName = byName.run(kLogin + QStringList{u"--trust"_s, root}, "demo\n");
        QVERIFY(wrongName.exitCode != 0);
        QVERIFY2(QString::fromUtf8(wrongName.out + wrongName.err).contains(u"sertifikat"_s),
                 QByteArray(wrongName.out + wrongName.err).constData());
    }

    void plainHttpGoesOnlyToThisComputer()
    {
        // A documentation address (RFC 5737): refused before any connection is tried.
        const Cli remote(QUrl(u"http://192.0.2.10:8080"_s), m_dir.filePath(u"cli-remote"_s));
        const CliRun run = remote.run(kLogin, "demo\n");
        QVERIFY(run.exitCode != 0);
        QVERIFY2(QString::fromUtf8(run.out + run.err).contains(u"https://"_s),
                 QByteArray(run.out + run.err).constData());
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
