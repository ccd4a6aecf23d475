#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace bubuh {

class Workspace;

// Step 1: who is signed in and how much quota is left, and buying more: quantity, price
// (Rp10.000 a stamp plus the shop's fee), payment method, and the order as it goes.
class AccountPage : public QWidget
{
    Q_OBJECT
public:
    explicit AccountPage(Workspace &workspace, QWidget *parent = nullptr);

Q_SIGNALS:
    void signInRequested();

private:
    void updateAccount();
    void updatePrice();
    void buy();

    Workspace &m_workspace;
    QLabel *m_summary;
    QPushButton *m_signIn;
    QSpinBox *m_quantity;
    QComboBox *m_method;
    QLabel *m_price;
    QPushButton *m_buy;
};

} // namespace bubuh
