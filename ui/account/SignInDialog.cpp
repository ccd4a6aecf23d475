#include "SignInDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace bubuh {

SignInDialog::SignInDialog(const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_user(new QLineEdit(user, this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keychain"), this))
{
    setWindowTitle(tr("Sign in"));
    setObjectName(u"signInDialog"_s);
    m_user->setObjectName(u"userLineEdit"_s);
    m_password->setObjectName(u"passwordLineEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(u"rememberCheckBox"_s);
    m_remember->setChecked(true);
    auto *intro = new QLabel(tr("Your distributor account. With the box ticked the password is "
                                "kept in the system keychain (nowhere else), so that Bubuh signs "
                                "in by itself next time and carries on with unfinished orders."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Account:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_remember);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (user.isEmpty() ? m_user : m_password)->setFocus();
}

QString SignInDialog::user() const
{
    return m_user->text().trimmed();
}

QString SignInDialog::password() const
{
    return m_password->text();
}

bool SignInDialog::remember() const
{
    return m_remember->isChecked();
}

} // namespace bubuh
