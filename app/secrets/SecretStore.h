#pragma once

#include "core/Result.h"

#include <QHash>
#include <QString>
#include <functional>

namespace bubuh {

// Where the password and the token live. The real one is the OS keychain; nothing secret is
// ever written to settings, the journal or logs.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    // An empty value with ok() means "not stored".
    virtual void read(const QString &key, std::function<void(Result<QString>)> done) = 0;
    virtual void write(const QString &key, const QString &value,
                       std::function<void(Result<bool>)> done)
        = 0;
    virtual void remove(const QString &key, std::function<void(Result<bool>)> done) = 0;

    // The entry for `what` ("password", "token") of user at a service host: one per host and
    // user, so profiles never mix; bubuh-cli and the window share them.
    static QString key(const QString &host, const QString &user, const QString &what)
    {
        return host + u'|' + user + u'|' + what;
    }
};

// For unit tests of the code around the keychain.
class MemorySecretStore final : public SecretStore
{
public:
    void read(const QString &key, std::function<void(Result<QString>)> done) override
    {
        done(m_values.value(key));
    }
    void write(const QString &key, const QString &value,
               std::function<void(Result<bool>)> done) override
    {
        m_values.insert(key, value);
        done(true);
    }
    void remove(const QString &key, std::function<void(Result<bool>)> done) override
    {
        m_values.remove(key);
        done(true);
    }

private:
    QHash<QString, QString> m_values;
};

} // namespace bubuh
