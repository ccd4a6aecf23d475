#include "SettingsDialog.h"

#include "pdf/UploadLimits.h"

#include "core/Settings.h"
#include "net/ServiceProfile.h"
#include "pdf/StampVerifier.h"
#include "widgets/Dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bubuh {

namespace {
constexpr double kPointsPerMm = 72 / 25.4;
}

SettingsDialog::SettingsDialog(QSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_profile(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_contact(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_uploadLimit(new QSpinBox(this))
    , m_stampSize(new QDoubleSpinBox(this))
    , m_resultsFolder(new QLineEdit(this))
    , m_anchors(new QLineEdit(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(u"settingsDialog"_s);
    auto *service = new QGroupBox(tr("Service"), this);
    auto *serviceForm = new QFormLayout(service);
    m_profile->setObjectName(u"profileComboBox"_s);
    for (const QString &id : ServiceProfile::ids())
        m_profile->addItem(ServiceProfile::named(id, settings)->displayName(), id);
    // Older settings said "demo" with a flag of its own.
    const Settings saved(settings);
    const QString current = saved.value(Settings::Key::DemoMode).toBool()
        ? ServiceProfile::kDemo.toString()
        : ServiceProfile::load(settings).id;
    m_profile->setCurrentIndex(qMax(0, m_profile->findData(current)));
    m_profile->setToolTip(tr("Demo uses the built-in simulator (nothing is paid). Peruri staging "
                             "and produksi need a distributor's account and the address of the "
                             "distributor's shop."));
    serviceForm->addRow(tr("&Profile:"), m_profile);
    for (const QString &label : {tr("Sign-in and quota:"), tr("Upload:"), tr("Serial numbers:"),
                                 tr("Stamping:"), tr("Shop:")}) {
        auto *edit = new QLineEdit(this);
        edit->setPlaceholderText(u"https://…"_s);
        // Wide enough for Peruri's longest host, so that no address is cut.
        edit->setMinimumWidth(
            edit->fontMetrics().horizontalAdvance(u"https://backendservicestg.e-meterai.co.id"_s)
            + 24);
        serviceForm->addRow(label, edit);
        m_urls << edit;
    }
    connect(m_profile, &QComboBox::currentIndexChanged, this,
            [this] { showProfile(chosenProfile()); });
    showProfile(chosenProfile());
    serviceForm->addRow(tr("&Account:"), m_user);
    m_contact->setObjectName(u"contactLineEdit"_s);
    m_contact->setPlaceholderText(tr("e-mail, WhatsApp or telephone of the distributor"));
    m_contact->setToolTip(tr("Where to send an order's evidence when paid quota does not "
                             "arrive. Shown beside the evidence as the deadline nears."));
    serviceForm->addRow(tr("Distributor's &contact:"), m_contact);

    auto *general = new QGroupBox(tr("Documents and language"), this);
    auto *form = new QFormLayout(general);
    m_language->addItem(u"Bahasa Indonesia"_s, u"id"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(saved.value(Settings::Key::Language))));
    form->addRow(tr("&Language:"), m_language);
    m_uploadLimit->setRange(100, 100'000);
    m_uploadLimit->setSuffix(u" KB"_s);
    m_uploadLimit->setValue(UploadLimits::defaultKb(settings));
    m_uploadLimit->setToolTip(tr("The largest file the registration portal accepts (SSCASN: "
                                 "800 KB). Bigger documents are flagged before stamping."));
    form->addRow(tr("&Upload limit:"), m_uploadLimit);
    m_stampSize->setRange(19.1, 60); // 54 pt is the smallest stamp the service accepts
    m_stampSize->setDecimals(1);
    m_stampSize->setSuffix(u" mm"_s);
    m_stampSize->setValue(saved.value(Settings::Key::StampSize).toDouble() / kPointsPerMm);
    form->addRow(tr("Default stamp &size:"), m_stampSize);
    m_resultsFolder->setText(saved.value(Settings::Key::ResultsFolder).toString());
    m_resultsFolder->setPlaceholderText(tr("next to the original"));
    form->addRow(tr("Save &results in:"), folderRow(m_resultsFolder, true));
    m_anchors->setText(saved.value(Settings::Key::TrustAnchors).toStringList().join(u';'));
    m_anchors->setPlaceholderText(tr("root certificates (PEM) of e-Meterai signers"));
    form->addRow(tr("&Trusted roots:"), folderRow(m_anchors, false));

    auto *note = new QLabel(tr("Changes to the service and the language apply when Bubuh starts "
                               "again."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(service);
    layout->addWidget(general);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString SettingsDialog::chosenProfile() const
{
    return m_profile->currentData().toString();
}

void SettingsDialog::showProfile(const QString &id)
{
    const ServiceProfile profile = *ServiceProfile::named(id, m_settings);
    const QUrl urls[]
        = {profile.backend, profile.upload, profile.stampV2, profile.stamp, profile.shop};
    const bool builtIn = id == ServiceProfile::kStaging || id == ServiceProfile::kProduction;
    for (int i = 0; i < m_urls.size(); ++i) {
        m_urls[i]->setText(urls[i].toString());
        const bool shop = i == m_urls.size() - 1;
        // Peruri's hosts are fixed; the shop belongs to the distributor; demo needs none.
        m_urls[i]->setEnabled(id == ServiceProfile::kOther || (builtIn && shop));
    }
    m_user->setText(profile.savedUser(m_settings));
    m_contact->setText(profile.contact(m_settings));
}

QWidget *SettingsDialog::folderRow(QLineEdit *edit, bool directory)
{
    // A line edit with a "Choose…" button beside it, as one widget for the form.
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *choose = new QPushButton(tr("Choose…"), row);
    edit->setParent(row);
    layout->addWidget(edit, 1);
    layout->addWidget(choose);
    connect(choose, &QPushButton::clicked, this, [this, edit, directory] {
        if (directory) {
            const QString dir = Dialogs::existingFolder(this, tr("Save results in"));
            if (!dir.isEmpty())
                edit->setText(dir);
        } else {
            const QStringList files = Dialogs::openFileNames(this, tr("Trusted root certificates"),
                                                             {}, tr("Certificates (*.pem *.crt)"));
            if (!files.isEmpty())
                edit->setText(files.join(u';'));
        }
    });
    return row;
}

void SettingsDialog::accept()
{
    ServiceProfile profile = *ServiceProfile::named(chosenProfile(), m_settings);
    QUrl *targets[]
        = {&profile.backend, &profile.upload, &profile.stampV2, &profile.stamp, &profile.shop};
    for (int i = 0; i < m_urls.size(); ++i) {
        if (m_urls[i]->isEnabled())
            *targets[i] = QUrl::fromUserInput(m_urls[i]->text().trimmed());
    }
    // Checked now rather than at the next start. The shop may stay empty on a real profile:
    // stamping works without it.
    for (auto role : {ServiceProfile::Role::Backend, ServiceProfile::Role::Upload,
                      ServiceProfile::Role::StampV2, ServiceProfile::Role::Stamp}) {
        if (const QString problem = profile.problem(role);
            !profile.demo && !profile.backend.isEmpty() && !problem.isEmpty()) {
            Dialogs::message(this, QMessageBox::Warning, tr("Settings"), problem);
            return;
        }
    }
    if (!profile.shop.isEmpty() && !ServiceProfile::acceptable(profile.shop)) {
        Dialogs::message(this, QMessageBox::Warning, tr("Settings"),
                         profile.problem(ServiceProfile::Role::Shop));
        return;
    }
    profile.save(m_settings);
    Settings settings(m_settings);
    settings.setValue(Settings::Key::DemoMode, profile.demo);
    profile.saveUser(m_settings, m_user->text().trimmed());
    settings.setValue(Settings::Key::ProfileContact, m_contact->text().trimmed(), profile.id);
    settings.setValue(Settings::Key::Language, m_language->currentData());
    UploadLimits::setDefaultKb(m_settings, m_uploadLimit->value());
    settings.setValue(Settings::Key::StampSize, m_stampSize->value() * kPointsPerMm);
    settings.setValue(Settings::Key::ResultsFolder, m_resultsFolder->text().trimmed());
    settings.setValue(Settings::Key::TrustAnchors,
                      m_anchors->text().split(u';', Qt::SkipEmptyParts));
    QDialog::accept();
}

} // namespace bubuh
