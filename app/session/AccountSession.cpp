#include "AccountSession.h"

#include "core/Redact.h"
#include "secrets/KeychainSecretStore.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace bubuh {

Q_LOGGING_CATEGORY(lcSession, "bubuh.session")

AccountSession::AccountSession(const ServiceProfile &profile, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(new EmeteraiClient(profile, clock, this))
    , m_secrets(std::make_unique<KeychainSecretStore>())
{ }

QString AccountSession::secretKey(const QString &user) const
{
    return SecretStore::key(profile().backend.host(), user, u"password"_s);
}

void AccountSession::signInWithStoredPassword(const QString &user)
{
    if (user.isEmpty())
        return;
    m_secrets->read(secretKey(user), [this, user](Result<QString> password) {
        if (password && !password->isEmpty())
            signIn(user, password.value());
        else if (!password)
            qCWarning(lcSession) << "keychain:" << redacted(password.failure().detail);
    });
}

void AccountSession::fail(const Failure &failure)
{
    qCWarning(lcSession) << "session failure:" << redacted(failure.detail);
    m_failure = failure;
    m_state = State::Failed;
    Q_EMIT changed();
}

void AccountSession::signIn(const QString &user, const QString &password, bool remember)
{
    m_state = State::SigningIn;
    m_user = user;
    Q_EMIT changed();
    m_client->login(user, password, [this, user, password, remember](Result<LoginReply> reply) {
        if (!reply) {
            fail(reply.failure());
            return;
        }
        // Kept in memory only, so that a token expiring during a long wait in the queue is
        // renewed without asking again; never written anywhere.
        m_client->setCredentials(user, password);
        if (remember) {
            m_secrets->write(secretKey(user), password, [](Result<bool> stored) {
                if (!stored)
                    qCWarning(lcSession) << "keychain:" << redacted(stored.failure().detail);
            });
        } else {
            // Unticking "remember" also takes back a password remembered before.
            forgetStoredPassword(user);
        }
        m_displayName = reply->firstName.isEmpty() ? m_user : reply->firstName;
        m_state = State::SignedIn;
        Q_EMIT changed();
        refreshBalance();
    });
}

void AccountSession::signOut()
{
    m_client->clearCredentials();
    m_state = State::SignedOut;
    m_displayName.clear();
    m_hasBalance = false;
    m_balance = {};
    m_failure = {};
    Q_EMIT changed();
}

void AccountSession::forgetStoredPassword(const QString &user,
                                          std::function<void(Result<bool>)> done)
{
    m_secrets->remove(secretKey(user), [done](Result<bool> removed) {
        if (!removed)
            qCWarning(lcSession) << "keychain:" << redacted(removed.failure().detail);
        if (done)
            done(std::move(removed));
    });
}

void AccountSession::refreshBalance()
{
    m_client->fetchBalance([this](Result<Balance> balance) {
        if (!balance) {
            fail(balance.failure());
            return;
        }
        m_balance = balance.value();
        m_hasBalance = true;
        Q_EMIT changed();
    });
}

} // namespace bubuh
