#include "KeychainSecretStore.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace bubuh {

namespace {

Failure keychainFailure(const QKeychain::Job *job)
{
    return {QCoreApplication::translate("bubuh::KeychainSecretStore",
                                        "The system keychain is not available, so Bubuh cannot "
                                        "keep the password safely. Unlock or set up the keychain "
                                        "(on Linux: GNOME Keyring or KWallet), then try again."),
            u"keychain error %1: %2"_s.arg(int(job->error())).arg(job->errorString())};
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service) : m_service(service) { }

void KeychainSecretStore::read(const QString &key, std::function<void(Result<QString>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *j) {
        if (j->error() == QKeychain::EntryNotFound)
            done(QString());
        else if (j->error() != QKeychain::NoError)
            done(keychainFailure(j));
        else
            done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &value,
                                std::function<void(Result<bool>)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(value);
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            done(keychainFailure(j));
        else
            done(true);
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, std::function<void(Result<bool>)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            done(keychainFailure(j));
        else
            done(true);
    });
    job->start();
}

} // namespace bubuh
