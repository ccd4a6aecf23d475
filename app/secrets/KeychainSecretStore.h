#pragma once

#include "secrets/SecretStore.h"

namespace bubuh {

// The OS keychain through QtKeychain: Secret Service on Linux, Credential Manager on Windows.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(const QString &service = QStringLiteral("Bubuh"));

    void read(const QString &key, std::function<void(Result<QString>)> done) override;
    void write(const QString &key, const QString &value,
               std::function<void(Result<bool>)> done) override;
    void remove(const QString &key, std::function<void(Result<bool>)> done) override;

private:
    QString m_service;
};

} // namespace bubuh
