// The whole application as an applicant uses it, in demo mode against the embedded simulator
// with the waiting room on and faults injected: sign in, buy quota, pay, open two documents,
// place the stamps, stamp both, check them and find the results saved next to the originals.
// Asserts on what the window shows and on the simulator's ledger. With BUBUH_SCREENSHOTS=DIR
// it also saves a picture of each step (scripts/screenshots.sh, for the README).
#include "EmeteraiSimulator.h"
#include "ExternalTools.h"
#include "MainWindow.h"
#include "PdfFactory.h"
#include "SampleDocuments.h"
#include "core/Language.h"
#include "demo/DemoService.h"
#include "document/OpenDocuments.h"
#include "document/PositionPage.h"
#include "document/ShrinkDialog.h"
#include "flow/PurchaseFlow.h"
#include "session/Workspace.h"
#include "stamp/StampPage.h"
#include "stamp/VerifyDialog.h"
#include "widgets/Dialogs.h"
#include "widgets/Notifier.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace bubuh;
using namespace test;

namespace {

// Lets the first request to each listed endpoint fail with its fault, then lets the service
// recover: the scenario the flow must survive, proven to have happened.
class FaultOnce : public QObject
{
public:
    FaultOnce(sim::EmeteraiSimulator &sim, const QJsonObject &faults) : m_sim(sim), m_faults(faults)
    {
        connect(&sim, &sim::EmeteraiSimulator::faultInjected, this,
                [this](const QString &endpoint, const QString &) {
                    ++m_seen[endpoint];
                    m_faults.remove(endpoint);
                    m_sim.applyConfig({{u"faults"_s, m_faults}});
                });
        m_sim.applyConfig({{u"faults"_s, m_faults}});
    }
    int seen(const QString &endpoint) const { return m_seen.value(endpoint); }

private:
    sim::EmeteraiSimulator &m_sim;
    QJsonObject m_faults;
    QHash<QString, int> m_seen;
};

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Base, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::Button, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::ButtonText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    return p;
}

QJsonObject fault(const QString &kind)
{
    return QJsonObject{{kind, 1.0}};
}

} // namespace

class TestApplicantFlow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_shots = qEnvironmentVariable("BUBUH_SCREENSHOTS");

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return f.fileName();
    }

    void shoot(QWidget &widget, const QString &name)
    {
        if (m_shots.isEmpty())
            return;
        QTest::qWait(300); // let pages render
        QVERIFY(widget.grab().save(m_shots + u'/' + name));
    }

    template<typename T>
    T *child(QWidget &window, const QString &name)
    {
        T *found = window.findChild<T *>(name);
        if (!found)
            qWarning() << "no widget" << name;
        return found;
    }

private Q_SLOTS:
    void cleanup() { QVERIFY(Dialogs::allAnswered()); }
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::install(u"id"_s);
    }

    void buyPlaceStampCheckAndSave()
    {
        DemoService demo;
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        sim::EmeteraiSimulator &sim = *demo.simulator();
        QVERIFY(sim.applyConfig({{u"queue"_s, true}, {u"admitRate"_s, 0.5}}).isEmpty());

        QSettings settings(m_dir.filePath(u"flow.ini"_s), QSettings::IniFormat);
        Workspace workspace(demo.profile(), settings, {demo.rootCertificatePem()});
        QVERIFY(workspace.ready(nullptr));
        MainWindow window(workspace, settings);
        window.resize(1180, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The one obvious next step, each time: sign in (through the real dialog)…
        auto *next = child<QPushButton>(window, u"nextActionButton"_s);
        QCOMPARE(next->text(), u"Lanjut: masuk"_s);
        Dialogs::setNextAnswer([](QDialog &dialog) {
            dialog.findChild<QLineEdit *>(u"userLineEdit"_s)->setText(u"demo"_s);
            dialog.findChild<QLineEdit *>(u"passwordLineEdit"_s)->setText(u"demo"_s);
            dialog.findChild<QCheckBox *>(u"rememberCheckBox"_s)->setChecked(false);
            return int(QDialog::Accepted);
        });
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(workspace.account().state(), AccountSession::State::SignedIn,
                                  20000);
        auto *steps = child<QListWidget>(window, u"stepListWidget"_s);
        QTRY_COMPARE(steps->item(0)->text(), u"1. Akun & Kuota\nKuota: 0"_s);
        // The registration portal closes the day after tomorrow, at 23.59 WIB.
        const QDate closing
            = QDateTime::currentDateTime().toTimeZone(QTimeZone(7 * 3600)).date().addDays(2);
        child<QCheckBox>(window, u"hasDeadlineCheckBox"_s)->setChecked(true);
        child<QDateTimeEdit>(window, u"deadlineEdit"_s)->setDateTime(QDateTime(closing, {23, 59}));
        QVERIFY2(child<QLabel>(window, u"deadlineStatusLabel"_s)->text().contains(u"2 hari"_s),
                 qPrintable(child<QLabel>(window, u"deadlineStatusLabel"_s)->text()));

        // …open the documents (through the file chooser), which says how many to buy…
        const QByteArray lamaran = makeA4(u"Surat Lamaran"_s);
        const QByteArray pernyataan = makeA4(u"Surat Pernyataan"_s);
        const QString lamaranPath = write(u"surat-lamaran.pdf"_s, lamaran);
        const QString pernyataanPath = write(u"surat-pernyataan.pdf"_s, pernyataan);
        QCOMPARE(next->text(), u"Lanjut: buka dokumen"_s);
        Dialogs::setNextFiles({lamaranPath, pernyataanPath});
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(window.documents().count(), 2);
        QTRY_COMPARE(steps->item(1)->text(), u"2. Dokumen\n2 dokumen siap"_s);
        QCOMPARE(steps->item(0)->text(), u"1. Akun & Kuota\nKuota: 0, kurang 2"_s);
        QCOMPARE(steps->item(0)->data(Qt::AccessibleTextRole).toString(),
                 u"1. Akun & Kuota, berikutnya: Kuota: 0, kurang 2"_s);
        QCOMPARE(next->text(), u"Beli 2 e-Meterai"_s);
        QTest::mouseClick(next, Qt::LeftButton); // …and buy exactly that.
        QCOMPARE(window.currentStep(), MainWindow::AccountStep);
        QCOMPARE(child<QSpinBox>(window, u"quantitySpinBox"_s)->value(), 2);

        // Buy two, with the shop's answer to the order lost once and the waiting room on.
        FaultOnce orderFault(sim, {{u"orders"_s, fault(u"resetAfter"_s)}});
        auto *serviceLabel = child<QLabel>(window, u"serviceStatusLabel"_s);
        QStringList serviceTexts, orderStates;
        connect(&workspace.purchase(), &PurchaseSession::changed, this, [&] {
            serviceTexts << serviceLabel->text();
            orderStates << toText(workspace.purchase().order().state);
        });
        QTest::mouseClick(child<QPushButton>(window, u"buyButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(workspace.purchase().order().state, OrderState::AwaitingPayment,
                                  60000);
        QTRY_COMPARE(next->text(), u"Lanjut: bayar pesanan"_s);
        // No second order offered from step 4 for the same need while this one waits.
        QVERIFY(child<QPushButton>(window, u"buyMoreButton"_s)->isHidden());
        QVERIFY2(orderFault.seen(u"orders"_s) > 0, "the order fault never happened");
        const auto sawInStatusBar = [&](const QString &text) {
            return std::any_of(serviceTexts.cbegin(), serviceTexts.cend(),
                               [&](const QString &t) { return t.contains(text); });
        };
        QVERIFY2(sawInStatusBar(u"antrean"_s), qPrintable(serviceTexts.join(u'\n')));
        QVERIFY2(sawInStatusBar(u"mencoba lagi"_s), qPrintable(serviceTexts.join(u'\n')));
        QVERIFY(!orderStates.contains(u"FAILED"_s));

        auto *qr = child<QLabel>(window, u"qrisImage"_s);
        QVERIFY(qr->isVisible());
        QVERIFY(!qr->pixmap().isNull());
        QVERIFY(qr->pixmap().width() >= 100);
        QVERIFY2(child<QLabel>(window, u"paymentDeadlineLabel"_s)->text().contains(u"WIB"_s),
                 qPrintable(child<QLabel>(window, u"paymentDeadlineLabel"_s)->text()));
        QVERIFY2(child<QLabel>(window, u"orderStateLabel"_s)->text().contains(u"Rp23.000"_s),
                 qPrintable(child<QLabel>(window, u"orderStateLabel"_s)->text()));
        shoot(window, u"1-akun-dan-kuota.png"_s);

        QTest::mouseClick(child<QPushButton>(window, u"simulatedPaymentButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(workspace.purchase().order().state, OrderState::Fulfilled, 60000);
        auto *quota = child<QLabel>(window, u"quotaStatusLabel"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(quota->text().startsWith(u"Kuota: 2 "_s),
                                  qPrintable(quota->text()), 20000);

        QTRY_COMPARE(next->text(), u"Bubuhkan 2 dokumen"_s);
        QCOMPARE(steps->item(0)->text(), u"1. Akun & Kuota\nKuota: 2"_s);
        // Each document gets its own place for the stamp.
        window.showStep(MainWindow::DocumentStep);
        shoot(window, u"2-dokumen.png"_s);
        for (int i = 0; i < 2; ++i) {
            window.positionPage()->showDocument(i);
            window.showStep(MainWindow::PlacementStep);
            QCOMPARE(child<QComboBox>(window, u"unitComboBox"_s)->currentData(), u"mm"_s);
            child<QDoubleSpinBox>(window, u"xSpinBox"_s)->setValue(140 - 10 * i);
            child<QDoubleSpinBox>(window, u"ySpinBox"_s)->setValue(220);
        }
        shoot(window, u"3-posisi.png"_s);
        QCOMPARE(window.documents().at(0).placement.page, 1);
        QCOMPARE(qRound(window.documents().at(0).placement.u), qRound(140 * 72 / 25.4));
        QCOMPARE(qRound(window.documents().at(1).placement.u), qRound(130 * 72 / 25.4));

        // Stamp both, with one upload refused as busy and one stamp failing with 97 once. The
        // next action first shows step 4, where the types and places can be seen.
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(window.currentStep(), MainWindow::StampStep);
        auto *table = child<QTableWidget>(window, u"jobTable"_s);
        QCOMPARE(table->rowCount(), 2);
        const auto typeOf = [&](int row) {
            return qobject_cast<QComboBox *>(table->cellWidget(row, 1))->currentText();
        };
        QTRY_COMPARE(typeOf(0), u"Surat Lainnya"_s); // kode 3, never a money document
        QCOMPARE(typeOf(1), u"Surat Pernyataan"_s);
        FaultOnce stampFaults(sim,
                              {{u"upload"_s, fault(u"503"_s)}, {u"stamp"_s, fault(u"error97"_s)}});
        auto *stamp = child<QPushButton>(window, u"stampAllButton"_s);
        QTRY_VERIFY(stamp->isEnabled()); // once the stamps are known to land on blank paper
        QTest::mouseClick(stamp, Qt::LeftButton);
        StampBatch &batch = workspace.stamping();
        QTRY_VERIFY_WITH_TIMEOUT(!batch.running() && batch.entries().size() == 2, 120000);
        QCOMPARE(stampFaults.seen(u"upload"_s), 1);
        QCOMPARE(stampFaults.seen(u"stamp"_s), 1);
        for (int row = 0; row < 2; ++row) {
            const StampJob &job = batch.entries().at(row).job;
            QCOMPARE(job.state, JobState::Saved);
            QCOMPARE(job.verdict, StampVerdict::Valid);
            QVERIFY2(table->item(row, 3)->text().contains(u"sah"_s),
                     qPrintable(table->item(row, 3)->text()));
        }
        const QString lamaranResult = m_dir.filePath(u"surat-lamaran_bermeterai.pdf"_s);
        QCOMPARE(batch.entries().at(0).job.resultPath, lamaranResult);
        QCOMPARE(table->item(0, 4)->text(), u"surat-lamaran_bermeterai.pdf"_s);
        QVERIFY(QFile::exists(m_dir.filePath(u"surat-pernyataan_bermeterai.pdf"_s)));
        QTRY_VERIFY2(child<QLabel>(window, u"stampStatusLabel"_s)->text().contains(u"Selesai"_s),
                     qPrintable(child<QLabel>(window, u"stampStatusLabel"_s)->text()));
        QTRY_VERIFY2_WITH_TIMEOUT(quota->text().startsWith(u"Kuota: 0 "_s),
                                  qPrintable(quota->text()), 20000);
        // Told to an applicant in another window (the tray, or the task bar).
        QCOMPARE(window.notifier().last(),
                 u"Sudah bermeterai: 2 dokumen sudah bermeterai, diperiksa, dan disimpan."_s);
        QTRY_COMPARE(steps->item(3)->text(), u"4. Bubuhkan & Periksa\n2 dokumen bermeterai"_s);
        QCOMPARE(next->text(), u"Periksa dokumen bermeterai"_s);
        shoot(window, u"4-bubuhkan-dan-periksa.png"_s);
        // Stamping the same documents again is not offered: it would spend a second e-Meterai.
        window.openDocuments({lamaranPath, lamaranResult});
        window.showStep(MainWindow::StampStep);
        QVERIFY(!stamp->isEnabled());
        QCOMPARE(table->rowCount(), 3); // the result, opened as a document, is the third row
        QVERIFY2(table->item(2, 3)->text().contains(u"sudah bermeterai"_s),
                 qPrintable(table->item(2, 3)->text()));
        QVERIFY2(child<QLabel>(window, u"stampQuotaLabel"_s)->text().startsWith(u"0 dokumen"_s),
                 qPrintable(child<QLabel>(window, u"stampQuotaLabel"_s)->text()));

        // The originals are untouched; each result is the original plus a valid signature.
        QFile original(lamaranPath);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), lamaran);
        QFile result(lamaranResult);
        QVERIFY(result.open(QIODevice::ReadOnly));
        const QByteArray stamped = result.readAll();
        QVERIFY(stamped.startsWith(lamaran));
        QVERIFY(pdfsig(stamped).output.contains(u"Signature is Valid"_s));

        // "Periksa e-Meterai" on the result.
        window.showVerification(lamaranResult);
        auto *dialog = window.findChild<VerifyDialog *>(u"verifyDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(!dialog->checking());
        const QString summary = child<QLabel>(*dialog, u"verifySummaryLabel"_s)->text();
        QVERIFY2(summary.contains(u"sah"_s) && summary.contains(u"SIMULASI"_s),
                 qPrintable(summary));
        QVERIFY2(summary.contains(batch.entries().at(0).job.sn), qPrintable(summary));
        dialog->resize(720, 420);
        shoot(*dialog, u"5-periksa-e-meterai.png"_s);
        dialog->close();

        // Readable in dark mode: the same step with a dark palette (text follows the palette;
        // only the paper and the stamp keep their own colours).
        const QPalette light = QApplication::palette();
        QApplication::setPalette(darkPalette());
        QTRY_COMPARE(table->palette().color(QPalette::Base), QColor(0x2b, 0x2b, 0x2b));
        shoot(window, u"6-mode-gelap.png"_s);
        QApplication::setPalette(light);

        // The ledger: one order charged once, two serials both stamped, nothing left over.
        const QJsonObject ledger = sim.ledger();
        const QJsonArray orders = ledger.value("orders"_L1).toArray();
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders.first()["charges"_L1].toInt(), 1);
        QCOMPARE(orders.first()["status"_L1].toString(), u"FULFILLED"_s);
        const QJsonArray serials = ledger.value("serials"_L1).toArray();
        QCOMPARE(serials.size(), 2);
        for (const QJsonValue &s : serials)
            QCOMPARE(s["status"_L1].toString(), u"STAMP"_s);
        QCOMPARE(ledger["account"_L1]["saldo"_L1].toInt(), 0);
        QCOMPARE(ledger["account"_L1]["notstamp"_L1].toInt(), 0);
    }

    // The portal's limit, the whole way (issue #12): a 250 KB letter for a 300 KB slot would be
    // refused once stamped (+156 KB), so it is made smaller first, stamped on blank paper, and
    // the saved result fits and verifies.
    void aLetterTooLargeForItsSlotIsShrunkThenStamped()
    {
        DemoService demo;
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        QVERIFY(demo.simulator()->applyConfig({{u"autoPay"_s, true}}).isEmpty());
        QSettings settings(m_dir.filePath(u"fit.ini"_s), QSettings::IniFormat);
        Workspace workspace(demo.profile(), settings, {demo.rootCertificatePem()});
        QVERIFY(workspace.ready(nullptr));
        MainWindow window(workspace, settings);
        window.resize(1180, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        workspace.account().signIn(u"demo"_s, u"demo"_s);
        QTRY_COMPARE_WITH_TIMEOUT(workspace.account().state(), AccountSession::State::SignedIn,
                                  20000);
        child<QSpinBox>(window, u"quantitySpinBox"_s)->setValue(1);
        QTest::mouseClick(child<QPushButton>(window, u"buyButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(workspace.purchase().order().state, OrderState::Fulfilled, 60000);

        const QByteArray letter = bench::letterWithSignature().pdf;
        QVERIFY(letter.size() > 240 * 1024 && letter.size() < 300 * 1024);
        const QString path = write(u"surat-lamaran-cpns.pdf"_s, letter);
        window.openDocuments({path});
        window.showStep(MainWindow::DocumentStep);
        auto *limit = child<QComboBox>(window, u"uploadLimitCombo"_s);
        const int slot = limit->findData(300);
        QVERIFY(slot >= 0);
        limit->setCurrentIndex(slot);
        Q_EMIT limit->activated(slot);
        const Inspection &before = window.documents().at(0).inspection;
        QCOMPARE(before.uploadLimitBytes, 300 * 1024);
        QVERIFY(!before.usable()); // refused before anything is paid for
        auto *list = child<QListWidget>(window, u"documentListWidget"_s);
        QVERIFY2(list->item(0)->text().contains(u"perlu diperkecil: ±408 KB setelah bermeterai, "
                                                "padahal portal menerima 300 KB"_s),
                 qPrintable(list->item(0)->text()));

        QTest::mouseClick(child<QPushButton>(window, u"shrinkButton"_s), Qt::LeftButton);
        auto *shrink = window.findChild<ShrinkDialog *>(u"shrinkDialog"_s);
        QVERIFY(shrink);
        QTRY_VERIFY_WITH_TIMEOUT(!shrink->busy(), 60000);
        QVERIFY2(child<QLabel>(*shrink, u"shrinkSummary"_s)->text().contains(u"muat"_s),
                 qPrintable(child<QLabel>(*shrink, u"shrinkSummary"_s)->text()));
        shoot(*shrink, u"7-perkecil.png"_s);
        QTest::mouseClick(shrink->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        const QString smaller = m_dir.filePath(u"surat-lamaran-cpns_kecil.pdf"_s);
        QTRY_COMPARE(window.documents().count(), 2);
        const OpenDocument &copy = window.documents().at(1);
        QCOMPARE(copy.path, smaller);
        QCOMPARE(copy.inspection.uploadLimitBytes, 300 * 1024); // the same slot
        QVERIFY(copy.inspection.usable());
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), letter);

        // The first placement is a blank spot; a stamp put over the text is warned of and
        // moved to blank paper with one click.
        window.showStep(MainWindow::PlacementStep);
        QTRY_VERIFY_WITH_TIMEOUT(window.documents().at(1).placementChosen, 20000);
        auto *warning = child<QLabel>(window, u"overlapWarning"_s);
        auto *move = child<QPushButton>(window, u"moveToBlankButton"_s);
        QTRY_VERIFY(!warning->isVisible());
        child<QComboBox>(window, u"unitComboBox"_s)
            ->setCurrentIndex(child<QComboBox>(window, u"unitComboBox"_s)->findData(u"mm"_s));
        child<QDoubleSpinBox>(window, u"xSpinBox"_s)->setValue(40);
        child<QDoubleSpinBox>(window, u"ySpinBox"_s)->setValue(60);
        QTRY_VERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(u"menutupi tulisan"_s), qPrintable(warning->text()));
        QVERIFY(move->isVisible());
        shoot(window, u"8-meterai-menutupi-tulisan.png"_s);
        QTest::mouseClick(move, Qt::LeftButton);
        QTRY_VERIFY(!warning->isVisible());

        window.showStep(MainWindow::StampStep);
        auto *stamp = child<QPushButton>(window, u"stampAllButton"_s);
        QTRY_VERIFY(stamp->isEnabled());
        QTest::mouseClick(stamp, Qt::LeftButton);
        StampBatch &batch = workspace.stamping();
        QTRY_VERIFY_WITH_TIMEOUT(!batch.running() && batch.entries().size() == 1, 120000);
        const StampJob &job = batch.entries().at(0).job;
        QCOMPARE(job.state, JobState::Saved);
        QCOMPARE(job.verdict, StampVerdict::Valid);
        QCOMPARE(job.sourcePath, smaller); // the copy, never the original
        QFile result(job.resultPath);
        QVERIFY(result.open(QIODevice::ReadOnly));
        const QByteArray stamped = result.readAll();
        QVERIFY2(stamped.size() <= 300 * 1024, QByteArray::number(stamped.size()));
        QVERIFY(stamped.size() > QFileInfo(smaller).size() + 100 * 1024); // the realistic growth
        QVERIFY(pdfsig(stamped).output.contains(u"Signature is Valid"_s));
    }

    void paidButQuotaLateOffersTheEvidence()
    {
        DemoService demo;
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        // Paid at once, but the quota is late: the September 2024 story.
        QVERIFY(demo.simulator()
                    ->applyConfig({{u"autoPay"_s, true}, {u"fulfillDelay"_s, 4}})
                    .isEmpty());
        QSettings settings(m_dir.filePath(u"late.ini"_s), QSettings::IniFormat);
        Workspace workspace(demo.profile(), settings, {demo.rootCertificatePem()});
        // Scaled down: give up following after half a second, take it up again after 1.5 s.
        PurchaseFlow::Options impatient;
        impatient.fulfilmentPatienceMs = 500;
        impatient.followBaseMs = 200;
        workspace.purchase().setFlowOptions(impatient);
        workspace.purchase().setFollowUpDelay(1500);
        MainWindow window(workspace, settings);
        window.show();
        workspace.account().signIn(u"demo"_s, u"demo"_s);
        QTRY_COMPARE_WITH_TIMEOUT(workspace.account().state(), AccountSession::State::SignedIn,
                                  20000);
        // The distributor's contact, through the real Settings dialog; the portal closes in
        // 40 minutes.
        Dialogs::setNextAnswer([](QDialog &dialog) {
            dialog.findChild<QLineEdit *>(u"contactLineEdit"_s)->setText(u"cs@distributor.test"_s);
            dialog.accept();
            return int(QDialog::Accepted);
        });
        window.findChild<QAction *>(u"settingsAction"_s)->trigger();
        QCOMPARE(workspace.account().profile().contact(settings), u"cs@distributor.test"_s);
        const QDateTime wib = QDateTime::currentDateTime().toTimeZone(QTimeZone(7 * 3600));
        child<QCheckBox>(window, u"hasDeadlineCheckBox"_s)->setChecked(true);
        child<QDateTimeEdit>(window, u"deadlineEdit"_s)
            ->setDateTime(QDateTime(wib.date(), wib.time()).addSecs(40 * 60));
        auto *left = child<QLabel>(window, u"deadlineStatusLabel"_s);
        QVERIFY2(left->text().startsWith(u"Batas unggah: 39 menit lagi"_s)
                     || left->text().startsWith(u"Batas unggah: 40 menit lagi"_s),
                 qPrintable(left->text()));
        child<QSpinBox>(window, u"quantitySpinBox"_s)->setValue(1);
        QTest::mouseClick(child<QPushButton>(window, u"buyButton"_s), Qt::LeftButton);
        window.showStep(MainWindow::DocumentStep); // the applicant goes on meanwhile
        QTRY_COMPARE_WITH_TIMEOUT(workspace.purchase().order().state, OrderState::Paid, 30000);
        const QString state = child<QLabel>(window, u"orderStateLabel"_s)->text();
        QVERIFY2(state.contains(u"Pembayaran"_s) && state.contains(u"diterima"_s),
                 qPrintable(state));
        // Bubuh stops following for now, says so, offers the evidence and takes it up again.
        QTRY_COMPARE(workspace.purchase().ending(), std::optional(FlowEnding::Unavailable));
        QVERIFY(workspace.purchase().followUpAt().isValid());
        const QString progress = child<QLabel>(window, u"orderProgressLabel"_s)->text();
        QVERIFY2(progress.contains(u"belum muncul"_s) && progress.contains(u"sendiri"_s),
                 qPrintable(progress));
        QVERIFY(child<QPushButton>(window, u"exportEvidenceButton"_s)->isVisible());
        // An hour or less before the deadline, the evidence comes to the front, with whom to
        // send it to; exported through the real file chooser.
        auto *banner = child<QWidget>(window, u"deadlineBanner"_s);
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(window.currentStep(), MainWindow::AccountStep);
        const QString warning = child<QLabel>(window, u"deadlineWarningLabel"_s)->text();
        QVERIFY2(warning.contains(u"cs@distributor.test"_s) && warning.contains(u"bukti"_s),
                 qPrintable(warning));
        const QString saved = m_dir.filePath(u"bukti-terlambat.json"_s);
        Dialogs::setNextFiles({saved});
        Dialogs::setNextButton(QMessageBox::Ok);
        QTest::mouseClick(child<QPushButton>(window, u"deadlineActionButton"_s), Qt::LeftButton);
        QVERIFY(QFile::exists(saved));
        QVERIFY2(Dialogs::lastMessage().contains(saved), qPrintable(Dialogs::lastMessage()));
        const QJsonObject evidence
            = QJsonDocument::fromJson(workspace.purchase().evidence()).object();
        QCOMPARE(evidence["order"_L1]["orderId"_L1].toString(),
                 workspace.purchase().order().orderId);
        QVERIFY(!evidence["paymentReference"_L1].toString().isEmpty());
        QVERIFY(evidence["history"_L1].toArray().size() >= 3); // PENDING, SENT, …, PAID
        QTRY_COMPARE_WITH_TIMEOUT(workspace.purchase().order().state, OrderState::Fulfilled, 30000);
        QCOMPARE(demo.simulator()->ledger()["orders"_L1].toArray().first()["charges"_L1].toInt(),
                 1);
    }

    void stoppingAndRestartingLosesNothing()
    {
        DemoService demo; // the service outlives the two runs of the application below
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        QSettings settings(m_dir.filePath(u"restart.ini"_s), QSettings::IniFormat);
        QString orderId;
        {
            Workspace workspace(demo.profile(), settings, {demo.rootCertificatePem()});
            MainWindow window(workspace, settings);
            window.show();
            workspace.account().signIn(u"demo"_s, u"demo"_s);
            QTRY_COMPARE_WITH_TIMEOUT(workspace.account().state(), AccountSession::State::SignedIn,
                                      20000);
            child<QSpinBox>(window, u"quantitySpinBox"_s)->setValue(1);
            child<QComboBox>(window, u"paymentMethodComboBox"_s)->setCurrentIndex(1); // VA
            QTest::mouseClick(child<QPushButton>(window, u"buyButton"_s), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(workspace.purchase().order().state,
                                      OrderState::AwaitingPayment, 30000);
            orderId = workspace.purchase().order().orderId;
            const QString va = workspace.purchase().payment().vaNumber;
            QVERIFY(!va.isEmpty());
            QVERIFY(child<QLabel>(window, u"vaNumberLabel"_s)->text().contains(va));
            QTest::mouseClick(child<QPushButton>(window, u"copyVaButton"_s), Qt::LeftButton);
            QCOMPARE(QGuiApplication::clipboard()->text(), va);

            QTest::mouseClick(child<QPushButton>(window, u"stopWaitingButton"_s), Qt::LeftButton);
            QVERIFY(!workspace.purchase().active());
            QVERIFY(child<QPushButton>(window, u"resumeOrderButton"_s)->isVisible());
            QVERIFY2(
                child<QLabel>(window, u"orderProgressLabel"_s)->text().contains(u"tersimpan"_s),
                qPrintable(child<QLabel>(window, u"orderProgressLabel"_s)->text()));
        } // the application is closed with the order unpaid

        Workspace workspace(demo.profile(), settings, {demo.rootCertificatePem()});
        MainWindow window(workspace, settings);
        window.show();
        workspace.account().signIn(u"demo"_s, u"demo"_s);
        // On signing in the unfinished order is picked up again, the same one.
        QTRY_COMPARE_WITH_TIMEOUT(workspace.purchase().order().orderId, orderId, 20000);
        QTRY_VERIFY(workspace.purchase().active());
        QTRY_VERIFY(child<QPushButton>(window, u"simulatedPaymentButton"_s)->isVisible());
        QTest::mouseClick(child<QPushButton>(window, u"simulatedPaymentButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(workspace.purchase().order().state, OrderState::Fulfilled, 60000);
        const QJsonArray orders = demo.simulator()->ledger().value("orders"_L1).toArray();
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders.first()["charges"_L1].toInt(), 1);
    }
};

QTEST_MAIN(TestApplicantFlow)
#include "tst_applicantflow.moc"
