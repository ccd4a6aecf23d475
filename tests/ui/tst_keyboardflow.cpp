// The whole applicant flow with the keyboard alone, in demo mode: Tab to the next action and
// press it (sign in through the real dialog, open, buy exactly what is missing), pay, place the
// stamp with the arrow keys, stamp with Ctrl+Enter, and check the result from its row. No mouse
// event and no call into the window's workings; only the file chooser is answered through its
// seam (a keyboard user types the path there).
#include "MainWindow.h"
#include "PdfFactory.h"
#include "core/Language.h"
#include "demo/DemoService.h"
#include "document/OpenDocuments.h"
#include "session/Workspace.h"
#include "stamp/VerifyDialog.h"
#include "widgets/Dialogs.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bubuh;

class TestKeyboardFlow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Presses Tab until the widget named name has the focus, as a keyboard user would.
    static bool tabTo(const QString &name, int most = 80)
    {
        for (int i = 0; i < most; ++i) {
            const QWidget *focus = QApplication::focusWidget();
            if (focus && focus->objectName() == name)
                return true;
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget()
                                                        : QApplication::activeWindow(),
                            Qt::Key_Tab);
        }
        qWarning() << "Tab never reached" << name << "; the focus is on"
                   << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                   : QString());
        return false;
    }

    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    }

private Q_SLOTS:
    void cleanup() { QVERIFY(Dialogs::allAnswered()); }
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::install(u"id"_s);
    }

    void buyPlaceStampAndCheckWithTheKeyboard()
    {
        DemoService demo;
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        QSettings settings(m_dir.filePath(u"keys.ini"_s), QSettings::IniFormat);
        Workspace workspace(demo.profile(), settings, {demo.rootCertificatePem()});
        MainWindow window(workspace, settings);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *next = window.findChild<QPushButton *>(u"nextActionButton"_s);

        // Sign in: to the next action, press it, type into the dialog, Enter.
        QVERIFY(tabTo(u"nextActionButton"_s));
        QCOMPARE(next->text(), u"Lanjut: masuk"_s);
        Dialogs::setNextAnswer([](QDialog &dialog) {
            QApplication::setActiveWindow(&dialog);
            QTest::keyClicks(QApplication::focusWidget(), u"demo"_s); // the account
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTest::keyClicks(QApplication::focusWidget(), u"demo"_s); // the password
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            return dialog.result();
        });
        press(Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(workspace.account().state(), AccountSession::State::SignedIn,
                                  20000);

        // Open one letter.
        const QString letter = m_dir.filePath(u"surat-pernyataan.pdf"_s);
        QFile file(letter);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(test::makeA4(u"Surat Pernyataan"_s));
        file.close();
        QApplication::setActiveWindow(&window);
        QVERIFY(tabTo(u"nextActionButton"_s));
        QTRY_COMPARE(next->text(), u"Lanjut: buka dokumen"_s);
        Dialogs::setNextFiles({letter});
        press(Qt::Key_Space);
        QCOMPARE(window.documents().count(), 1);

        // Buy what is missing: the next action fills in the quantity and puts the focus on Buy.
        QVERIFY(tabTo(u"nextActionButton"_s));
        QTRY_COMPARE(next->text(), u"Beli 1 e-Meterai"_s);
        press(Qt::Key_Space);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"buyButton"_s);
        QCOMPARE(window.findChild<QSpinBox *>(u"quantitySpinBox"_s)->value(), 1);
        press(Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(workspace.purchase().order().state, OrderState::AwaitingPayment,
                                  30000);
        QVERIFY(tabTo(u"simulatedPaymentButton"_s));
        press(Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(workspace.purchase().order().state, OrderState::Fulfilled, 30000);

        // Place the stamp with the arrow keys: Shift+Left five times is 50 pt.
        press(Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentStep(), MainWindow::PlacementStep);
        QVERIFY(tabTo(u"pageView"_s));
        QTRY_VERIFY(window.documents().at(0).placementChosen); // the signing spot, suggested
        const Placement before = window.documents().at(0).placement;
        for (int i = 0; i < 5; ++i)
            press(Qt::Key_Left, Qt::ShiftModifier);
        press(Qt::Key_Up);
        const Placement after = window.documents().at(0).placement;
        QCOMPARE(after.u, before.u - 50);
        QCOMPARE(after.v, before.v - 1);

        // Stamp with Ctrl+Enter on step 4, then check the result from its row.
        press(Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentStep(), MainWindow::StampStep);
        auto *stamp = window.findChild<QPushButton *>(u"stampAllButton"_s);
        QTRY_VERIFY(stamp->isEnabled());
        press(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!workspace.stamping().running()
                                     && !workspace.stamping().entries().isEmpty()
                                     && workspace.stamping().entries().first().done,
                                 60000);
        QCOMPARE(workspace.stamping().entries().first().job.state, JobState::Saved);
        QVERIFY(tabTo(u"jobTable"_s));
        press(Qt::Key_Down);
        QVERIFY(tabTo(u"verifyButton"_s));
        press(Qt::Key_Space);
        auto *dialog = window.findChild<VerifyDialog *>(u"verifyDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(!dialog->checking());
        const QString summary = dialog->findChild<QLabel *>(u"verifySummaryLabel"_s)->text();
        QVERIFY2(summary.contains(u"sah"_s) && summary.contains(u"SIMULASI"_s),
                 qPrintable(summary));
        // The placement the keys chose is the one stamped.
        QCOMPARE(workspace.stamping().entries().first().request.placement, after);
    }
};

QTEST_MAIN(TestKeyboardFlow)
#include "tst_keyboardflow.moc"
