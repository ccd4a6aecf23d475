// bubuh-cli killed (SIGKILL) at every journal transition of `buy --wait` and `stamp`, and at
// random moments; `resume` must then finish the work, and the simulator's ledger and the
// journal must agree: nothing lost, nothing charged or stamped twice.
#include "ExternalTools.h"
#include "PdfFactory.h"
#include "Processes.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLockFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace test;

namespace {

constexpr int kQuantity = 2;

// Runs three resumes at once (as three windows or scripts would) until they report everything
// finished (a few rounds at most); the worst exit code of the last round.
CliRun resumeUntilDone(const Cli &cli)
{
    CliRun worst;
    for (int round = 0; round < 5; ++round) {
        worst = {};
        worst.exitCode = 0;
        for (const CliRun &r : cli.runTogether({u"resume"_s, u"--json"_s, u"--wait-lock"_s}, 3)) {
            if (r.exitCode != 0)
                worst = r;
        }
        if (worst.exitCode == 0)
            break;
    }
    return worst;
}

// Rows: each named crash point, then random kills at a share of an uninterrupted run.
void addKillRows(std::initializer_list<const char *> points, quint32 seed, int randomKills)
{
    QTest::addColumn<QString>("crashAt");
    QTest::addColumn<double>("killAt"); // share of an uninterrupted run; < 0 = crash point
    for (const char *point : points)
        QTest::newRow(point) << QString::fromLatin1(point) << -1.0;
    // BUBUH_CRASH_SEED moves every random kill and fault elsewhere, for runs of many seeds.
    QRandomGenerator rng(seed + quint32(qEnvironmentVariableIntValue("BUBUH_CRASH_SEED")));
    for (int i = 0; i < randomKills; ++i) {
        const double share = 0.02 + 0.96 * rng.generateDouble();
        QTest::newRow(qPrintable(u"random kill at %1%"_s.arg(int(share * 100))))
            << QString() << share;
    }
}

QStringList crashEnvironment(const QString &crashAt)
{
    return crashAt.isEmpty() ? QStringList() : QStringList{u"BUBUH_CRASH_AT="_s + crashAt};
}

QJsonArray ledgerList(const SimProcess &sim, QLatin1StringView key)
{
    return sim.ledger().value(key).toArray();
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

    static bool signIn(const Cli &cli)
    {
        return cli.run({u"login"_s, u"--user"_s, u"demo"_s, u"--password-stdin"_s}, "demo\n")
                   .exitCode
            == 0;
    }

    // How long an uninterrupted run takes on this machine, so that random kills land inside it.
    qint64 m_buyMs = 1000, m_stampMs = 500;

    static QString writePdf(const QTemporaryDir &dir, const QByteArray &pdf)
    {
        const QString path = dir.filePath(u"surat-lamaran.pdf"_s);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(pdf);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session: run through scripts/test.sh, which starts a Secret Service");
        SimProcess sim({u"--auto-pay"_s, u"--fulfill-delay"_s, u"0.5"_s});
        QTemporaryDir data;
        const Cli cli(sim.url(), data.path());
        QVERIFY(signIn(cli));
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(cli.run({u"buy"_s, u"--quantity"_s, u"2"_s, u"--wait"_s}).exitCode, 0);
        m_buyMs = clock.restart();
        const QString in = writePdf(data, makeA4());
        QCOMPARE(cli.run({u"stamp"_s, in, u"--out"_s, data.filePath(u"out.pdf"_s), u"--page"_s,
                          u"1"_s, u"--x"_s, u"400"_s, u"--y"_s, u"650"_s})
                     .exitCode,
                 0);
        m_stampMs = clock.elapsed();
        qInfo("uninterrupted: buy --wait %lld ms, stamp %lld ms", m_buyMs, m_stampMs);
    }

    void buyKilledAnywhere_data()
    {
        addKillRows({"order-PENDING", "order-SENT", "order-PAID", "order-FULFILLED"}, 2024, 8);
    }

    void buyKilledAnywhere()
    {
        QFETCH(QString, crashAt);
        QFETCH(double, killAt);
        const int killAfterMs = killAt < 0 ? -1 : int(killAt * double(m_buyMs));
        SimProcess sim({u"--auto-pay"_s, u"--fulfill-delay"_s, u"0.5"_s});
        QVERIFY(sim.running());
        QTemporaryDir data;
        const Cli cli(sim.url(), data.path());
        QVERIFY(signIn(cli));

        const QStringList env = crashEnvironment(crashAt);
        const CliRun crashed
            = cli.run({u"buy"_s, u"--quantity"_s, QString::number(kQuantity), u"--wait"_s}, {}, env,
                      killAfterMs);
        if (!crashAt.isEmpty())
            QVERIFY2(crashed.crashed, "the crash point was not reached");

        const CliRun resumed = resumeUntilDone(cli);
        QCOMPARE(resumed.exitCode, 0);
        const CliRun history = cli.run({u"history"_s, u"--json"_s});
        const QJsonArray journalOrders = history.json().value("orders"_L1).toArray();
        const QJsonArray ledgerOrders = ledgerList(sim, "orders"_L1);
        // A killed `buy` may have died before writing anything; otherwise exactly one order,
        // and the journal and the shop agree on it.
        QVERIFY(journalOrders.size() <= 1);
        QCOMPARE(ledgerOrders.size(), journalOrders.size());
        if (journalOrders.isEmpty())
            return;
        const QJsonObject mine = journalOrders.first().toObject();
        const QJsonObject theirs = ledgerOrders.first().toObject();
        QCOMPARE(mine.value("state"_L1).toString(), u"FULFILLED"_s);
        QCOMPARE(mine.value("orderId"_L1).toString(), theirs.value("orderId"_L1).toString());
        QCOMPARE(mine.value("idempotencyKey"_L1).toString(),
                 theirs.value("idempotencyKey"_L1).toString());
        QCOMPARE(theirs.value("charges"_L1).toInt(), 1);
        QCOMPARE(sim.ledger().value("account"_L1).toObject().value("saldo"_L1).toInt(), kQuantity);
    }

    void nextCommandFinishesTheUnfinishedFirst()
    {
        SimProcess sim({u"--auto-pay"_s, u"--fulfill-delay"_s, u"0"_s});
        QTemporaryDir data;
        const Cli cli(sim.url(), data.path());
        QCOMPARE(
            cli.run({u"login"_s, u"--user"_s, u"demo"_s, u"--password-stdin"_s}, "demo\n").exitCode,
            0);
        QVERIFY(cli.run({u"buy"_s, u"--quantity"_s, u"2"_s, u"--wait"_s}, {},
                        {u"BUBUH_CRASH_AT=order-SENT"_s})
                    .crashed);
        // No explicit resume: the next command that talks to the service settles the order first.
        const CliRun balance = cli.run({u"balance"_s, u"--json"_s});
        QCOMPARE(balance.exitCode, 0);
        QCOMPARE(balance.json().value("saldo"_L1).toInt(), 2);
        const QJsonArray orders
            = cli.run({u"history"_s, u"--json"_s}).json().value("orders"_L1).toArray();
        QCOMPARE(orders.at(0).toObject().value("state"_L1).toString(), u"FULFILLED"_s);
        QCOMPARE(sim.ledger().value("orders"_L1).toArray().size(), 1);
    }

    void anotherServiceNeverContinuesTheJob()
    {
        // One journal, two services (here two simulators): a job killed on one is continued
        // on that one only, never with the other's quota.
        SimProcess first({u"--auto-pay"_s, u"--fulfill-delay"_s, u"0"_s});
        SimProcess second({u"--auto-pay"_s, u"--fulfill-delay"_s, u"0"_s});
        QTemporaryDir data;
        const Cli onFirst(first.url(), data.path());
        const Cli onSecond(second.url(), data.path());
        QVERIFY(signIn(onFirst));
        QCOMPARE(onFirst.run({u"buy"_s, u"--quantity"_s, u"1"_s, u"--wait"_s}).exitCode, 0);
        const QString in = writePdf(data, makeA4());
        const QStringList stamp = {u"stamp"_s,  in,      u"--out"_s, data.filePath(u"out.pdf"_s),
                                   u"--page"_s, u"1"_s,  u"--x"_s,   u"400"_s,
                                   u"--y"_s,    u"650"_s};
        QVERIFY(onFirst.run(stamp, {}, {u"BUBUH_CRASH_AT=job-UPLOADED"_s}).crashed);

        QVERIFY(signIn(onSecond));
        QCOMPARE(onSecond.run({u"buy"_s, u"--quantity"_s, u"1"_s, u"--wait"_s}).exitCode, 0);
        QCOMPARE(onSecond.run({u"resume"_s, u"--json"_s}).exitCode, 0);
        QCOMPARE(ledgerList(second, "serials"_L1).size(), 0);
        QCOMPARE(ledgerList(first, "serials"_L1).size(), 0);

        QCOMPARE(resumeUntilDone(onFirst).exitCode, 0);
        const QJsonArray serials = ledgerList(first, "serials"_L1);
        QCOMPARE(serials.size(), 1);
        QCOMPARE(serials.at(0).toObject().value("status"_L1).toString(), u"STAMP"_s);
        QCOMPARE(ledgerList(second, "serials"_L1).size(), 0);
    }

    // A job left at UPLOADED (no SN yet), as a crash leaves it, after buying `quota` (none: the
    // quota is there already); returns the stamp's arguments.
    static QStringList leaveAJobUploaded(const Cli &cli, const QTemporaryDir &data, int quota)
    {
        if (!signIn(cli)
            || (quota > 0
                && cli.run({u"buy"_s, u"--quantity"_s, QString::number(quota), u"--wait"_s})
                       .exitCode))
            return {};
        const QString in = writePdf(data, makeA4());
        const QStringList stamp = {u"stamp"_s,  in,      u"--out"_s, data.filePath(u"out.pdf"_s),
                                   u"--page"_s, u"1"_s,  u"--x"_s,   u"400"_s,
                                   u"--y"_s,    u"650"_s};
        return cli.run(stamp, {}, {u"BUBUH_CRASH_AT=job-UPLOADED"_s}).crashed ? stamp
                                                                              : QStringList();
    }

    void balanceNeverBuysASerial()
    {
        SimProcess sim({u"--auto-pay"_s, u"--fulfill-delay"_s, u"0"_s});
        QTemporaryDir data;
        const Cli cli(sim.url(), data.path());
        QVERIFY(!leaveAJobUploaded(cli, data, 1).isEmpty());
        const CliRun balance = cli.run({u"balance"_s, u"--json"_s});
        QCOMPARE(balance.exitCode, 0);
        QCOMPARE(balance.json().value("saldo"_L1).toInt(), 1);
        QCOMPARE(ledgerList(sim, "serials"_L1).size(), 0);
        QCOMPARE(cli.run({u"history"_s, u"--json"_s})
                     .json()
                     .value("jobs"_L1)
                     .toArray()
                     .at(0)["state"_L1]
                     .toString(),
                 u"UPLOADED"_s);
    }

    void aChangedSourceEndsTheJobBeforeItCosts()
    {
        SimProcess sim({u"--auto-pay"_s, u"--fulfill-delay"_s, u"0"_s});
        QTemporaryDir data;
        const Cli cli(sim.url(), data.path());
        const QStringList stamp = leaveAJobUploaded(cli, data, 1);
        QVERIFY(!stamp.isEmpty());
        writePdf(data, makeA4(u"Another letter"_s)); // the document changed meanwhile
        const CliRun resumed = cli.run({u"resume"_s, u"--json"_s});
        QCOMPARE(resumed.exitCode, 2);
        QCOMPARE(ledgerList(sim, "serials"_L1).size(), 0);
        const QJsonObject job = cli.run({u"history"_s, u"--json"_s})
                                    .json()
                                    .value("jobs"_L1)
                                    .toArray()
                                    .at(0)
                                    .toObject();
        QCOMPARE(job["state"_L1].toString(), u"FAILED"_s);
        QCOMPARE(cli.run({u"resume"_s, u"--json"_s}).exitCode, 0); // nothing left to do
    }

    void resumesRacingOnOneJournalBuyOneSerial()
    {
        // A slow balance check holds every resume just before the serial request: each has
        // read the job as UPLOADED by then.
        SimProcess sim({u"--auto-pay"_s, u"--fulfill-delay"_s, u"0"_s, u"--fault"_s,
                        u"saldopos:slow=1"_s, u"--slow-seconds"_s, u"0.5"_s});
        QTemporaryDir data;
        const Cli cli(sim.url(), data.path());
        QVERIFY(!leaveAJobUploaded(cli, data, 3).isEmpty());
        // Without --wait-lock, all but one say that the journal is taken and stop at once.
        int locked = 0;
        for (const CliRun &r : cli.runTogether({u"resume"_s, u"--json"_s}, 3))
            locked += r.exitCode == 6;
        QVERIFY(locked >= 2);
        QCOMPARE(ledgerList(sim, "serials"_L1).size(), 1);
        QVERIFY(!leaveAJobUploaded(cli, data, 0).isEmpty());
        // With it, they take turns: the first does the work, the others find nothing left.
        for (const CliRun &r : cli.runTogether({u"resume"_s, u"--json"_s, u"--wait-lock"_s}, 3))
            QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray serials = ledgerList(sim, "serials"_L1);
        QCOMPARE(serials.size(), 2);
        for (const QJsonValue &v : serials)
            QCOMPARE(v["status"_L1].toString(), u"STAMP"_s);
    }

    void aHeldJournalStopsEveryCommandThatNeedsIt()
    {
        SimProcess sim({u"--auto-pay"_s, u"--fulfill-delay"_s, u"0"_s});
        QTemporaryDir data;
        const Cli cli(sim.url(), data.path());
        QVERIFY(signIn(cli));
        QLockFile window(data.filePath(u"journal.sqlite.lock"_s)); // as the open window holds it
        QVERIFY(window.tryLock());
        for (const QStringList &command :
             {QStringList{u"balance"_s}, QStringList{u"history"_s}, QStringList{u"resume"_s},
              QStringList{u"buy"_s, u"--quantity"_s, u"1"_s}}) {
            const CliRun r = cli.run(command);
            QVERIFY2(r.exitCode == 6,
                     qPrintable(command.first() + u": "_s + QString::fromUtf8(r.err)));
            QVERIFY(r.err.contains("--wait-lock"));
        }
        QCOMPARE(sim.ledger().value("orders"_L1).toArray().size(), 0);
        QVERIFY(signIn(cli)); // signing in needs no journal
    }

    void cancelEndsOnlyAJobWithoutASerial()
    {
        SimProcess sim({u"--auto-pay"_s, u"--fulfill-delay"_s, u"0"_s});
        QTemporaryDir data;
        const Cli cli(sim.url(), data.path());
        QVERIFY(!leaveAJobUploaded(cli, data, 1).isEmpty());
        const CliRun cancelled = cli.run({u"cancel"_s, u"1"_s, u"--json"_s});
        QCOMPARE(cancelled.exitCode, 0);
        QCOMPARE(cancelled.json()["state"_L1].toString(), u"CANCELLED"_s);
        QCOMPARE(cli.run({u"resume"_s, u"--json"_s}).json()["resumed"_L1].toInt(), 0);
        QCOMPARE(ledgerList(sim, "serials"_L1).size(), 0);
        // A job that holds a paid SN is never cancelled.
        const QString in = writePdf(data, makeA4(u"Surat kedua"_s));
        QVERIFY(cli.run({u"stamp"_s, in, u"--out"_s, data.filePath(u"b.pdf"_s), u"--page"_s, u"1"_s,
                         u"--x"_s, u"400"_s, u"--y"_s, u"650"_s},
                        {}, {u"BUBUH_CRASH_AT=job-SERIAL"_s})
                    .crashed);
        const CliRun refused = cli.run({u"cancel"_s, u"2"_s});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(!refused.err.isEmpty());
        QCOMPARE(cli.run({u"resume"_s, u"--json"_s}).exitCode, 0);
        QCOMPARE(ledgerList(sim, "serials"_L1).at(0)["status"_L1].toString(), u"STAMP"_s);
    }

    void stampKilledAnywhere_data()
    {
        addKillRows({"job-CREATED", "job-UPLOADED", "job-SERIAL_PENDING", "job-SERIAL",
                     "job-STAMPING", "job-STAMPED", "job-SAVED"},
                    1709, 10);
    }

    void stampKilledAnywhere()
    {
        QFETCH(QString, crashAt);
        QFETCH(double, killAt);
        const int killAfterMs = killAt < 0 ? -1 : int(killAt * double(m_stampMs));
        // The answer to the serial request is lost now and then, too: the SN it issued must
        // be found again in the serial list, never bought twice.
        SimProcess sim({u"--auto-pay"_s, u"--fulfill-delay"_s, u"0"_s, u"--fault"_s,
                        u"serial:resetAfter=0.3"_s, u"--seed"_s,
                        QString::number(qHash(QString::fromLatin1(QTest::currentDataTag()))
                                        + qEnvironmentVariableIntValue("BUBUH_CRASH_SEED"))});
        QVERIFY(sim.running());
        QTemporaryDir data;
        const Cli cli(sim.url(), data.path());
        QVERIFY(signIn(cli));
        QCOMPARE(cli.run({u"buy"_s, u"--quantity"_s, u"3"_s, u"--wait"_s}).exitCode, 0);
        const QByteArray original = makeA4(u"Surat Lamaran"_s);
        const QString in = writePdf(data, original);
        const QString out = data.filePath(u"surat-lamaran_bermeterai.pdf"_s);

        const QStringList env = crashEnvironment(crashAt);
        const CliRun crashed = cli.run({u"stamp"_s, in, u"--out"_s, out, u"--page"_s, u"1"_s,
                                        u"--x"_s, u"400"_s, u"--y"_s, u"650"_s},
                                       {}, env, killAfterMs);
        if (!crashAt.isEmpty())
            QVERIFY2(crashed.crashed, "the crash point was not reached");
        QCOMPARE(resumeUntilDone(cli).exitCode, 0);

        const QJsonArray jobs
            = cli.run({u"history"_s, u"--json"_s}).json().value("jobs"_L1).toArray();
        QVERIFY(jobs.size() <= 1);
        const QJsonArray serials = ledgerList(sim, "serials"_L1);
        if (jobs.isEmpty()) { // killed before the job was written: nothing was spent
            QCOMPARE(serials.size(), 0);
            return;
        }
        const QJsonObject job = jobs.first().toObject();
        QCOMPARE(job.value("state"_L1).toString(), u"SAVED"_s);
        int stamped = 0, orphans = 0;
        for (const QJsonValue &v : serials) {
            const QString status = v.toObject().value("status"_L1).toString();
            stamped += status == u"STAMP";
            orphans += status == u"NOTSTAMP";
            if (status == u"STAMP")
                QCOMPARE(v.toObject().value("sn"_L1).toString(), job.value("sn"_L1).toString());
        }
        // One SN, stamped on the one document: none paid for and left unstamped, whenever the
        // kill came and whichever answer was lost.
        QCOMPARE(stamped, 1);
        QCOMPARE(orphans, 0);
        QCOMPARE(serials.size(), 1);
        QCOMPARE(sim.ledger().value("account"_L1).toObject().value("saldo"_L1).toInt(),
                 3 - int(serials.size()));
        QFile result(out);
        QVERIFY(result.open(QIODevice::ReadOnly));
        const QByteArray bytes = result.readAll();
        QVERIFY(bytes.startsWith(original));
        QVERIFY(pdfsig(bytes).output.contains(u"Signature is Valid"_s));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
