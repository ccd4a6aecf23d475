// emeterai-sim as a program: the "listening on" line, --export-ca, and bad flags.
#include "Http.h"
#include "TestConfig.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSimExecutable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listensAndServes()
    {
        QTemporaryDir data;
        QProcess sim;
        sim.start(QString::fromLatin1(BUBUH_SIM_EXECUTABLE),
                  {u"--port"_s, u"0"_s, u"--data-dir"_s, data.path(), u"--seed"_s, u"5"_s});
        QVERIFY(sim.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 60000);
        const QString line = QString::fromLatin1(sim.readLine()).trimmed();
        const auto m
            = QRegularExpression(u"^listening on (http://127\\.0\\.0\\.1:\\d+)$"_s).match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        const QUrl base(m.captured(1));
        const test::HttpResult r
            = test::postJson(QUrl(base.toString() + u"/api/users/login"_s),
                             {{u"user"_s, u"demo"_s}, {u"password"_s, u"demo"_s}});
        QCOMPARE(r.json().value("statusCode"_L1).toString(), u"00"_s);
        const test::HttpResult ca = test::get(QUrl(base.toString() + u"/sim/ca.pem"_s));
        QVERIFY(ca.body.startsWith("-----BEGIN CERTIFICATE-----"));
        sim.kill();
        sim.waitForFinished();

        // The CA is kept: --export-ca writes the same root the running simulator served.
        QProcess exporter;
        const QString out = data.filePath(u"root.pem"_s);
        exporter.start(QString::fromLatin1(BUBUH_SIM_EXECUTABLE),
                       {u"--data-dir"_s, data.path(), u"--export-ca"_s, out});
        QVERIFY(exporter.waitForFinished(60000));
        QCOMPARE(exporter.exitCode(), 0);
        QFile pem(out);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        QCOMPARE(pem.readAll(), ca.body);
    }

    void refusesBadFlags_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("bad fault") << QStringList{u"--fault"_s, u"orders:boom=1"_s};
        QTest::newRow("bad capacity") << QStringList{u"--capacity"_s, u"lots"_s};
        QTest::newRow("bad port") << QStringList{u"--port"_s, u"70000"_s};
    }

    void refusesBadFlags()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir data;
        QProcess sim;
        sim.start(QString::fromLatin1(BUBUH_SIM_EXECUTABLE),
                  arguments << u"--data-dir"_s << data.path());
        QVERIFY(sim.waitForFinished(60000));
        QCOMPARE(sim.exitCode(), 1);
        QVERIFY(!sim.readAllStandardError().isEmpty());
    }

    void version()
    {
        QProcess sim;
        sim.start(QString::fromLatin1(BUBUH_SIM_EXECUTABLE), {u"--version"_s});
        QVERIFY(sim.waitForFinished(60000));
        QVERIFY(sim.readAllStandardOutput().contains(BUBUH_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestSimExecutable)
#include "tst_simexecutable.moc"
