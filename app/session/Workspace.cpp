#include "Workspace.h"

#include "core/Clock.h"

#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace bubuh {

QString Workspace::journalPath(const ServiceProfile &profile)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u'/'
        + profile.journalFileName();
}

Workspace::Workspace(const ServiceProfile &profile, QSettings &settings,
                     const QByteArray &extraAnchorsPem, QObject *parent)
    : QObject(parent), m_settings(settings), m_account(std::make_unique<AccountSession>(profile))
{
    QString error;
    m_journal = Journal::open(journalPath(profile), Clock::system(), &error);
    if (!m_journal) {
        m_error = tr("Bubuh cannot open its journal (%1), so it will not buy or stamp anything: "
                     "it could not remember what was paid for. Check that the disk has room and "
                     "that the folder can be written to.")
                      .arg(error);
        m_journal = Journal::open(u":memory:"_s, Clock::system(), &error);
    }
    m_verifier.addTrustAnchors(extraAnchorsPem);
    for (const QString &file :
         settings.value(QLatin1String(StampVerifier::kAnchorsSetting)).toStringList())
        m_verifier.addTrustAnchorFile(file);
    EmeteraiClient &client = m_account->client();
    m_purchase = std::make_unique<PurchaseSession>(client, *m_journal, Clock::system());
    m_stamping = std::make_unique<StampBatch>(client, *m_journal, Clock::system());
    m_stamping->setVerifier(m_verifier);
    connect(m_account.get(), &AccountSession::changed, this, [this] {
        if (m_account->state() != AccountSession::State::SignedIn)
            return;
        // Whoever signed in continues their own work only, never another account's.
        m_journal->setOwner({m_account->profile().backend.authority(), m_account->user()});
        if (m_resumed)
            return;
        m_resumed = true;
        m_purchase->loadProduct();
        if (ready(nullptr)) {
            m_purchase->resumeLatest();
            m_stamping->resumeUnfinished();
        }
    });
}

Workspace::~Workspace() = default;

bool Workspace::ready(QString *error) const
{
    if (error)
        *error = m_error;
    return m_error.isEmpty();
}

} // namespace bubuh
