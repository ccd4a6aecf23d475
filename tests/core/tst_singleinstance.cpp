// One process per journal: a second `bubuh FILE.pdf` hands its file to the running window,
// and the journal's lock keeps any second window or bubuh-cli from its work.
#include "journal/JournalLock.h"
#include "net/ServiceProfile.h"
#include "session/SingleInstance.h"
#include "session/Workspace.h"

#include <QLockFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace bubuh;

// A second `bubuh FILE…` started next to the window. It blocks while it forwards, so here it
// runs on a thread of its own; the window's event loop runs meanwhile, unless it is busy for
// the first busyMs.
SingleInstance::Role startAnother(const QString &folder, const QStringList &files, int busyMs = 0)
{
    SingleInstance::Role role = SingleInstance::Role::Primary;
    std::unique_ptr<QThread> other(QThread::create([&] {
        SingleInstance second(folder);
        role = second.start(files);
    }));
    other->start();
    QThread::msleep(busyMs);
    (void)QTest::qWaitFor([&] { return other->isFinished(); }, 10000);
    other->wait();
    return role;
}

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSecondStartHandsItsFilesToTheFirst()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.path());
        QCOMPARE(first.start({}), SingleInstance::Role::Primary);
        QSignalSpy received(&first, &SingleInstance::filesReceived);
        QCOMPARE(startAnother(dir.path(), {u"surat lamaran.pdf"_s}),
                 SingleInstance::Role::Forwarded);
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().first().toStringList(),
                 QStringList{QFileInfo(u"surat lamaran.pdf"_s).absoluteFilePath()});
    }

    void aBusyWindowGetsTheFilesOnce()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.path());
        QCOMPARE(first.start({}), SingleInstance::Role::Primary);
        QSignalSpy received(&first, &SingleInstance::filesReceived);
        // The window is busy (starting up) and answers nobody for 1.8 s.
        QCOMPARE(startAnother(dir.path(), {u"a.pdf"_s}, 1800), SingleInstance::Role::Forwarded);
        QTest::qWait(200);
        QCOMPARE(received.size(), 1); // sent once, not once per second of waiting
    }

    void aCrashedWindowsSocketIsTakenOver()
    {
        QTemporaryDir dir;
        QLocalServer left; // a socket file that no window answers any more
        QVERIFY(left.listen(dir.filePath(u"window.socket"_s)));
        SingleInstance next(dir.path());
        QCOMPARE(next.start({}, 500), SingleInstance::Role::Primary);
    }

    void aWindowThatDoesNotAnswerIsSaidSo()
    {
        QTemporaryDir dir;
        QLockFile held(dir.filePath(u"window.lock"_s)); // a window that hangs
        QVERIFY(held.tryLock());
        SingleInstance next(dir.path());
        QCOMPARE(next.start({}, 300), SingleInstance::Role::Unanswered);
    }

    void oneLockPerJournal()
    {
        QTemporaryDir dir;
        const QString journal = dir.filePath(u"journal.sqlite"_s);
        JournalLock first(journal);
        QVERIFY(first.tryLock());
        JournalLock second(journal);
        QVERIFY(!second.tryLock());
        QVERIFY2(second.refusal().contains(QCoreApplication::applicationName()),
                 qPrintable(second.refusal()));
        QVERIFY(second.refusal().contains(u"--wait-lock"_s));
    }

    void aSecondWindowOnOneJournalDoesNoPaidWork()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        const ServiceProfile profile = ServiceProfile::singleServer(QUrl(u"http://127.0.0.1:1"_s));
        Workspace::Setup setup;
        setup.journalPath = dir.filePath(u"journal.sqlite"_s);
        Workspace first(profile, settings, std::move(setup));
        QVERIFY(first.ready(nullptr));
        Workspace::Setup same;
        same.journalPath = dir.filePath(u"journal.sqlite"_s);
        Workspace second(profile, settings, std::move(same));
        QString why;
        QVERIFY(!second.ready(&why));
        QVERIFY2(why.contains(u"--wait-lock"_s), qPrintable(why));
        QVERIFY(second.journal().path() != first.journal().path()); // nothing it could write to
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
