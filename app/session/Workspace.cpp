#include "Workspace.h"

#include "core/Clock.h"
#include "core/Settings.h"
#include "journal/JournalLock.h"

#include <QSettings>
#include <QStandardPaths>

#include <tuple>

using namespace Qt::StringLiterals;

namespace bubuh {

QString Workspace::journalPath(const ServiceProfile &profile)
{
    return Journal::defaultFolder() + u'/' + profile.journalFileName();
}

Workspace::Workspace(const ServiceProfile &profile, QSettings &settings, Setup setup,
                     QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(setup.clock ? *setup.clock : Clock::system())
    , m_account(std::make_unique<AccountSession>(profile, m_clock))
    , m_journalPath(setup.journalPath.isEmpty() ? journalPath(profile) : setup.journalPath)
    , m_defaultJournal(setup.journalPath.isEmpty())
    , m_lock(std::make_unique<JournalLock>(m_journalPath))
    , m_plan(DocumentTypeCatalog::load(settings))
{
    if (setup.secrets)
        m_account->setSecretStore(std::move(setup.secrets));
    // The simulator's root issues both its signer and its TSA.
    m_verifier.addTrustAnchors(setup.simulatorAnchorsPem, TrustAnchors::Kind::Simulator);
    m_verifier.addTimestampAnchors(setup.simulatorAnchorsPem, TrustAnchors::Kind::Simulator);
    using AddFile = bool (StampVerifier::*)(const QString &);
    for (const auto &[setting, files, add] :
         {std::tuple{Settings::Key::TrustAnchors, setup.anchorFiles,
                     AddFile(&StampVerifier::addTrustAnchorFile)},
          {Settings::Key::TimestampAnchors, setup.timestampAnchorFiles,
           AddFile(&StampVerifier::addTimestampAnchorFile)}}) {
        for (const QString &file : Settings(settings).value(setting).toStringList() + files) {
            if (!(m_verifier.*add)(file))
                m_unreadableAnchors << file;
        }
    }
    if (setup.openJournalNow) {
        if (!lockJournal())
            m_error = tr("Bubuh will not buy or stamp anything in this window: %1")
                          .arg(m_lock->refusal());
        openJournal();
    }
    if (!setup.resumeOnSignIn)
        return;
    connect(m_account.get(), &AccountSession::changed, this, [this] {
        if (m_account->state() != AccountSession::State::SignedIn || !m_journal)
            return;
        // Whoever signed in continues their own work only, never another account's.
        m_journal->setOwner({m_account->profile().backend.authority(), m_account->user()});
        if (m_resumed)
            return;
        m_resumed = true;
        m_purchase->loadProduct();
        if (ready(nullptr)) {
            m_purchase->resumeUnfinished();
            m_stamping->resumeUnfinished();
        }
    });
}

bool Workspace::lockJournal(int waitMs)
{
    // Held for the process's whole life: no bubuh-cli (or second window) takes up its work.
    return m_lock->isLocked() || m_lock->tryLock(waitMs);
}

bool Workspace::openJournal(QString *why)
{
    if (!m_journal) {
        QString error;
        if (m_lock->isLocked()) {
            if (m_defaultJournal)
                Journal::adoptLegacy(m_journalPath);
            m_journal = Journal::open(m_journalPath, m_clock, &error);
            if (!m_journal)
                m_error = tr("Bubuh cannot open its journal (%1), so it will not buy or stamp "
                             "anything: it could not remember what was paid for. Check that the "
                             "disk has room and that the folder can be written to.")
                              .arg(error);
        } else if (m_error.isEmpty()) {
            m_error = m_lock->refusal();
        }
        // Without its journal nothing paid may start: an empty one in memory keeps the
        // window usable for opening and checking documents.
        if (!m_journal)
            m_journal = Journal::open(u":memory:"_s, m_clock, &error);
        EmeteraiClient &client = m_account->client();
        m_purchase = std::make_unique<PurchaseSession>(client, *m_journal, m_clock);
        m_stamping = std::make_unique<StampBatch>(client, *m_journal, m_clock);
        m_stamping->setVerifier(m_verifier);
    }
    return ready(why);
}

QString Workspace::lockHolder() const
{
    return m_lock->holder();
}

QString Workspace::lockRefusal() const
{
    return m_lock->refusal();
}

Workspace::Workspace(const ServiceProfile &profile, QSettings &settings)
    : Workspace(profile, settings, Setup())
{ }

Workspace::~Workspace() = default;

bool Workspace::ready(QString *error) const
{
    if (error)
        *error = m_error;
    return m_error.isEmpty();
}

} // namespace bubuh
