#include "CliContext.h"

#include "core/Clock.h"
#include "journal/Journal.h"
#include "net/EmeteraiClient.h"
#include "pdf/StampVerifier.h"
#include "pdf/UploadLimits.h"
#include "session/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace bubuh {

CliContext::CliContext(QCommandLineParser &parser) : m_parser(parser), m_out(stdout), m_err(stderr)
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

Workspace &CliContext::workspace()
{
    if (!m_workspace) {
        // The same assembly as the window's, but the journal opens (and locks) only for a
        // command that needs it, and nothing is continued unless the command says so.
        const QString dataDir = m_parser.value(u"data-dir"_s);
        Workspace::Setup setup;
        if (!dataDir.isEmpty()) // one journal per profile there too
            setup.journalPath = dataDir + u'/' + profile().journalFileName();
        setup.anchorFiles = m_parser.values(u"anchor"_s);
        setup.timestampAnchorFiles = m_parser.values(u"tsa-anchor"_s);
        setup.openJournalNow = false;
        setup.resumeOnSignIn = false;
        m_workspace = std::make_unique<Workspace>(profile(), *m_settings, std::move(setup));
        for (const QString &file : m_workspace->unreadableAnchors())
            m_err << QCoreApplication::translate("bubuh::CliContext",
                                                 "No certificate could be read from %1.")
                         .arg(file)
                  << Qt::endl;
        EmeteraiClient &client = m_workspace->account().client();
        // Every new token (after a 401 too) goes to the keychain, never anywhere else.
        QObject::connect(&client, &EmeteraiClient::tokenChanged, &client,
                         [this](const QString &token) {
                             secrets().write(secretKey(u"token"_s), token, [](Result<bool>) {});
                         });
        if (m_parser.isSet(u"timeout"_s)) {
            RetryConfig config;
            config.deadlineMs = qint64(m_parser.value(u"timeout"_s).toDouble() * 1000);
            client.caller().setPolicy(RetryPolicy(config));
        }
    }
    return *m_workspace;
}

Journal *CliContext::journal()
{
    Workspace &ws = workspace();
    if (!ws.lockJournal()) {
        m_journalExit = Locked;
        if (!m_parser.isSet(u"wait-lock"_s)) {
            fail({ws.lockRefusal(), u"journal locked"_s}, Locked);
            return nullptr;
        }
        progress({FlowStatus::Phase::Working,
                  QCoreApplication::translate("bubuh::CliContext",
                                              "Waiting for %1 to finish with the journal…")
                      .arg(ws.lockHolder())});
        if (!ws.lockJournal(-1)) {
            fail({ws.lockRefusal(), u"journal locked"_s}, Locked);
            return nullptr;
        }
    }
    m_journalExit = Unusable;
    QString why;
    if (!ws.openJournal(&why)) {
        fail({why, u"journal unusable"_s}, Unusable);
        return nullptr;
    }
    // Continue only this account's work on this service.
    ws.journal().setOwner({profile().backend.authority(), user()});
    return &ws.journal();
}

InspectionOptions CliContext::inspectionOptions(const QString &file)
{
    InspectionOptions options;
    const int kb = m_parser.isSet(u"upload-limit"_s)
        ? std::max(1, m_parser.value(u"upload-limit"_s).toInt())
        : UploadLimits::forFile(settings(), file);
    options.uploadLimitBytes = qint64(kb) * 1024;
    options.stampGrowthBytes = profile().stampGrowthBytes();
    return options;
}

StampVerifier CliContext::verifier()
{
    return workspace().verifier();
}

SecretStore &CliContext::secrets()
{
    return workspace().account().secrets();
}

EmeteraiClient &CliContext::client()
{
    return workspace().account().client();
}

QString CliContext::user() const
{
    return m_parser.isSet(u"user"_s) ? m_parser.value(u"user"_s) : profile().savedUser(*m_settings);
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
    secrets().read(secretKey(u"password"_s), [this, ready](Result<QString> password) {
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
        secrets().read(
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
