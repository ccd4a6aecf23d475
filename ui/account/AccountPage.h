#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QSpinBox;

namespace bubuh {

class OrderPanel;
class Workspace;

// Step 1: who is signed in and how much quota is left, and buying more: quantity, price
// (Rp10.000 a stamp plus the shop's fee), payment method, and the order as it goes.
class AccountPage : public QWidget
{
    Q_OBJECT
public:
    explicit AccountPage(Workspace &workspace, QWidget *parent = nullptr);
    // An order of this many e-Meterai, ready for the applicant to confirm with Buy.
    void prepareOrder(int quantity);
    // Exports the current order's evidence, as its panel's button does.
    void exportEvidence();
    // Shows the time left to the upload deadline.
    void updateDeadline();

Q_SIGNALS:
    void signInRequested();
    void deadlineChanged();
    void demoRequested();

private:
    void updateAccount();
    void updatePrice();
    void buy();
    QWidget *welcome();

    Workspace &m_workspace;
    QLabel *m_summary;
    QPushButton *m_signIn;
    QSpinBox *m_quantity;
    QComboBox *m_method;
    QLabel *m_price;
    QPushButton *m_buy;
    OrderPanel *m_order;
    QCheckBox *m_hasDeadline;
    QDateTimeEdit *m_deadline;
    QLabel *m_timeLeft;
};

} // namespace bubuh
