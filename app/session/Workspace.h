#pragma once

#include "flow/StampBatch.h"
#include "flow/StampPlan.h"
#include "journal/Journal.h"
#include "pdf/StampVerifier.h"
#include "session/AccountSession.h"
#include "session/PurchaseSession.h"

#include <QObject>
#include <memory>

class QSettings;

namespace bubuh {

class Clock;
class JournalLock;
class SecretStore;

// What the window works with, assembled once: the account, the journal (locked for this
// process), the purchase being made, the documents being stamped, and the verifier with the
// trusted roots. Demo mode keeps its own journal, so simulated orders never mix with real ones.
// Once signed in, whatever was left unfinished (an order, stamp jobs) is continued, so closing the
// app loses nothing.
class Workspace : public QObject
{
    Q_OBJECT
public:
    // What the application is assembled from; each left empty takes the real one.
    struct Setup
    {
        Setup(QByteArray anchors = {}) : simulatorAnchorsPem(std::move(anchors)) { }
        QByteArray simulatorAnchorsPem; // the demo simulator's root: its stamps read as simulated
        QString journalPath;            // default: journalPath(profile)
        Clock *clock = nullptr;         // default: the system clock
        std::unique_ptr<SecretStore> secrets; // default: the OS keychain
        QStringList anchorFiles;              // trusted roots in files (bubuh-cli --anchor)
        QStringList timestampAnchorFiles;     // TSA roots in files (bubuh-cli --tsa-anchor)
        // The window locks and opens its journal at once and continues unfinished work when
        // someone signs in; bubuh-cli opens it only for commands that need it, and continues
        // only what the command says.
        bool openJournalNow = true;
        bool resumeOnSignIn = true;
    };
    Workspace(const ServiceProfile &profile, QSettings &settings, Setup setup,
              QObject *parent = nullptr);
    Workspace(const ServiceProfile &profile, QSettings &settings);
    ~Workspace() override;

    // False (with a message for the person) when the journal cannot be opened: Bubuh then
    // must not buy or stamp anything, since it could not remember what it paid for.
    bool ready(QString *error) const;
    // For bubuh-cli: takes the journal's lock (waiting up to waitMs, -1 for as long as it
    // takes), then opens the journal; who holds the lock, for the message while it waits.
    bool lockJournal(int waitMs = 0);
    bool openJournal(QString *why = nullptr);
    QString lockHolder() const;
    QString lockRefusal() const;
    // Trust anchor files that could not be read.
    QStringList unreadableAnchors() const { return m_unreadableAnchors; }

    AccountSession &account() { return *m_account; }
    Journal &journal() { return *m_journal; }
    PurchaseSession &purchase() { return *m_purchase; }
    StampBatch &stamping() { return *m_stamping; }
    const StampVerifier &verifier() const { return m_verifier; }
    // The document types (the service's list once fetched) and the applicant's choices.
    StampPlan &stampPlan() { return m_plan; }
    QList<StampPlan::Row> planRows(const QList<StampPlan::Document> &documents)
    {
        return m_plan.rows(documents, *m_journal);
    }
    QSettings &settings() { return m_settings; }
    Clock &clock() { return m_clock; }

    static QString journalPath(const ServiceProfile &profile);

private:
    QSettings &m_settings;
    Clock &m_clock;
    std::unique_ptr<AccountSession> m_account;
    QString m_journalPath;
    bool m_defaultJournal;
    std::unique_ptr<JournalLock> m_lock;
    QStringList m_unreadableAnchors;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<PurchaseSession> m_purchase;
    std::unique_ptr<StampBatch> m_stamping;
    StampVerifier m_verifier;
    StampPlan m_plan;
    QString m_error;
    bool m_resumed = false;
};

} // namespace bubuh
