#pragma once

#include "core/Result.h"
#include "flow/FlowStatus.h"
#include "net/ServiceProfile.h"
#include "pdf/DocumentInspector.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QSettings>
#include <QTextStream>
#include <functional>
#include <memory>

namespace bubuh {

class EmeteraiClient;
class Journal;
class Workspace;
class SecretStore;
class StampVerifier;

// What every bubuh-cli command shares: options, settings, the journal, the keychain, the
// service client, and how results and failures are printed (Indonesian text, or --json).
class CliContext
{
public:
    enum Exit {
        Ok = 0,
        Usage = 1,
        Unusable = 2,
        VerifyFailed = 3,
        Unavailable = 4,
        Unknown = 5,
        Locked = 6, // another Bubuh holds the journal
    };

    explicit CliContext(QCommandLineParser &parser);
    ~CliContext();

    QCommandLineParser &options() { return m_parser; }
    bool json() const;
    QSettings &settings() { return *m_settings; }
    ServiceProfile profile() const;
    // Locks and opens the journal (once), held until the command ends; nullptr after
    // printing why (another Bubuh holds it, unless --wait-lock waits for it).
    Journal *journal();
    // The exit code for a journal() that failed: Locked or Unusable.
    int journalExit() const { return m_journalExit; }
    SecretStore &secrets();
    EmeteraiClient &client();
    // The pre-flight's limits for file: --upload-limit, else the limit remembered for its kind
    // (UploadLimits); the profile's stamp growth.
    InspectionOptions inspectionOptions(const QString &file);
    // Checks stamps against the configured anchors and --anchor files.
    StampVerifier verifier();

    // Signs in with the keychain's token or password, then calls ready(true); prints and
    // calls ready(false) when it cannot.
    void signIn(std::function<void(bool)> ready);
    QString user() const;
    QString secretKey(const QString &what) const;

    // Output. Progress goes to standard error, results to standard output.
    void say(const QString &line);
    void progress(const FlowStatus &status);
    int fail(const Failure &failure, int exitCode);
    int finishJson(const QJsonObject &result, int exitCode);
    static int exitCodeFor(FlowEnding ending);

private:
    QCommandLineParser &m_parser;
    // The window's assembly (Workspace), made on first use.
    Workspace &workspace();

    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    int m_journalExit = Unusable;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace bubuh
