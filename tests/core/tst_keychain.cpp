// Secrets through the real OS keychain (a Secret Service started by scripts/test.sh), and the
// in-memory store used by unit tests of the code around it.
#include "SimFixture.h"
#include "core/Clock.h"

#include "secrets/KeychainSecretStore.h"
#include "session/AccountSession.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace bubuh;

namespace {

template<typename T>
Result<T> wait(std::function<void(std::function<void(Result<T>)>)> call)
{
    std::optional<Result<T>> out;
    call([&out](Result<T> r) { out = std::move(r); });
    (void)QTest::qWaitFor([&out] { return out.has_value(); }, 30000); // a timeout shows below
    return out.value_or(Failure{u"timeout"_s, u"no answer from the store in 30 s"_s});
}

void roundTrip(SecretStore &store)
{
    const QString key = u"test|%1|password"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
    Result<QString> missing = wait<QString>([&](auto done) { store.read(key, done); });
    QVERIFY2(missing.ok(), qPrintable(missing.failure().detail));
    QVERIFY(missing->isEmpty());
    QVERIFY(wait<bool>([&](auto done) { store.write(key, u"rahasia ☕"_s, done); }).ok());
    const Result<QString> read = wait<QString>([&](auto done) { store.read(key, done); });
    QVERIFY(read.ok());
    QCOMPARE(read.value(), u"rahasia ☕"_s);
    QVERIFY(wait<bool>([&](auto done) { store.remove(key, done); }).ok());
    QVERIFY(wait<QString>([&](auto done) { store.read(key, done); })->isEmpty());
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realSecretService()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session: run through scripts/test.sh, which starts a Secret Service");
        KeychainSecretStore store(u"Bubuh-test"_s);
        roundTrip(store);
    }

    void memoryStore()
    {
        MemorySecretStore store;
        roundTrip(store);
    }

    void windowSessionRemembersThePassword()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session: run through scripts/test.sh, which starts a Secret Service");
        test::SimFixture sim;
        const ServiceProfile profile = ServiceProfile::singleServer(sim.simulator().baseUrl());
        const QString key = SecretStore::key(profile.backend.host(), u"demo"_s, u"password"_s);
        KeychainSecretStore keychain;
        QVERIFY(wait<bool>([&](auto done) { keychain.remove(key, done); }).ok());
        {
            AccountSession forgetful(profile, Clock::system());
            forgetful.signInWithStoredPassword(u"demo"_s); // nothing stored: stays signed out
            QTest::qWait(500);
            QCOMPARE(forgetful.state(), AccountSession::State::SignedOut);
            forgetful.signIn(u"demo"_s, u"demo"_s, true);
            QTRY_COMPARE_WITH_TIMEOUT(forgetful.state(), AccountSession::State::SignedIn, 20000);
        }
        // The next start: signed in from the keychain, the password nowhere else.
        QTRY_COMPARE(wait<QString>([&](auto done) { keychain.read(key, done); }).value(),
                     u"demo"_s);
        AccountSession next(profile, Clock::system());
        next.signInWithStoredPassword(u"demo"_s);
        QTRY_COMPARE_WITH_TIMEOUT(next.state(), AccountSession::State::SignedIn, 20000);
        QVERIFY(wait<bool>([&](auto done) { keychain.remove(key, done); }).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
