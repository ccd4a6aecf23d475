#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace bubuh {

// The distributor account's name and password, and whether the keychain keeps the password.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(const QString &user, QWidget *parent = nullptr);

    QString user() const;
    QString password() const;
    bool remember() const;

private:
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
};

} // namespace bubuh
