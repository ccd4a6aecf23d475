#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace bubuh {

// Settings: the service profile (demo, Peruri staging or produksi with the distributor's shop,
// or five base URLs of one's own), the account, the language, the portals' upload limit, the
// default stamp size, where results go, and trusted roots. What needs a restart (service,
// language) says so.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(QSettings &settings, QWidget *parent = nullptr);

    void accept() override;

private:
    QWidget *folderRow(QLineEdit *edit, bool directory);
    // Shows the chosen profile's addresses; only what the person may set can be edited.
    void showProfile(const QString &id);
    QString chosenProfile() const;

    QSettings &m_settings;
    QComboBox *m_profile;
    QList<QLineEdit *> m_urls; // backend, upload, stampv2, stamp, shop
    QLineEdit *m_user;
    QLineEdit *m_contact;
    QComboBox *m_language;
    QSpinBox *m_uploadLimit;
    QDoubleSpinBox *m_stampSize;
    QLineEdit *m_resultsFolder;
    QLineEdit *m_anchors;
};

} // namespace bubuh
