#include "CliContext.h"

#include "core/Clock.h"
#include "journal/Journal.h"
#include "journal/JournalLock.h"
#include "net/EmeteraiClient.h"
#include "pdf/StampVerifier.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace bubuh {

CliContext::CliContext(QCommandLineParser &parser)
    : m_parser(parser)
    , m_secrets(std::make_unique<KeychainSecretStore>())
    , m_out(stdout)
    , m_err(stderr)
{
    const QString dataDir = parser.value(u"data-dir"_s);
    // The window's settings: one account and one set of profiles for both.
    m_settings = dataDir.isEmpty()
        ? std::make_unique<QSettings>(QCoreApplication::organizationName(), u"Bubuh"_s)
        : std::make_unique<QSettings>(dataDir + u"/settings.ini"_s, QSettings::IniFormat);
    if (parser.isSet(u"trust"_s)) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.addCaCertificates(parser.value(u"trust"_s), QSsl::Pem);
        QSslConfiguration::setDefaultConfiguration(config);
    }
}

CliContext::~CliContext() = default;

bool CliContext::json() const
{
    return m_parser.isSet(u"json"_s);
}

ServiceProfile CliContext::profile() const
{
    if (m_parser.isSet(u"server"_s))
        return ServiceProfile::singleServer(QUrl(m_parser.value(u"server"_s)));
    ServiceProfile p = m_parser.isSet(u"profile"_s)
        ? ServiceProfile::named(m_parser.value(u"profile"_s), *m_settings)
              .value_or(ServiceProfile::load(*m_settings))
        : ServiceProfile::load(*m_settings);
    if (m_parser.isSet(u"shop"_s))
        p.shop = QUrl(m_parser.value(u"shop"_s));
    return p;
}

Journal *CliContext::journal()
{
    if (m_journal)
        return m_journal.get();
    const QString dataDir = m_parser.value(u"data-dir"_s);
    // One journal per service profile, shared with the window: demo or staging work never
    // mixes with real work, and `resume` sees what the window left.
    const QString folder = dataDir.isEmpty() ? Journal::defaultFolder() : dataDir;
    const QString path = folder + u'/' + profile().journalFileName();
    m_lock = std::make_unique<JournalLock>(path);
    if (!m_lock->tryLock()) {
        m_journalExit = Locked;
        if (!m_parser.isSet(u"wait-lock"_s)) {
            fail({m_lock->refusal(), u"journal locked"_s}, Locked);
            return nullptr;
        }
        progress({FlowStatus::Phase::Working,
                  QCoreApplication::translate("bubuh::CliContext",
                                              "Waiting for %1 to finish with the journal…")
                      .arg(m_lock->holder())});
        if (!m_lock->tryLock(-1)) {
            fail({m_lock->refusal(), u"journal locked"_s}, Locked);
            return nullptr;
        }
    }
    m_journalExit = Unusable;
    if (dataDir.isEmpty())
        Journal::adoptLegacy(path);
    QString error;
    m_journal = Journal::open(path, Clock::system(), &error);
    if (!m_journal) {
        fail({QCoreApplication::translate("bubuh::CliContext",
                                          "The journal %1 cannot be opened: %2. Nothing is bought "
                                          "or stamped until it can.")
                  .arg(path, error),
              {}},
             Unusable);
        return nullptr;
    }
    // Continue only this account's work on this service.
    m_journal->setOwner({profile().backend.authority(), user()});
    return m_journal.get();
}

StampVerifier CliContext::verifier()
{
    StampVerifier verifier;
    const QStringList files
        = m_settings->value(QLatin1String(StampVerifier::kAnchorsSetting)).toStringList()
        + m_parser.values(u"anchor"_s);
    for (const QString &file : files) {
        if (!verifier.addTrustAnchorFile(file))
            m_err << QCoreApplication::translate("bubuh::CliContext",
                                                 "No certificate could be read from %1.")
                         .arg(file)
                  << Qt::endl;
    }
    return verifier;
}

EmeteraiClient &CliContext::client()
{
    if (!m_client) {
        m_client = new EmeteraiClient(profile(), Clock::system(), QCoreApplication::instance());
        // Every new token (after a 401 too) goes to the keychain, never anywhere else.
        QObject::connect(m_client, &EmeteraiClient::tokenChanged, m_client,
                         [this](const QString &token) {
                             m_secrets->write(secretKey(u"token"_s), token, [](Result<bool>) {});
                         });
        if (m_parser.isSet(u"timeout"_s)) {
            RetryConfig config;
            config.deadlineMs = qint64(m_parser.value(u"timeout"_s).toDouble() * 1000);
            m_client->caller().setPolicy(RetryPolicy(config));
        }
    }
    return *m_client;
}

QString CliContext::user() const
{
    return m_parser.isSet(u"user"_s) ? m_parser.value(u"user"_s)
                                     : m_settings->value(profile().accountUserKey()).toString();
}

QString CliContext::secretKey(const QString &what) const
{
    return SecretStore::key(profile().backend.host(), user(), what);
}

void CliContext::signIn(std::function<void(bool)> ready)
{
    // An address that cannot be used is said first: no account would help.
    if (const QString problem = profile().problem(ServiceProfile::Role::Backend);
        !problem.isEmpty()) {
        fail({problem, {}}, Usage);
        ready(false);
        return;
    }
    if (user().isEmpty()) {
        fail(
            {QCoreApplication::translate("bubuh::CliContext",
                                         "Not signed in to %1: no account name and password are "
                                         "stored for it. Sign in first: bubuh-cli%2 login --user "
                                         "NAME --password-stdin")
                 .arg(profile().displayName(),
                      m_parser.isSet(u"profile"_s) ? u" --profile "_s + m_parser.value(u"profile"_s)
                                                   : QString()),
             {}},
            Usage);
        ready(false);
        return;
    }
    m_secrets->read(secretKey(u"password"_s), [this, ready](Result<QString> password) {
        if (!password) {
            fail(password.failure(), Unusable);
            ready(false);
            return;
        }
        if (password->isEmpty()) {
            fail({QCoreApplication::translate("bubuh::CliContext",
                                              "No password is stored for %1. Sign in again: "
                                              "bubuh-cli login --user %1 --password-stdin")
                      .arg(user()),
                  {}},
                 Usage);
            ready(false);
            return;
        }
        client().setCredentials(user(), password.value());
        m_secrets->read(
            secretKey(u"token"_s), [this, ready, pw = password.value()](Result<QString> token) {
                if (token && !token->isEmpty()) {
                    client().setToken(token.value()); // a stale one is replaced on its first 401
                    ready(true);
                    return;
                }
                client().login(user(), pw, [this, ready](Result<LoginReply> r) {
                    if (!r) {
                        fail(r.failure(), exitCodeFor(endingFor(r.failure())));
                        ready(false);
                        return;
                    }
                    ready(true);
                });
            });
    });
}

void CliContext::say(const QString &line)
{
    if (!json())
        m_out << line << Qt::endl;
}

void CliContext::progress(const FlowStatus &status)
{
    m_err << status.message << Qt::endl;
}

int CliContext::fail(const Failure &failure, int exitCode)
{
    if (json()) {
        m_out << QJsonDocument(QJsonObject{{u"error"_s, failure.message},
                                           {u"detail"_s, failure.detail},
                                           {u"exitCode"_s, exitCode}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else {
        m_err << failure.message << Qt::endl;
    }
    return exitCode;
}

int CliContext::finishJson(const QJsonObject &result, int exitCode)
{
    if (json())
        m_out << QJsonDocument(result).toJson(QJsonDocument::Indented) << Qt::flush;
    return exitCode;
}

int CliContext::exitCodeFor(FlowEnding ending)
{
    switch (ending) {
    case FlowEnding::Done:
    case FlowEnding::NotFinished: return Ok;
    case FlowEnding::InputUnusable:
    case FlowEnding::Refused: return Unusable;
    case FlowEnding::VerifyFailed: return VerifyFailed;
    case FlowEnding::Unavailable: return Unavailable;
    case FlowEnding::OutcomeUnknown: return Unknown;
    }
    return Unknown;
}

} // namespace bubuh
