// bubuh-cli as a user and a script see it: messages, --json, --lang and exit codes.
#include "PdfFactory.h"
#include "Processes.h"
#include "SampleDocuments.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace test;

class TestCli : public QObject
{
    Q_OBJECT

    QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
    {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session: run through scripts/test.sh, which starts a Secret Service");
    }

    void usage()
    {
        const Cli cli(QUrl(u"http://127.0.0.1:9"_s), QString());
        QCOMPARE(cli.run({}).exitCode, 1);
        QCOMPARE(cli.run({u"nonsense"_s}).exitCode, 1);
        const CliRun version = cli.run({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(BUBUH_VERSION));
    }

    void inspectIsOffline()
    {
        // Nothing listens on this port: inspect never needs the service.
        QTemporaryDir data;
        const Cli cli(QUrl(u"http://127.0.0.1:9"_s), data.path());
        CliRun r = cli.run({u"inspect"_s, writeFile(data, u"a.pdf"_s, makeA4()), u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = r.json();
        for (const char *key : {"file", "sizeBytes", "predictedStampedBytes", "uploadLimitBytes",
                                "pdfVersion", "encrypted", "needsPassword", "pageCount", "pages",
                                "signatures", "problems", "usable"})
            QVERIFY2(json.contains(QLatin1StringView(key)), key);
        const QJsonObject page = json.value("pages"_L1).toArray().at(0).toObject();
        for (const char *key :
             {"page", "mediaBox", "cropBox", "rotate", "userUnit", "displayWidth", "displayHeight"})
            QVERIFY2(page.contains(QLatin1StringView(key)), key);
        // The limit applies to the stamped file: the upload plus what a stamp adds (160 KB).
        const QString letter = writeFile(data, u"surat.pdf"_s, makePdf({PageSpec()}));
        r = cli.run({u"inspect"_s, letter, u"--upload-limit"_s, u"150"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 2); // an error: it would be refused after it is paid for
        QCOMPARE(
            r.json().value("problems"_L1).toArray().at(0).toObject().value("code"_L1).toString(),
            u"too-large-after-stamp"_s);
        QCOMPARE(r.json().value("uploadLimitBytes"_L1).toInteger(), 150 * 1024);
        QCOMPARE(r.json().value("predictedStampedBytes"_L1).toInteger(),
                 QFileInfo(letter).size() + 160 * 1024);
        r = cli.run({u"inspect"_s, letter, u"--upload-limit"_s, u"200"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        r = cli.run({u"inspect"_s, writeFile(data, u"b.pdf"_s, "not a pdf at all")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.out).contains(u"bukan dokumen PDF"_s), r.out.constData());
        QCOMPARE(cli.run({u"inspect"_s}).exitCode, 1);
    }

    void realProfileWithoutCredentialsSaysWhatIsMissing()
    {
        // Nothing is sent anywhere: with no account for the profile, the command stops at once.
        QTemporaryDir data;
        const Cli cli(QUrl(), data.path());
        CliRun r = cli.run({u"--profile"_s, u"peruri-staging"_s, u"balance"_s});
        QCOMPARE(r.exitCode, 1);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(u"Belum masuk ke Peruri staging"_s), r.err.constData());
        QVERIFY2(err.contains(u"--profile peruri-staging login --user"_s), r.err.constData());
        r = cli.run({u"--profile"_s, u"peruri-produksi"_s, u"--lang"_s, u"en"_s, u"balance"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Not signed in to Peruri production"), r.err.constData());
        r = cli.run({u"--profile"_s, u"demo"_s, u"--user"_s, u"demo"_s, u"balance"_s});
        QVERIFY2(r.exitCode != 0, r.err.constData());
        QVERIFY2(r.err.contains("--server"), r.err.constData());
        r = cli.run({u"--profile"_s, u"nope"_s, u"balance"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(u"peruri-staging"_s), r.err.constData());
        // Buying on a real profile needs the distributor's shop, which is not built in.
        r = cli.run({u"--profile"_s, u"peruri-staging"_s, u"--user"_s, u"x@y.z"_s, u"history"_s});
        QCOMPARE(r.exitCode, 0);
    }

    void signInBuyAndStamp()
    {
        SimProcess sim({u"--auto-pay"_s, u"--fulfill-delay"_s, u"0"_s});
        QTemporaryDir data;
        const Cli cli(sim.url(), data.path());
        CliRun r = cli.run({u"login"_s, u"--user"_s, u"demo"_s, u"--password-stdin"_s}, "salah\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("User atau password salah"), r.err.constData());
        r = cli.run({u"balance"_s});
        QCOMPARE(r.exitCode, 1); // not signed in yet
        QVERIFY2(QString::fromUtf8(r.err).contains(u"Belum masuk"_s), r.err.constData());

        r = cli.run({u"login"_s, u"--user"_s, u"demo"_s, u"--password-stdin"_s}, "demo\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QString::fromUtf8(r.out).contains(u"Masuk sebagai"_s), r.out.constData());
        // The password is not in the settings file: only the user name is.
        QFile settings(data.filePath(u"settings.ini"_s));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray stored = settings.readAll();
        QVERIFY(stored.contains("demo"));
        QVERIFY(!stored.contains("password") && !stored.contains("token"));

        r = cli.run({u"balance"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value("saldo"_L1).toInt(-1), 0);

        r = cli.run({u"--json"_s, u"buy"_s, u"--quantity"_s, u"2"_s,
                     u"--wait"_s}); // options before the command
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value("state"_L1).toString(), u"FULFILLED"_s);
        r = cli.run({u"balance"_s});
        QVERIFY2(QString::fromUtf8(r.out).contains(u"Kuota: 2"_s), r.out.constData());
        r = cli.run({u"balance"_s, u"--lang"_s, u"en"_s});
        QVERIFY2(r.out.contains("Quota: 2"), r.out.constData());

        const QString in = writeFile(data, u"surat.pdf"_s, makeA4());
        const QString out = data.filePath(u"surat_bermeterai.pdf"_s);
        r = cli.run({u"stamp"_s, in, u"--out"_s, out, u"--page"_s, u"1"_s, u"--x"_s, u"141"_s,
                     u"--y"_s, u"229"_s, u"--unit"_s, u"mm"_s, u"--size"_s, u"30"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject job = r.json();
        QCOMPARE(job.value("state"_L1).toString(), u"SAVED"_s);
        QCOMPARE(job.value("sn"_L1).toString().size(), 22);
        // 141 mm = 399.69 pt from the left; 229 mm from the top of an A4 page.
        const QJsonArray rect = job.value("rect"_L1).toArray();
        QVERIFY(qAbs(rect.at(0).toDouble() - 399.685) < 0.01);
        QVERIFY(qAbs(rect.at(3).toDouble() - (841.89 - 649.134)) < 0.01);
        QVERIFY(QFile::exists(out));

        r = cli.run({u"history"_s, u"--json"_s});
        QCOMPARE(r.json().value("orders"_L1).toArray().size(), 1);
        QCOMPARE(r.json().value("jobs"_L1).toArray().size(), 1);
        r = cli.run({u"evidence"_s, u"1"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("bubuh-order-evidence"));
        QVERIFY(r.out.contains("FULFILLED"));
        r = cli.run({u"resume"_s});
        QCOMPARE(r.exitCode, 0);
    }

    void unusableInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says"); // in what it says on standard error, if given
        QTest::newRow("no --out") << QStringList{u"stamp"_s, u"@in"_s, u"--page"_s, u"1"_s,
                                                 u"--x"_s,   u"1"_s,   u"--y"_s,    u"1"_s}
                                  << 1 << QString();
        QTest::newRow("size too small")
            << QStringList{u"stamp"_s, u"@in"_s, u"--out"_s, u"@out"_s, u"--page"_s, u"1"_s,
                           u"--x"_s,   u"1"_s,   u"--y"_s,   u"1"_s,    u"--size"_s, u"20"_s}
            << 1 << QString();
        QTest::newRow("missing file") << QStringList{u"stamp"_s,  u"/nonexistent.pdf"_s,
                                                     u"--out"_s,  u"@out"_s,
                                                     u"--page"_s, u"1"_s,
                                                     u"--x"_s,    u"1"_s,
                                                     u"--y"_s,    u"1"_s}
                                      << 2 << QString();
        QTest::newRow("page out of range")
            << QStringList{u"stamp"_s, u"@in"_s, u"--out"_s, u"@out"_s, u"--page"_s,
                           u"9"_s,     u"--x"_s, u"1"_s,     u"--y"_s,  u"1"_s}
            << 2 << QString();
        QTest::newRow("off the page")
            << QStringList{u"stamp"_s, u"@in"_s, u"--out"_s, u"@out"_s, u"--page"_s,
                           u"1"_s,     u"--x"_s, u"550"_s,   u"--y"_s,  u"1"_s}
            << 2 << QString();
        QTest::newRow("not a PDF")
            << QStringList{u"stamp"_s, u"@junk"_s, u"--out"_s, u"@out"_s, u"--page"_s,
                           u"1"_s,     u"--x"_s,   u"1"_s,     u"--y"_s,  u"1"_s}
            << 2 << QString();
        QTest::newRow("overwrite the original")
            << QStringList{u"stamp"_s, u"@in"_s, u"--out"_s, u"@in"_s, u"--page"_s,
                           u"1"_s,     u"--x"_s, u"1"_s,     u"--y"_s, u"1"_s}
            << 2 << QString();
        // The page's label "Surat Pernyataan" is at its top left: the stamp must not cover it.
        QTest::newRow("covers the text")
            << QStringList{u"stamp"_s, u"@in"_s, u"--out"_s, u"@out"_s, u"--page"_s, u"1"_s,
                           u"--x"_s,   u"15"_s,  u"--y"_s,   u"20"_s,   u"--size"_s, u"60"_s}
            << 2 << u"menutupi tulisan"_s;
        // 160 KB of growth does not fit a 100 KB slot: refused before a serial number is bought.
        QTest::newRow("too large after stamping") << QStringList{u"stamp"_s,
                                                                 u"@in"_s,
                                                                 u"--out"_s,
                                                                 u"@out"_s,
                                                                 u"--page"_s,
                                                                 u"1"_s,
                                                                 u"--x"_s,
                                                                 u"300"_s,
                                                                 u"--y"_s,
                                                                 u"400"_s,
                                                                 u"--upload-limit"_s,
                                                                 u"100"_s}
                                                  << 2 << u"paling besar 100 KB"_s;
        QTest::newRow("buy zero") << QStringList{u"buy"_s, u"--quantity"_s, u"0"_s} << 1
                                  << QString();
        QTest::newRow("buy with cash")
            << QStringList{u"buy"_s, u"--quantity"_s, u"1"_s, u"--method"_s, u"CASH"_s} << 1
            << QString();
    }

    void unusableInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        SimProcess sim({u"--auto-pay"_s});
        QTemporaryDir data;
        const Cli cli(sim.url(), data.path());
        QCOMPARE(
            cli.run({u"login"_s, u"--user"_s, u"demo"_s, u"--password-stdin"_s}, "demo\n").exitCode,
            0);
        const QString in = writeFile(data, u"in.pdf"_s, makeA4());
        const QString junk = writeFile(data, u"junk.pdf"_s, "<html>not a pdf</html>");
        for (QString &a : arguments)
            a.replace(u"@in"_s, in)
                .replace(u"@out"_s, data.filePath(u"out.pdf"_s))
                .replace(u"@junk"_s, junk);
        const CliRun r = cli.run(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.err.trimmed().isEmpty()); // always says why
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
        QCOMPARE(QFile::exists(data.filePath(u"out.pdf"_s)), false);
        QCOMPARE(sim.ledger().value("serials"_L1).toArray().size(), 0); // nothing spent
    }

    // Preparing a document is offline: a blank spot, a smaller copy beside the original (which
    // is never touched), one PDF of photos.
    void placeShrinkAndTopdf()
    {
        QTemporaryDir data;
        const Cli cli(QUrl(u"http://127.0.0.1:9"_s), data.path());
        const QString letter
            = writeFile(data, u"surat-lamaran.pdf"_s, bench::letterWithSignature().pdf);
        CliRun r = cli.run({u"place"_s, letter, u"--page"_s, u"1"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject spot = r.json();
        QCOMPARE(spot.value("unit"_L1).toString(), u"pt"_s);
        QCOMPARE(spot.value("size"_L1).toDouble(), 100.0);
        QCOMPARE(spot.value("covered"_L1).toDouble(-1), 0.0);
        QVERIFY(spot.value("x"_L1).toDouble() > 0 && spot.value("y"_L1).toDouble() > 0);

        QFile original(letter);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();
        r = cli.run({u"shrink"_s, letter, u"--limit"_s, u"300"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QString small = data.filePath(u"surat-lamaran_kecil.pdf"_s);
        QCOMPARE(r.json().value("out"_L1).toString(), small);
        QVERIFY(r.json().value("fits"_L1).toBool());
        QVERIFY(QFileInfo(small).size() + 160 * 1024 <= 300 * 1024);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), before); // the original's bytes are untouched
        r = cli.run({u"shrink"_s, letter, u"--out"_s, letter});
        QCOMPARE(r.exitCode, 1);
        // Again: beside the first copy, which may be a paid job's source, never over it.
        r = cli.run({u"shrink"_s, letter, u"--limit"_s, u"300"_s, u"--json"_s});
        QCOMPARE(r.json().value("out"_L1).toString(),
                 data.filePath(u"surat-lamaran_kecil-2.pdf"_s));
        r = cli.run({u"inspect"_s, small, u"--upload-limit"_s, u"300"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);

        QImage photo(400, 300, QImage::Format_RGB32);
        photo.fill(Qt::darkGreen);
        const QString jpeg = data.filePath(u"ktp.jpg"_s);
        QVERIFY(photo.save(jpeg));
        r = cli.run({u"topdf"_s, jpeg, jpeg, u"--out"_s, data.filePath(u"ktp.pdf"_s), u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value("pageCount"_L1).toInt(), 2);
        r = cli.run({u"inspect"_s, data.filePath(u"ktp.pdf"_s), u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value("pageCount"_L1).toInt(), 2);
        // Neither an existing file nor a photo is written over.
        QFile pdf(data.filePath(u"ktp.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray first = pdf.readAll();
        pdf.close();
        r = cli.run({u"topdf"_s, jpeg, u"--out"_s, data.filePath(u"ktp.pdf"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.readAll(), first);
        r = cli.run({u"topdf"_s, jpeg, u"--out"_s, jpeg});
        QCOMPARE(r.exitCode, 1);
    }

    void serviceUnavailableUntilTheDeadline()
    {
        SimProcess sim({u"--fault"_s, u"orders:503=1"_s});
        QTemporaryDir data;
        const Cli cli(sim.url(), data.path());
        QCOMPARE(
            cli.run({u"login"_s, u"--user"_s, u"demo"_s, u"--password-stdin"_s}, "demo\n").exitCode,
            0);
        const CliRun r = cli.run({u"buy"_s, u"--quantity"_s, u"1"_s, u"--timeout"_s, u"4"_s});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(QString::fromUtf8(r.err).contains(u"sedang diperiksa"_s), r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(u"mencoba lagi dalam"_s), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
