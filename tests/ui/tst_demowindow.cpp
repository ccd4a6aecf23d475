// bubuh --demo: the embedded simulator starts, the demo account signs in, saldo is shown.
#include "Contrast.h"
#include "MainWindow.h"
#include "TestConfig.h"
#include "core/Language.h"
#include "core/Settings.h"
#include "demo/DemoService.h"
#include "document/OpenDocuments.h"
#include "journal/JournalLock.h"
#include "session/Workspace.h"
#include "settings/SettingsDialog.h"
#include "stamp/StampPage.h"
#include "widgets/Dialogs.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace bubuh;

class TestDemoWindow : public QObject
{
    Q_OBJECT

    QSettings settings{QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                           + u"/test.ini"_s,
                       QSettings::IniFormat};

private Q_SLOTS:
    void cleanup() { QVERIFY(Dialogs::allAnswered()); }
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { settings.clear(); }

    // Each step's state icon reads against the list in a high-contrast palette, the selected
    // step's too (issue #14): compared pixel by pixel with the row's own background.
    void theStepStatesStayVisibleInHighContrast()
    {
        Language::install(u"id"_s);
        const QPalette original = QApplication::palette();
        QApplication::setPalette(test::highContrastPalette());
        DemoService demo;
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        Workspace workspace(demo.profile(), settings);
        MainWindow window(workspace, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *steps = window.findChild<QListWidget *>(u"stepListWidget"_s);
        // The strongest contrast within each row's icon against the row's own background.
        const auto iconContrasts = [steps] {
            const QImage shot = steps->viewport()->grab().toImage();
            QList<double> contrasts;
            for (int row = 0; row < steps->count(); ++row) {
                const QRect item = steps->visualItemRect(steps->item(row));
                const QColor background = shot.pixelColor(item.right() - 2, item.bottom() - 2);
                double best = 1;
                for (int y = item.top(); y <= item.bottom(); ++y)
                    for (int x = item.left(); x < item.left() + steps->iconSize().width(); ++x)
                        best = std::max(best, test::contrast(shot.pixelColor(x, y), background));
                contrasts << best;
            }
            return contrasts;
        };
        const QList<double> shown = iconContrasts();
        // The measure itself: icons drawn in the background's colour do not pass it.
        QPixmap black(24, 24);
        black.fill(Qt::black);
        for (int row = 0; row < steps->count(); ++row)
            steps->item(row)->setIcon(QIcon(black));
        const QList<double> invisible = iconContrasts();
        QApplication::setPalette(original);
        for (int row = 0; row < steps->count(); ++row) {
            QVERIFY2(shown[row] >= 3,
                     qPrintable(u"step %1's icon: %2:1"_s.arg(row + 1).arg(shown[row], 0, 'f', 2)));
            if (!steps->item(row)->isSelected()) // the highlight is yellow, not black
                QVERIFY2(invisible[row] < 1.5, qPrintable(QString::number(invisible[row])));
        }
    }

    void demoSignsInAndShowsQuota()
    {
        Language::install(u"id"_s);
        DemoService demo;
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        Workspace workspace(demo.profile(), settings);
        AccountSession &session = workspace.account();
        MainWindow window(workspace, settings);
        window.show();
        session.signIn(u"demo"_s, u"demo"_s);
        auto *quota = window.findChild<QLabel *>(u"quotaStatusLabel"_s);
        auto *account = window.findChild<QLabel *>(u"accountStatusLabel"_s);
        auto *service = window.findChild<QLabel *>(u"serviceStatusLabel"_s);
        QVERIFY(quota && account && service);
        QTRY_COMPARE_WITH_TIMEOUT(quota->text(), u"Kuota: 0 · menunggu dibubuhkan: 0"_s, 30000);
        QCOMPARE(account->text(), u"Masuk: demo"_s);
        QVERIFY2(service->text().startsWith(u"Mode demo: simulator di 127.0.0.1:"_s),
                 qPrintable(service->text()));
        QVERIFY(service->text().endsWith(u"terhubung"_s));
        auto *steps = window.findChild<QListWidget *>(u"stepListWidget"_s);
        QCOMPARE(steps->count(), 4);
        // The title, then the step's state in a line of its own.
        QCOMPARE(steps->item(0)->text().section(u'\n', 0, 0), u"1. Akun & Kuota"_s);
    }

    // The first start says what Bubuh does and offers the demo, which restarts the window in
    // demo mode (main() builds it again on kRestartExitCode); once read, it is not shown again.
    void theFirstStartWelcomesAndOffersTheDemo()
    {
        Language::install(u"id"_s);
        const ServiceProfile real
            = ServiceProfile::singleServer(QUrl(u"https://layanan.invalid"_s));
        {
            Workspace workspace(real, settings);
            MainWindow window(workspace, settings);
            window.show();
            auto *welcome = window.findChild<QWidget *>(u"welcomeBox"_s);
            QVERIFY(welcome && welcome->isVisible());
            QTimer::singleShot(0, &window, [&window] {
                window.findChild<QPushButton *>(u"tryDemoButton"_s)->click();
            });
            // As in main(): the application's loop itself (a nested QEventLoop would leave Qt's
            // "quit now" flag set for every later loop of this test).
            QCOMPARE(QApplication::exec(), MainWindow::kRestartExitCode);
            QVERIFY(Settings(settings).value(Settings::Key::DemoMode).toBool());
            QVERIFY(!welcome->isVisible());
        }
        Workspace workspace(real, settings);
        MainWindow window(workspace, settings);
        window.show();
        QVERIFY(!window.findChild<QWidget *>(u"welcomeBox"_s)); // read once, not shown again
    }

    // Each empty page says what to do and offers it; opening from there fills them all.
    void emptyPagesOfferTheirAction()
    {
        Language::install(u"id"_s);
        DemoService demo;
        QString error;
        QVERIFY(demo.start(&error));
        Workspace workspace(demo.profile(), settings);
        MainWindow window(workspace, settings);
        window.show();
        const QList<std::pair<MainWindow::Step, QString>> pages{
            {MainWindow::DocumentStep, u"documentsEmptyState"_s},
            {MainWindow::PlacementStep, u"positionEmptyState"_s},
            {MainWindow::StampStep, u"stampEmptyState"_s}};
        for (const auto &[step, name] : pages) {
            window.showStep(step);
            auto *empty = window.findChild<QWidget *>(name);
            QVERIFY2(empty && empty->isVisible(), qPrintable(name));
            QVERIFY(!empty->accessibleDescription().isEmpty()); // what to do, in words
        }
        // From step 4's empty page, through the file chooser.
        Dialogs::setNextFiles(
            {QStringLiteral(BUBUH_SOURCE_DIR) + u"/tests/data/surat-pernyataan.pdf"_s});
        window.findChild<QPushButton *>(u"stampOpenButton"_s)->click();
        QCOMPARE(window.documents().count(), 1);
        for (const auto &[step, name] : pages) {
            window.showStep(step);
            QVERIFY2(!window.findChild<QWidget *>(name)->isVisible(), qPrintable(name));
        }
    }

    // Without this window's journal (another Bubuh holds it) nothing is stamped, whoever
    // asks: the button, Ctrl+Enter or the next action (review of #14).
    void nothingIsStampedWithoutTheJournal()
    {
        Language::install(u"id"_s);
        DemoService demo;
        QString error;
        QVERIFY(demo.start(&error));
        JournalLock other(Workspace::journalPath(demo.profile()));
        QVERIFY(other.tryLock(0));
        Workspace workspace(demo.profile(), settings);
        QVERIFY(!workspace.ready(nullptr));
        Dialogs::setNextButton(QMessageBox::Ok); // the window says why, once
        MainWindow window(workspace, settings);
        QVERIFY2(Dialogs::lastMessage().contains(u"Bubuh"_s), qPrintable(Dialogs::lastMessage()));
        window.show();
        workspace.account().signIn(u"demo"_s, u"demo"_s);
        QTRY_COMPARE_WITH_TIMEOUT(workspace.account().state(), AccountSession::State::SignedIn,
                                  20000);
        window.openDocuments(
            {QStringLiteral(BUBUH_SOURCE_DIR) + u"/tests/data/surat-pernyataan.pdf"_s});
        QTRY_COMPARE(window.stampPage()->readyCount(), 1);
        window.showStep(MainWindow::StampStep);
        window.stampPage()->stampAll();
        QVERIFY(workspace.stamping().entries().isEmpty());
        auto *next = window.findChild<QPushButton *>(u"nextActionButton"_s);
        QVERIFY(!next->isEnabled());
        QCOMPARE(next->text(), u"Pembelian dan pembubuhan tidak aktif"_s);
    }

    void qtsOwnButtonsSpeakIndonesian()
    {
        Language::install(u"id"_s);
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                             | QDialogButtonBox::Close);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), u"Batal"_s);
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), u"Tutup"_s);
        QCOMPARE(QCoreApplication::translate("QLineEdit", "&Paste"), u"&Tempel"_s);
        Language::install(u"en"_s);
        QDialogButtonBox english(QDialogButtonBox::Cancel);
        QCOMPARE(english.button(QDialogButtonBox::Cancel)->text(), u"Cancel"_s);
        Language::install(u"id"_s);
    }

    void theWindowAndItsAboutBoxShowTheIcon()
    {
        Language::install(u"id"_s);
        DemoService demo;
        QString error;
        QVERIFY(demo.start(&error));
        Workspace workspace(demo.profile(), settings);
        MainWindow window(workspace, settings);
        window.show();
        // The window manager and the taskbar take the window's icon (_NET_WM_ICON on X11).
        const QImage windowIcon = window.windowIcon().pixmap(QSize(32, 32)).toImage();
        QCOMPARE(windowIcon.size(), QSize(32, 32));
        QVERIFY(windowIcon.pixelColor(4, 16).red() > 140); // the red stamp body
        QAction *about = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->text() == u"&Tentang Bubuh"_s)
                about = action;
        QVERIFY(about);
        QVERIFY(!about->icon().isNull());
        about->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"aboutBox"_s)));
        QVERIFY(box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral(BUBUH_VERSION)));
        const QImage shown = box->iconPixmap().toImage();
        QVERIFY(shown.width() >= 64);
        QVERIFY(shown.pixelColor(shown.width() / 10, shown.height() / 2).red() > 140);
        box->close();
    }

    void englishIsASetting()
    {
        Language::install(u"en"_s);
        DemoService demo;
        QString error;
        QVERIFY(demo.start(&error));
        Workspace workspace(demo.profile(), settings);
        MainWindow window(workspace, settings);
        auto *steps = window.findChild<QListWidget *>(u"stepListWidget"_s);
        QCOMPARE(steps->item(0)->text(), u"1. Account & quota\nNot signed in"_s);
        Language::install(u"id"_s);
    }

    void wrongPasswordIsExplained()
    {
        Language::install(u"id"_s);
        DemoService demo;
        QString error;
        QVERIFY(demo.start(&error));
        Workspace workspace(demo.profile(), settings);
        AccountSession &session = workspace.account();
        MainWindow window(workspace, settings);
        session.signIn(u"demo"_s, u"salah"_s);
        QTRY_COMPARE(session.state(), AccountSession::State::Failed);
        auto *summary = window.findChild<QLabel *>(u"accountSummaryLabel"_s);
        QVERIFY2(summary->text().contains(u"User atau password salah"_s),
                 qPrintable(summary->text()));
    }

    void settingsChooseAProfile()
    {
        Language::install(u"id"_s);
        {
            SettingsDialog dialog(settings);
            auto *profile = dialog.findChild<QComboBox *>(u"profileComboBox"_s);
            QVERIFY(profile);
            QCOMPARE(profile->count(), 4);
            profile->setCurrentIndex(profile->findData(u"peruri-staging"_s));
            QCOMPARE(profile->currentText(), u"Peruri staging"_s);
            // Peruri's hosts are shown and fixed; only the distributor's shop can be typed.
            QList<QLineEdit *> edits;
            for (QLineEdit *e : dialog.findChildren<QLineEdit *>()) {
                if (e->placeholderText() == u"https://…")
                    edits << e;
            }
            QCOMPARE(edits.size(), 5);
            QCOMPARE(edits.at(0)->text(), u"https://backendservicestg.e-meterai.co.id"_s);
            QVERIFY(!edits.at(0)->isEnabled());
            QVERIFY(edits.at(4)->isEnabled());
            edits.at(4)->setText(u"https://toko.distributor.example"_s);
            dialog.accept();
        }
        QCOMPARE(Settings(settings).value(Settings::Key::ServiceProfile).toString(),
                 u"peruri-staging"_s);
        QCOMPARE(Settings(settings).value(Settings::Key::DemoMode).toBool(), false);
        ServiceProfile saved = ServiceProfile::load(settings);
        QCOMPARE(saved.stamp.host(), u"stampservicestg.e-meterai.co.id"_s);
        QCOMPARE(saved.shop, QUrl(u"https://toko.distributor.example"_s));
        {
            SettingsDialog dialog(settings); // opens on what was chosen
            auto *profile = dialog.findChild<QComboBox *>(u"profileComboBox"_s);
            QCOMPARE(profile->currentData().toString(), u"peruri-staging"_s);
            profile->setCurrentIndex(profile->findData(u"demo"_s));
            dialog.accept();
        }
        QVERIFY(ServiceProfile::load(settings).demo);
        QCOMPARE(Settings(settings).value(Settings::Key::DemoMode).toBool(), true);
        // The staging shop is still remembered for that profile.
        QCOMPARE(ServiceProfile::named(u"peruri-staging"_s, settings)->shop,
                 QUrl(u"https://toko.distributor.example"_s));
    }
};

QTEST_MAIN(TestDemoWindow)
#include "core/Settings.h"
#include "journal/JournalLock.h"
#include "tst_demowindow.moc"
