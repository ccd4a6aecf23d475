#pragma once

#include "core/Result.h"
#include "net/EmeteraiClient.h"
#include "secrets/SecretStore.h"

#include <memory>

#include <QObject>

namespace bubuh {

// The signed-in account as the interface shows it: who, how much quota, and whether the
// service can be reached. Widgets read it and listen to changed(); they hold no logic of it.
class AccountSession : public QObject
{
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, SignedIn, Failed };
    Q_ENUM(State)

    AccountSession(const ServiceProfile &profile, Clock &clock, QObject *parent = nullptr);

    State state() const { return m_state; }
    QString user() const { return m_user; }
    QString displayName() const { return m_displayName; }
    bool hasBalance() const { return m_hasBalance; }
    Balance balance() const { return m_balance; }
    Failure lastFailure() const { return m_failure; }
    const ServiceProfile &profile() const { return m_client->profile(); }
    EmeteraiClient &client() { return *m_client; }

    // Signs in; with remember, the password is kept in the OS keychain (never elsewhere) so
    // that the next start signs in by itself and carries on with unfinished orders.
    void signIn(const QString &user, const QString &password, bool remember = false);
    // Signs in with the password the keychain holds for user; stays signed out (false
    // through hasStoredPassword) when there is none.
    void signInWithStoredPassword(const QString &user);
    // Where remembered passwords go: the OS keychain unless set (tests).
    void setSecretStore(std::unique_ptr<SecretStore> store) { m_secrets = std::move(store); }
    SecretStore &secrets() { return *m_secrets; }
    void refreshBalance();
    // Signs out: the token and the password kept for renewing it are forgotten here (a
    // password remembered in the keychain stays, for the next start).
    void signOut();
    // Removes the password remembered in the keychain for user (nothing else changes).
    void forgetStoredPassword(const QString &user, std::function<void(Result<bool>)> done = {});

Q_SIGNALS:
    void changed();

private:
    void fail(const Failure &failure);

    QString secretKey(const QString &user) const;

    EmeteraiClient *m_client;
    std::unique_ptr<SecretStore> m_secrets;
    State m_state = State::SignedOut;
    QString m_user, m_displayName;
    Balance m_balance;
    bool m_hasBalance = false;
    Failure m_failure;
};

} // namespace bubuh
