// Secrets: a password leaves memory and the keychain when asked, is never echoed on a
// terminal, and neither it nor a token reaches the log, whatever the server answers.
#include "SimFixture.h"

#include "cli/TerminalEcho.h"
#include "core/Redact.h"
#include "session/AccountSession.h"

#include <QLoggingCategory>
#include <QTest>

#ifndef Q_OS_WIN
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace bubuh;

namespace {

QStringList g_log;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log << QString::fromLatin1(context.category ? context.category : "") + u": "_s + message;
}

bool signedIn(AccountSession &session)
{
    return QTest::qWaitFor([&session] {
               return session.state() == AccountSession::State::SignedIn
                   || session.state() == AccountSession::State::Failed;
           })
        && session.state() == AccountSession::State::SignedIn;
}

QString stored(SecretStore &store, const QString &key)
{
    QString value;
    store.read(key, [&value](Result<QString> r) { value = r ? r.value() : QString(); });
    return value;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signOutForgetAndRemember()
    {
        test::SimFixture sim;
        AccountSession session(ServiceProfile::singleServer(sim.url({})), Clock::system());
        session.setSecretStore(std::make_unique<MemorySecretStore>());
        const QString key
            = SecretStore::key(session.profile().backend.host(), u"demo"_s, u"password"_s);
        session.signIn(u"demo"_s, u"demo"_s, true);
        QVERIFY(signedIn(session));
        QCOMPARE(stored(session.secrets(), key), u"demo"_s);
        QVERIFY(!session.client().token().isEmpty());

        session.signOut();
        QCOMPARE(session.state(), AccountSession::State::SignedOut);
        QVERIFY(session.client().token().isEmpty());
        QCOMPARE(stored(session.secrets(), key), u"demo"_s); // kept for the next start

        // Signing in with "remember" unticked takes back the remembered password.
        session.signIn(u"demo"_s, u"demo"_s, false);
        QVERIFY(signedIn(session));
        QTRY_VERIFY(stored(session.secrets(), key).isEmpty());

        session.signIn(u"demo"_s, u"demo"_s, true);
        QVERIFY(signedIn(session));
        QTRY_COMPARE(stored(session.secrets(), key), u"demo"_s);
        bool forgotten = false;
        session.forgetStoredPassword(u"demo"_s,
                                     [&forgotten](Result<bool> r) { forgotten = r.ok(); });
        QTRY_VERIFY(forgotten);
        QVERIFY(stored(session.secrets(), key).isEmpty());
    }

    void theLogHoldsNoTokenAndNoPassword()
    {
        g_log.clear();
        QString token;
        QLoggingCategory::setFilterRules(u"bubuh.*=true"_s);
        const QtMessageHandler previous = qInstallMessageHandler(capture);
        {
            test::SimFixture sim;
            AccountSession session(ServiceProfile::singleServer(sim.url({})), Clock::system());
            session.setSecretStore(std::make_unique<MemorySecretStore>());
            // A wrong password is logged as a failure; a whole sign-in, the balance and a
            // stamp's first steps log their operations.
            session.signIn(u"demo"_s, u"wrong-password-1234"_s);
            QVERIFY(!signedIn(session));
            session.signIn(u"demo"_s, u"demo"_s);
            QVERIFY(signedIn(session));
            QTRY_VERIFY(session.hasBalance());
            QVERIFY(!session.client().token().isEmpty());
            token = session.client().token();
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules({});
        const QString log = g_log.join(u'\n');
        QVERIFY2(log.contains(u"session failure"_s), qPrintable(log));
        QVERIFY(!token.isEmpty());
        QVERIFY2(!log.contains(token), qPrintable(log));
        QVERIFY2(!log.contains(u"eyJ"_s), qPrintable(log));
        QVERIFY2(!log.contains(u"wrong-password-1234"_s), qPrintable(log));
        QVERIFY2(!log.contains(u"\"password\":\"demo"_s), qPrintable(log));
    }

    void redactedBlanksEverySecretShape()
    {
        const QString jwt = u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZW1vIn0.c2lnbmF0dXJl"_s;
        for (const QString &text :
             {u"{\"token\":\"%1\"}"_s.arg(jwt), u"Authorization: Bearer %1"_s.arg(jwt),
              u"{\"jwToken\":\"%1"_s.arg(jwt.left(12)), u"cut here: %1"_s.arg(jwt.left(20))}) {
            const QString safe = redacted(text);
            QVERIFY2(!safe.contains(u"eyJ"_s), qPrintable(safe));
        }
        QVERIFY(!redacted(u"{\"password\":\"rahasia\"}"_s).contains(u"rahasia"_s));
        QVERIFY(!redacted(u"{\"password\":\"rahas"_s).contains(u"rahas"_s));
    }

#ifndef Q_OS_WIN
    void aPasswordIsNotEchoedOnATerminal()
    {
        const int master = posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY(master >= 0 && grantpt(master) == 0 && unlockpt(master) == 0);
        const int slave = ::open(ptsname(master), O_RDWR | O_NOCTTY);
        QVERIFY(slave >= 0);
        termios before{};
        QVERIFY(tcgetattr(slave, &before) == 0);
        QVERIFY(before.c_lflag & ECHO);
        {
            TerminalEcho noEcho(slave);
            QVERIFY(noEcho.isTerminal());
            termios during{};
            QVERIFY(tcgetattr(slave, &during) == 0);
            QVERIFY(!(during.c_lflag & ECHO));
        }
        termios after{};
        QVERIFY(tcgetattr(slave, &after) == 0);
        QVERIFY(after.c_lflag & ECHO);
        // A pipe is no terminal: nothing to change.
        int pipeEnds[2];
        QVERIFY(pipe(pipeEnds) == 0);
        QVERIFY(!TerminalEcho(pipeEnds[0]).isTerminal());
        ::close(pipeEnds[0]);
        ::close(pipeEnds[1]);
        ::close(slave);
        ::close(master);
    }
#endif
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
