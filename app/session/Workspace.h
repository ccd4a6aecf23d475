#pragma once

#include "flow/StampBatch.h"
#include "journal/Journal.h"
#include "pdf/StampVerifier.h"
#include "session/AccountSession.h"
#include "session/PurchaseSession.h"

#include <QObject>
#include <memory>

class QSettings;

namespace bubuh {

// What the window works with, assembled once: the account, the journal, the purchase being
// made, the documents being stamped, and the verifier with the trusted roots. Demo mode keeps
// its own journal, so simulated orders never mix with real ones. Once signed in, whatever
// was left unfinished (an order, stamp jobs) is continued, so closing the app loses nothing.
class Workspace : public QObject
{
    Q_OBJECT
public:
    Workspace(const ServiceProfile &profile, QSettings &settings,
              const QByteArray &extraAnchorsPem = {}, QObject *parent = nullptr);
    ~Workspace() override;

    // False (with a message for the person) when the journal cannot be opened: Bubuh then
    // must not buy or stamp anything, since it could not remember what it paid for.
    bool ready(QString *error) const;

    AccountSession &account() { return *m_account; }
    Journal &journal() { return *m_journal; }
    PurchaseSession &purchase() { return *m_purchase; }
    StampBatch &stamping() { return *m_stamping; }
    const StampVerifier &verifier() const { return m_verifier; }
    QSettings &settings() { return m_settings; }

    static QString journalPath(const ServiceProfile &profile);

private:
    QSettings &m_settings;
    std::unique_ptr<AccountSession> m_account;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<PurchaseSession> m_purchase;
    std::unique_ptr<StampBatch> m_stamping;
    StampVerifier m_verifier;
    QString m_error;
    bool m_resumed = false;
};

} // namespace bubuh
