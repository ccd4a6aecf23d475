// bubuh --demo: the embedded simulator starts, the demo account signs in, saldo is shown.
#include "MainWindow.h"
#include "app/DemoService.h"
#include "core/Language.h"
#include "session/Workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bubuh;

class TestDemoWindow : public QObject
{
    Q_OBJECT

    QSettings settings{QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                           + u"/test.ini"_s,
                       QSettings::IniFormat};

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { settings.clear(); }

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
        QCOMPARE(steps->item(0)->text(), u"1. Akun & Kuota"_s);
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

    void englishIsASetting()
    {
        Language::install(u"en"_s);
        DemoService demo;
        QString error;
        QVERIFY(demo.start(&error));
        Workspace workspace(demo.profile(), settings);
        MainWindow window(workspace, settings);
        auto *steps = window.findChild<QListWidget *>(u"stepListWidget"_s);
        QCOMPARE(steps->item(0)->text(), u"1. Account & quota"_s);
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
};

QTEST_MAIN(TestDemoWindow)
#include "tst_demowindow.moc"
